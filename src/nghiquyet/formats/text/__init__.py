"""Plain text in the registry: read with :func:`~nghiquyet.parse_text`, written with :func:`~nghiquyet.to_text`.

Text is what is left when the bytes are no other format's. The parser and the writer live in
:mod:`nghiquyet.text`; this subpackage only says how a text file's bytes become a string.
"""

from __future__ import annotations

from ...errors import NghiquyetError
from ._encodings import LEGACY, guess, looks_legacy, score

__all__ = ["LEGACY", "decode_text", "decoded_text"]


def decode_text(data: bytes) -> str:
    """The text of a text file, in whatever encoding :func:`decoded_text` finds it."""
    return decoded_text(data)[0]


def decoded_text(data: bytes) -> tuple[str, str]:
    """The text of a text file and the encoding it was read in.

    UTF-8 (a BOM tolerated), or UTF-16 when it starts with its byte order mark, as Word's and
    Notepad's "Unicode" text is saved: ``"utf-8"``, ``"utf-16"``. Older Vietnamese files are
    recognised by the common words each reading spells, and converted to Unicode: UTF-16
    without a byte order mark, Windows-1258, and text in the TCVN3 (ABC) and VNI font
    encodings, whether as bytes or already copied into UTF-8; the encoding is then one of
    :data:`LEGACY`. Bytes that read as none of these raise
    :class:`~nghiquyet.NghiquyetError` saying where, what they probably are, and how to convert.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"decode_text expects bytes, got {type(data).__name__}")
    data = bytes(data)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise NghiquyetError(f"not UTF-16 text (byte {exc.start})") from None
    if b"\x00" in data:
        name, text, _ = guess(data)
        if name.startswith("utf-16"):
            return text, name
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        name, converted, found = guess(data)
        if found >= 2:
            return converted, name
        probably = f"; it may be {LEGACY[name]}" if found else ""
        raise NghiquyetError(
            f"not UTF-8 text (byte {exc.start}){probably}: save it as UTF-8, or convert it first "
            "(from TCVN3 or VNI with Unikey's converter; from Windows-1258 with iconv -f CP1258 -t UTF-8)"
        ) from None
    if looks_legacy(text) and score(text) == 0:
        name, converted, found = guess(text)
        if found >= 2:
            return converted, name
    return text, "utf-8"
