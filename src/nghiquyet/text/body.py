"""The body: numbered divisions at every level, bullets, and paragraphs rejoined across wraps.

Two steps, each testable alone: :func:`units` groups cleaned lines into units (a marker
line with its continuation, a bullet, a paragraph), and :func:`build_blocks` nests them
by the document's own hierarchy — a numbering style seen first under another opens a
deeper level; meeting it again closes the levels opened after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from ..grammar import labels
from ..grammar.labels import ORDINAL_WORD, keyword
from ..grammar.numerals import DIVISION_ROMAN
from ..model import Block, Division, ListItem, Numbering, Paragraph, Span, Table
from .normalize import Line, is_upper

__all__ = ["Marker", "Unit", "build_blocks", "match_marker", "units"]


def _keyword_marker(numbering: Numbering, values: str) -> re.Pattern[str]:
    """ "PHẦN THỨ NHẤT", "Chương II", "Mục 1:": the level's keyword, capitalised, then its number."""
    return re.compile(rf"^(?P<m>{keyword(numbering, lower=False)}\s+(?P<v>{values}))(?P<p>\s*[.:\-]?)(?=\s|$)")


_MARKER_PATTERNS: list[tuple[Numbering, re.Pattern[str]]] = [
    (Numbering.PART, _keyword_marker(Numbering.PART, rf"{ORDINAL_WORD}|{DIVISION_ROMAN}|\d+")),
    (Numbering.CHAPTER, _keyword_marker(Numbering.CHAPTER, rf"{ORDINAL_WORD}|{DIVISION_ROMAN}|\d+")),
    # ("Mục 10 (thành phần gia đình): …" names field 10 of a form: no section opens with a parenthesis)
    (
        Numbering.SECTION,
        re.compile(
            rf"^(?P<m>{keyword(Numbering.SECTION, lower=False)}\s+(?P<v>{DIVISION_ROMAN}|\d+))"
            r"(?P<p>\s*[.:\-]?)(?=\s*$|\s+[^\s(])"
        ),
    ),
    (
        Numbering.ARTICLE,
        re.compile(rf"^(?P<m>{keyword(Numbering.ARTICLE, lower=False)}\s+(?P<v>\d+))(?P<p>\s*[.:])(?=\s|$)"),
    ),
    (Numbering.DECIMAL, re.compile(r"^(?P<m>(?P<v>\d{1,2}(?:\.\d{1,2})+))(?P<p>[.\-)]?)(?=\s)")),
    (Numbering.ARABIC, re.compile(r"^(?P<m>(?P<v>\d{1,3}))(?P<p>\s*[.\-)])(?=\s*[^\W\d_(\"“]|\s*\(|\s*$)")),
    # OCR drops the dot: "1 Đổi mới …" (a capital must follow)
    (Numbering.ARABIC, re.compile(r"^(?P<m>(?P<v>\d{1,2}))(?P<p>)(?=\s+[A-ZĐÀ-Ỹ][^\W\d_]*\s)")),
    (Numbering.PARENTHESISED, re.compile(r"^(?P<m>\((?P<v>\d{1,2})\))(?P<p>)(?=\s)")),
    (Numbering.ROMAN, re.compile(rf"^(?P<m>(?P<v>{DIVISION_ROMAN}))(?P<p>\s*[.\-)])(?=\s*[^\W\d_]|\s*$)")),
    (Numbering.UPPER_LETTER, re.compile(r"^(?P<m>(?P<v>[A-ZĐ]))(?P<p>\s*[.\-)])(?=\s+[^\W\d_])")),
    (Numbering.LETTER, re.compile(r"^(?P<m>(?P<v>[a-zđ]))(?P<p>\s*[.\-)])(?=\s+[^\W\d_])")),
]
_BY_DIGIT = [(n, p) for n, p in _MARKER_PATTERNS if n in (Numbering.DECIMAL, Numbering.ARABIC)]
_BY_PAREN = [(n, p) for n, p in _MARKER_PATTERNS if n is Numbering.PARENTHESISED]
_BULLET = re.compile(r"^(?P<b>[-+*•–—·])\s+(?=\S)")
_BULLETS = frozenset("-+*•–—·")
# (a tuple: an enum member hashes in Python code, a tuple is searched by identity first)
_KEYWORD_LEVELS = (Numbering.PART, Numbering.CHAPTER, Numbering.SECTION, Numbering.ARTICLE)


