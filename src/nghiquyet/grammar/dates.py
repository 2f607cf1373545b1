"""Dates as Vietnamese documents print them: "ngày 05 tháng 4 năm 2023", "05/4/2023", "01-10-1997".

The header prints the date in words with a two-digit day, and a leading zero on the months
1 and 2 only ("ngày 09 tháng 01 năm 2025", "ngày 26 tháng 5 năm 2025"): a day below 10 and
the months 1 and 2 take a 0 (Nghị định 30/2020/NĐ-CP sets it so for state documents), and
the Party documents of the corpus print their dates the same way. A copy signed digitally leaves the day, or the
day and the month, blank ("ngày     tháng 8 năm 2025"): :func:`partial_date` reads what is
known of it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

__all__ = ["DATE_IN_TEXT", "date_of", "find_dates", "make_date", "parse_date", "partial_date", "print_date"]

#: A full date as running text prints it, in words or in figures (groups d1/m1/y1 or d2/m2/y2); a
#: PDF's text layer may leave a space beside a separator ("18-01 -2022", "27-4- 1985").
#: The look-ahead names the characters a date can start with, so that a scan skips the others fast.
DATE_IN_TEXT = re.compile(
    r"(?=[\dnN])(?:(?:ngày\s*)?(?P<d1>\d{1,2})\s*tháng\s*(?P<m1>\d{1,2})\s*năm\s*(?P<y1>\d{4})"
    r"|(?<![\d/.-])(?P<d2>\d{1,2}) ?(?P<sep>[/.-]) ?(?P<m2>\d{1,2}) ?(?P=sep) ?(?P<y2>\d{4})(?![\d/]))",
    re.IGNORECASE,
)

# Where DATE_IN_TEXT matches, the same spans, for a scan: it opens with the character class of the
# first character (with no IGNORECASE over it), which the regex engine skips ahead to; the
# look-ahead DATE_IN_TEXT opens with makes it try the whole pattern at every position.
DATE_SCAN = re.compile(
    r"[\dnN](?:(?<=[nN])(?i:gày)\s*\d{1,2}\s*(?i:tháng)\s*\d{1,2}\s*(?i:năm)\s*\d{4}"
    r"|(?<=\d)(?:\d?\s*(?i:tháng)\s*\d{1,2}\s*(?i:năm)\s*\d{4}"
    r"|(?<![\d/.-]\d)\d?(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}(?![\d/])))"
)

_PARTIAL = re.compile(r"(?:ngày\s*\d{0,2}\s*)?tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})", re.IGNORECASE)


def _figures_around_a_separator(text: str) -> bool:
    """Whether a digit, a separator ("/", ".", "-") and a digit follow each other in ``text``.

    Each separator is found by str.find (a regex scan tests each character by a call, many times
    slower), and the characters on either side tested as the regex's ``\\d`` does (isdecimal).
    """
    for separator in "/.-":
        at = text.find(separator, 1)
        while at >= 0:
            if text[at - 1].isdecimal() and text[at + 1 : at + 2].isdecimal():
                return True
            at = text.find(separator, at + 1)
    return False


def make_date(year: str | int, month: str | int, day: str | int) -> datetime.date | None:
    """The date, or ``None`` when the numbers are not a calendar date."""
    try:
        value = datetime.date(int(year), int(month), int(day))
    except (ValueError, TypeError):
        return None
    return value if 1900 <= value.year <= 2999 else None


def find_dates(text: str) -> Iterator[tuple[int, int, datetime.date]]:
    """Every (start, end, date) of a full date printed in ``text``."""
    if "tháng" not in text and "THÁNG" not in text and "Tháng" not in text and not _figures_around_a_separator(text):
        return
    for found in DATE_SCAN.finditer(text):
        m = DATE_IN_TEXT.match(text, found.start())  # the same span, with the groups date_of reads
        value = None if m is None else date_of(m)
        if value is not None:
            yield found.start(), found.end(), value


def date_of(m: re.Match[str]) -> datetime.date | None:
    """The date a match of :data:`DATE_IN_TEXT` prints, or None when it is no calendar date."""
    if m.group("d1"):
        return make_date(m.group("y1"), m.group("m1"), m.group("d1"))
    return make_date(m.group("y2"), m.group("m2"), m.group("d2"))


def print_date(date: datetime.date) -> str:
    """ "ngày 06 tháng 10 năm 2023": the day in two digits, a leading zero on the months 1 and 2."""
    month = f"{date.month:02d}" if date.month < 3 else str(date.month)
    return f"ngày {date.day:02d} tháng {month} năm {date.year}"


def parse_date(printed: str) -> datetime.date | None:
    """The date ``printed`` is, in words or in figures ("ngày 05 tháng 4 năm 2023", "05/4/2023"), else None."""
    m = DATE_IN_TEXT.fullmatch(printed)
    return None if m is None else date_of(m)


def partial_date(printed: str) -> tuple[int, int | None] | None:
    """The year and month of a date printed with blanks: "ngày     tháng 8 năm 2025" → (2025, 8).

    The month is None when it is blank too; the whole is None when not even the year is printed.
    """
    m = _PARTIAL.search(printed)
    if m is None or not 1900 <= int(m.group("y")) <= 2999:
        return None
    month = int(m.group("m")) if m.group("m") else None
    return int(m.group("y")), (month if month is not None and 1 <= month <= 12 else None)
