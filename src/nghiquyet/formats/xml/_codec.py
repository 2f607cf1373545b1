"""The native XML format's codec for the registry: the tree parsed once is read or checked."""

from __future__ import annotations

from lxml import etree

from ...errors import FormatError
from ...model import Document
from .._checked import Checked, problem
from . import to_xml
from ._locate import locator
from ._names import T
from ._tree import located, read_tree, schema_errors

__all__ = ["check_root", "read_root", "write"]


def write(document: Document) -> bytes:
    return to_xml(document)


def read_root(root: etree._Element, data: bytes) -> Document:
    return read_tree(root, data)


def check_root(root: etree._Element, data: bytes) -> Checked:
    """The root element, the XSD (every fault, each at its line), then the model's rules."""
    if root.tag != T.Document:
        error = located(data, root, f"the root element is {etree.QName(root).localname!r}, not Document")
        return Checked(document=None, problems=(problem("xsd", error),))
    errors = schema_errors(root, data)
    if errors:
        return Checked(document=None, problems=tuple(problem("xsd", e) for e in errors))
    try:
        document = read_tree(root, data, schema_checked=True)
    except FormatError as error:
        return Checked(document=None, problems=(problem("model", error),))
    return Checked(document=document, locate=locator(root, data))
