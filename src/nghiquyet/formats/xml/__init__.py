"""Native XML: the document as XML in its own versioned namespace, with an XSD shipped.

The namespace of version 1 is ``urn:nghiquyet:xml:1`` (:data:`NAMESPACE`); the root is
``<Document version="1">``. Header elements carry the names of the national archival
vocabulary (Nghị định 30/2020/NĐ-CP Phụ lục VI, edXML): ``Organ/OrganName``,
``Code/CodeNumber/CodeNotation``, ``PromulgationInfo/Place/PromulgationDate``,
``DocumentType``, ``Subject``, ``SignerInfo/Competence/Position/FullName``,
``ToPlaces/Recipient``, ``TyperNotation``, ``PromulgationAmount``. Running text and the
``Subject`` are mixed content: ``<Reference>``, ``<OrganMention>`` and ``<DateMention>`` mark spans of it inline,
and point (``ref="c1"``, ``ref="o1"``) at the cited documents and organs listed once under
``<Annotations>``.

The output is UTF-8 with real characters, indented only where content is elements alone,
so every character of text — spaces, tabs, newlines — survives: ``from_xml(to_xml(d)) == d``.
Reading is strict: the input passes the hardened parser, then the XSD (:func:`xml_schema`),
then the model's own rules; every failure is a :class:`~nghiquyet.errors.FormatError`
naming the line (and column where known).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from lxml import etree

from ...errors import FormatError, NghiquyetError
from ...model import Document
from .._xml_where import element_path, locate
from .._xmlsafe import parse_xml
from ._names import NS, T
from ._read import ElementError, read
from ._write import serialise

__all__ = ["NAMESPACE", "from_xml", "located", "read_tree", "schema_errors", "to_xml", "xml_schema"]

#: The namespace of every document this version writes and reads.
NAMESPACE = NS


@cache
def xml_schema() -> etree.XMLSchema:
    """The XSD of the native XML, as shipped in the package (``schemas/nghiquyet-1.xsd``)."""
    source = resources.files("nghiquyet.formats").joinpath("schemas", "nghiquyet-1.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(source, etree.XMLParser(resolve_entities=False, no_network=True)))


def to_xml(doc: Document) -> bytes:
    """``doc`` as native XML: UTF-8 bytes with an XML declaration."""
    if not isinstance(doc, Document):
        raise NghiquyetError(f"to_xml expects a Document, got {type(doc).__name__}")
    return serialise(doc)


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


_NAMED = re.compile(r"Element '(\w+)'")


def _element_at(tree: etree._ElementTree, path: str | None, line: int, message: str) -> etree._Element | None:
    """The element a schema error is about: by its XPath, or (key errors carry none) by name and line."""
    found = tree.xpath(path) if path else None
    if isinstance(found, list) and found and isinstance(found[0], etree._Element):
        return found[0]
    named = _NAMED.search(message)
    if named:
        for element in tree.iter(f"{{{NS}}}{named.group(1)}"):
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


def from_xml(data: bytes | str) -> Document:
    """The document of native XML ``data`` (bytes, or str without a non-UTF-8 declaration)."""
    return read_tree(parse_xml(data, what="XML"), data)
