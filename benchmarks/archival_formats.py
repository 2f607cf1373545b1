"""Speed of the Akoma Ntoso and edXML formats, as ratios against raw lxml in the same run.

Run: python benchmarks/archival_formats.py

Baselines: serialising and parsing the very same XML with lxml alone (no model), so the
ratio (baseline time / our time, higher is better) says what the mapping to and from the
model costs on top of the XML work itself, whatever the machine.
"""

from __future__ import annotations

import timeit
from pathlib import Path

from lxml import etree

import nghiquyet as nq
from nghiquyet.formats.akn import validate_akoma_ntoso

SEED = Path(__file__).resolve().parents[1] / "examples" / "ket-luan-13.json"


def _best(function: object, number: int = 200) -> float:
    return min(timeit.repeat(function, number=number, repeat=5)) / number  # type: ignore[arg-type]


def main() -> None:
    doc = nq.from_json(SEED.read_bytes())
    akn = nq.to_akoma_ntoso(doc)
    edxml = nq.to_edxml(doc)
    akn_tree = etree.fromstring(akn)
    edxml_tree = etree.fromstring(edxml)
    cases = [
        ("to_akoma_ntoso / lxml tostring", lambda: nq.to_akoma_ntoso(doc), lambda: etree.tostring(akn_tree)),
        ("from_akoma_ntoso / lxml fromstring", lambda: nq.from_akoma_ntoso(akn), lambda: etree.fromstring(akn)),
        ("validate_akoma_ntoso / lxml fromstring", lambda: validate_akoma_ntoso(akn), lambda: etree.fromstring(akn)),
        ("to_edxml / lxml tostring", lambda: nq.to_edxml(doc), lambda: etree.tostring(edxml_tree)),
        ("from_edxml / lxml fromstring", lambda: nq.from_edxml(edxml), lambda: etree.fromstring(edxml)),
    ]
    rows = [(name, _best(ours), _best(raw)) for name, ours, raw in cases]
    print(f"seed document: {SEED.name}, Akoma Ntoso {len(akn)} bytes, edXML {len(edxml)} bytes")
    for name, ours, raw in rows:
        print(f"{name:42s} ratio (raw / ours) {raw / ours:5.2f}   ({ours * 1e6:8.1f} µs, raw {raw * 1e6:7.1f} µs)")


if __name__ == "__main__":
    main()
