"""The folding key Vietnamese text is compared through: "Thị uỷ" and "THỊ ỦY" meet as "thi uy".

Official texts spell the same word in more than one way ("hòa" and "hoà", "khóa" and
"khoá"), OCR damages diacritics ("KÉT LUẬN"), and "Đ" has no Unicode decomposition: the key
is lower case without diacritics, "Đ" folded by hand (so is the Eth "Ð", which text converted
from the old Vietnamese encodings prints for it), one character for one character.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]


def _fold_char(char: str) -> str:
    if char in "đĐðÐ":  # Đ has no decomposition: fold it by hand (and the Eth old encodings put for it)
        return "d"
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


# One table for the scripts Vietnamese text uses, so folding is a single str.translate: a code for
# every character below U+2500 (str.translate pays for each character a table lacks as for a
# raised KeyError; past its end, the IndexError leaves the character as it is).
_FOLD_TABLE = tuple(ord(_fold_char(chr(code))) for code in range(0x2500))


def fold(text: str) -> str:
    """A comparison key: lower case, diacritics removed, "Đ" → "d"; one character per character.

    Keeping the length lets a match found in the key be cut from the original text, and it
    makes OCR damage to diacritics ("KÉT LUẬN", "ĐÁNG") compare equal to the intended word.
    """
    if not isinstance(text, str):
        raise TypeError(f"fold takes a str, got {type(text).__name__}")
    return text.translate(_FOLD_TABLE)
