"""The native XML tree: its root checked, the XSD's faults placed, the document read.

Plumbing of :func:`nghiquyet.formats.xml.from_xml` and of the format's check.
"""

from __future__ import annotations

import re

from lxml import etree

from ...errors import FormatError
from ...model import Document
from .._xml_where import element_at, element_path, locate
from ._names import NS, T
from ._read import ElementError, read
from ._schema import xml_schema

__all__ = ["check_root", "located", "read_tree", "schema_errors"]


def located(data: bytes | str, element: etree._Element, message: str) -> FormatError:
    """A :class:`FormatError` at ``element``: its line, column and path in ``data``."""
    line, column = locate(data, element)
    return FormatError(message, path=element_path(element), line=line, column=column)


def schema_errors(root: etree._Element, data: bytes | str) -> list[FormatError]:
    """Every way ``root`` (parsed from ``data``) breaks the XSD, each naming its line, column and path."""
    schema = xml_schema()
    if schema.validate(root):
        return []
    tree = root.getroottree()
    errors = []
    for entry in schema.error_log:
        message = entry.message.replace(f"{{{NS}}}", "")
        element = _element_at(tree, entry.path, entry.line, message)
        if element is not None:
            errors.append(located(data, element, message))
        else:
            errors.append(FormatError(message, line=entry.line or None))
    return errors


# "Element 'Subject'" (the native namespace left out of the message), "Element '{urn:x}Foo'".
_NAMED = re.compile(r"Element '(\{[^}]*\})?([\w.-]+)'")


def _element_at(tree: etree._ElementTree, path: str | None, line: int, message: str) -> etree._Element | None:
    """The element a schema error is about: by its XPath, or (key errors carry none, and the
    XPath of a foreign element uses prefixes no query knows) by name and line."""
    found = element_at(tree, path) if path else None
    if found is not None:
        return found
    named = _NAMED.search(message)
    if named:
        for element in tree.iter(f"{named.group(1) or '{' + NS + '}'}{named.group(2)}"):
            if element.sourceline == line:
                return element
    return None


def check_root(root: etree._Element, data: bytes | str) -> None:
    """Refuse a root that is not this format's ``Document``, saying what it is instead."""
    if root.tag != T.Document:
        qname = etree.QName(root)
        if qname.localname == "Document":
            got = f"namespace {qname.namespace!r}" if qname.namespace else "no namespace"
            raise located(data, root, f"the Document element has {got}, not {NS!r}")
        raise located(data, root, f"the root element is {root.tag!r}, not a Document in {NS!r}")


def read_tree(root: etree._Element, data: bytes | str, *, schema_checked: bool = False) -> Document:
    """The document of a parsed tree: root check, XSD (unless already done), then the model's rules."""
    if not schema_checked:
        check_root(root, data)
        errors = schema_errors(root, data)
        if errors:
            raise errors[0]
    try:
        return read(root)
    except ElementError as exc:
        raise located(data, exc.element, exc.message) from None
