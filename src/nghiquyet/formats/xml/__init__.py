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

from ...model import Document
from .._xmlsafe import parse_xml
from ._names import NS
from ._schema import xml_schema
from ._tree import read_tree
from ._write import serialise

__all__ = ["NAMESPACE", "from_xml", "to_xml", "xml_schema"]

#: The namespace of every document this version writes and reads.
NAMESPACE = NS


def to_xml(doc: Document) -> bytes:
    """``doc`` as native XML: UTF-8 bytes with an XML declaration."""
    if not isinstance(doc, Document):
        raise TypeError(f"to_xml expects a Document, got {type(doc).__name__}")
    return serialise(doc)


def from_xml(data: bytes | str) -> Document:
    """The document of native XML ``data`` (bytes, or str without a non-UTF-8 declaration)."""
    return read_tree(parse_xml(data, what="XML"), data)
