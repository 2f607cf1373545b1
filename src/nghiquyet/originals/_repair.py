"""Is a page's text layer Vietnamese, or the garbage a broken font encoding leaves?

PDFs printed through Ghostscript with subset fonts often carry a text layer of glyph ids
read as Unicode ("6Ӣ CÔNG 7+ѬѪ1*" for "SỞ CÔNG THƯƠNG") or of Windows codes read as
Mac Roman ("C‘NG" for "CÔNG"). Such words hold letters no Vietnamese word can hold: a
letter of another script, a mark on a letter that cannot bear it (Ĉ), two tone marks,
a symbol between letters. A page where many words are like that is not read from its
layer. Repair from the embedded font is possible only when the font still maps its
glyphs to Unicode (a ``cmap`` or glyph names); the Ghostscript subsets that break a layer
keep neither, so such a page is OCR'd instead (see :mod:`nghiquyet.originals.pdf`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["BROKEN_SHARE", "broken_share", "is_broken", "is_vietnamese_word"]

_VOWELS = frozenset("aeiouy")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook above, dot below
_SHAPES = {"\u0302": frozenset("aeo"), "\u0306": frozenset("a"), "\u031b": frozenset("ou")}  # â ê ô, ă, ơ ư
# Between letters a word may hold these (Covid-19, 10/NQ-TW, v.v., Đắk Lắk's apostrophe ...).
_JOINERS = frozenset("-–/.,:;'’()&_%+°")
#: The share of garbled words from which a page's layer is not used.
BROKEN_SHARE = 0.12
_MIN_WORDS = 6


@functools.lru_cache(maxsize=4096)
def _letter_ok(letter: str) -> bool:
    if letter in "đĐÐ":
        return True
    decomposed = unicodedata.normalize("NFD", letter.lower())
    base, marks = decomposed[0], decomposed[1:]
    if not ("a" <= base <= "z"):
        return False
    tones = [m for m in marks if m in _TONES]
    shapes = [m for m in marks if m in _SHAPES]
    if len(tones) + len(shapes) != len(marks) or len(tones) > 1 or len(shapes) > 1:
        return False
    if tones and base not in _VOWELS:
        return False
    return not shapes or base in _SHAPES[shapes[0]]


def is_vietnamese_word(word: str) -> bool:
    """False for a word no Vietnamese text can hold (letters of another script, marks a
    Vietnamese letter cannot bear, symbols in the middle of letters)."""
    core = word.strip("\"'“”‘’()[]{}.,;:!?…*-–—")
    if not any(c.isalpha() for c in core):
        return True
    for c in core:
        if c.isalpha():
            if not _letter_ok(c):
                return False
        elif not (c.isdigit() or c in _JOINERS):
            return False
    return True


def _alphabet() -> str:
    """Every letter a Vietnamese word can hold, in both cases (precomposed, as after NFC)."""
    letters = set("abcdefghijklmnopqrstuvwxyzđ")
    for vowel in "aeiouy":
        for shape in ("", *(m for m, bases in _SHAPES.items() if vowel in bases)):
            for tone in ("", *_TONES):
                letters.add(unicodedata.normalize("NFC", vowel + shape + tone))
    return "".join(sorted(letters | {c.upper() for c in letters} | {"Ð"}))


_OK = re.escape(_alphabet() + "0123456789" + "".join(_JOINERS) + '"“”‘’[]{}!?…*—')
# A word with a character outside the alphabet, or a quote mark between two letters ("C‘NG").
_BAD_WORD = re.compile(rf"\S*(?:[^\s{_OK}]|(?<=[^\W\d_])[‘’“”](?=[^\W\d_]))\S*")
_SUSPECT = re.compile(rf"[^\s{_OK}]|(?<=[^\W\d_])[‘’“”](?=[^\W\d_])")


def broken_share(text: str) -> float:
    """The share of the words with letters that no Vietnamese text holds (one regular
    expression over the page: the check must cost little beside reading the layer)."""
    if _SUSPECT.search(text) is None:  # the common case: one scan of a good page
        return 0.0
    total = sum(1 for word in text.split() if not word.isdigit())
    if total < _MIN_WORDS:
        return 0.0
    bad = sum(1 for word in _BAD_WORD.findall(text) if not is_vietnamese_word(word))
    return min(1.0, bad / total)


def is_broken(text: str) -> bool:
    """Whether a page's text layer is too garbled to be read as it is."""
    return broken_share(text) >= BROKEN_SHARE
