"""Numerals as Party documents print them: Roman (khóa XIII, "II."), digits, and words ("lần thứ sáu").

Roman numerals number terms (khóa) and divisions; only the canonical forms are numerals
("IV", never "IIII"). Numbers in words count conferences and parts: "thứ nhất", "thứ tư",
"mười lăm", "hai mươi mốt".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .folding import fold

__all__ = [
    "DIVISION_ROMAN",
    "FOLDED_TERM",
    "FOLDED_UNIT",
    "ROMAN",
    "in_words",
    "is_roman",
    "number_in_words",
    "ordinal_value",
    "roman_value",
    "to_roman",
]

#: A Roman numeral from I to MMMCMXCIX (a regular expression; never empty).
ROMAN = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
#: A Roman numeral as divisions print it, I to XCIX: a lone C, D or M is a letter ("C." after "B.").
DIVISION_ROMAN = r"(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"

#: "khóa XIII" as the folding key prints it ("khoa xiii"): a committee's term, its numeral in group ``term``.
FOLDED_TERM = re.compile(r"\bkhoa\s*(?P<term>[ivxlc]+)\b")

_ROMAN = re.compile(ROMAN)
_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_LETTER_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def is_roman(text: str) -> bool:
    """Whether ``text`` is a canonical Roman numeral in capitals ("XXIII"; not "IIII", not "")."""
    return _ROMAN.fullmatch(text) is not None


def roman_value(text: str) -> int | None:
    """The value of a canonical Roman numeral ("XIV" → 14), ``None`` for anything else."""
    if not is_roman(text):
        return None
    values = [_LETTER_VALUES[letter] for letter in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def to_roman(value: int) -> str:
    """``value`` (1 to 3999) in Roman numerals: 14 → "XIV"."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 3999:
        raise ValueError(f"{value!r} has no Roman numeral (1 to 3999)")
    out = []
    for amount, letters in _VALUES:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


# Numbers in words, folded: "mười hai" 12, "hai mươi mốt" 21, "ba mươi lăm" 35.
_UNITS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
_UNIT_AFTER_TENS = {**_UNITS, "lam": 5}
#: A unit (1 to 9) in words after the tens, folded: "mot", "tu", "lam" … (a regular expression).
FOLDED_UNIT = "(?:" + "|".join(_UNIT_AFTER_TENS) + ")"
_UNIT_WORDS = ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def number_in_words(tokens: Sequence[str]) -> tuple[int | None, int]:
    """The value of the number (1 to 99) the folded ``tokens`` begin with, and how many tokens it takes.

    ``["hai", "muoi", "mot", "ban"]`` → ``(21, 3)``; ``(None, 0)`` when they begin with no number.
    """
    if not tokens:
        return None, 0
    first = tokens[0]
    if first == "nhat":
        return 1, 1
    if first == "muoi":
        value, used = 10, 1
    elif first in _UNITS:
        if len(tokens) < 2 or tokens[1] != "muoi" or first == "mot":
            return _UNITS[first], 1
        value, used = _UNITS[first] * 10, 2
    else:
        return None, 0
    if len(tokens) > used and tokens[used] in _UNIT_AFTER_TENS:
        return value + _UNIT_AFTER_TENS[tokens[used]], used + 1
    return value, used


def ordinal_value(text: str) -> int | None:
    """The number an ordinal stands for: "13" → 13, "sáu" → 6, "thứ hai" → 2, "hai mươi mốt" → 21.

    ``None`` unless the whole of ``text`` is the number (digits 1 to 999999, or words).
    """
    key = fold(text).strip()
    if key.isdecimal():
        whole = int(key) if len(key) <= 6 else 0
        return whole if whole >= 1 else None
    tokens = key.split()
    if tokens[:1] == ["thu"]:
        tokens = tokens[1:]
    value, used = number_in_words(tokens)
    return value if used and used == len(tokens) else None


def in_words(value: int, *, ordinal: bool = False) -> str:
    """``value`` (1 to 99) in words: 21 → "hai mươi mốt"; as an ordinal 1 → "nhất", 4 → "tư"."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 99:
        raise ValueError(f"{value!r} is not a number from 1 to 99")
    if ordinal and value in (1, 4):
        return "nhất" if value == 1 else "tư"
    tens, units = divmod(value, 10)
    if not tens:
        return _UNIT_WORDS[units]
    head = "mười" if tens == 1 else f"{_UNIT_WORDS[tens]} mươi"
    if not units:
        return head
    unit = {5: "lăm", 1: "mốt" if tens > 1 else "một"}.get(units, _UNIT_WORDS[units])
    return f"{head} {unit}"
