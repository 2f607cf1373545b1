"""Folder validation: nghiquyet.validate_many against `xmllint --schema` on the same files and cores.

Run: python benchmarks/validate_folder.py [--files N] [--jobs N]   (xmllint: Debian libxml2-utils)

A temporary folder holds N native XML files (the seed document, one in a hundred cut in
half so that it is broken). xmllint checks well-formedness and the XSD only, in as many
processes as we use (xargs -P); validate_many also reads the model and applies the domain
rules. Printed: files per second of each, their ratio (xmllint time / ours, higher is
better; target ≥ 0.5), and the peak resident memory of our main process and of the
largest worker (target ≤ 100 MB however many files). The ratio of CPU time (every
process's, workers and xmllint children included) is printed too: on a shared machine the
wall-clock ratio moves with the other load, the CPU ratio much less.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import tempfile
import time
from importlib import resources
from pathlib import Path

from _timing import SEED

import nghiquyet as nq


def make_folder(folder: Path, count: int) -> list[Path]:
    xml = nq.to_xml(nq.from_json(SEED.read_bytes()))
    paths = []
    for index in range(count):
        sub = folder / f"{index // 1000:02}"
        sub.mkdir(exist_ok=True)
        path = sub / f"{index:05}.xml"
        path.write_bytes(xml[: len(xml) // 2] if index % 100 == 99 else xml)
        paths.append(path)
    return paths


def cpu_seconds() -> float:
    """CPU time so far of this process and of every child process waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=3000, help="files in the folder")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes, for both")
    args = parser.parse_args()
    xmllint = shutil.which("xmllint")
    with tempfile.TemporaryDirectory() as name:
        paths = make_folder(Path(name), args.files)
        started, cpu = time.perf_counter(), cpu_seconds()
        invalid = sum(not report.ok for report in nq.validate_many(paths, jobs=args.jobs))
        ours, our_cpu = time.perf_counter() - started, cpu_seconds() - cpu
        print(f"nghiquyet.validate_many: {args.files} files ({invalid} invalid), {args.jobs} processes")
        print(f"  {ours:.2f} s = {args.files / ours:,.0f} files/s")
        main_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        worker_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"  peak memory: main process {main_kb / 1024:.0f} MiB, largest worker {worker_kb / 1024:.0f} MiB")
        if xmllint is None:
            print("xmllint not found: install libxml2-utils for the comparison")
            return
        with resources.as_file(resources.files("nghiquyet.formats").joinpath("schemas", "nghiquyet-1.xsd")) as xsd:
            listing = "\0".join(str(p) for p in paths).encode()
            command = ["xargs", "-0", "-P", str(args.jobs), "-n", "200", xmllint, "--noout", "--schema", str(xsd)]
            started, cpu = time.perf_counter(), cpu_seconds()
            subprocess.run(command, input=listing, capture_output=True, check=False)
            theirs, their_cpu = time.perf_counter() - started, cpu_seconds() - cpu
        print(f"xmllint --schema (xargs -P {args.jobs}): {theirs:.2f} s = {args.files / theirs:,.0f} files/s")
        print(f"ratio (xmllint time / ours): {theirs / ours:.2f}  (target ≥ 0.5)")
        print(f"CPU time: ours {our_cpu:.2f} s, xmllint {their_cpu:.2f} s, ratio {their_cpu / our_cpu:.2f}")


if __name__ == "__main__":
    main()
