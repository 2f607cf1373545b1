"""The parser's shortcuts give what the plain definitions they replace give, on any text.

Each shortcut (a substring test before a regex, a scan for three letters instead of a count, a
translate table) is checked against the definition it stands for, written out here as it reads
most simply; the texts mix Vietnamese letters with the characters whose case or white space
behaves oddly (ß, İ, ǅ, ª, tabs, no-break spaces).
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from nghiquyet.grammar import dates
from nghiquyet.grammar.folding import fold
from nghiquyet.text import _tasks, annotate, body, normalize
from nghiquyet.text.normalize import _ODD, _marked, is_upper

_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYạụứỤỨẠ"
_ODDITIES = "ßİŉǅﬁΣσςªºͅᾳＡ漢ðÐ\u00a0\t\u2028\u00ad*_|#`=~[<\\"
_PUNCTUATION = ' .,;:!?…/-–—()"“0123456789'
_TEXTS = st.text(alphabet=_LETTERS + _ODDITIES + _PUNCTUATION, max_size=80)
# the words that open an assignment, glued and spaced in every way, among the rest
_WORDS = st.sampled_from(["Giao", "giao", "GIAO", "Đề", "đề", "nghị", "Yêu", "yêu", "cầu", "chủ", "trì", "trách"])
_TASKY = st.lists(st.one_of(_WORDS, _TEXTS, st.sampled_from(["", " ", "  ", "\t", "\u00a0"])), max_size=8).map("".join)


def _is_upper_by_counting(text: str) -> bool:
    """is_upper as first written: counts of the characters upper() and lower() change."""
    if text[:1].islower():
        return False
    head = text[:24]
    if (head[1:4].isalpha() and head[1:4].islower()) or sum(map(str.__ne__, head, head.upper())) > 2:
        return False
    text = text[:300]
    upper = sum(map(str.__ne__, text, text.lower()))
    if upper < 3:
        return False
    return sum(map(str.__ne__, text, text.upper())) * 10 <= upper


@given(_TEXTS, st.booleans())
def test_is_upper_agrees_with_its_counting_definition(text: str, capitals: bool) -> None:
    text = text.upper() if capitals else text
    assert is_upper(text) == _is_upper_by_counting(text)


@given(_TASKY)
def test_may_assign_agrees_with_the_regex_of_assigning_words(text: str) -> None:
    plain = ("giao", "Giao", "GIAO", "Đề nghị", "đề nghị", "Yêu cầu", "yêu cầu", "chủ trì", "trách nhiệm")
    if not any(word in text for word in plain):
        assert _tasks._glued_or_spaced_otherwise(text) == (_tasks._MAYBE_TASK.search(text) is not None)


@given(_TEXTS)
def test_fold_is_the_fold_of_each_character(text: str) -> None:
    def one(char: str) -> str:
        if char in "đĐðÐ":  # (the Eth is what text from the old encodings prints for Đ)
            return "d"
        base = unicodedata.normalize("NFD", char)[0].lower()
        return base if len(base) == 1 and ord(char) < 0x2500 else char

    assert fold(text) == "".join(map(one, text))


# (a superscript two is a digit to str.isdigit, not to the regex's \d; an Arabic-Indic three is to both)
@given(st.one_of(st.text(alphabet="²٣1/.-", max_size=8), _TEXTS))
def test_the_numeric_date_test_finds_a_digit_separator_digit(text: str) -> None:
    assert dates._figures_around_a_separator(text) == (re.search(r"\d[/.-]\d", text) is not None)


@given(_TEXTS)
def test_sentence_boundaries_are_those_of_the_alternation(text: str) -> None:
    plain = re.compile(r"(?:\./\.|[.!?;:…])(?=(\s+)(\S))")
    expected = [(m.span(), m.groups()) for m in plain.finditer(text) if m.group() != ";"]
    assert [(m.span(), m.groups()) for m in annotate._BOUNDARY.finditer(text)] == expected


@given(_TEXTS)
def test_markup_and_odd_characters_are_found_as_by_their_regex(text: str) -> None:
    assert _marked(text) == (re.search(r"[*_|\\#`=~\[<]", text) is not None)
    if _ODD.search(text.replace("\n", " ")):
        assert not text.replace("\n", " ").isprintable()


def test_the_openers_match_where_their_look_behinds_allow() -> None:
    # (the look-ahead at the first letter changes no match: "được giao" and a word that ends in "giao" stay out)
    text = "Giao Sở Y tế; được giao Sở; (giao Ban); tiaogiao X, đề nghị Y, Yêu cầu Z"
    assert [m.group().strip() for m in _tasks._GIAO.finditer(text)] == ["Giao", "giao"]
    assert [m.group().strip() for m in _tasks._ASK.finditer(text)] == ["đề nghị", "Yêu cầu"]


_NOTATIONS = st.lists(
    st.one_of(
        st.sampled_from(["Số", "số", "sô", " ", "-", "–", "/", ".", ":", "NQ", "TW", "QĐ-UBND", "KL", "CP", "x"]),
        st.integers(0, 999_999).map(str),
        _TEXTS,
    ),
    max_size=10,
).map("".join)


@given(_NOTATIONS)
def test_citation_patterns_match_as_their_look_behind_first_forms(text: str) -> None:
    party = re.compile(
        r"(?=\d)(?:(?<![\w/.-])|(?<=[Ss][ốô]))(?P<n>\d{1,5})\s*[-–—]\s*(?P<k>[A-ZĐ][A-Za-zĐđ]{0,3})\s*/\s*"
        r"(?P<i>[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-ZĐ0-9]*)*)(?![\w])"
    )
    state = re.compile(
        r"(?=\d)(?<![\w/.:-])(?P<n>\d{1,5})\s*/\s*(?:(?P<y>\d{4})\s*/\s*)?"
        r"(?P<c>[A-ZĐ][A-Za-zĐđ0-9]*(?:-\s?[A-ZĐ][A-Za-zĐđ0-9]*)*)(?![\w])"
    )
    for plain, fast in ((party, annotate._PARTY_REF), (state, annotate._STATE_REF)):
        for start in (0, len(text) // 2):
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text, start)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text, start)] == expected


@given(st.one_of(_TEXTS, st.sampled_from(body._MARKER_WORDS).flatmap(lambda w: _TEXTS.map(lambda t: w + t))))
def test_text_told_from_a_marker_at_two_letters_is_no_marker(text: str) -> None:
    first = text[:1]
    if first.isalpha() and first not in body._MARKER_INITIALS and text[1:2].isalpha():
        assert body._MAYBE_MARKER.match(text) is None


@given(st.one_of(_TEXTS, _TEXTS.map(lambda t: "Trang " + t), _TEXTS.map(lambda t: "--- " + t)))
def test_line_furniture_begins_with_one_of_its_initials(text: str) -> None:
    text = text.strip()
    patterns = (normalize._PAGE_MARK, normalize._PAGE_NUMBER, normalize._BANNER, normalize._FENCE)
    if text and any(p.match(text) for p in (*patterns, normalize._TABLE_RULE)):
        assert text[0] in normalize._FURNITURE_INITIALS or text[0].isdecimal()


# dates' words in every case, figures (an Arabic-Indic one too: \d takes it), separators, and the rest
_DATE_LIKE = st.lists(
    st.one_of(
        st.sampled_from(["ngày", "Ngày", "NGÀY", "nGàY", "tháng", "THÁNG", "năm", "NĂM", "n", "N", " ", "/", "-", "."]),
        st.integers(0, 99_999).map(str),
        st.sampled_from(["٣", "05/4/2023", "1-10-1997", "ngày 05 tháng 4 năm 2023", "31.12.2024"]),
        _TEXTS,
    ),
    max_size=12,
).map("".join)


@given(_DATE_LIKE)
def test_the_date_scan_finds_the_spans_of_the_date_pattern(text: str) -> None:
    for start in (0, len(text) // 2):
        expected = [m.span() for m in dates.DATE_IN_TEXT.finditer(text, start)]
        assert [m.span() for m in dates.DATE_SCAN.finditer(text, start)] == expected
    found = [(m.start(), m.end(), dates.date_of(m)) for m in dates.DATE_IN_TEXT.finditer(text)]
    assert list(dates.find_dates(text)) == [f for f in found if f[2] is not None]
