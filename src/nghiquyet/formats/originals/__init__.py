"""The originals (Word files, PDFs, images) as read-only formats of the registry.

:mod:`nghiquyet.originals` turns their bytes into text; this format reads that text with
:func:`~nghiquyet.parse_text` and adds the reader's notes (pages OCR'd and their
confidence, running lines left out) to the document's warnings.
"""

from __future__ import annotations

import attrs

from ...model import Document, ParseWarning
from ...originals import extract

__all__ = ["read_original"]


def read_original(data: bytes, *, ocr: str = "auto") -> Document:
    """Parse a PDF, Word file or image (``ocr``: "auto", "always" or "never")."""
    from ...text import parse_text

    extracted = extract(data, ocr=ocr)
    document = parse_text(extracted.text)
    notes = tuple(ParseWarning(message=note.message, line=note.line) for note in extracted.notes)
    return attrs.evolve(document, warnings=notes + document.warnings) if notes else document
