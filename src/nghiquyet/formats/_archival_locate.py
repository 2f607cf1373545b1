"""Place the domain rules' findings in an Akoma Ntoso or edXML file.

The rules name model paths (``"notation"``, ``"signatures[1].position"``,
``"body[2].children[0]"``). In these two formats each header field has one element, so a
header finding is placed at the element of its top-level field, and at the n-th one for
``signatures[n]``. In Akoma Ntoso written by this library every division is one element
carrying ``nq:numbering``, in the order of the model's divisions, so a finding about a
division of the body is placed at its element; other findings in the body, and every
body finding in Akoma Ntoso from elsewhere, stay without a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from lxml import etree

from ..model import Block, Division, Document, ListItem
from ._xml_where import element_path, locate
from .akn._vocabulary import AKN, akn, nq
from .edxml import EDXML

__all__ = ["AKN_FIELDS", "EDXML_FIELDS", "archival_locator"]

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

_STEP = re.compile(r"(\w+)(?:\[(\d+)\])?")

Position = tuple[int | None, int | None, str | None]


def _divisions(blocks: tuple[Block, ...], found: list[Division]) -> list[Division]:
    """Every division under ``blocks``, in document order (as the AKN writer writes them)."""
    for block in blocks:
        if isinstance(block, Division):
            found.append(block)
        if isinstance(block, Division | ListItem):
            _divisions(block.children, found)
    return found


def _block_at(document: Document, where: str) -> object | None:
    """The block a path such as ``body[2].children[0]`` names, or None."""
    steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(where)]
    if not steps or steps[0][0] != "body":
        return None
    node: object = document
    for name, index in steps:
        if name not in ("body", "children") or index is None:
            return None
        children = getattr(node, name, ())
        if int(index) >= len(children):
            return None
        node = children[int(index)]
    return node


def _division_element(root: etree._Element, document: Document, where: str) -> etree._Element | None:
    target = _block_at(document, where)
    if not isinstance(target, Division):
        return None
    order = next((i for i, d in enumerate(_divisions(document.body, [])) if d is target), None)
    main_body = root.find(f"./*/{akn('mainBody')}")
    if order is None or main_body is None:
        return None
    numbered = [e for e in main_body.iter(etree.Element) if e.get(nq("numbering")) is not None]
    return numbered[order] if order < len(numbered) else None


def archival_locator(
    root: etree._Element, data: bytes | str, fields: Mapping[str, str], document: Document | None = None
) -> Callable[[str], Position]:
    """A function from model paths to (line, column, element path) in ``data``.

    With ``document`` (Akoma Ntoso), findings about divisions of the body are placed too.
    """

    def at(element: etree._Element) -> Position:
        line, column = locate(data, element)
        return line, column, element_path(element)

    def find(where: str) -> Position:
        if document is not None and where.startswith("body["):
            element = _division_element(root, document, where)
            return (None, None, None) if element is None else at(element)
        step = _STEP.match(where)
        xpath = fields.get(step.group(1)) if step else None
        if step is None or xpath is None:
            return None, None, None
        found = root.xpath(xpath, namespaces=_NAMESPACES)
        if not isinstance(found, list) or not found:
            return None, None, None
        index = int(step.group(2) or 0)
        element = found[index] if index < len(found) else found[0]
        return at(element) if isinstance(element, etree._Element) else (None, None, None)

    return find
