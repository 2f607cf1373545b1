"""What reading an original gives: its text for the parser, and how each page was read."""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["Extracted", "Note", "PageRead"]


@attrs.frozen(kw_only=True)
class PageRead:
    """How one page was read: ``method`` "text" (its text layer), "ocr" or "empty" (blank, or
    an image with OCR turned off); ``reason`` says why; ``confidence`` is OCR's mean word
    confidence (0-100)."""

    number: int
    method: Literal["text", "ocr", "empty"]
    reason: str
    confidence: float | None = None


@attrs.frozen(kw_only=True)
class Note:
    """Something the reader did that the parse should report, at a line of ``Extracted.text``."""

    message: str
    line: int | None = None


@attrs.frozen(kw_only=True)
class Extracted:
    """The text of an original as :func:`~nghiquyet.parse_text` reads it, how each page was
    read (empty for a Word file), and notes for the parse's warnings."""

    kind: Literal["pdf", "docx", "image"]
    text: str
    pages: tuple[PageRead, ...] = ()
    notes: tuple[Note, ...] = ()