@attrs.define  # (not frozen: one is made per numbered line, and frozen slots cost three times the time)
class Marker:
    """A division number as printed: its level type, the marker text and its value."""

    numbering: Numbering
    text: str
    value: str
    bare: bool = False  # printed without punctuation ("1 Đổi mới", OCR): trusted only in sequence

    @property
    def style(self) -> tuple[Numbering, int]:
        """Levels are told apart by type (and, for 1.1./1.1.1., by depth)."""
        if self.numbering is Numbering.DECIMAL:
            return (self.numbering, self.value.count("."))
        # "1)" and "a)" sit under "1." and "a." when a document uses both
        return (self.numbering, 1 if self.text.endswith(")") and not self.text.startswith("(") else 0)


_MARKER_WORDS = ("PHẦN", "Phần", "CHƯƠNG", "Chương", "MỤC", "Mục", "ĐIỀU", "Điều")
_MAYBE_MARKER = re.compile(r"^(?:\d|\(|[IVXLC]+\s*[.\-)]|[A-ZĐa-zđ]\s*[.\-)]|" + "|".join(_MARKER_WORDS) + ")")
# Two letters open no marker but a Roman number or a keyword: running text is told at its first
# two characters, without the regex.
_MARKER_INITIALS = frozenset("IVXLC" + "".join(word[0] for word in _MARKER_WORDS))


def match_marker(text: str) -> tuple[Marker, str] | None:
    """The division marker at the start of ``text`` and the text after it, if there is one."""
    first = text[:1]
    if (first.isalpha() and first not in _MARKER_INITIALS and text[1:2].isalpha()) or not _MAYBE_MARKER.match(text):
        return None
    patterns = _BY_DIGIT if first.isdigit() else _BY_PAREN if first == "(" else _MARKER_PATTERNS
    for numbering, pattern in patterns:
        m = pattern.match(text)
        if m:
            punctuation = m.group("p").strip()
            if numbering is Numbering.DECIMAL and punctuation != ".":
                punctuation = ""  # "2.1-" is printed as "2.1": the model knows 1.1 and 1.1. only
            marker = (m.group("m") + punctuation).strip()
            bare = numbering is Numbering.ARABIC and not m.group("p")
            return Marker(numbering, marker, m.group("v"), bare), text[m.end() :].strip()
    return None


@attrs.define
class Unit:
    """A run of lines read as one: a division's marker line, a bullet, or a paragraph."""

    kind: str  # "marker" | "bullet" | "text" | "table"
    text: str
    line: int
    more: list[str] = attrs.Factory(list)  # continuation lines, joined when the unit is complete
    marker: Marker | None = None
    bullet: str | None = None
    bold: bool = True
    upper: bool = False
    heading: bool = False
    last_length: int = 0
    last_indent: int = 0
    rows: list[tuple[str, ...]] = attrs.Factory(list)  # a table's rows


