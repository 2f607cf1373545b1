"""Read Akoma Ntoso 3.0 into a :class:`~nghiquyet.model.Document` (see :mod:`nghiquyet.formats.akn`).

Two kinds of input: what :func:`~nghiquyet.formats.akn.to_akoma_ntoso` wrote (recognised by
``meta/proprietary/nq:document``), read back exactly; and any other Akoma Ntoso document
(acts, bills, debates …), read as far as it maps, with whitespace collapsed and the rest
reported in ``Document.warnings``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from lxml import etree

from ..errors import DocumentError, FormatError
from ..model import (
    Appendix,
    Block,
    Body,
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
from ._akn_vocabulary import AKN, KIND_BY_NAME, NO_KIND, NUMBERING_BY_ELEMENT, akn, nq

__all__ = ["read_akoma_ntoso"]

_HIERARCHY = frozenset(
    {
        *("clause", "section", "part", "paragraph", "chapter", "title", "article", "book", "tome", "division"),
        *("list", "point", "indent", "alinea", "rule", "subrule", "proviso", "subsection", "subpart"),
        *("subparagraph", "subchapter", "subtitle", "subdivision", "subclause", "sublist", "level", "transitional"),
        "hcontainer",
    }
)
_BODIES = ("mainBody", "body", "collectionBody", "debateBody", "judgmentBody", "amendmentBody", "portionBody")
_WRAPPERS = frozenset({"content", "intro", "wrapUp", "blockContainer", "container", "listIntroduction", "listWrapUp"})
_GUESS_ORDER = (
    Numbering.PART,
    Numbering.CHAPTER,
    Numbering.SECTION,
    Numbering.ARTICLE,
    Numbering.CLAUSE,
    Numbering.ROMAN,
    Numbering.UPPER_LETTER,
    Numbering.DECIMAL,
    Numbering.ARABIC,
    Numbering.PARENTHESISED,
    Numbering.LETTER,
)


def read_akoma_ntoso(root: etree._Element) -> Document:
    """The document in the ``<akomaNtoso>`` tree ``root``."""
    if root.tag != akn("akomaNtoso"):
        raise FormatError(
            f"not Akoma Ntoso 3.0: the root element is {root.tag!r}, expected akomaNtoso in {AKN}",
            line=root.sourceline,
            path="/" + etree.QName(root).localname,
        )
    return _Reader(root).document()


def _local(element: etree._Element) -> str | None:
    """The local name of an Akoma Ntoso element; None for comments, PIs and foreign elements."""
    if not isinstance(element.tag, str) or not element.tag.startswith("{" + AKN + "}"):
        return None
    return element.tag[len(AKN) + 2 :]


def _text(element: etree._Element) -> str:
    """All the text inside ``element`` (comments and processing instructions left out)."""
    pieces = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            pieces.append(_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _line(element: etree._Element) -> int | None:
    """The element's line, when a warning can hold it (1 to 999999)."""
    line = element.sourceline
    return line if line is not None and 1 <= line <= 999_999 else None


def _collapse(text: str) -> str:
    return " ".join(text.split())


