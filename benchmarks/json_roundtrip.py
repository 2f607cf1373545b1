"""JSON round-trip speed: to_json + from_json against raw orjson on the same data.

Run: python benchmarks/json_roundtrip.py [--seconds N]

The baseline is orjson.dumps + orjson.loads of the very dict our JSON holds, measured in
the same run, so the ratio (baseline time / our time, higher is better) does not depend
on the machine. A ratio of 1.0 would mean building and checking the typed model costs
nothing over moving the raw data. Measured on the seed and on the largest corpus
document, through the str API (to_json, from_json of the str) and the bytes API
(to_json_bytes, from_json of the bytes). Target: ≥ 0.30.
"""

from __future__ import annotations

import argparse

import orjson
from _timing import best_per_call, documents

import nghiquyet as nq


def measure(name: str, document: nq.Document, seconds: float) -> None:
    text = nq.to_json(document)
    data = text.encode("utf-8")
    raw = orjson.loads(data)
    times = best_per_call(
        {
            "baseline": lambda: orjson.loads(orjson.dumps(raw)),
            "str": lambda: nq.from_json(nq.to_json(document)),
            "bytes": lambda: nq.from_json(nq.to_json_bytes(document)),
            "write": lambda: nq.to_json_bytes(document),
            "read": lambda: nq.from_json(data),
            "raw write": lambda: orjson.dumps(raw),
            "raw read": lambda: orjson.loads(data),
        },
        seconds,
    )
    baseline = times["baseline"]
    print(f"{name}: {len(data):,} bytes of JSON")
    print(f"  raw orjson dumps+loads:        {baseline * 1e6:9.1f} µs")
    print(f"  from_json(to_json(d)):         {times['str'] * 1e6:9.1f} µs  ratio {baseline / times['str']:.2f}")
    print(f"  from_json(to_json_bytes(d)):   {times['bytes'] * 1e6:9.1f} µs  ratio {baseline / times['bytes']:.2f}")
    print(f"    to_json_bytes alone:         {times['write'] * 1e6:9.1f} µs (dumps {times['raw write'] * 1e6:.1f})")
    print(f"    from_json of bytes alone:    {times['read'] * 1e6:9.1f} µs (loads {times['raw read'] * 1e6:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=1.0, help="time to spend on each measurement")
    args = parser.parse_args()
    for name, document in documents():
        measure(name, document, args.seconds)
    print("ratio = raw / ours, measured in the same run (higher is better; target ≥ 0.30)")


if __name__ == "__main__":
    main()
