"""Printed dates: the header's form reads back as its date, and every writer prints it the same way."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nghiquyet as nq
from nghiquyet.grammar.dates import find_dates, parse_date, partial_date, print_date

_DATES = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2999, 12, 31))


@given(_DATES)
def test_a_printed_date_reads_back(date: datetime.date) -> None:
    assert parse_date(print_date(date)) == date
    assert partial_date(print_date(date)) == (date.year, date.month)


@given(_DATES)
def test_the_day_takes_two_digits_and_only_january_and_february_a_leading_zero(date: datetime.date) -> None:
    m = re.fullmatch(r"ngày (\d\d) tháng (\d\d?) năm (\d{4})", print_date(date))
    assert m is not None
    assert (int(m[1]), int(m[2]), int(m[3])) == (date.day, date.month, date.year)
    assert m[2].startswith("0") == (date.month < 3)


@given(_DATES, st.sampled_from(["/", "-", "."]))
def test_dates_in_figures_read_back(date: datetime.date, separator: str) -> None:
    printed = separator.join((f"{date.day:02d}", str(date.month), str(date.year)))
    assert parse_date(printed) == date


@given(_DATES)
def test_a_date_inside_a_sentence_is_found_where_it_is_printed(date: datetime.date) -> None:
    before = "Kết luận số 706-KL/TU, "
    text = before + print_date(date) + " của Ban Thường vụ"
    assert list(find_dates(text)) == [(len(before), len(before) + len(print_date(date)), date)]


@given(st.integers(1900, 2999), st.integers(1, 12), st.sampled_from(["", " ", "     "]))
def test_a_date_with_its_day_left_blank_keeps_year_and_month(year: int, month: int, blank: str) -> None:
    assert partial_date(f"ngày{blank} tháng {month} năm {year}") == (year, month)
    assert partial_date(f"ngày{blank} tháng{blank} năm {year}") == (year, None)
    assert parse_date(f"ngày{blank} tháng {month} năm {year}") is None


@pytest.mark.parametrize("printed", ["", "năm 2025", "ngày 31 tháng 2 năm 2024", "tháng 8", "ngày 05 tháng 4 năm 202"])
def test_what_is_no_date_is_none(printed: str) -> None:
    assert parse_date(printed) is None


def _writers(document: nq.Document) -> dict[str, str]:
    return {
        "text": nq.to_text(document),
        "html": nq.to_html(document).decode("utf-8"),
        "akn": nq.to_akoma_ntoso(document).decode("utf-8"),
    }


@given(_DATES.filter(lambda date: date.year < 2100))
def test_every_writer_prints_the_date_the_same_way(date: datetime.date) -> None:
    document = nq.Document(place="Hà Nội", date=date)
    for name, written in _writers(document).items():
        assert print_date(date) in written, name


def test_every_writer_prints_the_date_as_the_document_printed_it_when_kept() -> None:
    document = nq.Document(place="Hà Nội", date_text="ngày     tháng 8 năm 2025")
    for name, written in _writers(document).items():
        assert "ngày     tháng 8 năm 2025" in written, name


def test_the_corpus_prints_its_header_dates_in_the_standard_form(corpus_dir: Path) -> None:
    checked = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").replace("*", " ").split())  # (lines wrap, markdown marks)
        document = nq.parse_text(path.read_text(encoding="utf-8"))
        if document.date is None or not re.search(r"ngày \d+ tháng \d+ năm", text):
            continue  # a header dated in figures ("ngày 05/01/2026")
        assert print_date(document.date) in text, path.name
        checked += 1
    assert checked >= 5
