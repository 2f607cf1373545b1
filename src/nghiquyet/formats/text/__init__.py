"""Plain text in the registry: read with :func:`~nghiquyet.parse_text`, written with :func:`~nghiquyet.to_text`.

Text is what is left when the bytes are no other format's. The parser and the writer live in
:mod:`nghiquyet.text`; this subpackage only says how a text file's bytes become a string.
"""

from __future__ import annotations

from ...errors import NghiquyetError

__all__ = ["decode_text"]


def decode_text(data: bytes) -> str:
    """The text of a text file: UTF-8 (a BOM tolerated), or UTF-16 when it starts with its
    byte order mark, as Word's and Notepad's "Unicode" text is saved."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"decode_text expects bytes, got {type(data).__name__}")
    data = bytes(data)
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise NghiquyetError(f"not {'UTF-16' if encoding == 'utf-16' else 'UTF-8'} text (byte {exc.start})") from None
