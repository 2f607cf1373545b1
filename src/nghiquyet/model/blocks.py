"""The body of a document: divisions, paragraphs, list items, tasks, tables, and the
inline annotations (spans) over their text.

Blocks form a closed tagged union, :data:`Block`; spans another, :data:`Span`. A span
marks ``text[start:end]`` of the paragraph (or list item, or task) that holds it; spans
are sorted, inside the text and never overlap.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any, TypeAlias

import attrs

from ..errors import DocumentError
from ..grammar.labels import Numbering, is_marker, label_of
from ._fields import a_date, as_tuple, default_passes, nfc, one_of, text, text_or_none, type_check, xml_safe
from .identifiers import DocumentKind, Notation, Organization

__all__ = [
    "BULLETS",
    "MAX_DEPTH",
    "Block",
    "BodyMention",
    "DateMention",
    "Deadline",
    "Division",
    "ListItem",
    "Numbering",
    "Paragraph",
    "Reference",
    "Span",
    "Table",
    "Task",
    "walk",
]


def _offsets(instance: Any, _attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DocumentError(f"span offsets must be whole numbers ≥ 0, got {value!r}")


def _after_start(instance: Any, _attribute: attrs.Attribute[int], value: int) -> None:
    _offsets(instance, _attribute, value)
    if value <= instance.start:
        raise DocumentError(f"span end {value} is not after its start {instance.start}")


@attrs.frozen(kw_only=True)
class Reference:
    """A citation of another document: "Kết luận số 706-KL/TU, ngày 05/4/2023 của …".

    ``kind``, ``notation``, ``date`` and ``issuer`` are what the citation prints;
    ``title`` its trích yếu when printed ("về xây dựng …").
    """

    start: int = attrs.field(validator=_offsets)
    end: int = attrs.field(validator=_after_start)
    kind: DocumentKind | None = attrs.field(default=None, validator=one_of(DocumentKind))
    notation: Notation | None = attrs.field(default=None, validator=one_of(Notation))
    date: datetime.date | None = attrs.field(default=None, validator=a_date)
    issuer: Organization | None = attrs.field(default=None, validator=one_of(Organization))
    title: str | None = text_or_none()


@attrs.frozen(kw_only=True)
class BodyMention:
    """A body named in running text ("Văn phòng Thị ủy")."""

    start: int = attrs.field(validator=_offsets)
    end: int = attrs.field(validator=_after_start)
    body: Organization = attrs.field(validator=one_of(Organization, optional=False))


@attrs.frozen(kw_only=True)
class DateMention:
    """A date in running text ("ngày 06 tháng 10 năm 2023", "05/4/2023")."""

    start: int = attrs.field(validator=_offsets)
    end: int = attrs.field(validator=_after_start)
    date: datetime.date = attrs.field(validator=[one_of(datetime.date, optional=False), a_date])


Span: TypeAlias = Reference | BodyMention | DateMention
_SPAN_TYPES = (Reference, BodyMention, DateMention)


def check_spans(name: str, text: str, spans: tuple[Span, ...]) -> None:
    """Spans are annotations *of* the text: sorted, inside it, never overlapping."""
    limit = len(text)
    previous_end = 0
    for span in spans:
        if not isinstance(span, _SPAN_TYPES):
            raise DocumentError(f"{name}: expected a Reference, BodyMention or DateMention, got {span!r}")
        if span.start < previous_end:
            raise DocumentError(f"{name}: span at {span.start}–{span.end} overlaps the one before or is out of order")
        if span.end > limit:
            raise DocumentError(f"{name}: span at {span.start}–{span.end} is outside a text of length {limit}")
        previous_end = span.end


@default_passes
def _spans_fit(instance: Any, _attribute: attrs.Attribute[tuple[Span, ...]], spans: tuple[Span, ...]) -> None:
    if spans:
        check_spans("spans", instance.text, spans)


def _spans() -> Any:
    return attrs.field(default=(), converter=as_tuple, validator=_spans_fit)  # type: ignore[arg-type]


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of running text, with its inline annotations."""

    text: str = text()
    spans: tuple[Span, ...] = _spans()


@attrs.frozen(kw_only=True)
class Deadline:
    """Thời hạn: a deadline as printed ("trước ngày 30/12/2025", "trong quý IV/2023"),
    with the last day it allows when that is a known date."""

    text: str = text()
    date: datetime.date | None = attrs.field(default=None, validator=a_date)


@type_check
def _bodies(_instance: Any, attribute: attrs.Attribute[Any], bodies: tuple[Any, ...]) -> None:
    for body in bodies:
        if not isinstance(body, Organization):
            raise DocumentError(f"{attribute.name}: expected an Organization, got {type(body).__name__}")


@type_check
def _body_or_none(instance: Any, attribute: attrs.Attribute[Any], body: Any) -> None:
    if body is not None:
        _bodies(instance, attribute, (body,))


@attrs.frozen(kw_only=True)
class Task:
    """A paragraph that assigns work (nhiệm vụ được giao).

    "Giao Văn phòng Thị ủy chủ trì, phối hợp với các cơ quan chức năng theo dõi …, định
    kỳ báo cáo về Ban Thường vụ Thị ủy": ``lead`` are the bodies that must act or
    preside, ``partners`` those they work with (phối hợp), ``report_to`` whom they
    report to, ``deadline`` when it is due.
    """

    text: str = text()
    spans: tuple[Span, ...] = _spans()
    lead: tuple[Organization, ...] = attrs.field(default=(), converter=as_tuple, validator=_bodies)
    partners: tuple[Organization, ...] = attrs.field(default=(), converter=as_tuple, validator=_bodies)
    report_to: Organization | None = attrs.field(default=None, validator=_body_or_none)
    deadline: Deadline | None = attrs.field(default=None, validator=one_of(Deadline))


