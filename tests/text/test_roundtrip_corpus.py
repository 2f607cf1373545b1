"""Real documents through to_text and back: parse_text(to_text(doc)) gives every fact of doc, and
to_text keeps the words of the input.

The documents are the texts of ../shared/corpus and the publishers' OCR texts of its originals.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from nghiquyet import Division, Document, parse_text, to_text
from nghiquyet.text.normalize import fold

_WORD = re.compile(r"[^\W_]+")
_FURNITURE = re.compile(r"^(?:=+\s*(?:Trang|Page)\s*\d+\s*=+|[-–]?\s*\d{1,3}\s*[-–]?)$|^\[(?:OCR|Ghi chú|Note)\]")


def _texts(corpus_dir: Path) -> list[Path]:
    return sorted(corpus_dir.glob("*.txt")) + sorted((corpus_dir / "original").glob("*.ocr.txt"))


def facts(doc: Document) -> dict[str, Any]:
    """What a reader of the document relies on: header, outline, citations, tasks, closing."""
    outline: list[tuple[tuple[str, ...], str | None]] = []

    def walk(blocks: Any, path: tuple[str, ...]) -> None:
        for block in blocks:
            here = path
            if isinstance(block, Division):
                here = (*path, block.label)
                outline.append((here, block.heading))
            walk(getattr(block, "children", ()), here)

    walk(doc.body, ())
    return {
        "header": (doc.kind, doc.system, doc.issuer, str(doc.notation), doc.place, doc.date, doc.subject),
        "conference": doc.conference,
        "secrecy": (doc.secrecy, doc.urgency, doc.circulation, doc.draft),
        "outline": outline,
        "references": [(str(r.notation), r.date, r.kind) for r in doc.references()],
        "tasks": [([b.name for b in t.lead], [b.name for b in t.partners], t.deadline) for t in doc.tasks()],
        "recipients": doc.recipients,
        "signatures": [(s.authority, s.on_behalf_of, s.position, s.signer) for s in doc.signatures],
        "notes": [sorted((s.note or "").split("; ")) for s in doc.signatures],
        "appendices": [a.title for a in doc.appendices],
    }


def test_every_fact_survives_to_text_and_back(corpus_dir: Path) -> None:
    changed: list[str] = []
    for path in _texts(corpus_dir):
        doc = parse_text(path.read_text(encoding="utf-8"))
        before, after = facts(doc), facts(parse_text(to_text(doc)))
        differ = [key for key in before if before[key] != after[key]]
        if differ:
            changed.append(f"{path.name}: {', '.join(differ)}")
    assert not changed, "\n".join(changed)


def _input_words(text: str) -> Counter[str]:
    words: Counter[str] = Counter()
    for raw in unicodedata.normalize("NFC", text).replace("\f", "\n").split("\n"):
        line = raw.strip()
        if not _FURNITURE.match(line):  # page markers and transcribers' banners are not the document's
            words.update(_key(w) for w in _WORD.findall(line))
    return words


def _key(word: str) -> str:
    return str(int(word)) if word.isdigit() else fold(word)


@pytest.mark.parametrize("share", [0.995])
def test_to_text_keeps_the_words_of_every_file(corpus_dir: Path, share: float) -> None:
    low: list[str] = []
    for path in _texts(corpus_dir):
        text = path.read_text(encoding="utf-8")
        before = _input_words(text)
        after = Counter(_key(w) for w in _WORD.findall(to_text(parse_text(text))))
        kept = 1 - sum((before - after).values()) / max(1, sum(before.values()))
        if kept < share:
            low.append(f"{path.name}: {kept:.4f}")
    assert not low, "\n".join(low)
