"""Numbering labels: the levels of a body and the markers each prints ("PHẦN THỨ NHẤT", "II.", "1.1.", "a)").

Hướng dẫn 36-HD/VPTW numbers a body with Phần / Chương (Roman numerals, digits or "thứ
nhất"), Mục, Điều N., Roman "I." or "I-", Arabic "1." "1-" "1)", "1.1.", "(1)" and points
"a)" in the Vietnamese alphabet (a, b, c, d, đ, e, g …). A *marker* is the number as
printed, a *label* the number alone ("I", "1.1", "THỨ NHẤT", "a"), its *value* the whole
number it stands for.

:data:`MARKERS` is the grammar of a marker of each level, which the model checks every
division against; the parser finds markers at the start of a line with these pieces
(:func:`keyword`, :data:`ORDINAL_WORD`, :data:`~nghiquyet.grammar.numerals.DIVISION_ROMAN`)
and its own look-aheads, and every marker it finds is one of :data:`MARKERS`.
"""

from __future__ import annotations

import enum
import re

from .numerals import ROMAN, ordinal_value, roman_value

__all__ = [
    "KEYWORDS",
    "LETTERS",
    "MARKERS",
    "ORDINAL_WORD",
    "Numbering",
    "is_marker",
    "keyword",
    "label_of",
    "label_value",
    "to_letter",
]


class Numbering(enum.Enum):
    """The numbering levels of a body, from the highest (Phần) to points (a)).

    Each level prints its marker in its own way: ``Phần thứ nhất``, ``Chương I``, ``Mục 1``,
    ``Điều 5.``, ``A-``, ``I.`` / ``I-``, ``1.`` / ``1-``, ``1.1.``, ``(1)``, ``a)``.
    """

    PART = "part"
    CHAPTER = "chapter"
    SECTION = "section"
    ARTICLE = "article"
    CLAUSE = "clause"
    UPPER_LETTER = "upper-letter"
    ROMAN = "roman"
    ARABIC = "arabic"
    DECIMAL = "decimal"
    PARENTHESISED = "parenthesised"
    LETTER = "letter"


#: Points (điểm) follow the Vietnamese alphabet: a, b, c, d, đ, e, g, h, i, k …
LETTERS = "abcdđeghiklmnopqrstuvxy"

#: The word each keyword level prints before its number: Phần, Chương, Mục, Điều, Khoản.
KEYWORDS: dict[Numbering, str] = dict(
    zip(
        (Numbering.PART, Numbering.CHAPTER, Numbering.SECTION, Numbering.ARTICLE, Numbering.CLAUSE),
        "Phần Chương Mục Điều Khoản".split(),
        strict=True,
    )
)

#: "thứ nhất", "THỨ HAI": an ordinal in words after a keyword (a regular expression).
ORDINAL_WORD = r"(?:THỨ|Thứ|thứ)\s+[^\W\d_]+"


def keyword(numbering: Numbering, *, lower: bool = True) -> str:
    """The level's keyword as printed, a regular expression: "(?:PHẦN|Phần|phần)".

    Capitals and a capital initial always; the word in lower case too unless ``lower`` is
    false (at the start of a line "phần lớn …" is running text, not a marker).
    """
    word = KEYWORDS[numbering]
    forms = (word.upper(), word, word.lower()) if lower else (word.upper(), word)
    return "(?:" + "|".join(forms) + ")"


_KEYWORD_NUMBER = r"\s+(?:" + ORDINAL_WORD + "|" + ROMAN + r"|\d+|[A-ZĐ])\s*[.:\-]?"

#: The grammar of a marker at each level (regular expressions a whole marker matches).
MARKERS: dict[Numbering, re.Pattern[str]] = {
    Numbering.PART: re.compile(keyword(Numbering.PART) + _KEYWORD_NUMBER),
    Numbering.CHAPTER: re.compile(keyword(Numbering.CHAPTER) + _KEYWORD_NUMBER),
    Numbering.SECTION: re.compile(keyword(Numbering.SECTION) + _KEYWORD_NUMBER),
    Numbering.ARTICLE: re.compile(keyword(Numbering.ARTICLE) + r"\s+\d+\w?\s*[.:\-]?"),
    Numbering.CLAUSE: re.compile(keyword(Numbering.CLAUSE) + r"\s+\d+\s*[.:\-]?"),
    Numbering.UPPER_LETTER: re.compile(r"[A-ZĐ]\s*[.\-)]"),
    Numbering.ROMAN: re.compile(ROMAN + r"\s*[.\-)/]?"),
    Numbering.ARABIC: re.compile(r"\d{1,3}\s*[.\-)/]?"),
    Numbering.DECIMAL: re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?"),
    Numbering.PARENTHESISED: re.compile(r"\(\d{1,3}\)"),
    Numbering.LETTER: re.compile(r"\(?[a-zđ]\s*[.\-)]"),
}

_KEYWORD = re.compile(r"^(?:phần|chương|mục|điều|khoản)\s+", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# No document numbers its divisions past this; longer digit runs are noise, and
# int() refuses more than 4300 digits anyway.
_MAX_DIGITS = 9


def is_marker(numbering: Numbering, marker: str) -> bool:
    """Whether ``marker`` is a marker of the level ``numbering`` ("II." of ROMAN; "1.1." of DECIMAL)."""
    return MARKERS[numbering].fullmatch(marker) is not None


def label_of(marker: str) -> str:
    """The number of a marker without its keyword or punctuation: "Điều 5." → "5", "(1)" → "1"."""
    return _KEYWORD.sub("", marker).strip(" .:-)(/")


def _whole(digits: str) -> int | None:
    return int(digits) if digits.isdecimal() and len(digits) <= _MAX_DIGITS else None


def label_value(numbering: Numbering, label: str) -> int | None:
    """The whole number a label stands for at its level ("IV" → 4, "b" → 2, "1.3" → 3), None when unknown."""
    if numbering is Numbering.ROMAN:
        return roman_value(label)
    if numbering is Numbering.LETTER or numbering is Numbering.UPPER_LETTER:
        position = LETTERS.find(label.casefold())
        return position + 1 if position >= 0 and len(label) == 1 else None
    if numbering is Numbering.DECIMAL:
        return _whole(label.rstrip(".").rsplit(".", 1)[-1])
    if numbering in (Numbering.PART, Numbering.CHAPTER, Numbering.SECTION):
        if label.isdecimal():
            return _whole(label)
        value = roman_value(label)
        return value if value is not None else ordinal_value(label)
    digits = _DIGITS.search(label)
    return _whole(digits.group()) if digits else None


def to_letter(value: int) -> str:
    """The point letter of ``value`` (1 → "a", 5 → "đ", 6 → "e")."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= len(LETTERS):
        raise ValueError(f"{value!r} has no point letter (1 to {len(LETTERS)})")
    return LETTERS[value - 1]
