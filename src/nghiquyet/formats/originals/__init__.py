"""The originals (Word files, PDFs, images) as read-only formats of the registry.

:mod:`nghiquyet.originals` turns their bytes into text; this format reads that text with
:func:`~nghiquyet.parse_text` and adds the reader's notes (pages OCR'd and their
confidence, running lines left out) to the document's warnings.
"""

from __future__ import annotations

import attrs

from ...errors import FormatError
from ...model import Document, ParseWarning
from ...originals import extract

__all__ = ["read_original"]


_NAMES = {"pdf": "PDF", "docx": "Word file", "image": "image"}


def read_original(data: bytes, *, ocr: str = "auto") -> Document:
    """Parse a PDF, Word file or image (``ocr``: "auto", "always" or "never")."""
    from ...text import parse_text

    extracted = extract(data, ocr=ocr)
    if not extracted.text.strip():  # as for a blank text file: an error, not an empty document
        how = "; its pages need OCR, which was turned off" if ocr == "never" and extracted.pages else ""
        raise FormatError(f"no text found in the {_NAMES[extracted.kind]}{how}")
    document = parse_text(extracted.text)
    notes = tuple(ParseWarning(message=note.message, line=note.line) for note in extracted.notes)
    return attrs.evolve(document, warnings=notes + document.warnings) if notes else document
