"""Read the blocks of Akoma Ntoso (divisions, paragraphs, lists, tables, inline spans).

The base of the document reader in :mod:`nghiquyet.formats._akn_reader`: it holds what both
the document level and the blocks need (which organisation an ``#id`` names, which paragraphs
are tasks, whether the input is this library's own output) and the value helpers that turn
faults into :class:`~nghiquyet.errors.FormatError` with the line.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from lxml import etree

from ...errors import DocumentError, FormatError
from ...model import (
    Block,
    BodyMention,
    DateMention,
    Deadline,
    Division,
    DocumentKind,
    DocumentSystem,
    ListItem,
    Notation,
    Numbering,
    Organization,
    Paragraph,
    ParseWarning,
    Reference,
    Span,
    Table,
    Task,
)
from ._vocabulary import AKN, NUMBERING_BY_ELEMENT, akn, nq

__all__ = ["BlockReader", "collapse", "line_of", "local_name", "text_of"]

_HIERARCHY = frozenset(
    {
        *("clause", "section", "part", "paragraph", "chapter", "title", "article", "book", "tome", "division"),
        *("list", "point", "indent", "alinea", "rule", "subrule", "proviso", "subsection", "subpart"),
        *("subparagraph", "subchapter", "subtitle", "subdivision", "subclause", "sublist", "level", "transitional"),
        "hcontainer",
    }
)
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


def local_name(element: etree._Element) -> str | None:
    """The local name of an Akoma Ntoso element; None for comments, PIs and foreign elements."""
    if not isinstance(element.tag, str) or not element.tag.startswith("{" + AKN + "}"):
        return None
    return element.tag[len(AKN) + 2 :]


def text_of(element: etree._Element) -> str:
    """All the text inside ``element`` (comments and processing instructions left out)."""
    pieces = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            pieces.append(text_of(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def line_of(element: etree._Element) -> int | None:
    """The element's line, when a warning can hold it (1 to 999999)."""
    line = element.sourceline
    return line if line is not None and 1 <= line <= 999_999 else None


def collapse(text: str) -> str:
    return " ".join(text.split())


class BlockReader:
    """Blocks and values; ``ours`` says the input is this library's output, read exactly."""

    def __init__(self, *, ours: bool) -> None:
        self.ours = ours
        self.warnings: list[ParseWarning] = []
        self.unmapped: dict[str, int | None] = {}
        self.bodies: dict[str, Organization] = {}
        self.tasks: dict[str, etree._Element] = {}

    def fail(self, element: etree._Element, message: str) -> FormatError:
        return FormatError(message, line=element.sourceline, path=etree.QName(element).localname)

    def warn(self, element: etree._Element, message: str) -> None:
        self.warnings.append(ParseWarning(message=message, line=line_of(element)))

    def clean(self, text: str) -> str:
        """Our own output keeps every space; other documents' layout whitespace is collapsed."""
        return text if self.ours else collapse(text)

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

    def body(self, element: etree._Element, reference: str | None) -> Organization | None:
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

    def blocks(self, parent: etree._Element) -> Iterator[Block]:
        for element in parent:
            yield from self.block(element)

    def block(self, element: etree._Element) -> Iterable[Block]:
        local = local_name(element)
        if local is None:
            if isinstance(element.tag, str):
                self.unmapped.setdefault(element.tag, line_of(element))
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
        self.unmapped.setdefault(local, line_of(element))
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
            lead=self.task_bodies(task, "lead"),
            partners=self.task_bodies(task, "partner"),
            report_to=next(iter(self.task_bodies(task, "reportTo")), None),
            deadline=deadline,
        )

    def task_bodies(self, task: etree._Element, name: str) -> list[Organization]:
        """The bodies a task's ``nq:lead``, ``nq:partner`` or ``nq:reportTo`` elements name by href."""
        bodies = []
        for element in task.iterfind(nq(name)):
            reference = element.get("href")
            if reference is None:
                raise self.fail(element, f"nq:{name} names no body (its href to a TLCOrganization is missing)")
            body = self.body(element, reference)
            if body is not None:
                bodies.append(body)
        return bodies

    def list_item(self, item: etree._Element) -> ListItem:
        children = [child for child in item if isinstance(child.tag, str)]
        text, spans = "", tuple[Span, ...]()
        if children and local_name(children[0]) == "p":
            text, spans = self.inline(children[0])
            children = children[1:]
        blocks = [b for child in children if local_name(child) != "num" for b in self.block(child)]
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
            return text_of(paragraphs[0])
        return self.clean(text_of(cell))

    def division(self, element: etree._Element, local: str) -> list[Block]:
        num = element.find(akn("num"))
        heading_element = element.find(akn("heading"))
        marker = None if num is None else self.clean(text_of(num))
        heading = None if heading_element is None else self.clean(text_of(heading_element))
        children: list[Block] = [
            b
            for child in element
            if local_name(child) not in ("num", "heading", "subheading")
            for b in self.block(child)
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
                inner = text_of(child)
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
        local = local_name(element)
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
                body = Organization(name=collapse(inner))
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
