"""Reading the native XML: walk a schema-valid tree and build the model directly.

The tree has been checked against the XSD before it gets here, so the walk trusts the
structure (which elements, in which order, which attribute values); what the XSD cannot
say (notation text between its parts, model rules such as span order or markers) fails
as a :class:`FormatError` naming the element's line and path.
"""

from __future__ import annotations

import datetime
import functools
import unicodedata
from collections.abc import Callable
from typing import Any

from lxml import etree

from ...errors import DocumentError, FormatError
from ...model import (
    Appendix,
    Block,
    BodyMention,
    Conference,
    DateMention,
    Deadline,
    Division,
    Document,
    DocumentKind,
    DocumentSystem,
    ListItem,
    Notation,
    Numbering,
    Organization,
    Paragraph,
    ParseWarning,
    Recipient,
    Reference,
    Secrecy,
    Signature,
    SigningAuthority,
    Span,
    Table,
    Task,
    Urgency,
)
from .._construct import constructor
from ._names import T

__all__ = ["ElementError", "read"]

_date = datetime.date.fromisoformat
_NUMBERING = {n.value: n for n in Numbering}
_SECRECY = {s.value: s for s in Secrecy}
_URGENCY = {u.value: u for u in Urgency}
_AUTHORITY = {a.code: a for a in SigningAuthority}
_KIND = {k.code: k for k in DocumentKind}
_PARAGRAPH = T.Paragraph


# The model's classes, built by generated constructors: libxml2 has refused every character
# XML cannot carry, so text needs only its NFC test (see nghiquyet.formats._construct). The
# walk passes each value as exactly its field's type (lxml's str, the ints, dates, enums,
# tuples and model objects it makes itself), so the validators that check only types are
# not run: tests/formats/test_construct.py holds every call of the walk to attrs' __init__.
_Body = constructor(Organization, typed=True)
_DateMention = constructor(DateMention, typed=True)
_BodyMention = constructor(BodyMention, typed=True)
_Reference = constructor(Reference, typed=True)
_Paragraph = constructor(Paragraph, typed=True)
_Division = constructor(Division, typed=True)
_ListItem = constructor(ListItem, typed=True)
_Task = constructor(Task, typed=True)
_Deadline = constructor(Deadline, typed=True)
_Recipient = constructor(Recipient, typed=True)
_Document = constructor(Document, typed=True)
_Appendix = constructor(Appendix, typed=True)
_Signature = constructor(Signature, typed=True)
_ParseWarning = constructor(ParseWarning, typed=True)
_Conference = constructor(Conference, typed=True)
_Notation = constructor(Notation, typed=True)


class ElementError(FormatError):
    """A fault at ``element``; :func:`~nghiquyet.formats.xml.from_xml` turns it into a located FormatError."""

    def __init__(self, element: etree._Element, message: str) -> None:
        super().__init__(message, line=element.sourceline)
        self.element = element


def _fail(element: etree._Element, message: str) -> ElementError:
    return ElementError(element, message)


def _nfc(value: str) -> str:
    return value if value.isascii() or unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def _string(element: etree._Element) -> str:
    # The model stores text in NFC itself.
    return element.text or ""


def _organ(element: etree._Element) -> Organization:
    # The XSD's sequence: OrganName, then OrganCode and ParentOrgan when present. Most
    # organs have a name alone, which needs no tag read.
    name = element[0].text or ""
    if len(element) == 1:
        return _body(name, None, None)
    code = None
    parent = None
    for child in element[1:]:
        if child.tag == T.OrganCode:
            code = _string(child)
        else:
            parent = _organ(child)
    return _body(name, code, parent)


@functools.lru_cache(maxsize=4096)
def _body(name: str, code: str | None, parent: Organization | None) -> Organization:
    # Bodies are immutable and documents name the same few again and again (leads,
    # partners, issuers), so equal ones are built once.
    return _Body(name=name, code=code, parent=parent)


def _code(element: etree._Element) -> Notation:
    system = DocumentSystem.STATE if element.get("system") == "state" else DocumentSystem.PARTY
    number_element, notation_element = element  # the XSD's sequence: CodeNumber, CodeNotation
    printed = number_element.text or ""
    year = kind_code = None
    issuer_code = ""
    # The printed notation, gathered on the way: its text and each part's text and tail.
    written = [notation_element.text or ""]
    for part in notation_element:
        tag = part.tag
        text = part.text or ""
        if tag == T.Year:
            year = int(text)
        elif tag == T.KindCode:
            kind_code = text
        else:
            issuer_code = text
        written += (text, part.tail or "")
    notation = _Notation(
        number=int(printed) if printed else None,
        width=len(printed) if printed.startswith("0") else 0,
        kind_code=kind_code,
        issuer_code=issuer_code,
        year=year,
        system=system,
    )
    expected = notation.code  # the printed notation after the number and its separator
    printed_notation = _nfc("".join(written))
    if printed_notation != expected:
        raise _fail(notation_element, f"CodeNotation reads {printed_notation!r} but its parts make {expected!r}")
    return notation


