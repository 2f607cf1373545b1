"""Reading originals: pages/s of text-layer PDFs and of OCR, against the tools by hand.

Run: python benchmarks/originals.py [ORIGINALS_DIR] [--seconds N] [--no-ocr]

ORIGINALS_DIR defaults to ../shared/corpus/original beside the repository. Two figures,
each against a baseline measured in the same run (so the ratio says more than the
machine's speed):

1. The PDFs with a good text layer, read and parsed (``nghiquyet.read_document``) against
   ``pdftotext -layout`` alone on the same files (text only, no parse). Target: at most 2x
   the time of pdftotext.
2. The PDF with a broken text layer (kh1105), read by OCR (``read_document``) against
   rendering each page at 300 dpi (``pdftoppm``) and running ``tesseract`` on it, page by
   page, by hand. Target: at least 1.3x faster.

Needs the originals extra, poppler-utils (pdftotext, pdftoppm) and tesseract with vie.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import nghiquyet as nq
from nghiquyet.originals import extract

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "original"
BROKEN = "kh1105-sct-laocai-ke-hoach-kiem-tra.pdf"


def best_of(runs: tuple[Callable[[], object], ...], seconds: float) -> list[float]:
    """The fastest timing of each of ``runs`` within about ``seconds``, taken in turns, so that
    a busy spell of a shared machine weighs on each alike (at least one round)."""
    best = [float("inf")] * len(runs)
    deadline = time.perf_counter() + seconds
    while True:
        for k, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[k] = min(best[k], time.perf_counter() - start)
        if time.perf_counter() > deadline:
            return best


def text_layers(folder: Path, seconds: float) -> None:
    files = []
    pages = 0
    for path in sorted(folder.glob("*.pdf")):
        read = extract(path.read_bytes(), ocr="never").pages
        if read and all(page.reason == "text layer" for page in read):
            files.append(path)
            pages += len(read)

    def ours() -> None:
        for path in files:
            nq.read_document(path)

    def pdftotext() -> None:
        for path in files:
            subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)

    mine, theirs = best_of((ours, pdftotext), seconds)
    print(f"text-layer PDFs: {len(files)} files, {pages} pages ({', '.join(p.name[:12] for p in files)})")
    print(f"  read_document (read + parse): {pages / mine:8.1f} pages/s  ({mine:.3f} s)")
    print(f"  pdftotext -layout alone:      {pages / theirs:8.1f} pages/s  ({theirs:.3f} s)")
    print(f"  ratio (our time / pdftotext time): {mine / theirs:.2f}  (target <= 2)")


def ocr(folder: Path) -> None:
    path = folder / BROKEN
    if not path.is_file():
        print(f"OCR: {BROKEN} is not in {folder}; skipped")
        return
    start = time.perf_counter()
    document = nq.read_document(path)
    mine = time.perf_counter() - start
    pages = sum("read by OCR" in w.message for w in document.warnings)

    def by_hand(env: dict[str, str] | None) -> float:
        start = time.perf_counter()
        with tempfile.TemporaryDirectory() as scratch:
            subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(path), f"{scratch}/page"], check=True)
            for image in sorted(Path(scratch).glob("page*.png")):
                command = ["tesseract", str(image), "stdout", "-l", "vie"]
                subprocess.run(command, capture_output=True, check=True, env=env)
        return time.perf_counter() - start

    theirs = by_hand(None)
    one_thread = by_hand({**os.environ, "OMP_THREAD_LIMIT": "1"})
    print(f"OCR of {BROKEN} ({pages} pages OCR'd):")
    print(f"  read_document (OCR, pages in parallel): {pages / mine:6.3f} pages/s  ({mine:.1f} s)")
    print(f"  pdftoppm -r 300 + tesseract by hand:    {pages / theirs:6.3f} pages/s  ({theirs:.1f} s)")
    print(f"  the same, one thread per tesseract:     {pages / one_thread:6.3f} pages/s  ({one_thread:.1f} s)")
    print(f"  speed-up (their time / our time): {theirs / mine:.2f}  (target >= 1.3)")
    print(f"  speed-up against one thread per tesseract: {one_thread / mine:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT, help="the folder of originals")
    parser.add_argument("--seconds", type=float, default=3.0, help="time to spend on each text-layer measurement")
    parser.add_argument("--no-ocr", action="store_true", help="skip the OCR measurement (about a minute)")
    args = parser.parse_args()
    if not args.folder.is_dir():
        raise SystemExit(f"no folder {args.folder}")
    text_layers(args.folder, args.seconds)
    if not args.no_ocr:
        ocr(args.folder)


if __name__ == "__main__":
    main()
