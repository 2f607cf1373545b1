"""How long `import nghiquyet` takes, against `import lxml.etree` in the same run.

Run: python benchmarks/import_time.py [--runs N]

Each statement runs in fresh interpreters (`python -c ...`), interleaved, and the best of
N runs counts; the time of an interpreter that imports nothing is taken off, so the
figures are the imports alone. Beside the bare import: the import and first use of the
JSON API (what a program that reads JSON loads), of parse_text, and of every public name
(what the whole library loads). Target: import nghiquyet ≤ 120 ms, on a machine where
import lxml.etree takes about 31 ms (ratio ≤ 3.9). For where the time goes:
`python -X importtime -c "import nghiquyet"`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

STATEMENTS = {
    "python, nothing imported": "pass",
    "import lxml.etree": "import lxml.etree",
    "import nghiquyet": "import nghiquyet",
    "  + from_json, to_json": "import nghiquyet as nq; nq.from_json, nq.to_json",
    "  + parse_text": "import nghiquyet as nq; nq.parse_text",
    "  + every public name": "import nghiquyet as nq; [getattr(nq, name) for name in nq.__all__]",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per statement")
    args = parser.parse_args()
    best = dict.fromkeys(STATEMENTS, float("inf"))
    for _ in range(args.runs):
        for name, code in STATEMENTS.items():
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            best[name] = min(best[name], time.perf_counter() - started)
    startup = best.pop("python, nothing imported")
    lxml = best["import lxml.etree"] - startup
    print(f"interpreter start-up (taken off below): {startup * 1e3:6.1f} ms")
    for name, taken in best.items():
        alone = taken - startup
        print(f"{name:28s} {alone * 1e3:7.1f} ms   {alone / lxml:5.2f} × import lxml.etree")


if __name__ == "__main__":
    main()