def units(lines: list[Line]) -> list[Unit]:
    """Group lines into units, rejoining paragraphs that were hard-wrapped."""
    lengths = sorted(len(line.text) for line in lines if line.role == "text")
    width = lengths[int(len(lengths) * 0.75)] if lengths else 80
    out: list[Unit] = []
    current: Unit | None = None
    for line in lines:
        if line.role != "text":
            if line.role in ("blank", "page", "rule"):
                if line.role == "blank" and not (current is not None and current.kind == "marker" and not current.text):
                    current = None  # (a marker alone on its line waits for its heading across the blank)
                continue
            current = None
            out.append(Unit("text", line.text, line.number))
            continue
        if line.row:  # a row of a table of figures: its numbered rows are cells, not divisions
            if not (out and out[-1].kind == "table"):  # (the "|---|" rule under the header reads as blank)
                out.append(Unit("table", "", line.number))
            out[-1].rows.append(line.row)
            current = None
            continue
        text = line.text
        upper = is_upper(text)
        found = match_marker(text)
        bullet = _BULLET.match(text) if text[:1] in _BULLETS else None  # (a look-up before the regex)
        if (
            current is not None
            and current.kind == "marker"
            and not current.text
            and not current.more
            and not (found or bullet)
            and (current.line == line.number - 1 or upper or line.bold)
        ):
            # "Chương I" / "QUY ĐỊNH CHUNG": a marker alone on its line takes the next line
            current.text, current.upper, current.bold = text, upper, line.bold
            current.last_length, current.last_indent = len(text), line.indent
            continue
        if found or bullet or line.heading or current is None or not _continues(current, line, upper, width):
            if found:
                marker, rest = found
                current = Unit("marker", rest, line.number, marker=marker, upper=upper or is_upper(rest))
            elif bullet:
                current = Unit("bullet", text[bullet.end() :], line.number, bullet=bullet.group("b"))
            else:
                current = Unit("text", text, line.number, upper=upper)
            current.bold = line.bold
            current.heading = line.heading
            out.append(current)
        else:
            current.more.append(text)
            current.bold = current.bold and line.bold
        current.last_length = len(text)
        current.last_indent = line.indent
        if line.heading:
            current = None
    for unit in out:
        if unit.more:
            unit.text = " ".join([unit.text, *unit.more]).strip()
            unit.more = []
    return out


# a line ending in a word that opens an assignment goes on with whom it assigns ("b) Đề nghị" / "UBND …")
_ASKS_FOR_MORE = re.compile(r"(?:^|\s)(?:Giao|giao|Đề\s+nghị|đề\s+nghị|Yêu\s+cầu|yêu\s+cầu)$")


def _continues(current: Unit, line: Line, upper: bool, width: int) -> bool:
    """Whether ``line`` continues ``current`` (a hard wrap) rather than starting a new paragraph."""
    if current.heading or line.bold != current.bold:
        return False
    if (current.text or current.more) and current.upper != upper and len(line.text) > 3:
        return False
    if line.indent >= current.last_indent + 3 and line.indent >= 3:
        return False  # pdftotext -layout indents the first line of a paragraph
    last = current.more[-1] if current.more else current.text
    if last.endswith((",", "-", "–")) or (last.endswith(("iao", "nghị", "cầu")) and _ASKS_FOR_MORE.search(last)):
        return True  # "b) Đề nghị" / "UBND tỉnh chỉ đạo …": the sentence goes on
    short = current.last_length < 0.82 * width
    first = line.text[:1]
    ends_sentence = last.endswith((".", ":", "!", "?"))
    return not (short and (first.isupper() or first in '"“(' or ends_sentence))


# --- nesting -----------------------------------------------------------------------------


@attrs.define
class _Open:
    """A division or list item under construction."""

    style: tuple[object, ...]
    value: str
    marker: str
    numbering: Numbering | None
    heading: str | None
    children: list[Block]
    text: str = ""
    bullet: str | None = None
    spans: tuple[Span, ...] = ()


# The few labels of a document ("1" to "20", "a" to "h") are read again at every marker: remembered,
# by the level's name (an enum member hashes in Python code), a bounded number of them.
_LABEL_VALUES: dict[tuple[str, str], int | None] = {}


def _label_value(numbering: Numbering, label: str) -> int | None:
    key = (numbering._name_, label)
    # one look-up, not a test and a read: another thread may empty the table between the two
    value = _LABEL_VALUES.get(key, -1)  # (-1: no label's value)
    if value != -1:
        return value
    if len(_LABEL_VALUES) > 4096:
        _LABEL_VALUES.clear()
    value = _LABEL_VALUES[key] = labels.label_value(numbering, label)
    return value


def _ordinal(marker: Marker) -> int | None:
    return _label_value(marker.numbering, marker.value)


def _plausible(marker: Marker, previous: str | None) -> bool:
    """A marker is a new division only if its number fits: first of a level, or shortly after its sibling."""
    if marker.numbering in _KEYWORD_LEVELS:
        return True
    number = _ordinal(marker)
    if number is None:
        return False
    if previous is None:
        return number <= 2
    before = _label_value(marker.numbering, previous)  # (the value alone: no Marker made to read it)
    if before is None:
        return number <= 2
    return number == 1 or before < number <= before + 3