class _Reader:
    """One walk over one document; holds the annotations that inline elements point at."""

    def __init__(self, root: etree._Element) -> None:
        self.organs: dict[str, Organization] = {}
        self.citations: dict[str, etree._Element] = {}
        self.references: dict[str, tuple[Any, ...]] = {}
        self.annotations: etree._Element | None = None
        self.unused: set[str] = set()
        annotations = root[-1] if len(root) else None
        while annotations is not None and annotations.tag != T.Annotations:
            annotations = annotations.getprevious()
        self.annotations = annotations
        if annotations is not None:
            for entry in annotations:
                key = entry.get("id", "")
                self.unused.add(key)
                try:
                    if entry.tag == T.Organ:
                        self.organs[key] = _organ(entry)
                    else:
                        self.references[key] = self._citation(entry)
                except DocumentError as exc:
                    raise _fail(entry, str(exc)) from None

    def _citation(self, element: etree._Element) -> tuple[Any, ...]:
        kind = element.get("kind")
        date = element.get("date")
        notation = issuer = title = None
        for child in element:
            tag = child.tag
            if tag == T.Code:
                notation = _code(child)
            elif tag == T.Organ:
                issuer = _organ(child)
            else:
                title = _string(child)
        return (_KIND[kind] if kind else None, notation, _date(date) if date else None, issuer, title)

    def text(self, element: etree._Element) -> tuple[str, tuple[Span, ...]]:
        """The text of a mixed-content element and the spans its inline elements mark."""
        if not len(element):
            return element.text or "", ()
        # Offsets count characters of the stored (NFC) text, so each piece is normalised first.
        first = _nfc(element.text or "")
        parts = [first]
        position = len(first)
        spans: list[Span] = []
        for child in element:
            tag = child.tag
            content = _nfc(child.text or "")
            end = position + len(content)
            if end == position:
                raise _fail(child, "an inline annotation must mark some text")
            if tag == T.DateMention:
                spans.append(_DateMention(start=position, end=end, date=_date(child.get("date", ""))))
            elif tag == T.OrganMention:
                ref = child.get("ref", "")
                self.unused.discard(ref)
                spans.append(_BodyMention(start=position, end=end, body=self.organs[ref]))
            else:
                ref = child.get("ref", "")
                self.unused.discard(ref)
                kind, notation, date, issuer, title = self.references[ref]
                spans.append(
                    _Reference(
                        start=position,
                        end=end,
                        kind=kind,
                        notation=notation,
                        date=date,
                        issuer=issuer,
                        title=title,
                    )
                )
            parts.append(content)
            position = end
            tail = child.tail
            if tail:
                tail = _nfc(tail)
                parts.append(tail)
                position += len(tail)
        return "".join(parts), tuple(spans)

    def blocks(self, elements: Any) -> Any:
        """The blocks of ``elements`` (a tuple of blocks; typed Any for the model's converters)."""
        result: list[Block] = []
        for element in elements:
            tag = element.tag
            try:
                if tag == _PARAGRAPH and not len(element):  # most blocks: a paragraph of plain text
                    result.append(_Paragraph(text=element.text or ""))
                else:
                    result.append(self._block(element, tag))
            except DocumentError as exc:
                raise _fail(element, str(exc)) from None
        return tuple(result)

    def _block(self, element: etree._Element, tag: str) -> Block:
        if tag == T.Paragraph:
            if not len(element):
                return _Paragraph(text=element.text or "")
            text, spans = self.text(element)
            return _Paragraph(text=text, spans=spans)
        if tag == T.Division:
            heading = None
            children = list(element)
            if children and children[0].tag == T.Heading:
                heading = _string(children[0])
                children = children[1:]
            return _Division(
                numbering=_NUMBERING[element.get("numbering", "")],
                marker=element.get("marker", ""),  # the constructor makes it NFC
                heading=heading,
                children=self.blocks(children),
            )
        if tag == T.ListItem:
            elements = list(element)
            text, spans = self.text(elements[0])
            return _ListItem(
                marker=element.get("marker", ""), text=text, spans=spans, children=self.blocks(elements[1:])
            )
        if tag == T.Task:
            return self._task(element)
        if tag == T.Table:
            return Table(rows=[[_string(cell) for cell in row] for row in element])
        raise _fail(element, f"unexpected element {tag}")

    def _task(self, element: etree._Element) -> Task:
        text = ""
        spans: tuple[Span, ...] = ()
        lead: Any = ()
        partners: Any = ()
        report_to = deadline = None
        for child in element:
            tag = child.tag
            if tag == T.Text:
                text, spans = self.text(child)
            elif tag == T.Lead:
                lead = tuple([_organ(e) for e in child])
            elif tag == T.Partners:
                partners = tuple([_organ(e) for e in child])
            elif tag == T.ReportTo:
                report_to = _organ(child[0])
            else:
                date = child.get("date")
                deadline = _Deadline(text=_string(child), date=_date(date) if date else None)
        return _Task(text=text, spans=spans, lead=lead, partners=partners, report_to=report_to, deadline=deadline)

    def document(self, root: etree._Element) -> Document:
        fields: dict[str, Any] = {}
        if root.get("system") == "state":
            fields["system"] = DocumentSystem.STATE
        appendices = []
        for element in root:
            tag = element.tag
            if tag == T.Header:
                self._header(element, fields)
            elif tag == T.Content:
                fields["body"] = self.blocks(element)
            elif tag == T.Preamble:
                fields["preamble"] = self.blocks(element)
            elif tag == T.Closing:
                self._closing(element, fields)
            elif tag == T.Appendix:
                appendices.append(self._appendix(element))
            elif tag == T.Warnings:
                fields["warnings"] = tuple(
                    _ParseWarning(message=_string(e), line=_int_or_none(e.get("line"))) for e in element
                )
        if appendices:
            fields["appendices"] = tuple(appendices)
        if self.unused and self.annotations is not None:
            # An annotation nothing points at would be lost on the way back to XML.
            for entry in self.annotations:
                if entry.get("id") in self.unused:
                    raise _fail(entry, f"annotation {entry.get('id')!r} is not referenced from any text")
        return _Document(**fields)

    def _appendix(self, element: etree._Element) -> Appendix:
        children = list(element)
        title = None
        if children and children[0].tag == T.Title:
            title = _string(children[0])
            children = children[1:]
        try:
            return _Appendix(title=title, body=self.blocks(children))
        except DocumentError as exc:
            raise _fail(element, str(exc)) from None

    def _header(self, header: etree._Element, fields: dict[str, Any]) -> None:
        for element in header:
            try:
                self._header_field(element, fields)
            except DocumentError as exc:
                raise _fail(element, str(exc)) from None

    def _header_field(self, element: etree._Element, fields: dict[str, Any]) -> None:
        tag = str(element.tag)
        handler = _HEADER.get(tag)
        if handler is not None:
            fields[handler[0]] = handler[1](element)
        elif tag == T.Subject:
            fields["subject"], fields["subject_spans"] = self.text(element)
        elif tag == T.Draft:
            fields["draft"] = True
        elif tag == T.PromulgationInfo:
            for child in element:
                if child.tag == T.Place:
                    fields["place"] = _string(child)
                elif child.tag == T.PromulgationDate:
                    fields["date"] = _date(child.text or "")
                else:
                    fields["date_text"] = _string(child)
        elif tag == T.DocumentType:
            kind = _KIND[element.get("code", "")]
            if (label := _nfc(_string(element))) != kind.label:
                raise _fail(element, f"DocumentType {kind.code} is {kind.label!r}, not {label!r}")
            fields["kind"] = kind
        else:
            fields["conference"] = _conference(element)

    def _closing(self, closing: etree._Element, fields: dict[str, Any]) -> None:
        signatures = []
        for element in closing:
            tag = element.tag
            if tag == T.SignerInfo:
                try:
                    signatures.append(_signature(element))
                except DocumentError as exc:
                    raise _fail(element, str(exc)) from None
            elif tag == T.ToPlaces:
                fields["recipients"] = tuple([_recipient(e) for e in element])
            elif tag == T.Circulation:
                fields["circulation"] = _string(element)
            elif tag == T.PromulgationAmount:
                fields["copies"] = int(element.text or "")
            else:
                fields["typist"] = _string(element)
        fields["signatures"] = tuple(signatures)


