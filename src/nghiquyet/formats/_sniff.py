"""Which serialised format a file holds, told by its first characters, not by its name.

Reading (:func:`nghiquyet.files.read_bytes`) and validating (:func:`nghiquyet.validate`)
must agree on this, or a file that validates could not be converted.
"""

from __future__ import annotations

import codecs
from typing import Literal

__all__ = ["content_format", "json_bytes"]

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _start(data: bytes) -> str:
    """The first characters, blanks and byte order mark left out (UTF-8, or UTF-16 by its BOM)."""
    head = data[:4096]
    encoding = "utf-16" if head.startswith(_UTF16_BOMS) else "utf-8-sig"
    return head.decode(encoding, errors="ignore").lstrip(" \t\r\n")


def content_format(data: bytes) -> Literal["xml", "json"] | None:
    """``"xml"`` or ``"json"`` by the first character after a BOM and blanks, else None."""
    start = _start(data)
    if start.startswith("<"):
        return "xml"
    if start.startswith(("{", "[")):
        return "json"
    return None


def json_bytes(data: bytes) -> bytes:
    """JSON as the BOM-less UTF-8 the JSON reader takes.

    RFC 8259 lets a reader ignore a byte order mark, and Windows tools write one (and
    "Unicode" means UTF-16 there); bytes that do not decode are left for the reader to refuse.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeError:
            return data
    return data
