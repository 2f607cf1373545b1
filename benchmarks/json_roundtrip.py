"""JSON round-trip speed: to_json + from_json against raw orjson on the same data.

Run: python benchmarks/json_roundtrip.py [--seconds N]

The baseline is orjson.dumps + orjson.loads of the very dict our JSON holds, measured in
the same run, so the ratio (baseline time / our time, higher is better) does not depend
on the machine. A ratio of 1.0 would mean building and checking the typed model costs
nothing over moving the raw data. Measured on the seed and on the largest corpus
document: the round trip from_json(to_json(d)) (to_json writes bytes), and beside it the
same through a str (from_json(to_json(d).decode())), as a program holding text pays.
Target: ≥ 0.30.
"""

from __future__ import annotations

import argparse

import orjson
from _timing import best_per_call, documents

import nghiquyet as nq


def measure(name: str, document: nq.Document, seconds: float) -> None:
    data = nq.to_json(document)
    raw = orjson.loads(data)
    times = best_per_call(
        {
            "baseline": lambda: orjson.loads(orjson.dumps(raw)),
            "ours": lambda: nq.from_json(nq.to_json(document)),
            "str": lambda: nq.from_json(nq.to_json(document).decode()),
            "write": lambda: nq.to_json(document),
            "read": lambda: nq.from_json(data),
            "raw write": lambda: orjson.dumps(raw),
            "raw read": lambda: orjson.loads(data),
        },
        seconds,
    )
    baseline, ours, through_str = times["baseline"], times["ours"], times["str"]
    print(f"{name}: {len(data):,} bytes of JSON")
    print(f"  raw orjson dumps+loads:            {baseline * 1e6:9.1f} µs")
    print(f"  from_json(to_json(d)):             {ours * 1e6:9.1f} µs  ratio {baseline / ours:.2f}")
    write, read = times["write"] * 1e6, times["read"] * 1e6
    print(f"    to_json alone:                   {write:9.1f} µs  (orjson.dumps {times['raw write'] * 1e6:.1f})")
    print(f"    from_json alone:                 {read:9.1f} µs  (orjson.loads {times['raw read'] * 1e6:.1f})")
    print(f"  from_json(to_json(d).decode()):    {through_str * 1e6:9.1f} µs  ratio {baseline / through_str:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=1.0, help="time to spend on each measurement")
    args = parser.parse_args()
    for name, document in documents():
        measure(name, document, args.seconds)
    print("ratio = raw / ours, measured in the same run (higher is better; target ≥ 0.30)")


if __name__ == "__main__":
    main()
