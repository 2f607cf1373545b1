"""Place the domain rules' header findings in an Akoma Ntoso or edXML file.

The rules name model paths (``"notation"``, ``"signatures[1].position"``); in these two
formats each header field has one element, so a finding is placed at the element of its
top-level field, and at the n-th one for ``signatures[n]``. Findings in the body have no
such element and stay without a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from lxml import etree

from ._akn_vocabulary import AKN
from ._xml_where import element_path, locate
from .edxml import EDXML

__all__ = ["AKN_FIELDS", "EDXML_FIELDS", "header_locator"]

_NAMESPACES = {"a": AKN, "e": EDXML}

#: Model field → XPath of its element under the root, in Akoma Ntoso (the main document's
#: preface and conclusions, not an attachment's).
AKN_FIELDS = {
    "kind": "./*/a:preface//a:docType",
    "issuer": "./*/a:preface//a:docAuthority",
    "notation": "./*/a:preface//a:docNumber",
    "place": "./*/a:preface//a:location",
    "date": "./*/a:preface//a:docDate",
    "subject": "./*/a:preface//a:docTitle",
    "signatures": "./*/a:conclusions//a:signature",
    "recipients": "./*/a:conclusions/a:blockContainer[@class='recipients']",
}

#: The same for the edXML header.
EDXML_FIELDS = {
    "kind": ".//e:MessageHeader/e:DocumentType",
    "issuer": ".//e:MessageHeader/e:From",
    "notation": ".//e:MessageHeader/e:Code",
    "place": ".//e:MessageHeader/e:PromulgationInfo/e:Place",
    "date": ".//e:MessageHeader/e:PromulgationInfo/e:PromulgationDate",
    "subject": ".//e:MessageHeader/e:Subject",
    "signatures": ".//e:MessageHeader/e:SignerInfo",
    "recipients": ".//e:MessageHeader/e:ToPlaces",
}

_FIRST_STEP = re.compile(r"(\w+)(?:\[(\d+)\])?")


def header_locator(
    root: etree._Element, data: bytes | str, fields: Mapping[str, str]
) -> Callable[[str], tuple[int | None, int | None, str | None]]:
    """A function from model paths to (line, column, element path) in ``data``."""

    def find(where: str) -> tuple[int | None, int | None, str | None]:
        step = _FIRST_STEP.match(where)
        xpath = fields.get(step.group(1)) if step else None
        if step is None or xpath is None:
            return None, None, None
        found = root.xpath(xpath, namespaces=_NAMESPACES)
        if not isinstance(found, list) or not found:
            return None, None, None
        index = int(step.group(2) or 0)
        element = found[index] if index < len(found) else found[0]
        if not isinstance(element, etree._Element):
            return None, None, None
        line, column = locate(data, element)
        return line, column, element_path(element)

    return find
