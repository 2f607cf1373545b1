"""Writing the native XML: the model to an lxml tree, element by element.

The tree is built with local names only (no namespace look-up for each element);
:func:`serialise` declares the namespace once on the root element of the output.

Indentation comes from libxml2's pretty printer, which indents an element's children only
when none of them is text. Mixed content (paragraph text with its inline annotations)
always holds a text node, empty if need be, so its whitespace is written exactly.
"""

from __future__ import annotations

import datetime
from typing import Any

from lxml import etree

from ...model import (
    Block,
    BodyMention,
    DateMention,
    Division,
    Document,
    DocumentSystem,
    ListItem,
    Notation,
    Organization,
    Paragraph,
    Reference,
    Span,
    Table,
    Task,
)
from ._names import LOCAL as T
from ._names import NS

__all__ = ["build", "serialise"]

_SubElement = etree.SubElement


class _Annotations:
    """What inline annotations point at, each written once and named by an id in order of first use."""

    __slots__ = ("citations", "organs")

    def __init__(self) -> None:
        self.organs: dict[Organization, str] = {}
        self.citations: dict[tuple[Any, ...], str] = {}

    def organ(self, body: Organization) -> str:
        ident = self.organs.get(body)
        if ident is None:
            ident = self.organs[body] = f"o{len(self.organs) + 1}"
        return ident

    def citation(self, ref: Reference) -> str:
        key = (ref.kind, ref.notation, ref.date, ref.issuer, ref.title)
        ident = self.citations.get(key)
        if ident is None:
            ident = self.citations[key] = f"c{len(self.citations) + 1}"
        return ident


def _leaf(parent: etree._Element, tag: str, value: str) -> etree._Element:
    element = _SubElement(parent, tag)
    if value:
        element.text = value
    return element


def _organ(parent: etree._Element, tag: str, body: Organization) -> etree._Element:
    element = _SubElement(parent, tag)
    _leaf(element, T.OrganName, body.name)
    if body.code is not None:
        _leaf(element, T.OrganCode, body.code)
    if body.parent is not None:
        _organ(element, T.ParentOrgan, body.parent)
    return element


def _code(parent: etree._Element, notation: Notation) -> None:
    element = _SubElement(parent, T.Code)
    if notation.system is DocumentSystem.STATE:
        element.set("system", "state")
    # The model keeps a width only for leading zeros, so the printed number says it all.
    _leaf(element, T.CodeNumber, notation.number_text)
    # Mixed content whose string value is the printed notation after the number.
    code_notation = _SubElement(element, T.CodeNotation)
    code_notation.text = ""  # mixed content: keep the pretty printer out
    last: etree._Element | None = None
    if notation.year is not None:
        last = _leaf(code_notation, T.Year, str(notation.year))
        last.tail = "/"
    if notation.kind_code is not None:
        last = _leaf(code_notation, T.KindCode, notation.kind_code)
        last.tail = "/" if notation.system is DocumentSystem.PARTY else "-"
    _leaf(code_notation, T.IssuerCode, notation.issuer_code)


def _date(value: datetime.date) -> str:
    return value.isoformat()


def _text(element: etree._Element, text: str, spans: tuple[Span, ...], annotations: _Annotations) -> None:
    """Write ``text`` as mixed content: plain runs and one inline element per span."""
    if not spans:
        if text:
            element.text = text
        return
    # An empty text node keeps the pretty printer out of text that starts with a span.
    element.text = text[: spans[0].start]
    position = 0
    previous: etree._Element | None = None
    for span in spans:
        before = text[position : span.start]
        if before:
            if previous is None:
                element.text = before
            else:
                previous.tail = before
        if type(span) is DateMention:
            inline = _SubElement(element, T.DateMention, date=_date(span.date))
        elif type(span) is BodyMention:
            inline = _SubElement(element, T.OrganMention, ref=annotations.organ(span.body))
        else:
            inline = _SubElement(element, T.Reference, ref=annotations.citation(span))  # type: ignore[arg-type]
        inline.text = text[span.start : span.end]
        position = span.end
        previous = inline
    rest = text[position:]
    if rest and previous is not None:
        previous.tail = rest


def _blocks(parent: etree._Element, blocks: tuple[Block, ...], annotations: _Annotations) -> None:
    for block in blocks:
        kind = type(block)
        if kind is Paragraph:
            _text(_SubElement(parent, T.Paragraph), block.text, block.spans, annotations)  # type: ignore[union-attr]
        elif kind is Division:
            _division(parent, block, annotations)  # type: ignore[arg-type]
        elif kind is ListItem:
            item: ListItem = block  # type: ignore[assignment]
            element = _SubElement(parent, T.ListItem, marker=item.marker)
            _text(_SubElement(element, T.Text), item.text, item.spans, annotations)
            _blocks(element, item.children, annotations)
        elif kind is Task:
            _task(parent, block, annotations)  # type: ignore[arg-type]
        else:
            table: Table = block  # type: ignore[assignment]
            element = _SubElement(parent, T.Table)
            for row in table.rows:
                row_element = _SubElement(element, T.Row)
                for cell in row:
                    _leaf(row_element, T.Cell, cell)


def _division(parent: etree._Element, division: Division, annotations: _Annotations) -> None:
    element = _SubElement(parent, T.Division, numbering=division.numbering.value, marker=division.marker)
    if division.heading is not None:
        _leaf(element, T.Heading, division.heading)
    _blocks(element, division.children, annotations)


