"""Dates as Vietnamese documents print them: "ngày 05 tháng 4 năm 2023", "05/4/2023", "01-10-1997"."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

__all__ = ["DATE_IN_TEXT", "find_dates", "make_date"]

# (the look-ahead names the characters a date can start with, so that a scan skips the others fast)
DATE_IN_TEXT = re.compile(
    r"(?=[\dnN])(?:(?:ngày\s*)?(?P<d1>\d{1,2})\s*tháng\s*(?P<m1>\d{1,2})\s*năm\s*(?P<y1>\d{4})"
    r"|(?<![\d/.-])(?P<d2>\d{1,2})(?P<sep>[/.-])(?P<m2>\d{1,2})(?P=sep)(?P<y2>\d{4})(?![\d/]))",
    re.IGNORECASE,
)


_NUMERIC = re.compile(r"\d[/.-]\d")


def make_date(year: str | int, month: str | int, day: str | int) -> datetime.date | None:
    """The date, or ``None`` when the numbers are not a calendar date."""
    try:
        value = datetime.date(int(year), int(month), int(day))
    except (ValueError, TypeError):
        return None
    return value if 1900 <= value.year <= 2999 else None


def find_dates(text: str) -> Iterator[tuple[int, int, datetime.date]]:
    """Every (start, end, date) of a full date printed in ``text``."""
    if "tháng" not in text and "THÁNG" not in text and "Tháng" not in text and not _NUMERIC.search(text):
        return
    for m in DATE_IN_TEXT.finditer(text):
        if m.group("d1"):
            value = make_date(m.group("y1"), m.group("m1"), m.group("d1"))
        else:
            value = make_date(m.group("y2"), m.group("m2"), m.group("d2"))
        if value is not None:
            yield m.start(), m.end(), value
