"""Validate document files and report the problems, as an archivist would.

Run: python examples/validate_and_report.py PATH [PATH ...]
     (files or folders of .xml and .json; default: this examples folder)

Prints one line per problem ("file:line: severity rule message") and a summary, and
exits 1 when any file has an error: the same contract as `nghiquyet validate`, here
written with the Python API so that you can fold it into your own tools.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import nghiquyet as nq


def files_under(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        found.extend(p for p in candidates if p.suffix in {".xml", ".json"} and p.is_file())
    return found


def main(paths: list[Path]) -> int:
    counts: Counter[str] = Counter()
    invalid = 0
    for file in files_under(paths):
        report = nq.validate(file)
        for problem in report.problems:
            print(problem)
            counts[problem.severity] += 1
        invalid += not report.ok
    print(f"{invalid} invalid file(s); {counts['error']} error(s), {counts['warning']} warning(s)")
    return 1 if invalid else 0


if __name__ == "__main__":
    arguments = [Path(a) for a in sys.argv[1:]] or [Path(__file__).parent]
    sys.exit(main(arguments))