def _task(parent: etree._Element, task: Task, annotations: _Annotations) -> None:
    element = _SubElement(parent, T.Task)
    _text(_SubElement(element, T.Text), task.text, task.spans, annotations)
    for tag, bodies in ((T.Lead, task.lead), (T.Partners, task.partners)):
        if bodies:
            group = _SubElement(element, tag)
            for body in bodies:
                _organ(group, T.Organ, body)
    if task.report_to is not None:
        _organ(_SubElement(element, T.ReportTo), T.Organ, task.report_to)
    if task.deadline is not None:
        deadline = _leaf(element, T.Deadline, task.deadline.text)
        if task.deadline.date is not None:
            deadline.set("date", _date(task.deadline.date))


def _header(root: etree._Element, doc: Document, annotations: _Annotations) -> None:
    header = _SubElement(root, T.Header)
    if doc.secrecy is not None:
        _leaf(header, T.Secrecy, doc.secrecy.value)
    if doc.urgency is not None:
        _leaf(header, T.Urgency, doc.urgency.value)
    if doc.draft:
        _SubElement(header, T.Draft)
    if doc.issuer is not None:
        _organ(header, T.Organ, doc.issuer)
    if doc.notation is not None:
        _code(header, doc.notation)
    if doc.place is not None or doc.date is not None or doc.date_text is not None:
        info = _SubElement(header, T.PromulgationInfo)
        if doc.place is not None:
            _leaf(info, T.Place, doc.place)
        if doc.date is not None:
            _leaf(info, T.PromulgationDate, _date(doc.date))
        if doc.date_text is not None:
            _leaf(info, T.DateText, doc.date_text)
    if doc.kind is not None:
        _leaf(header, T.DocumentType, doc.kind.label).set("code", doc.kind.code)
    if doc.title is not None:
        _leaf(header, T.Title, doc.title)
    if doc.subject is not None:
        _text(_SubElement(header, T.Subject), doc.subject, doc.subject_spans, annotations)
    if doc.conference is not None:
        conference = doc.conference
        element = _SubElement(header, T.Conference)
        if conference.ordinal is not None:
            element.set("ordinal", str(conference.ordinal))
        if conference.term is not None:
            element.set("term", conference.term)
        if conference.body is not None:
            _organ(element, T.Organ, conference.body)


def _closing(root: etree._Element, doc: Document) -> None:
    if not (doc.signatures or doc.recipients or doc.circulation is not None or doc.copies or doc.typist is not None):
        return
    closing = _SubElement(root, T.Closing)
    for signature in doc.signatures:
        signer = _SubElement(closing, T.SignerInfo)
        if signature.authority is not None:
            signer.set("authority", signature.authority.code)
        for tag, value in (
            (T.Competence, signature.on_behalf_of),
            (T.Position, signature.position),
            (T.FullName, signature.signer),
            (T.Note, signature.note),
        ):
            if value is not None:
                _leaf(signer, tag, value)
    if doc.recipients:
        places = _SubElement(closing, T.ToPlaces)
        for recipient in doc.recipients:
            element = _SubElement(places, T.Recipient)
            _leaf(element, T.Name, recipient.name)
            if recipient.purpose is not None:
                _leaf(element, T.Purpose, recipient.purpose)
    if doc.circulation is not None:
        _leaf(closing, T.Circulation, doc.circulation)
    if doc.copies is not None:
        _leaf(closing, T.PromulgationAmount, str(doc.copies))
    if doc.typist is not None:
        _leaf(closing, T.TyperNotation, doc.typist)


def _annotations(root: etree._Element, annotations: _Annotations) -> None:
    if not (annotations.organs or annotations.citations):
        return
    element = _SubElement(root, T.Annotations)
    for body, ident in annotations.organs.items():
        _organ(element, T.Organ, body).set("id", ident)
    for (kind, notation, date, issuer, title), ident in annotations.citations.items():
        citation = _SubElement(element, T.Citation, id=ident)
        if kind is not None:
            citation.set("kind", kind.code)
        if date is not None:
            citation.set("date", _date(date))
        if notation is not None:
            _code(citation, notation)
        if issuer is not None:
            _organ(citation, T.Organ, issuer)
        if title is not None:
            _leaf(citation, T.Title, title)


def build(doc: Document) -> etree._Element:
    """The root ``Document`` element of ``doc``, in no namespace: see :func:`serialise`."""
    root = etree.Element(T.Document, version="1")
    if doc.system is DocumentSystem.STATE:
        root.set("system", "state")
    annotations = _Annotations()
    _header(root, doc, annotations)
    if doc.preamble:
        _blocks(_SubElement(root, T.Preamble), doc.preamble, annotations)
    if doc.body:
        _blocks(_SubElement(root, T.Content), doc.body, annotations)
    _closing(root, doc)
    for appendix in doc.appendices:
        element = _SubElement(root, T.Appendix)
        if appendix.title is not None:
            _leaf(element, T.Title, appendix.title)
        _blocks(element, appendix.body, annotations)
    if doc.warnings:
        warnings = _SubElement(root, T.Warnings)
        for warning in doc.warnings:
            element = _leaf(warnings, T.Warning, warning.message)
            if warning.line is not None:
                element.set("line", str(warning.line))
    _annotations(root, annotations)
    return root


_ROOT = b"<" + T.Document.encode()
_DECLARED = _ROOT + f' xmlns="{NS}"'.encode()


def serialise(doc: Document) -> bytes:
    """``doc`` as UTF-8 bytes with an XML declaration: the tree of :func:`build`, its root
    declaring the namespace as the default one, so that every element is in it."""
    data: bytes = etree.tostring(build(doc), encoding="UTF-8", xml_declaration=True, pretty_print=True)
    # The root's start tag is the first "<Document" of the output: text holds no "<".
    return data.replace(_ROOT, _DECLARED, 1)
