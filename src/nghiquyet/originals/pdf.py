"""PDF files as text lines, with pypdfium2 (PDFium): the text layer where it is good, OCR
where it is broken or absent.

The text layer is read as PDFium's text runs with their boxes (far fewer calls than one
per character) and laid out by :mod:`nghiquyet.originals._layout`: one line per baseline,
the two columns of the header and of the Nơi nhận / signature block apart, page numbers
and running headers and footers out. Each page's layer is checked
(:func:`~nghiquyet.originals._repair.is_broken`); a broken page, or a page that is only an
image, is rendered at 300 dpi and OCR'd (:mod:`nghiquyet.originals.ocr`).
"""

from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Literal

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import NghiquyetError
from ._layout import Line, Piece, page_lines
from ._repair import BROKEN_SHARE, broken_share
from ._result import PageRead
from .ocr import DPI, ocr_images

__all__ = ["Ocr", "read_pdf"]

Ocr = Literal["auto", "always", "never"]


def read_pdf(data: bytes, *, ocr: Ocr = "auto") -> tuple[list[list[Line]], list[PageRead]]:
    """The laid-out lines of every page and how each page was read."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise NghiquyetError(f"not a PDF that can be opened: {exc}") from None
    try:
        return _read(document, data, ocr)
    except pdfium.PdfiumError as exc:  # a page the file's damage leaves unreadable
        raise NghiquyetError(f"a PDF whose pages cannot all be read: {exc}") from None
    finally:
        document.close()


#: A PDF of at least this many pages has its text layer read by several processes at once.
PARALLEL_PAGES = 16


def _read(document: pdfium.PdfDocument, data: bytes, ocr: Ocr) -> tuple[list[list[Line]], list[PageRead]]:
    count = len(document)
    layers = _layers_in_parallel(data, count, ocr) or _layers(document, range(count), ocr)
    pages = [lines for lines, _read in layers]
    reads = [read for _lines, read in layers]
    to_ocr = [index for index, read in enumerate(reads) if read.method == "ocr"]
    if to_ocr:
        for index, done in zip(to_ocr, ocr_images(_rendered(document, to_ocr), total=len(to_ocr)), strict=True):
            pages[index] = page_lines(done.pieces, height=done.height, words=True)
            reads[index] = PageRead(
                number=index + 1, method="ocr", reason=reads[index].reason, confidence=done.confidence
            )
    return pages, reads


def _layers_in_parallel(data: bytes, count: int, ocr: Ocr) -> list[tuple[list[Line], PageRead]] | None:
    """The text layers of a long PDF's pages read by one process per core, each over its own
    run of pages; None where that does not pay (a short file, one core), where this is
    already a worker of a pool (validate_many, the index, a Dask worker), whose cores are taken,
    or off the main thread (a thread pool's task: forking a threaded process is unsafe)."""
    workers = min(os.cpu_count() or 1, count // (PARALLEL_PAGES // 2))
    if count < PARALLEL_PAGES or workers < 2 or multiprocessing.parent_process() is not None:
        return None
    if threading.current_thread() is not threading.main_thread():
        return None
    bounds = [count * k // workers for k in range(workers + 1)]
    runs = list(itertools.pairwise(bounds))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(_layers_of_run, [data] * len(runs), runs, [ocr] * len(runs)))
    return [layer for part in parts for layer in part]


def _layers_of_run(data: bytes, run: tuple[int, int], ocr: Ocr) -> list[tuple[list[Line], PageRead]]:
    document = pdfium.PdfDocument(data)  # PDFium objects do not cross processes: each opens its own
    try:
        return _layers(document, range(*run), ocr)
    finally:
        document.close()


def _layers(document: pdfium.PdfDocument, indexes: range, ocr: Ocr) -> list[tuple[list[Line], PageRead]]:
    """Each page's lines from its text layer, and how it is to be read: a page marked "ocr"
    has no lines yet."""
    layers = []
    for index in indexes:
        page = document[index]
        textpage = page.get_textpage()
        try:
            layers.append(_layer(page, textpage, index, ocr))
        finally:  # PDFium's page objects are freed by hand, also when a page fails
            textpage.close()
            page.close()
    return layers


def _layer(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, index: int, ocr: Ocr) -> tuple[list[Line], PageRead]:
    """One page's lines and how it is to be read."""
    how: Literal["text", "ocr", "empty"]
    pieces = _pieces(page, textpage)
    raw = " ".join(piece.text for piece in pieces)
    share = broken_share(raw)
    has_image = not raw.strip() and _has_image(page)
    if ocr == "always" and (raw.strip() or has_image):
        how, why = "ocr", "OCR asked for"
    elif raw.strip() and share >= BROKEN_SHARE:
        how, why = ("ocr" if ocr == "auto" else "text"), f"text layer garbled ({share:.0%} of its words)"
    elif not raw.strip():
        how, why = (
            ("ocr" if ocr == "auto" and has_image else "empty"),
            ("no text layer, an image" if has_image else "blank"),
        )
    else:
        how, why = "text", "text layer"
    lines = page_lines(pieces, height=page.get_height()) if how == "text" else []
    return lines, PageRead(number=index + 1, method=how, reason=why)


def _pieces(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[Piece]:
    """The page's text objects (one run of text each: exact, where PDFium's search rectangles
    overlap and repeat letters) with their bounds, y turned to grow downwards.

    Raw PDFium calls into one reused buffer: this loop is most of the time a PDF takes."""
    raw_page, raw_text = page.raw, textpage.raw
    height = page.get_height()
    buffer = (ctypes.c_ushort * 4096)()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    matrix, type_size = pdfium_c.FS_MATRIX(), ctypes.c_float()
    # Bound once: ten thousand objects make the lookups and conversions count.
    get_object, get_type, get_text = (
        pdfium_c.FPDFPage_GetObject,
        pdfium_c.FPDFPageObj_GetType,
        pdfium_c.FPDFTextObj_GetText,
    )
    get_bounds, get_matrix, get_size = (
        pdfium_c.FPDFPageObj_GetBounds,
        pdfium_c.FPDFPageObj_GetMatrix,
        pdfium_c.FPDFTextObj_GetFontSize,
    )
    bounds = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    matrix_ref, size_ref, text_kind = ctypes.byref(matrix), ctypes.byref(type_size), pdfium_c.FPDF_PAGEOBJ_TEXT
    pieces = []
    for index in range(pdfium_c.FPDFPage_CountObjects(raw_page)):
        obj = get_object(raw_page, index)
        if get_type(obj) != text_kind:
            continue
        length = get_text(obj, raw_text, buffer, 8192)
        if length > 8192:
            buffer = (ctypes.c_ushort * (length // 2 + 1))()
            length = get_text(obj, raw_text, buffer, length)
        if length <= 2:
            continue
        text = ctypes.string_at(buffer, length - 2).decode("utf-16-le", "replace")
        if text.isspace() or not get_bounds(obj, *bounds):
            continue
        if "\r" in text or "\n" in text:
            text = " ".join(text.split())
        if "\x02" in text:  # PDFium's mark for the hyphen that ends a line is the hyphen
            text = text.replace("\x02", "-")
        # Rows are told by the baseline and the type size: a font's own box (bounds) varies
        # from font to font and would set two fonts of one line on different rows.
        upper, lower = height - top.value, height - bottom.value
        if get_matrix(obj, matrix_ref) and get_size(obj, size_ref):
            points = type_size.value * (abs(matrix.d) or abs(matrix.b) or 1.0)
            baseline = height - matrix.f
            if 0 < points < 4 * (lower - upper + 1) and upper - points <= baseline <= lower + points:
                upper, lower = baseline - 0.75 * points, baseline + 0.2 * points
        pieces.append(Piece(text=text, left=left.value, right=right.value, top=upper, bottom=lower))
    return pieces


def _has_image(page: pdfium.PdfPage) -> bool:
    raw = page.raw
    return any(
        pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, k)) == pdfium_c.FPDF_PAGEOBJ_IMAGE
        for k in range(pdfium_c.FPDFPage_CountObjects(raw))
    )


def _rendered(document: pdfium.PdfDocument, indexes: list[int]) -> Iterator[bytes]:
    """Each page rendered at :data:`DPI` in grey as a PGM image (no encoder needed), one at
    a time, so that OCR of a page runs while the next is rendered."""
    for index in indexes:
        page = document[index]
        try:
            bitmap = page.render(scale=DPI / 72, grayscale=True)
            try:
                width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                buffer = bytes(bitmap.buffer)
            finally:
                bitmap.close()
        finally:
            page.close()
        if stride != width:
            buffer = b"".join(buffer[row * stride : row * stride + width] for row in range(height))
        yield b"P5\n%d %d\n255\n" % (width, height) + buffer
