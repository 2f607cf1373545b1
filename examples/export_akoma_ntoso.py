"""Export a document to Akoma Ntoso 3.0 and edXML, and read both back.

Run: python examples/export_akoma_ntoso.py [DOCUMENT.json] [OUT_FOLDER]
     (defaults: the seed document examples/ket-luan-13.json, and the current folder)

Akoma Ntoso keeps the whole document (the output is valid against the OASIS schema
that ships in the package); the edXML header keeps the header fields national exchange
systems read (notation, date, place, subject, kind, signer, recipients).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nghiquyet as nq


def export(source: Path, target: Path) -> None:
    document = nq.from_json(source.read_bytes())
    akn, edxml = nq.to_akoma_ntoso(document), nq.to_edxml(document)
    (target / f"{source.stem}.akn.xml").write_bytes(akn)
    (target / f"{source.stem}.edxml.xml").write_bytes(edxml)

    assert nq.from_akoma_ntoso(akn) == document, "Akoma Ntoso keeps everything"
    header = nq.from_edxml(edxml)
    assert (header.subject, header.recipients) == (document.subject, document.recipients)
    report = nq.validate(akn)
    print(
        f"{source.name}: Akoma Ntoso {len(akn)} bytes ({'valid' if report.ok else 'INVALID'}), edXML {len(edxml)} bytes"
    )


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("ket-luan-13.json")
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path()
    export(source, target)