class _Reader:
    def __init__(self, root: etree._Element) -> None:
        self.root = root
        documents = [child for child in root if _local(child) is not None]
        if not documents:
            raise FormatError("Akoma Ntoso without a document inside akomaNtoso", line=root.sourceline)
        self.top = documents[0]
        self.meta = self.top.find(akn("meta"))
        self.header = self.top.find(f"{akn('meta')}/{akn('proprietary')}/{nq('document')}")
        self.ours = self.header is not None
        self.warnings: list[ParseWarning] = []
        self.unmapped: dict[str, int | None] = {}
        self.bodies: dict[str, Body] = {}
        self.names: dict[str, str] = {}
        self.tasks: dict[str, etree._Element] = {}
        self.read_references()
        if self.ours:
            for task in self.top.iterfind(f".//{akn('otherAnalysis')}/{nq('tasks')}/{nq('task')}"):
                self.tasks[task.get("href", "").lstrip("#")] = task

    # -- helpers ------------------------------------------------------------------------

    def fail(self, element: etree._Element, message: str) -> FormatError:
        return FormatError(message, line=element.sourceline, path=etree.QName(element).localname)

    def warn(self, element: etree._Element, message: str) -> None:
        self.warnings.append(ParseWarning(message=message, line=_line(element)))

    def clean(self, text: str) -> str:
        """Our own output keeps every space; other documents' layout whitespace is collapsed."""
        return text if self.ours else _collapse(text)

    def build(self, element: etree._Element, cls: type[Any], **fields: Any) -> Any:
        try:
            return cls(**fields)
        except DocumentError as error:
            raise self.fail(element, str(error)) from None

    def integer(self, element: etree._Element, name: str) -> int | None:
        value = element.get(name)
        if value is None:
            return None
        try:
            return int(value)
        except ValueError:
            raise self.fail(element, f"{name}: {value!r} is not a whole number") from None

    def date(self, element: etree._Element, name: str) -> datetime.date | None:
        value = element.get(name)
        if value is None:
            return None
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            if self.ours:
                raise self.fail(element, f"{name}: {value!r} is not a date") from None
            self.warn(element, f"{value!r} is not a date; left out")
            return None

    def enum(self, element: etree._Element, name: str, cls: Any) -> Any:
        value = element.get(name)
        if value is None:
            return None
        try:
            return cls(value)
        except ValueError:
            raise self.fail(element, f"{name}: {value!r} is not a known value") from None

    def body(self, element: etree._Element, reference: str | None) -> Body | None:
        if reference is None:
            return None
        body = self.bodies.get(reference.lstrip("#"))
        if body is None and self.ours:
            raise self.fail(element, f"{reference!r} names no TLCOrganization in meta/references")
        return body

    def notation(self, element: etree._Element) -> Notation | None:
        if element.get(nq("issuerCode")) is None:
            return None
        return self.build(  # type: ignore[no-any-return]
            element,
            Notation,
            number=self.integer(element, nq("number")),
            width=self.integer(element, nq("width")) or 0,
            kind_code=element.get(nq("kindCode")),
            issuer_code=element.get(nq("issuerCode")),
            year=self.integer(element, nq("year")),
            system=self.enum(element, nq("notationSystem"), DocumentSystem) or DocumentSystem.PARTY,
        )

    # -- meta ---------------------------------------------------------------------------

    def read_references(self) -> None:
        organizations: dict[str, etree._Element] = {}
        for references in self.top.iterfind(f"{akn('meta')}/{akn('references')}"):
            for element in references:
                eid, shown = element.get("eId"), element.get("showAs")
                if eid is None or shown is None:
                    continue
                self.names[eid] = shown
                if element.tag == akn("TLCOrganization"):
                    organizations[eid] = element

        def resolve(eid: str, seen: frozenset[str]) -> Body | None:
            if eid in self.bodies:
                return self.bodies[eid]
            element = organizations.get(eid)
            if element is None or eid in seen or not element.get("showAs", "").strip():
                return None
            parent_ref = element.get(nq("parent"))
            parent = None if parent_ref is None else resolve(parent_ref.lstrip("#"), seen | {eid})
            if parent_ref is not None and parent is None:
                raise self.fail(element, f"nq:parent {parent_ref!r} names no TLCOrganization")
            name = element.get("showAs", "")
            body = self.build(element, Body, name=self.clean(name), parent=parent, code=element.get(nq("code")))
            self.bodies[eid] = body
            return body  # type: ignore[no-any-return]

        for eid in organizations:
            resolve(eid, frozenset())

    # -- the document -------------------------------------------------------------------

    def document(self) -> Document:
        top, name = self.top, _local(self.top)
        kind: DocumentKind | None = None
        if name == "statement" and top.get("name") in KIND_BY_NAME:
            kind = KIND_BY_NAME[top.get("name", "")]
        elif name != "statement" or top.get("name") != NO_KIND:
            self.warn(top, f"an Akoma Ntoso {name} named {top.get('name')!r} is no Party document kind; kind left out")
        fields: dict[str, Any] = {"kind": kind}
        fields |= self.preface(top.find(akn("preface")))
        preamble = top.find(akn("preamble"))
        fields["preamble"] = () if preamble is None else tuple(self.blocks(preamble))
        fields["body"] = tuple(self.main_body(top))
        conclusions = top.find(akn("conclusions"))
        if conclusions is not None:
            fields |= self.conclusions(conclusions)
        attachments = top.find(akn("attachments"))
        if attachments is not None:
            fields["appendices"] = tuple(self.appendices(attachments.iterfind(akn("attachment"))))
        if not self.ours:
            # A collection (bill with memorandum …) carries its documents as components.
            components = [c for c in self.root.iter(akn("component")) if self.embedded(c) is not None]
            fields["appendices"] = fields.get("appendices", ()) + tuple(self.appendices(components))
            for component in components:
                conclusions = self.embedded(component).find(akn("conclusions"))  # type: ignore[union-attr]
                if conclusions is not None:
                    fields["signatures"] = fields.get("signatures", ()) + self.conclusions(conclusions)["signatures"]
        if self.header is not None:
            fields |= self.proprietary(self.header)
        for local, line in self.unmapped.items():
            self.warnings.append(
                ParseWarning(message=f"<{local}> has no place in the model; its text is kept", line=line)
            )
        fields["warnings"] = tuple(fields.get("warnings", ())) + tuple(self.warnings)
        return self.build(top, Document, **fields)  # type: ignore[no-any-return]

    def preface(self, preface: etree._Element | None) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if preface is None:
            return fields
        for element in preface.iter():
            local = _local(element)
            if local == "docAuthority" and "issuer" not in fields:
                body = self.body(element, element.get("refersTo"))
                if body is None and _text(element).strip():
                    body = self.build(element, Body, name=_collapse(_text(element)))
                fields["issuer"] = body
            elif local == "docNumber" and "notation" not in fields:
                fields["notation"] = self.notation(element) if self.ours else self.foreign_notation(element)
            elif local == "location" and "place" not in fields:
                fields["place"] = self.clean(_text(element))
            elif local == "docDate" and "date" not in fields:
                fields["date"] = self.date(element, "date")
            elif local == "docType" and "title" not in fields:
                fields["title"] = self.clean(_text(element))
            elif local == "docTitle" and "subject" not in fields:
                fields["subject"] = self.clean(_text(element))
        return fields

    def foreign_notation(self, element: etree._Element) -> Notation | None:
        printed = _collapse(_text(element))
        try:
            return Notation.parse(printed)
        except DocumentError:
            self.warn(element, f"document number {printed!r} is not a Party or state notation; left out")
            return None

    def main_body(self, top: etree._Element) -> Iterator[Block]:
        for local in _BODIES:
            body = top.find(akn(local))
            if body is not None:
                return self.blocks(body)
        raise self.fail(top, "the document has no mainBody (or body)")

    def proprietary(self, header: etree._Element) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "system": self.enum(header, "system", DocumentSystem) or DocumentSystem.PARTY,
            "date_text": header.get("dateText"),
            "secrecy": self.enum(header, "secrecy", Secrecy),
            "urgency": self.enum(header, "urgency", Urgency),
            "circulation": header.get("circulation"),
            "draft": header.get("draft") == "true",
            "copies": self.integer(header, "copies"),
            "typist": header.get("typist"),
        }
        conference = header.find(nq("conference"))
        if conference is not None:
            fields["conference"] = self.build(
                conference,
                Conference,
                ordinal=self.integer(conference, "ordinal"),
                body=self.body(conference, conference.get("body")),
                term=conference.get("term"),
            )
        fields["warnings"] = tuple(
            self.build(w, ParseWarning, message=w.text or "", line=self.integer(w, "line"))
            for w in header.iterfind(nq("warning"))
        )
        return fields

    # -- blocks -------------------------------------------------------------------------

    def blocks(self, parent: etree._Element) -> Iterator[Block]:
        for element in parent:
            yield from self.block(element)

    def block(self, element: etree._Element) -> Iterable[Block]:
        local = _local(element)
        if local is None:
            if isinstance(element.tag, str):
                self.unmapped.setdefault(element.tag, _line(element))
            return ()
        role = element.get(nq("role"))
        if role == "empty":
            return () if local != "table" else (Table(rows=()),)
        if role == "blocks":
            return [b for child in element for b in self.block(child)]
        if local == "p":
            return (self.paragraph(element),)
        if local == "blockList":
            return [self.list_item(item) for item in element.iterfind(akn("item"))]
        if local in ("ul", "ol"):
            return [self.list_item(item) for item in element.iterfind(akn("li"))]
        if local == "table":
            return (self.table(element),)
        if local in _HIERARCHY or local == "tblock":
            return self.division(element, local)
        if local in _WRAPPERS:
            return list(self.blocks(element))
        if local in ("component", "componentRef", "documentRef"):
            return ()  # embedded documents are read as appendices
        if local in ("num", "heading", "subheading", "crossHeading", "longTitle") or not len(element):
            text, spans = self.inline(element)
            return (Paragraph(text=text, spans=spans),) if text.strip() or self.ours else ()
        self.unmapped.setdefault(local, _line(element))
        return list(self.blocks(element))

    def paragraph(self, element: etree._Element) -> Block:
        text, spans = self.inline(element)
        task = self.tasks.get(element.get("eId", ""))
        if task is None:
            return self.build(element, Paragraph, text=text, spans=spans)  # type: ignore[no-any-return]
        deadline_element = task.find(nq("deadline"))
        deadline = None
        if deadline_element is not None:
            deadline = self.build(
                deadline_element, Deadline, text=deadline_element.text or "", date=self.date(deadline_element, "date")
            )
        return self.build(  # type: ignore[no-any-return]
            element,
            Task,
            text=text,
            spans=spans,
            lead=[self.body(e, e.get("href")) for e in task.iterfind(nq("lead"))],
            partners=[self.body(e, e.get("href")) for e in task.iterfind(nq("partner"))],
            report_to=next((self.body(e, e.get("href")) for e in task.iterfind(nq("reportTo"))), None),
            deadline=deadline,
        )

    def list_item(self, item: etree._Element) -> ListItem:
        children = [child for child in item if isinstance(child.tag, str)]
        text, spans = "", tuple[Span, ...]()
        if children and _local(children[0]) == "p":
            text, spans = self.inline(children[0])
            children = children[1:]
        blocks = [b for child in children if _local(child) != "num" for b in self.block(child)]
        return self.build(  # type: ignore[no-any-return]
            item, ListItem, marker=item.get(nq("marker"), "-"), text=text, spans=spans, children=blocks
        )

    def table(self, element: etree._Element) -> Table:
        rows: list[tuple[str, ...]] = []
        for tr in element.iter(akn("tr")):
            if tr.get(nq("role")) == "empty":
                rows.append(())
                continue
            cells = [cell for cell in tr if cell.tag in (akn("td"), akn("th"))]
            rows.append(tuple(self.cell(cell) for cell in cells))
        return self.build(element, Table, rows=rows)  # type: ignore[no-any-return]

    def cell(self, cell: etree._Element) -> str:
        paragraphs = list(cell)
        if self.ours and len(paragraphs) == 1:
            return _text(paragraphs[0])
        return self.clean(_text(cell))

    def division(self, element: etree._Element, local: str) -> list[Block]:
        num = element.find(akn("num"))
        heading_element = element.find(akn("heading"))
        marker = None if num is None else self.clean(_text(num))
        heading = None if heading_element is None else self.clean(_text(heading_element))
        children: list[Block] = [
            b for child in element if _local(child) not in ("num", "heading", "subheading") for b in self.block(child)
        ]
        numbering_value = element.get(nq("numbering"))
        if numbering_value is not None:
            if marker is None:
                raise self.fail(element, "a division needs its num")
            numbering = self.enum(element, nq("numbering"), Numbering)
            return [
                self.build(element, Division, numbering=numbering, marker=marker, heading=heading, children=children)
            ]
        candidates = [NUMBERING_BY_ELEMENT[local]] if local in NUMBERING_BY_ELEMENT else []
        for numbering in [*candidates, *_GUESS_ORDER]:
            if marker is None:
                break
            try:
                fields: dict[str, Any] = {"marker": marker, "heading": heading, "children": children}
                return [Division(numbering=numbering, **fields)]
            except DocumentError:
                continue
        # A number the Party numbering does not know ("Sec. 2.", none at all): keep the words as paragraphs.
        lead = " ".join(part for part in (marker, heading) if part)
        return ([Paragraph(text=lead)] if lead else []) + children

    def inline(self, holder: etree._Element) -> tuple[str, tuple[Span, ...]]:
        """The text of a paragraph and the spans of its direct ref / organization / date children."""
        pieces = [holder.text or ""]
        spans: list[Span] = []
        offset = len(pieces[0])
        for child in holder:
            if isinstance(child.tag, str):
                inner = _text(child)
                if inner:
                    span = self.span(child, offset, offset + len(inner), inner)
                    if span is not None:
                        spans.append(span)
                pieces.append(inner)
                offset += len(inner)
            tail = child.tail or ""
            pieces.append(tail)
            offset += len(tail)
        text = "".join(pieces)
        if self.ours:
            return text, tuple(spans)
        return self.collapse_inline(text, spans)

    def span(self, element: etree._Element, start: int, end: int, inner: str) -> Span | None:
        local = _local(element)
        if local == "ref":
            if element.get(nq("reference")) != "true":
                return Reference(start=start, end=end)
            kind_code = element.get(nq("kind"))
            try:
                kind = None if kind_code is None else DocumentKind.from_code(kind_code)
            except DocumentError as error:
                raise self.fail(element, str(error)) from None
            return self.build(  # type: ignore[no-any-return]
                element,
                Reference,
                start=start,
                end=end,
                kind=kind,
                notation=self.notation(element),
                date=self.date(element, nq("date")),
                issuer=self.body(element, element.get(nq("issuer"))),
                title=element.get(nq("title")),
            )
        if local == "organization":
            body = self.body(element, element.get("refersTo"))
            if body is None and inner.strip():
                body = Body(name=_collapse(inner))
            return None if body is None else BodyMention(start=start, end=end, body=body)
        if local == "date":
            date = self.date(element, "date")
            return None if date is None else DateMention(start=start, end=end, date=date)
        return None

    @staticmethod
    def collapse_inline(text: str, spans: list[Span]) -> tuple[str, tuple[Span, ...]]:
        """Collapse layout whitespace and move the spans with their words."""
        mapping: list[int] = []  # new offset of every old offset
        out: list[str] = []
        pending_space = False
        for char in text:
            if char.isspace():
                pending_space = bool(out)
                mapping.append(len(out) + (1 if pending_space else 0))
                continue
            if pending_space:
                out.append(" ")
                pending_space = False
            mapping.append(len(out))
            out.append(char)
        mapping.append(len(out))
        moved = []
        for span in spans:
            start, end = mapping[span.start], min(mapping[span.end], len(out))
            while end > start and out[end - 1] == " ":
                end -= 1
            if end > start:
                moved.append(attrs.evolve(span, start=start, end=end))
        return "".join(out), tuple(moved)

    # -- the closing --------------------------------------------------------------------

    def conclusions(self, conclusions: etree._Element) -> dict[str, Any]:
        signatures = [self.signature(s) for s in conclusions.iter(akn("signature"))]
        recipients = []
        for p in conclusions.iter(akn("p")):
            if p.get("class") != "recipient":
                continue
            name = p.find(akn("organization"))
            purpose = p.find(akn("span"))
            recipients.append(
                self.build(
                    p,
                    Recipient,
                    name="" if name is None else self.clean(_text(name)),
                    purpose=None if purpose is None else self.clean(_text(purpose)),
                )
            )
        return {"signatures": tuple(signatures), "recipients": tuple(recipients)}

    def signature(self, element: etree._Element) -> Signature:
        fields: dict[str, Any] = {}
        for child in element:
            local, css = _local(child), child.get("class")
            if local == "role" and "position" not in fields:
                fields["position"] = self.clean(_text(child))
            elif local == "person" and "signer" not in fields:
                fields["signer"] = self.clean(_text(child))
            elif local == "span" and css == "authority":
                try:
                    fields["authority"] = SigningAuthority.from_code(_text(child))
                except DocumentError as error:
                    raise self.fail(child, str(error)) from None
            elif local == "span" and css in ("onBehalfOf", "note"):
                fields["on_behalf_of" if css == "onBehalfOf" else "note"] = self.clean(_text(child))
        return self.build(element, Signature, **fields)  # type: ignore[no-any-return]

    @staticmethod
    def embedded(container: etree._Element) -> etree._Element | None:
        """The document embedded in an attachment or component, if it holds one (not a reference)."""
        inner = next((child for child in container if _local(child) not in (None, "num", "heading")), None)
        return inner if inner is not None and inner.find(akn("meta")) is not None else None

    def appendices(self, containers: Iterable[etree._Element]) -> Iterator[Appendix]:
        for attachment in containers:
            inner = self.embedded(attachment)
            if inner is None:
                self.warn(attachment, "an attachment that is not an embedded document is left out")
                continue
            title_element = inner.find(f"{akn('preface')}//{akn('docTitle')}")
            title = None if title_element is None else self.clean(_text(title_element))
            yield self.build(attachment, Appendix, title=title, body=tuple(self.main_body(inner)))
