"""JSON round-trip speed: to_json + from_json against raw orjson on the same data.

Run: python benchmarks/json_roundtrip.py [--seconds N]

The baseline is orjson.dumps + orjson.loads of the very dict our JSON holds, measured in
the same run, so the ratio (baseline time / our time, higher is better) does not depend
on the machine. A ratio of 1.0 would mean building and checking the typed model costs
nothing over moving the raw data.
"""

from __future__ import annotations

import argparse
import time
import timeit
from collections.abc import Callable
from pathlib import Path

import orjson

import nghiquyet as nq

SEED = Path(__file__).resolve().parents[1] / "examples" / "ket-luan-13.json"


def best_per_call(*statements: Callable[[], object], seconds: float) -> list[float]:
    """The best time per call of each statement, measured in turns so that a busy
    machine slows them alike. Each turn lasts a few milliseconds: the best of many short
    turns is one that no other process interrupted."""
    timers = [timeit.Timer(statement) for statement in statements]
    numbers = []
    for timer in timers:
        number, taken = timer.autorange()
        numbers.append(max(1, round(0.005 / (taken / number))))
    best = [float("inf")] * len(timers)
    deadline = time.perf_counter() + seconds * len(timers)
    while time.perf_counter() < deadline:
        for i, (timer, number) in enumerate(zip(timers, numbers, strict=True)):
            best[i] = min(best[i], timer.timeit(number) / number)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=2.0, help="time to spend on each measurement")
    args = parser.parse_args()

    document = nq.from_json(SEED.read_bytes())
    text = nq.to_json(document)
    raw = orjson.loads(text)

    baseline, ours, write, read, raw_write, raw_read = best_per_call(
        lambda: orjson.loads(orjson.dumps(raw)),
        lambda: nq.from_json(nq.to_json(document)),
        lambda: nq.to_json(document),
        lambda: nq.from_json(text),
        lambda: orjson.dumps(raw),
        lambda: orjson.loads(text),
        seconds=args.seconds,
    )

    size = len(text)
    print(f"document: {SEED.name}, {size} bytes of JSON")
    print(f"raw orjson dumps+loads: {baseline * 1e6:9.1f} µs")
    print(f"to_json + from_json:    {ours * 1e6:9.1f} µs")
    print(f"  to_json alone:        {write * 1e6:9.1f} µs  (orjson.dumps: {raw_write * 1e6:.1f} µs)")
    print(f"  from_json alone:      {read * 1e6:9.1f} µs  (orjson.loads of the bytes: {raw_read * 1e6:.1f} µs)")
    print(f"throughput:             {size / ours / 1e6:9.2f} MB/s round trip")
    print(f"ratio (raw / ours):     {baseline / ours:9.2f}  (target ≥ 0.5)")


if __name__ == "__main__":
    main()
