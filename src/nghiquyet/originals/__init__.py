"""Originals: the Word files, PDFs and scans documents are held as, turned into the text
lines :func:`~nghiquyet.parse_text` reads.

This package knows nothing of the model beyond handing its text to the parser and its
notes to the parse's warnings. :func:`extract` gives the text, how each page was read and the notes
(pages OCR'd and their confidence, running lines left out) that
:func:`~nghiquyet.read_document` adds to the parse's warnings. Their dependencies (python-docx, pypdfium2)
are the ``originals`` extra, and OCR needs the Tesseract program with Vietnamese data
(Debian packages ``tesseract-ocr`` and ``tesseract-ocr-vie``).
"""

from __future__ import annotations

from ..errors import NghiquyetError
from ._result import Extracted, Note, PageRead
from .sniff import Kind, sniff

__all__ = ["OCR_MODES", "Extracted", "Kind", "Note", "PageRead", "extract", "sniff"]

#: The values of ``ocr``: "auto" OCRs the pages without a usable text layer, "always" every
#: page, "never" none (an image then reads as nothing, with a warning).
OCR_MODES = ("auto", "always", "never")

_DEPENDENCIES = ("docx", "pypdfium2", "lxml")
_MISSING = "reading {what} needs the 'originals' extra: pip install 'nghiquyet[originals]' ({name} is missing)"


def extract(data: bytes, *, ocr: str = "auto") -> Extracted:
    """The text of a PDF, Word file or image, as :func:`~nghiquyet.parse_text` reads it.

    Raises :class:`~nghiquyet.NghiquyetError` when the bytes are none of these, cannot be
    opened, or need OCR that is not installed.
    """
    if ocr not in OCR_MODES:
        raise NghiquyetError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    kind = sniff(data)
    try:
        if kind == "pdf":
            from ._pages import pdf_text

            return pdf_text(data, ocr=ocr)
        if kind == "image":
            from ._pages import image_text

            return image_text(data, ocr=ocr)
        if kind == "docx":
            from .docx import docx_text

            return docx_text(data)
    except ModuleNotFoundError as exc:
        if exc.name not in _DEPENDENCIES:
            raise
        what = {"pdf": "a PDF", "image": "an image", "docx": "a Word file"}.get(kind or "", "an original")
        raise NghiquyetError(_MISSING.format(what=what, name=exc.name)) from None
    raise NghiquyetError("not a PDF, Word file or image")
