"""Vietnamese text in the encodings people still have: UTF-16 without its byte order mark,
Windows-1258, and the 8-bit font encodings TCVN3 (ABC: .VnTime …) and VNI (VNI-Times …).

Those two are not code pages but fonts: a Word file set in .VnTime stores "Đảng" as the bytes
that Latin-1 reads "§¶ng", and copying its text gives exactly those Latin-1 characters. No
maintained package on PyPI converts them, so their tables are data here: TCVN3 is one byte
per letter (TCVN 5712:1993, VN3); VNI writes a base letter followed by a byte for its marks.
Which reading a text is in is told by the common Vietnamese words each reading finds.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LEGACY", "from_tcvn3", "from_vni", "guess", "looks_legacy", "score"]

#: The names this module gives the encodings it converts from, with how people call them.
LEGACY = {
    "tcvn3": "TCVN3 (ABC, .Vn fonts)",
    "vni": "VNI (VNI-Times fonts)",
    "cp1258": "Windows-1258",
    "utf-16-le": "UTF-16 (little-endian, no byte order mark)",
    "utf-16-be": "UTF-16 (big-endian, no byte order mark)",
}

# TCVN3: byte -> letter. The capitals with tones have no code: the ".VnTimeH" fonts draw the
# lower-case codes as capitals, so a word whose Latin letters are capitals is made capital whole.
_TCVN3 = dict(
    zip(
        b"\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae"
        b"\xb5\xb6\xb7\xb8\xb9\xbb\xbc\xbd\xbe\xc6\xc7\xc8\xc9\xca\xcb"
        b"\xcc\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xdc\xdd\xde"
        b"\xdf\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee"
        b"\xef\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe",
        "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
        strict=True,
    )
)
_TCVN3_CHARS = {chr(code): letter for code, letter in _TCVN3.items()}

# VNI: letters of their own (read as cp1252), and the marks that follow a base vowel.
_VNI_LETTERS = dict(zip("ôöñíìæóòîÔÖÑÍÌÆÓÒÎ", "ơưđíìỉĩịỵƠƯĐÍÌỈĨỊỴ", strict=True))
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    "ù": _ACUTE,
    "ø": _GRAVE,
    "û": _HOOK,
    "õ": _TILDE,
    "ï": _DOT,
    "â": _CIRCUMFLEX,
    "á": _CIRCUMFLEX + _ACUTE,
    "à": _CIRCUMFLEX + _GRAVE,
    "å": _CIRCUMFLEX + _HOOK,
    "ã": _CIRCUMFLEX + _TILDE,
    "ä": _CIRCUMFLEX + _DOT,
    "ê": _BREVE,
    "é": _BREVE + _ACUTE,
    "è": _BREVE + _GRAVE,
    "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE,
    "ë": _BREVE + _DOT,
}
_VNI_MARKS |= {mark.upper(): combining for mark, combining in _VNI_MARKS.items()}
# Which base letters take which marks: tones go on any vowel, the circumflex on a/e/o, the breve on a.
_TONE_BASES = set("aeouyơưAEOUYƠƯ")
_CIRCUMFLEX_BASES = set("aeoAEO")
_BREVE_BASES = set("aA")

# Words common in every Party document, which only a right reading of the bytes spells.
_COMMON = set(
    """của và các có được trong những cho với là không một này đã để người việc về thực hiện tỉnh
    huyện xã đảng ủy uỷ ban chấp hành nghị quyết kết luận chỉ thị thường vụ đồng chí năm tháng
    ngày công tác cộng sản việt hoà hòa độc lập tự hạnh phúc phát triển kinh tế hội nhân dân
    đơn vị cơ quan tổ chức lãnh đạo chính trị nhiệm
    tình hình kế hoạch chương trình trên theo đến từ nội dung số nơi nhận lưu văn phòng bộ
    tăng cường đẩy mạnh nâng cao chất lượng giải pháp mục tiêu kiểm tra giám sát báo cáo""".split()
)
_WORD = re.compile(r"\w+")
# Letters and marks only Vietnamese uses: a text with any of them is already Unicode Vietnamese.
_VIETNAMESE = re.compile("[ĂăĐđĨĩŨũƠơƯưẠ-ỹ\u0300\u0301\u0303\u0309\u0323]")
_HIGH_LATIN = re.compile("[\u00a0-\u00ff]")


def score(text: str) -> int:
    """How many words of ``text`` are common Vietnamese words spelt with their diacritics."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    return sum(1 for word in words if not word.isascii() and word in _COMMON)