def _int_or_none(value: str | None) -> int | None:
    return None if value is None else int(value)


def _conference(element: etree._Element) -> Conference:
    bodies = list(element)
    term = element.get("term")
    return _Conference(
        ordinal=_int_or_none(element.get("ordinal")),
        term=term,
        body=_organ(bodies[0]) if bodies else None,
    )


_SIGNATURE_FIELDS = {T.Competence: "on_behalf_of", T.Position: "position", T.FullName: "signer", T.Note: "note"}


def _signature(element: etree._Element) -> Signature:
    authority = element.get("authority")
    fields: dict[str, Any] = {"authority": _AUTHORITY[authority] if authority else None}
    for child in element:
        fields[_SIGNATURE_FIELDS[str(child.tag)]] = _string(child)
    return _Signature(**fields)


def _recipient(element: etree._Element) -> Recipient:
    children = list(element)
    return _Recipient(name=_string(children[0]), purpose=_string(children[1]) if len(children) > 1 else None)


_HEADER: dict[str, tuple[str, Callable[[etree._Element], Any]]] = {
    T.Secrecy: ("secrecy", lambda e: _SECRECY[e.text or ""]),
    T.Urgency: ("urgency", lambda e: _URGENCY[e.text or ""]),
    T.Organ: ("issuer", _organ),
    T.Code: ("notation", _code),
    T.Title: ("title", _string),
}


def read(root: etree._Element) -> Document:
    """The document of a schema-valid ``Document`` element.

    Comments and processing instructions are removed from the tree first (their tails
    stay), so that the walk sees elements only.
    """
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    reader = _Reader(root)
    try:
        return reader.document(root)
    except DocumentError as exc:
        raise _fail(root, str(exc)) from None
