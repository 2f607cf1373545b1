"""OCR with Tesseract 5 and its Vietnamese data, run as a subprocess page by page.

Pages are OCR'd in parallel, one single-threaded Tesseract per core (threads that wait on
the subprocess; nothing is pickled), while the next page is being rendered. Tesseract's
TSV output gives each word with its box and confidence, so an OCR'd page is laid out by
the same code as a PDF's text layer (:mod:`nghiquyet.originals._layout`).
"""

from __future__ import annotations

import csv
import functools
import io
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor

import attrs

from ..errors import NghiquyetError
from ._layout import Piece

__all__ = ["DPI", "OcrPage", "ocr_images", "require_tesseract", "unglue"]

#: The resolution pages are rendered at for OCR.
DPI = 300

_INSTALL = (
    "install the Debian packages tesseract-ocr and tesseract-ocr-vie "
    "(apt-get install tesseract-ocr tesseract-ocr-vie), or read with ocr='never'"
)


@attrs.frozen(kw_only=True)
class OcrPage:
    """The words Tesseract read on one page, the page's height in pixels and the mean word
    confidence (0-100; None when no word was read)."""

    pieces: tuple[Piece, ...]
    height: float
    confidence: float | None


@functools.cache
def require_tesseract() -> str:
    """The path of the ``tesseract`` program, once it is known to read Vietnamese.

    Raises :class:`~nghiquyet.NghiquyetError` naming the packages to install when it is
    missing or has no ``vie`` data.
    """
    program = shutil.which("tesseract")
    if program is None:
        raise NghiquyetError(f"this file needs OCR, and Tesseract is not installed: {_INSTALL}")
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise NghiquyetError(f"this file needs OCR, and Tesseract cannot be run ({exc}): {_INSTALL}") from None
    languages = set((listed.stdout + listed.stderr).split())
    if "vie" not in languages:
        raise NghiquyetError(f"this file needs OCR, and Tesseract has no Vietnamese data (vie): {_INSTALL}")
    return program


#: Seconds one page may take in Tesseract (a 300 dpi A4 page takes a few): a stuck page must
#: not hang a whole folder's indexing.
PAGE_TIMEOUT = 600


def _run(image: bytes) -> list[OcrPage]:
    command = [require_tesseract(), "stdin", "stdout", "-l", "vie", "--dpi", str(DPI), "--psm", "3", "tsv"]
    # One thread per Tesseract: the pages run in parallel instead, which scales better.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(command, input=image, capture_output=True, env=env, check=False, timeout=PAGE_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise NghiquyetError(f"Tesseract took more than {PAGE_TIMEOUT} s on a page and was stopped") from None
    except OSError as exc:
        raise NghiquyetError(f"Tesseract could not be run: {exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise NghiquyetError(f"Tesseract failed on a page: {message[-1] if message else done.returncode}")
    return _pages(done.stdout.decode("utf-8", "replace"))


# Look-alikes Tesseract puts where Vietnamese print has plain characters ("1105⁄KH").
_FIX = {"\u2044": "/", "\u2215": "/", "\u2010": "-", "\u2011": "-", "\ufb01": "fi", "\ufb02": "fl"}
_FIXES = re.compile("|".join(_FIX))


# Words OCR runs together where the print sets them close: a code and the word after it
# ("26/2026/TT-BCTngày" for "… TT-BCT ngày"), a date's word and its number ("ngày10/3").
_CODE_THEN_WORD = re.compile(r"([A-ZĐ]{2,})([^\W\d_]{3,})")
_DATE_WORD_THEN_NUMBER = re.compile(r"\b(ngày|tháng|năm|số|Số)(\d)")


def unglue(word: str) -> str:
    """An OCR'd word with the spaces Tesseract lost put back (see the patterns above); a
    code in capitals followed by fewer than three small letters ("TTg") stays whole."""
    if not any(c.isdigit() or c.isupper() for c in word):
        return word
    word = _CODE_THEN_WORD.sub(lambda m: m[1] + " " + m[2] if m[2].islower() else m[0], word)
    return _DATE_WORD_THEN_NUMBER.sub(r"\1 \2", word)


def _pages(tsv: str) -> list[OcrPage]:
    """Tesseract's TSV as pages of words (a multi-page TIFF gives several)."""
    heights: dict[int, float] = {}
    words: dict[int, list[Piece]] = {}
    scores: dict[int, list[float]] = {}
    # Each word takes its line's top and bottom: a word's own box rises with its diacritics
    # and sinks with its descenders, its line's does not.
    lines: dict[tuple[str, ...], tuple[float, float]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            level, page = int(row["level"]), int(row["page_num"])
            line = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
            left, top, width, height = (float(row[k]) for k in ("left", "top", "width", "height"))
            confidence = float(row["conf"])
        except (KeyError, TypeError, ValueError):
            continue
        if level == 1:
            heights[page] = height
            words.setdefault(page, [])
        elif level == 4:
            lines[line] = (top, top + height)
        text = unglue(_FIXES.sub(lambda found: _FIX[found.group()], (row.get("text") or "").strip()))
        if level == 5 and text:
            line_top, line_bottom = lines.get(line, (top, top + height))
            words.setdefault(page, []).append(
                Piece(text=text, left=left, right=left + width, top=line_top, bottom=line_bottom)
            )
            if confidence >= 0:
                scores.setdefault(page, []).append(confidence)
    return [
        OcrPage(
            pieces=tuple(words[page]),
            height=heights.get(page, 1.0),
            confidence=sum(scores[page]) / len(scores[page]) if scores.get(page) else None,
        )
        for page in sorted(words)
    ]


def ocr_images(images: Iterable[bytes], *, total: int, jobs: int | None = None) -> list[OcrPage]:
    """OCR each image (PNG, JPEG, TIFF or PGM bytes; a multi-page TIFF gives all its pages),
    ``jobs`` at a time (default: every core; one in a worker of a pool, such as validate_many's
    or the index's, whose cores are already shared out), in order. ``images`` may be a
    generator that renders the next page while the previous ones are being read."""
    require_tesseract()
    progress = _Progress(total) if sys.stderr.isatty() else None
    in_pool = multiprocessing.parent_process() is not None
    workers = max(1, jobs or (1 if in_pool else os.cpu_count()) or 1)
    pages: list[OcrPage] = []

    def collect(future: Future[list[OcrPage]]) -> None:
        pages.extend(future.result())
        if progress is not None:
            progress.step()

    # At most two pages per worker rendered ahead: a long scan never sits in memory whole.
    pending: deque[Future[list[OcrPage]]] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for image in images:
            pending.append(pool.submit(_run, image))
            while len(pending) > 2 * workers:
                collect(pending.popleft())
        while pending:
            collect(pending.popleft())
    if progress is not None:
        progress.close()
    return pages


class _Progress:
    """A bar with "3/6 pages" on a terminal's stderr, erased when done."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0

    def step(self) -> None:
        self.done += 1
        width = 30
        filled = width * self.done // max(self.total, 1)
        sys.stderr.write(f"\rOCR [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} pages")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