def _cells(rows: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(map(nfc, row)) for row in rows)


@attrs.frozen(kw_only=True)
class Table:
    """A table: rows of cells, each cell its text."""

    rows: tuple[tuple[str, ...], ...] = attrs.field(converter=_cells)

    @rows.validator
    def _check_rows(self, attribute: attrs.Attribute[Any], rows: tuple[tuple[str, ...], ...]) -> None:
        for row in rows:
            for cell in row:
                xml_safe(self, attribute, cell)


@type_check
def _only_blocks(_instance: Any, attribute: attrs.Attribute[Any], blocks: tuple[Any, ...]) -> None:
    """A validator: every item is a block (a Division, Paragraph, ListItem, Task or Table)."""
    _check_blocks(attribute.name, blocks)


@attrs.frozen(kw_only=True)
class Division:
    """A numbered division of the body at any level, with its heading and contents.

    ``marker`` is the number as printed ("I.", "1-", "Điều 5.", "PHẦN THỨ NHẤT", "a)");
    :attr:`label` is the number alone ("I", "1", "5", "THỨ NHẤT", "a"). A division with
    no ``heading`` begins with its first paragraph on the marker's line.
    """

    numbering: Numbering
    marker: str = text()
    heading: str | None = text_or_none()
    children: tuple[Block, ...] = attrs.field(default=(), converter=as_tuple, validator=_only_blocks)
    _depth: int = attrs.field(init=False, default=1, eq=False, repr=False, hash=False)

    @marker.validator
    def _check_marker(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(self.numbering, Numbering):  # checked here: one validator call per division
            raise DocumentError(f"numbering: expected a Numbering, got {type(self.numbering).__name__}")
        if not is_marker(self.numbering, value):
            raise DocumentError(f"marker: {value!r} is not a {self.numbering.value} number")

    @children.validator
    @default_passes  # no children: nothing to check, and the default depth stays
    def _check_nesting(self, _attribute: attrs.Attribute[Any], value: tuple[Block, ...]) -> None:
        _check_nesting(self, value)

    @property
    def label(self) -> str:
        """The number without its keyword or punctuation: "I", "1.1", "THỨ NHẤT", "a"."""
        return label_of(self.marker)


@attrs.frozen(kw_only=True)
class ListItem:
    """An indented item marked with a bullet ("-", "+", "•").

    A bullet is not a number: list items have no ``label`` and are not divisions, so
    an outline of the document's numbering passes over them to their children.
    """

    marker: str = attrs.field(default="-")
    text: str = text()
    spans: tuple[Span, ...] = _spans()
    children: tuple[Block, ...] = attrs.field(default=(), converter=as_tuple, validator=_only_blocks)
    _depth: int = attrs.field(init=False, default=1, eq=False, repr=False, hash=False)

    @marker.validator
    @default_passes
    def _check_marker(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if value not in BULLETS:
            raise DocumentError(f"marker: {value!r} is not a bullet ({' '.join(sorted(BULLETS))})")

    @children.validator
    @default_passes  # no children: nothing to check, and the default depth stays
    def _check_nesting(self, _attribute: attrs.Attribute[Any], value: tuple[Block, ...]) -> None:
        _check_nesting(self, value)


BULLETS = frozenset({"-", "+", "*", "•", "–", "—", "·"})

Block: TypeAlias = Division | Paragraph | ListItem | Task | Table
_BLOCK_TYPES = (Division, Paragraph, ListItem, Task, Table)
_BLOCK_CLASSES = frozenset(_BLOCK_TYPES)  # an exact class is one set look-up; subclasses take isinstance
_NESTING = (Division, ListItem)


#: How deeply divisions and list items may nest. Real documents use six levels at most;
#: the bound keeps every document writable and readable in every format (XML parsers
#: refuse trees deeper than 256 elements).
MAX_DEPTH = 40


def _check_nesting(container: Division | ListItem, children: tuple[Block, ...]) -> None:
    """Children nest no deeper than :data:`MAX_DEPTH` (that they are blocks is checked before); records the depth."""
    deepest = 0
    for child in children:
        if isinstance(child, _NESTING) and child._depth > deepest:
            deepest = child._depth
    if deepest >= MAX_DEPTH:
        raise DocumentError(f"children: divisions and list items nest deeper than {MAX_DEPTH} levels")
    if deepest:  # the default depth is 1: a container of leaves
        object.__setattr__(container, "_depth", deepest + 1)


def _check_blocks(name: str, blocks: tuple[Any, ...]) -> None:
    for block in blocks:
        if block.__class__ not in _BLOCK_CLASSES and not isinstance(block, _BLOCK_TYPES):
            raise DocumentError(f"{name}: expected a block (Division, Paragraph, ListItem, Task, Table), got {block!r}")


def walk(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """Every block of ``blocks`` and of their children, depth first, in document order."""
    stack = list(reversed(blocks))
    while stack:
        block = stack.pop()
        yield block
        if isinstance(block, Division | ListItem):
            stack.extend(reversed(block.children))
