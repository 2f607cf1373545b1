"""parse_text speed over the corpus, in MB/s of input text, on one core.

Run: python benchmarks/parse_text.py [CORPUS_DIR] [--seconds N]

CORPUS_DIR defaults to ../shared/corpus beside the repository. The raw baseline, measured
in the same run, is the cheapest pass over the same text any parser must make — NFC
normalisation and splitting into lines — so the ratio (baseline time / parse time) says
how much the structure costs, independently of the machine. Target: ≥ 5 MB/s.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from pathlib import Path

import nghiquyet as nq

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def best_of(run: object, seconds: float) -> float:
    """The fastest of repeated timings of ``run()`` within about ``seconds``."""
    best = float("inf")
    deadline = time.perf_counter() + seconds
    while True:
        start = time.perf_counter()
        run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
        if time.perf_counter() > deadline:
            return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT, help="directory of .txt documents")
    parser.add_argument("--seconds", type=float, default=3.0, help="time to spend on each measurement")
    args = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {args.corpus}")
    size = sum(len(t.encode("utf-8")) for t in texts)

    def parse_all() -> None:
        for text in texts:
            nq.parse_text(text)

    def baseline() -> None:
        for text in texts:
            unicodedata.normalize("NFC", text).splitlines()

    ours = best_of(parse_all, args.seconds)
    raw = best_of(baseline, args.seconds)
    print(f"corpus: {args.corpus} ({len(texts)} files, {size / 1e6:.3f} MB)")
    print(f"raw NFC + split lines: {size / raw / 1e6:9.1f} MB/s")
    print(f"parse_text:            {size / ours / 1e6:9.2f} MB/s  (target ≥ 5)")
    print(f"ratio (raw / ours):    {raw / ours:9.4f}")


if __name__ == "__main__":
    main()
