"""What a file holds, told by its bytes: its own signature first, its first character last.

``%PDF`` is a PDF; a ZIP archive holding ``word/document.xml`` is a Word file; PNG, JPEG
and TIFF are images (for OCR); JSON and XML are recognised only by what they must start
with (``{``, or ``[`` then a JSON value or nothing; ``<?xml``, or a start tag with an ASCII name), so that
a text file that starts with "[" or "<" ("[Dự thảo]", "<Trích>") stays text.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

from ..formats._sniff import content_format

__all__ = ["Kind", "sniff"]

Kind = Literal["pdf", "docx", "image", "json", "xml", "text"]

_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
# After "[": another JSON value or the end of an empty array.
_JSON_ARRAY = re.compile(r"^\[\s*(?:[\[{\"\]\-0-9]|true\b|false\b|null\b|$)")
# An XML declaration, a doctype or comment, or a start tag whose name is an XML name in
# ASCII (every format this library reads names its elements so): "<Trích>" is text.
_XML = re.compile(r"^<(?:\?xml\b|!DOCTYPE\b|!--|[A-Za-z_][A-Za-z0-9_.\-]*(?::[A-Za-z_][A-Za-z0-9_.\-]*)?(?:\s|/?>|$))")


def sniff(data: bytes) -> Kind:
    """The kind of file ``data`` is (see the module's docstring)."""
    head = data[:8]
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_IMAGES):
        return "image"
    if head.startswith(b"PK\x03\x04") and _is_word(data):
        return "docx"
    found = content_format(data)
    if found is not None:
        start = _start(data)
        if found == "json" and (start.startswith("{") or _JSON_ARRAY.match(start)):
            return "json"
        if found == "xml" and _XML.match(start):
            return "xml"
    return "text"


def _start(data: bytes) -> str:
    head = data[:4096]
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    return head.decode(encoding, errors="ignore").lstrip(" \t\r\n")


def _is_word(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
