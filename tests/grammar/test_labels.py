"""Numbering labels: every marker the grammar prints reads back as its number, and the parser's
markers are the model's."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nghiquyet import Division, Numbering
from nghiquyet.grammar.labels import LETTERS, is_marker, label_of, label_value, to_letter
from nghiquyet.testing import markers
from nghiquyet.text.body import match_marker


@given(markers())
def test_a_printed_marker_is_a_marker_of_its_level_and_reads_back_as_its_number(
    marker: tuple[Numbering, str, int],
) -> None:
    numbering, printed, value = marker
    assert is_marker(numbering, printed)
    assert label_value(numbering, label_of(printed)) == value
    assert Division(numbering=numbering, marker=printed).label == label_of(printed)


@given(st.integers(1, len(LETTERS)))
def test_points_follow_the_vietnamese_alphabet(value: int) -> None:
    letter = to_letter(value)
    assert letter in LETTERS
    assert letter not in "fjwz"
    assert label_value(Numbering.LETTER, letter) == value
    assert label_value(Numbering.UPPER_LETTER, letter.upper()) == value


def test_a_label_that_is_no_number_of_its_level_has_no_value() -> None:
    assert label_value(Numbering.ROMAN, "IIII") is None
    assert label_value(Numbering.LETTER, "ab") is None
    assert label_value(Numbering.LETTER, "f") is None
    assert label_value(Numbering.ARABIC, "9" * 20) is None


@given(markers(), st.sampled_from([" Kết quả đạt được", " KẾT QUẢ", ""]))
def test_the_parser_reads_a_printed_marker_as_the_model_would(marker: tuple[Numbering, str, int], rest: str) -> None:
    numbering, printed, value = marker
    found = match_marker(printed + rest)
    if found is not None:  # the parser is stricter than the model (lower case keywords, bare numbers)
        parsed, after = found
        assert is_marker(parsed.numbering, parsed.text)
        assert label_of(parsed.text) == parsed.value
        assert after == rest.strip()
        if parsed.numbering is numbering:
            assert label_value(numbering, parsed.value) == value


@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30))
def test_every_marker_the_parser_finds_is_a_marker_of_the_model(line: str) -> None:
    found = match_marker(line)
    if found is not None:
        parsed, _after = found
        division = Division(numbering=parsed.numbering, marker=parsed.text)
        assert division.label == parsed.value
