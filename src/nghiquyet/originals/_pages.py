"""Pages (of a PDF or an image) put together as one text, with the notes the parse reports."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._layout import Line, drop_running, page_lines
from ._result import Extracted, Note, PageRead
from .ocr import ocr_images
from .pdf import Ocr, read_pdf

__all__ = ["image_text", "pdf_text"]


def pdf_text(data: bytes, *, ocr: str = "auto") -> Extracted:
    """The text of a PDF, page by page (see :mod:`nghiquyet.originals.pdf`)."""
    mode: Ocr = "always" if ocr == "always" else "never" if ocr == "never" else "auto"
    pages, reads = read_pdf(data, ocr=mode)
    return _assemble("pdf", pages, reads)


def image_text(data: bytes, *, ocr: str = "auto") -> Extracted:
    """The text of an image file (PNG, JPEG, TIFF with one page or many), by OCR."""
    if ocr == "never":
        note = Note(message="an image: nothing read, since OCR is turned off (ocr='never')")
        return Extracted(
            kind="image", text="", pages=(PageRead(number=1, method="empty", reason="OCR off"),), notes=(note,)
        )
    done = ocr_images([data], total=1)
    pages = [page_lines(page.pieces, height=page.height, words=True) for page in done]
    reads = [
        PageRead(number=k, method="ocr", reason="an image", confidence=page.confidence)
        for k, page in enumerate(done, start=1)
    ]
    return _assemble("image", pages, reads)


# A body line that ends in a word's hyphen ("Nghị định số 217/2025/NĐ-") and the line
# under it that goes on with the word ("CP ngày 05/8/2025 …"); a spaced dash ("kinh tế -")
# is not a word's hyphen. Lines with a column gap (a header, Nơi nhận beside the signature)
# are left as they are.
_HYPHEN_END = re.compile(r"(?<=[^\s\-–])-$")
_WORD_START = re.compile(r"^\s*([^\W_][^\s]*)\s*")
_GUTTER = re.compile(r"\S\s{3,}\S")


def _rejoin_hyphens(lines: list[str]) -> list[str]:
    """Words broken at a hyphen across two body lines put back together on the first line."""
    out = list(lines)
    emptied: set[int] = set()
    for k in range(len(out) - 1):
        here, below = out[k].rstrip(), out[k + 1]
        if (
            not here.endswith("-")
            or not _HYPHEN_END.search(here)
            or _GUTTER.search(here.strip())
            or _GUTTER.search(below.strip())
        ):
            continue
        found = _WORD_START.match(below)
        if found is None:
            continue
        out[k] = here + found.group(1)
        rest = below[found.end() :]
        out[k + 1] = " " * (len(below) - len(below.lstrip())) + rest
        if not rest.strip():
            emptied.add(k + 1)
    return [line for k, line in enumerate(out) if k not in emptied]


def _assemble(kind: str, pages: Sequence[list[Line]], reads: Sequence[PageRead]) -> Extracted:
    kept, dropped = drop_running(pages)
    lines: list[str] = []
    notes: list[Note] = []
    for page, read in zip(kept, reads, strict=True):
        first = len(lines) + 1
        if read.method == "ocr":
            confidence = "" if read.confidence is None else f"; mean word confidence {read.confidence:.0f}%"
            notes.append(Note(message=f"page {read.number} read by OCR ({read.reason}){confidence}", line=first))
        elif read.reason != "text layer" and read.reason != "blank":
            notes.append(Note(message=f"page {read.number}: {read.reason}, read as it is", line=first))
        lines.extend(_rejoin_hyphens([line.text for line in page]))
    if dropped:
        shown: dict[str, tuple[str, list[int]]] = {}
        for index, text in dropped:
            shown.setdefault(re.sub(r"\d+", "#", text), (text, []))[1].append(index + 1)
        for text, numbers in shown.values():
            where = f"page {numbers[0]}" if len(numbers) == 1 else f"{len(numbers)} pages"
            notes.append(Note(message=f"page number or running header/footer left out ({where}): {text!r}"))
    return Extracted(
        kind="pdf" if kind == "pdf" else "image",
        text="\n".join(lines) + "\n" if lines else "",
        pages=tuple(reads),
        notes=tuple(notes),
    )
