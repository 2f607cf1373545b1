"""Press and web republications: the document named in a running title, not in a header.

News sites and portals print "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về …"
(often under a heading "# Kết luận số 69-KL/TW") instead of the header of Hướng dẫn
36-HD/VPTW: kind, notation, date, author and trích yếu in one sentence. A portal may also
put such a heading over a copy that keeps its real header; the heading is then the page's
title, not the document's.
"""

from __future__ import annotations

import datetime
import re

import attrs

from ..errors import DocumentError
from ..grammar.dates import DATE_IN_TEXT, date_of
from ..model import DocumentKind, Notation
from .normalize import Line, fold

__all__ = ["PressTitle", "find_press_title", "header_follows"]

_LABELS = sorted(((fold(k.label), k) for k in DocumentKind), key=lambda p: -len(p[0]))
_NOTATION_AFTER = re.compile(
    r"\s+(?:[Ss][ốô]|SỐ)?\s*:?\s*(?P<n>\d+\s*[-–]\s*[^\W\d_]\w*\s*/\s*\w+(?:-\w+)*"
    r"|\d+\s*/\s*(?:\d{4}\s*/\s*)?[^\W\d_]\w*(?:-\w+)*)(?![\w/])"
)
# "Toàn văn Kết luận …", "Nguyên văn: Nghị quyết …"; a news lead "Ngày 18/11/2026, thay mặt Ban Thường vụ,
# đồng chí Bí thư đã ký ban hành Kết luận số 58-KL/HU về …" (folded)
_FULL_TEXT = re.compile(
    r"(?:toan van|nguyen van)\s*:?\s*"
    r"|ngay\s*\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]|thang\s*\d{1,2}\s*nam)\s*\d{4}\s*,[^.;]{0,200}?\bban hanh\s+"
)
# "Ngày 14/02/2025, thay mặt Bộ Chính trị, đồng chí … đã ký ban hành Kết luận số 126-KL/TW": the date leads
_ISSUED_ON = re.compile(
    r"[Nn]gày\s*(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})"
    r"\s*,[^.;]{0,200}?\b(?:ký\s+)?ban\s+hành\b[^.;]{0,40}$"
)
_DATE_LEAD = re.compile(r"\s*,?\s*(?:ban\s+hành\s+)?ngày\s*", re.IGNORECASE)
_TOPIC = re.compile(r"(?:^|\s)(?=(?:về|Về|VỀ|V/v)\s)")
# a header's own number line: "Số 402-CV/VPĐU", "Số: 12/QĐ-UBND"
_NUMBER_LINE = re.compile(r"^(?:[Ss][ốô]|SỐ)\s*:?\s*\d*\s*[-–/]")


@attrs.frozen
class PressTitle:
    """What a running title says, and the lines it takes (``start`` ≤ i < ``end``)."""

    start: int
    end: int
    kind: DocumentKind
    notation: Notation
    date: datetime.date | None
    title_lines: tuple[str, ...]
    subject: str | None


def _named(text: str) -> tuple[DocumentKind, Notation, str] | None:
    """ "Kết luận số 69-KL/TW …", "Toàn văn Kết luận 126-KL/TW" → (kind, notation, the text after the notation)."""
    key = fold(text)
    skip = _FULL_TEXT.match(key)
    at = skip.end() if skip else 0
    for label, kind in _LABELS:
        if key.startswith(label, at) and len(key) > at + len(label) and key[at + len(label)] == " ":
            m = _NOTATION_AFTER.match(text, at + len(label))
            if m is None:
                return None
            try:
                notation = Notation.parse(m.group("n"))
            except DocumentError:
                return None
            if notation.number is None:
                return None
            return kind, notation, text[m.end() :]
    return None


def find_press_title(lines: list[Line], limit: int = 3) -> PressTitle | None:
    """A running title among the first ``limit`` text lines: one or two lines naming the document."""
    texts = [i for i, line in enumerate(lines[:40]) if line.role == "text"][:limit]
    for at, index in enumerate(texts):
        named = _named(lines[index].text)
        if named is None:
            continue
        kind, notation, rest = named
        taken = [index]
        # "# Kết luận số 69-KL/TW" over "Kết luận số 69-KL/TW ngày … về …": the second says more
        if at + 1 < len(texts):
            again = _named(lines[texts[at + 1]].text)
            if again is not None and str(again[1]) == str(notation):
                taken.append(texts[at + 1])
                rest = again[2]
        date = None
        if (lead := _DATE_LEAD.match(rest)) and (dm := DATE_IN_TEXT.match(rest, lead.end())) is not None:
            date = date_of(dm)
        last = lines[taken[-1]].text
        topic = _TOPIC.search(rest)
        subject = rest[topic.end() :].strip() if topic else None
        head = last[: len(last) - len(rest) + topic.end()].rstrip() if topic else last
        end = taken[-1] + 1
        if subject is None and end < len(lines) and lines[end].role == "text" and _TOPIC.match(lines[end].text):
            subject = lines[end].text.strip()  # the trích yếu on the line under the title
            end += 1
        if date is None:  # the news lead that is the title, or one under it, dates it
            date = _issued_on(lines, index, notation, window=end - index + 3)
        title_lines = (*(lines[i].text for i in taken[:-1]), head)
        return PressTitle(index, end, kind, notation, date, title_lines, subject or None)
    return None


def _issued_on(lines: list[Line], start: int, notation: Notation, window: int = 3) -> datetime.date | None:
    """The issue date a news lead gives ("Ngày 14/02/2025, … đã ký ban hành Kết luận số 126-KL/TW")."""
    printed = str(notation)
    seen = 0
    for line in lines[start:]:
        if line.role != "text":
            continue
        compact = line.text.replace(" ", "")
        if printed in compact:
            at = line.text.find(printed.split("/")[0])
            m = _ISSUED_ON.search(line.text[max(0, at - 260) : at]) if at > 0 else None
            if m and (
                dm := DATE_IN_TEXT.search(
                    re.sub(r"\s+", "", m.group("date")) if "/" in m.group("date") else m.group("date")
                )
            ):
                return date_of(dm)
        seen += 1
        if seen >= window:
            break
    return None


def header_follows(lines: list[Line], start: int, window: int = 15) -> bool:
    """Whether a header's own number line ("Số 402-CV/VPĐU") follows within ``window`` text lines."""
    seen = 0
    for line in lines[start:]:
        if line.role != "text":
            continue
        if any(_NUMBER_LINE.match(cell) for cell in line.cells):
            return True
        seen += 1
        if seen >= window:
            return False
    return False
