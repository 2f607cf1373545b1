"""Whether a file is an original, told by its magic bytes: ``%PDF-`` is a PDF; a ZIP archive
holding ``word/document.xml`` is a Word file; PNG, JPEG and TIFF are images (for OCR).

The registry (:func:`nghiquyet.formats.recognise`) tries these signatures before it looks
at JSON, XML or text, so that an original is never read as text, and a text that starts
with "[" or "<" is never taken for JSON or XML.
"""

from __future__ import annotations

import io
import zipfile
from typing import Literal

__all__ = ["IMAGE_MAGIC", "Kind", "is_word", "sniff"]

Kind = Literal["pdf", "docx", "image"]

#: The first bytes of PNG, JPEG and TIFF (both byte orders).
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def is_word(data: bytes) -> bool:
    """Whether ``data`` is a ZIP archive holding ``word/document.xml`` (a .docx)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def sniff(data: bytes) -> Kind | None:
    """The kind of original ``data`` is, or None when it is none (JSON, XML or text)."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(IMAGE_MAGIC):
        return "image"
    if is_word(data):
        return "docx"
    return None
