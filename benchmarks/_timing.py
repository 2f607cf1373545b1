"""What the benchmarks share: the documents they measure and an interleaved timer.

The documents are the seed example and the largest document of ../shared/corpus (beside
the repository; skipped with a note when it is absent), read with parse_text.
"""

from __future__ import annotations

import sys
import time
import timeit
from collections.abc import Callable, Iterator
from pathlib import Path

import nghiquyet as nq

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "ket-luan-13.json"
CORPUS = ROOT.parent / "shared" / "corpus"


def documents() -> Iterator[tuple[str, nq.Document]]:
    """The seed and the largest corpus document, by name."""
    yield SEED.name, nq.from_json(SEED.read_bytes())
    texts = sorted(CORPUS.glob("*.txt"), key=lambda path: path.stat().st_size) if CORPUS.is_dir() else []
    if texts:
        yield texts[-1].name, nq.parse_text(texts[-1].read_text(encoding="utf-8"))
    else:
        print(f"note: no corpus at {CORPUS}; measuring the seed only", file=sys.stderr)


def best_per_call(statements: dict[str, Callable[[], object]], seconds: float) -> dict[str, float]:
    """The best time per call of each statement, measured in interleaved rounds.

    Interleaving puts every statement under the same machine load (shared machines,
    CPU frequency changes), so that ratios hold even when absolute times drift; each
    round is a few milliseconds, and the best of many such rounds is one that no other
    process interrupted.
    """
    timers = {name: timeit.Timer(statement) for name, statement in statements.items()}
    numbers = {}
    for name, timer in timers.items():
        number, taken = timer.autorange()
        numbers[name] = max(1, round(0.003 / (taken / number)))
    best = dict.fromkeys(timers, float("inf"))
    deadline = time.perf_counter() + seconds * len(timers)
    rounds = 0
    while rounds < 5 or time.perf_counter() < deadline:
        for name, timer in timers.items():
            best[name] = min(best[name], timer.timeit(numbers[name]) / numbers[name])
        rounds += 1
    return best