def from_tcvn3(text: str) -> str:
    """Text in TCVN3 (read as Latin-1 characters) in Unicode, NFC."""
    converted = "".join(_TCVN3_CHARS.get(char, char) for char in text)
    return _WORD.sub(_capital_word, converted)


def _capital_word(found: re.Match[str]) -> str:
    word = found.group()
    latin = [char for char in word if char.isascii() and char.isalpha()]
    if len(latin) >= 2 and all(char.isupper() for char in latin):
        return word.upper()
    return word


def from_vni(text: str) -> str:
    """Text in VNI (read as cp1252 characters) in Unicode, NFC."""
    out: list[str] = []
    for char in text:
        marks = _VNI_MARKS.get(char)
        if marks is not None and out and _takes(out[-1], marks):
            out[-1] = unicodedata.normalize("NFC", out[-1] + marks)
        else:
            out.append(_VNI_LETTERS.get(char, char))
    return "".join(out)


def _takes(base: str, marks: str) -> bool:
    letter = unicodedata.normalize("NFD", base)
    first, existing = letter[:1], letter[1:]
    if _CIRCUMFLEX in marks:
        return first in _CIRCUMFLEX_BASES and not existing
    if _BREVE in marks:
        return first in _BREVE_BASES and not existing
    # A tone: on a vowel that has no tone yet (ơ, ư and â, ê, ô, ă keep their own marks).
    tones = {_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT}
    return (base in _TONE_BASES or first in _TONE_BASES) and not tones & set(existing)


# Windows shows bytes 0x80-0x9F as cp1252's punctuation (… “ ” – —); Latin-1 where it has none.
_CP1252 = {code: bytes([code]).decode("cp1252", errors="ignore") or chr(code) for code in range(0x80, 0xA0)}


def _as_windows(data: bytes) -> str:
    """Bytes as a Windows program shows them in a Western font: cp1252, without gaps."""
    return data.decode("latin-1").translate(_CP1252)


def looks_legacy(text: str) -> bool:
    """Whether Unicode ``text`` is rather font-encoded text: Latin-1 letters, no Vietnamese ones."""
    return not _VIETNAMESE.search(text) and len(_HIGH_LATIN.findall(text)) >= 3


def guess(data: bytes | str) -> tuple[str, str, int]:
    """The best Vietnamese reading of ``data`` as (encoding, text, :func:`score`); a score
    under 2 is a weak guess. ``str`` is text already decoded (as Latin-1 or cp1252 characters)
    from a font encoding; ``bytes`` may also be Windows-1258 or UTF-16 without its byte order
    mark (told by its zero bytes, and then taken whatever it says)."""
    candidates: list[tuple[str, str]] = []
    if isinstance(data, bytes):
        candidates += _utf16(data)
        if candidates:
            return (*candidates[0], 2**31)
        candidates.append(("cp1258", unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))))
        shown = _as_windows(data)
        candidates.append(("tcvn3", from_tcvn3(shown)))
        candidates.append(("vni", from_vni(shown)))
    else:
        candidates.append(("tcvn3", from_tcvn3(data)))
        candidates.append(("vni", from_vni(data)))
    scored = sorted(((score(text), -i, name, text) for i, (name, text) in enumerate(candidates)), reverse=True)
    best, _, name, text = scored[0]
    return name, text, best


def _utf16(data: bytes) -> list[tuple[str, str]]:
    """UTF-16 without a byte order mark: every other byte zero (ASCII letters), on one side only."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return []
    even, odd = data[0::2].count(0) / (len(data) // 2), data[1::2].count(0) / (len(data) // 2)
    encoding = "utf-16-le" if odd > 0.3 and even < 0.05 else "utf-16-be" if even > 0.3 and odd < 0.05 else None
    if encoding is None:
        return []
    try:
        return [(encoding, data.decode(encoding))]
    except UnicodeDecodeError:
        return []
