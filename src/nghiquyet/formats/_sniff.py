"""Which serialised format a file holds, told by its first characters, not by its name.

Reading (:func:`nghiquyet.files.read_bytes`) and validating (:func:`nghiquyet.validate`)
must agree on this, or a file that validates could not be converted.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["content_format"]

# An XML declaration in UTF-16 starts with its byte order mark; libxml2 reads it from there.
_UTF16_XML = (b"\xff\xfe<\x00", b"\xfe\xff\x00<")


def content_format(data: bytes) -> Literal["xml", "json"] | None:
    """``"xml"`` or ``"json"`` by the first character after a BOM and blanks, else None."""
    start = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"<", *_UTF16_XML)):
        return "xml"
    if start.startswith((b"{", b"[")):
        return "json"
    return None
