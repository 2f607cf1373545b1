"""The edXML header's codec for the registry: the tree parsed once is read or checked."""

from __future__ import annotations

from lxml import etree

from ...errors import FormatError
from ...model import Document
from .._archival_locate import archival_locator
from .._checked import Checked, problem
from . import NAMESPACE, read_edxml, to_edxml

__all__ = ["EDXML_FIELDS", "check_root", "read_root", "write"]

#: Model field → XPath of its element under the root (no schema is shipped for edXML).
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


def write(document: Document) -> bytes:
    return to_edxml(document)


def read_root(root: etree._Element, _data: bytes) -> Document:
    return read_edxml(root)


def check_root(root: etree._Element, data: bytes) -> Checked:
    """The header as the reader understands it; its fields' findings get their line."""
    try:
        document = read_edxml(root)
    except FormatError as error:
        return Checked(document=None, problems=(problem("model", error),))
    return Checked(document=document, locate=archival_locator(root, data, EDXML_FIELDS, {"e": NAMESPACE}))