BlockMaker = Callable[[str, int], list[Block]]
HeadingSplitter = Callable[[Unit], tuple[str | None, list[Block]]]


def build_blocks(items: list[Unit], make_blocks: BlockMaker, split_heading: HeadingSplitter) -> list[Block]:
    """Nest units into blocks.

    ``make_blocks(text, line)`` turns running text into Paragraph/Task blocks;
    ``split_heading(unit)`` gives a division's heading and the blocks that follow it on
    its own line.
    """
    root: list[Block] = []
    stack: list[_Open] = []

    def container() -> list[Block]:
        return stack[-1].children if stack else root

    def close(to: int) -> None:
        while len(stack) > to:
            done = stack.pop()
            container().append(_finish(done))

    for unit in items:
        if unit.kind == "marker" and unit.marker is not None:
            marker = unit.marker
            style: tuple[object, ...] = ("div", *marker.style)
            # A single capital that is also a Roman numeral: a letter when it continues A, B …
            if marker.numbering is Numbering.ROMAN and len(marker.value) == 1:
                letter = ("div", Numbering.UPPER_LETTER, 0)
                for entry in stack:
                    if (
                        entry.style == letter
                        and _label_value(Numbering.UPPER_LETTER, entry.value)
                        == (_label_value(Numbering.UPPER_LETTER, marker.value) or 0) - 1
                    ):
                        marker = Marker(Numbering.UPPER_LETTER, marker.text, marker.value)
                        style = letter
                        break
            level = next((i for i, entry in enumerate(stack) if entry.style == style), None)
            previous = stack[level].value if level is not None else None
            if marker.bare:
                fits = (
                    str(int(previous) + 1) == marker.value
                    if previous is not None and previous.isdigit()
                    else marker.value == "1" and bool(stack) and not stack[-1].children and stack[-1].bullet is None
                )
            else:
                fits = _plausible(marker, previous)
            if not fits:
                close(_division_depth(stack))
                container().extend(make_blocks(f"{marker.text} {unit.text}".strip(), unit.line))
                continue
            close(level if level is not None else _division_depth(stack))
            heading, first = split_heading(unit)
            stack.append(_Open(style, marker.value, marker.text, marker.numbering, heading, list(first)))
        elif unit.kind == "bullet":
            style = ("bullet", unit.bullet)
            level = next((i for i, entry in enumerate(stack) if entry.style == style), None)
            if level is not None:
                close(level)
            elif stack and stack[-1].bullet is None:
                pass
            stack.append(_Open(style, "", "", None, None, [], text=unit.text, bullet=unit.bullet))
            inline = make_blocks(unit.text, unit.line)
            if len(inline) == 1 and isinstance(inline[0], Paragraph):
                stack[-1].text = inline[0].text
                stack[-1].spans = inline[0].spans
            else:  # a bullet that assigns work holds its sentences as blocks
                stack[-1].text = ""
                stack[-1].children.extend(inline)
        elif unit.kind == "table":
            close(_division_depth(stack))
            width = max(len(row) for row in unit.rows)
            container().append(Table(rows=tuple(row + ("",) * (width - len(row)) for row in unit.rows)))
        else:
            close(_division_depth(stack))
            container().extend(make_blocks(unit.text, unit.line))
    close(0)
    return root


def _division_depth(stack: list[_Open]) -> int:
    """How many entries remain when the open bullets are closed."""
    depth = len(stack)
    while depth and stack[depth - 1].bullet is not None:
        depth -= 1
    return depth


def _finish(entry: _Open) -> Block:
    if entry.bullet is not None:
        return ListItem(marker=entry.bullet, text=entry.text, spans=entry.spans, children=tuple(entry.children))
    assert entry.numbering is not None
    return Division(
        numbering=entry.numbering, marker=entry.marker, heading=entry.heading, children=tuple(entry.children)
    )


def paragraph_blocks(text: str, _line: int) -> list[Block]:
    """The simplest block maker: one paragraph."""
    return [Paragraph(text=text)] if text else []
