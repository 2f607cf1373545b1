"""The HTML page printed to PDF by a real engine: headless Chromium's ``--print-to-pdf``.

The page is the official A4 layout (see :mod:`nghiquyet.formats.html`), with its own
``@page`` rules, so the browser prints exactly what it shows. There is no fallback engine:
without Chromium, :func:`print_pdf` refuses, and the command line says so before reading.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ...errors import NghiquyetError

__all__ = ["ENGINES", "pdf_engine", "print_pdf"]

#: The programs tried, in order, to print HTML to PDF.
ENGINES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


def pdf_engine() -> str | None:
    """The path of the first engine of :data:`ENGINES` on ``PATH``, or None."""
    return next((found for name in ENGINES if (found := shutil.which(name))), None)


def print_pdf(html: bytes, *, timeout: float = 120) -> bytes:
    """``html`` (a self-contained page) printed to PDF by headless Chromium."""
    engine = pdf_engine()
    if engine is None:
        raise NghiquyetError(f"no PDF engine: install Chromium (one of {', '.join(ENGINES)} on PATH)")
    with tempfile.TemporaryDirectory(prefix="nghiquyet-pdf-") as scratch:
        folder = Path(scratch)
        page, pdf = folder / "page.html", folder / "page.pdf"
        page.write_bytes(html)
        command = [engine, *_FLAGS, f"--user-data-dir={folder / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise NghiquyetError(f"the PDF engine {engine} failed: {exc}") from None
        if done.returncode != 0 or not pdf.is_file():
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
            raise NghiquyetError(f"the PDF engine {engine} failed (status {done.returncode}): {detail[0]}")
        data = pdf.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise NghiquyetError(f"the PDF engine {engine} wrote no PDF")
    return data
