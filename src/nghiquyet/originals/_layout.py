"""Lines of text from positioned pieces (PDF text runs, OCR words), laid out as
``pdftotext -layout`` lays them out: one line per baseline, side-by-side columns (the
two-column header, Nơi nhận beside the signature) kept apart by a run of spaces, so that
the text parser sees an original the way it reads a layout-preserving text copy.

Page numbers and running headers and footers (the same line at the top or the bottom of
most pages) are taken out; what is taken out is said, never silently dropped.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

__all__ = ["Line", "Piece", "drop_running", "page_lines"]

# Between two pieces of one line: less than this many character widths is a word space,
# more is the gutter between two columns (a justified line stretches its spaces far less).
_COLUMN_GAP = 2.6
# Pieces closer than this (in character widths) touch: "294" "-" "QĐ/TW" is one word.
_TOUCH = 0.35
# The top and bottom share of a page where running headers, footers and page numbers sit.
_EDGE = 0.11

_PAGE_NUMBER = re.compile(r"^[\s\-–—(\[]*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[\s\-–—)\].]*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


@attrs.frozen(kw_only=True, slots=True)
class Piece:
    """A run of text at a place on a page, in page units with y growing downwards."""

    text: str
    left: float
    right: float
    top: float
    bottom: float


@attrs.frozen(kw_only=True, slots=True)
class Line:
    """A laid-out line of a page and where it sits (0 at the top, 1 at the bottom)."""

    text: str
    top: float
    bottom: float


def page_lines(pieces: Iterable[Piece], *, height: float, words: bool = False) -> list[Line]:
    """The lines of one page, top to bottom, each with its columns at their x positions.

    ``words``: each piece is a whole word (OCR), so two pieces never run together however
    close they sit; a PDF's runs may split a word ("294" "-QĐ/TW") and touching ones join."""
    ordered = sorted((p for p in pieces if p.text.strip()), key=lambda p: (p.top + p.bottom) / 2)
    if not ordered:
        return []
    # A row is the pieces whose middles sit within a share of the row's height of the
    # row's middle (its first piece's): a row never grows into the next line.
    rows: list[list[Piece]] = []
    middles: list[float] = []
    heights: list[float] = []
    for piece in ordered:
        middle, tall = (piece.top + piece.bottom) / 2, piece.bottom - piece.top
        for k in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            if abs(middle - middles[k]) <= 0.4 * max(heights[k], tall):
                rows[k].append(piece)
                break
        else:
            rows.append([piece])
            middles.append(middle)
            heights.append(tall)
    spans = [(min(p.top for p in row), max(p.bottom for p in row)) for row in rows]
    width = _char_width(ordered)
    left_edge = min(p.left for p in ordered)
    lines = []
    for row, (top, bottom) in zip(rows, spans, strict=True):
        text = _lay_out(sorted(row, key=lambda p: p.left), width, left_edge, words)
        lines.append(Line(text=text, top=top / height, bottom=bottom / height))
    lines.sort(key=lambda line: line.top)
    return lines


def _char_width(pieces: Sequence[Piece]) -> float:
    widths = [(p.right - p.left) / len(p.text) for p in pieces if len(p.text.strip()) >= 3]
    return statistics.median(widths) if widths else 5.0


def _lay_out(row: Sequence[Piece], width: float, left_edge: float, words: bool) -> str:
    out = ""
    previous: Piece | None = None
    for piece in row:
        text = piece.text.strip() if previous is None else piece.text.rstrip()
        column = round((piece.left - left_edge) / width)
        if previous is None:
            out = " " * column + text
        else:
            gap = (piece.left - previous.right) / width
            if gap > _COLUMN_GAP:
                out = out.rstrip() + " " * max(column - len(out.rstrip()), 3) + text.lstrip()
            elif gap < _TOUCH and not words and not previous.text.endswith(" ") and not piece.text.startswith(" "):
                out += text
            else:
                out = out.rstrip() + " " + text.lstrip()
        previous = piece
    return out.rstrip()


def drop_running(pages: Sequence[list[Line]]) -> tuple[list[list[Line]], list[tuple[int, str]]]:
    """The pages without their page numbers and running headers and footers, and what was
    taken out as (page index, text).

    A running line is one at the top or bottom edge of a page whose text, its numbers
    aside, is at the edge of at least half the pages (and of two at least).
    """

    def key(line: Line) -> str:
        return _DIGITS.sub("#", " ".join(line.text.split())).lower()

    def at_edge(line: Line) -> bool:
        return line.bottom <= _EDGE or line.top >= 1 - _EDGE

    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({key(line) for line in lines if at_edge(line)})
    running = {k for k, n in seen.items() if n >= max(2, (len(pages) + 1) // 2)}
    kept_pages: list[list[Line]] = []
    dropped: list[tuple[int, str]] = []
    for index, lines in enumerate(pages):
        kept = []
        for position, line in enumerate(lines):
            outermost = position < 2 or position >= len(lines) - 2
            is_number = outermost and at_edge(line) and _PAGE_NUMBER.match(line.text) is not None
            if is_number or (at_edge(line) and key(line) in running):
                dropped.append((index, line.text.strip()))
            else:
                kept.append(line)
        kept_pages.append(kept)
    return kept_pages, dropped
