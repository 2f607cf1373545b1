"""Parse a folder of text files (Word/PDF exports, markdown, OCR) and save each as XML.

Run: python examples/parse_folder_to_xml.py [IN_FOLDER] [OUT_FOLDER]
     (defaults: this examples folder, and ./xml-out)

Every *.txt file becomes OUT_FOLDER/<name>.xml in the native XML format. What the
parser could not place is printed as "file:line: warning", so a person can look.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nghiquyet as nq


def convert_folder(source: Path, target: Path) -> int:
    """Convert every text file of ``source``; returns how many were written."""
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    for text_file in sorted(source.glob("*.txt")):
        document = nq.parse_text(text_file.read_text(encoding="utf-8"))
        for warning in document.warnings:
            print(f"{text_file.name}:{warning.line or '?'}: {warning.message}")
        (target / f"{text_file.stem}.xml").write_bytes(nq.to_xml(document))
        title = " ".join(str(x) for x in (document.kind.label if document.kind else "?", document.notation) if x)
        print(f"{text_file.name}: {title}, {sum(1 for _ in document.divisions())} divisions")
        written += 1
    return written


if __name__ == "__main__":
    here = Path(__file__).parent
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else here
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("xml-out")
    print(f"{convert_folder(source, target)} file(s) written to {target}")
