"""Numerals: Roman numerals and numbers in words read back what they print, and only their canonical forms."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nghiquyet.grammar.folding import fold
from nghiquyet.grammar.numerals import (
    DIVISION_ROMAN,
    in_words,
    is_roman,
    number_in_words,
    ordinal_value,
    roman_value,
    to_roman,
)


@given(st.integers(1, 3999))
def test_a_printed_roman_numeral_reads_back(value: int) -> None:
    printed = to_roman(value)
    assert is_roman(printed)
    assert roman_value(printed) == value


@given(st.text(alphabet="IVXLCDM", min_size=1, max_size=12))
def test_only_the_canonical_form_is_a_numeral(letters: str) -> None:
    value = roman_value(letters)
    assert value is None or to_roman(value) == letters


@pytest.mark.parametrize("printed", ["", "IIII", "VV", "IC", "MMMM", "xiv", "XIV.", " X"])
def test_what_is_not_a_roman_numeral_has_no_value(printed: str) -> None:
    assert roman_value(printed) is None
    assert not is_roman(printed)


@pytest.mark.parametrize("value", [0, 4000, -1, True])
def test_numbers_without_a_roman_numeral_are_refused(value: int) -> None:
    with pytest.raises(ValueError, match="Roman"):
        to_roman(value)


@given(st.integers(1, 3999))
def test_divisions_number_in_roman_below_a_hundred(value: int) -> None:
    assert (re.fullmatch(DIVISION_ROMAN, to_roman(value)) is not None) == (value < 100)


@given(st.integers(1, 99), st.sampled_from([str.lower, str.upper, str.capitalize, fold]))
def test_a_number_in_words_reads_back_in_any_case_and_without_diacritics(value: int, case: object) -> None:
    assert callable(case)
    assert ordinal_value(case(in_words(value))) == value
    assert ordinal_value(case("thứ " + in_words(value, ordinal=True))) == value


@given(st.integers(1, 99), st.sampled_from(["ban", "khoa", "dang"]))
def test_a_number_in_words_ends_where_its_words_end(value: int, after: str) -> None:
    words = fold(in_words(value)).split()
    assert number_in_words([*words, after]) == (value, len(words))


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("sáu", 6),
        ("thứ nhất", 1),
        ("thứ tư", 4),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("ba mươi tư", 34),
        ("13", 13),
    ],
)
def test_ordinals_as_documents_print_them(printed: str, value: int) -> None:
    assert ordinal_value(printed) == value


@pytest.mark.parametrize("printed", ["", "thứ", "hai ban", "0", "1234567", "ba hai"])
def test_what_is_not_a_whole_ordinal_has_no_value(printed: str) -> None:
    assert ordinal_value(printed) is None
