"""The real documents of ../shared/corpus: every fact of the facts files, and no word lost."""

from __future__ import annotations

import difflib
import importlib.util
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from nghiquyet import from_json, parse_text, to_json, to_text
from nghiquyet.text.normalize import fold

_WORD = re.compile(r"[^\W_]+")
_PAGE = re.compile(r"^(?:=+\s*Trang\s*\d+\s*=+|[-–]?\s*\d{1,3}\s*[-–]?)$")


@pytest.fixture(scope="module")
def scorer(shared_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_corpus", shared_dir / "tools" / "score_corpus.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_scores_at_least_095(scorer: ModuleType, corpus_dir: Path) -> None:
    scores: list[float] = []
    report: list[str] = []
    for facts_file in sorted((corpus_dir / "facts").glob("*.json")):
        gold = json.loads(facts_file.read_text(encoding="utf-8"))
        text_file = corpus_dir / gold["file"]
        if not text_file.exists():
            continue
        predicted = scorer.facts_of(parse_text(text_file.read_text(encoding="utf-8")))
        fields = scorer.compare(gold, predicted)
        scores.extend(fields.values())
        for key, value in fields.items():
            if value < 1:
                report.append(f"{gold['file']}: {key}={value:.2f}")
    assert scores, "no corpus file with facts"
    overall = sum(scores) / len(scores)
    assert overall >= 0.95, f"overall {overall:.3f}; differs: " + "; ".join(report)


def _input_words(text: str) -> list[str]:
    """Words of the input: letters and digits of every line that is not page furniture or a banner."""
    out: list[str] = []
    for raw in unicodedata.normalize("NFC", text).replace("\f", "\n").split("\n"):
        line = raw.strip()
        if _PAGE.match(line) or line.startswith("[OCR]"):
            continue
        out.extend(_WORD.findall(line))
    return out


def _key(word: str) -> str:
    """Words compare through the folding key, numbers by value ("05" is "5")."""
    return str(int(word)) if word.isdigit() else fold(word)


def _corpus_files(corpus_dir: Path) -> list[Path]:
    return sorted(corpus_dir.glob("*.txt"))


def test_no_word_is_lost_and_order_is_kept(corpus_dir: Path) -> None:
    problems: list[str] = []
    for path in _corpus_files(corpus_dir):
        text = path.read_text(encoding="utf-8")
        before = [_key(w) for w in _input_words(text)]
        after = [_key(w) for w in _WORD.findall(to_text(parse_text(text)))]
        missing = Counter(before) - Counter(after)
        if missing:
            problems.append(f"{path.name}: missing {dict(missing)}")
        matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
        in_order = sum(block.size for block in matcher.get_matching_blocks()) / max(1, len(before))
        # The two columns of a header or closing are printed one after the other, and a portal's page
        # title above a header is printed after it (in the preamble): a little reordering only.
        if in_order < 0.97:
            problems.append(f"{path.name}: only {in_order:.3f} of the words in order")
    assert not problems, "\n".join(problems)


def test_every_text_line_lands_in_the_model(corpus_dir: Path) -> None:
    for path in _corpus_files(corpus_dir):
        doc = parse_text(path.read_text(encoding="utf-8"))
        assert doc.kind is not None, path.name
        assert doc.body, path.name


def test_parsed_documents_travel_through_json(corpus_dir: Path) -> None:
    for path in _corpus_files(corpus_dir):
        doc = parse_text(path.read_text(encoding="utf-8"))
        assert from_json(to_json(doc)) == doc, path.name
