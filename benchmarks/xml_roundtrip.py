"""XML speed: to_xml + from_xml against raw lxml on the same tree, and validate throughput.

Run: python benchmarks/xml_roundtrip.py [--seconds N] [--files N] [--jobs N]

1. Round trip. The baseline rebuilds the very tree to_xml writes, element by element
   with lxml (etree.Element / SubElement, tags, attributes, text and tails from a
   plain nested structure), serialises it with etree.tostring, parses it back with
   etree.fromstring and walks every element reading its tag, attributes, text and tail.
   Ours is nghiquyet.to_xml + nghiquyet.from_xml, which also check the input against the
   XSD and build the typed model. The ratio is baseline time / our time (higher is
   better; 1.0 would mean the typed model, the hardened parser and the schema check cost
   nothing), measured in the same run so that it does not depend on the machine.
2. validate. A temporary folder of N files (the seed as XML and as JSON, one in a
   hundred broken) is validated with nghiquyet.validate_many on every core; files per
   second, and peak resident memory of the main process and of the largest worker.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from _timing import SEED, best_per_call, documents
from lxml import etree

import nghiquyet as nq
from nghiquyet.files import document_files

Node = tuple[str, dict[str, str], str | None, str | None, list[Any]]


def plain(element: etree._Element) -> Node:
    """The tree as nested tuples: what a raw lxml program would build from."""
    return (element.tag, dict(element.attrib), element.text, element.tail, [plain(c) for c in element])


def build(node: Node, parent: etree._Element | None = None) -> etree._Element:
    tag, attrib, text, tail, children = node
    element = (
        etree.Element(tag, attrib, nsmap={None: nq.formats.xml.NAMESPACE})
        if parent is None
        else etree.SubElement(parent, tag, attrib)
    )
    element.text = text
    element.tail = tail
    for child in children:
        build(child, element)
    return element


def walk(element: etree._Element) -> int:
    seen = 0
    for node in element.iter():
        seen += len(node.tag) + len(node.attrib) + len(node.text or "") + len(node.tail or "")
    return seen


def raw_round_trip(tree: Node) -> int:
    data = etree.tostring(build(tree), encoding="UTF-8", xml_declaration=True)
    return walk(etree.fromstring(data))


def round_trip(name: str, document: nq.Document, seconds: float) -> None:
    xml = nq.to_xml(document)
    tree = plain(etree.fromstring(xml))
    # The same tree, indentation included (to_xml ends with a newline after the root).
    assert etree.tostring(build(tree), encoding="UTF-8", xml_declaration=True) + b"\n" == xml

    schema = nq.formats.xml.xml_schema()
    root = etree.fromstring(xml)
    times = best_per_call(
        {
            "ours": lambda: nq.from_xml(nq.to_xml(document)),
            "baseline": lambda: raw_round_trip(tree),
            "write": lambda: nq.to_xml(document),
            "read": lambda: nq.from_xml(xml),
            "check": lambda: schema.validate(root),
        },
        seconds,
    )
    ours, baseline, write, read, check = (times[k] for k in ("ours", "baseline", "write", "read", "check"))

    print(f"{name} as XML: {len(xml):,} bytes, {sum(1 for _ in root.iter())} elements")
    print(f"  raw lxml build+tostring+fromstring+walk: {baseline * 1e6:9.1f} µs")
    print(f"  to_xml + from_xml:                       {ours * 1e6:9.1f} µs  ratio {baseline / ours:.2f}")
    print(f"    to_xml alone:                          {write * 1e6:9.1f} µs")
    print(f"    from_xml alone:                        {read * 1e6:9.1f} µs")
    print(f"      of which the XSD check:              {check * 1e6:9.1f} µs")


def make_folder(folder: Path, count: int) -> None:
    document = nq.from_json(SEED.read_bytes())
    xml = nq.to_xml(document)
    json = nq.to_json(document, indent=True)
    for index in range(count):
        sub = folder / f"{index // 1000:02}"
        sub.mkdir(exist_ok=True)
        if index % 100 == 99:
            (sub / f"{index:05}.xml").write_bytes(xml[: len(xml) // 2])
        elif index % 2:
            (sub / f"{index:05}.json").write_bytes(json)
        else:
            (sub / f"{index:05}.xml").write_bytes(xml)


def throughput(count: int, jobs: int | None) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        make_folder(folder, count)
        started = time.perf_counter()
        files = invalid = 0
        for report in nq.validate_many(document_files([folder]), jobs=jobs):
            files += 1
            invalid += not report.ok
        elapsed = time.perf_counter() - started
    main_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"validate: {files} files ({invalid} invalid) in {elapsed:.2f} s = {files / elapsed:,.0f} files/s")
    print(f"peak memory: main process {main_kb / 1024:.0f} MiB, largest worker {worker_kb / 1024:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=1.0, help="time to spend on each measurement")
    parser.add_argument("--files", type=int, default=10_000, help="files in the validate folder (0: skip)")
    parser.add_argument("--jobs", type=int, default=None, help="validate processes (default: every core)")
    args = parser.parse_args()
    for name, document in documents():
        round_trip(name, document, args.seconds)
    print("ratio = raw lxml / ours, measured in the same run (higher is better; target ≥ 0.75)")
    if args.files:
        throughput(args.files, args.jobs)


if __name__ == "__main__":
    main()
