"""The real corpus (../shared/corpus) indexed: what the parser reads, citations against the facts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from _index_helpers import index_citations, index_recipients, index_tasks, model_citations, model_tasks

import nghiquyet as nq


@pytest.fixture(scope="module")
def indexed(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, nq.Index]]:
    with nq.Index(tmp_path_factory.mktemp("index") / "corpus.sqlite") as index:
        index.add([corpus_dir])
        yield corpus_dir, index


def _facts(corpus: Path) -> list[dict[str, object]]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted((corpus / "facts").glob("*.json"))]


def test_the_index_holds_what_the_parser_reads_of_every_text(indexed: tuple[Path, nq.Index]) -> None:
    corpus, index = indexed
    failed = {document.path for document in index.failures()}
    texts = sorted(corpus.glob("*.txt"))
    assert texts
    for path in texts:
        try:
            document = nq.read_document(path)
        except nq.NghiquyetError:
            assert str(path) in failed  # recorded with its error, not lost
            continue
        assert index_citations(index, path) == model_citations(document), path.name
        assert index_tasks(index, path) == model_tasks(document), path.name
        assert index_recipients(index, path) == [(r.name, r.purpose) for r in document.recipients], path.name


def test_citations_match_the_facts(indexed: tuple[Path, nq.Index]) -> None:
    corpus, index = indexed
    hit = cited = gold = 0
    for facts in _facts(corpus):
        (row,) = [d for d in index.documents() if d.path == str(corpus / str(facts["file"]))]
        wanted = set(facts["references"] or [])  # type: ignore[arg-type]
        found = {c[0] for c in index_citations(index, corpus / str(facts["file"])) if c[0]} - {row.notation}
        hit, cited, gold = hit + len(wanted & found), cited + len(found), gold + len(wanted)
    precision, recall = hit / cited, hit / gold
    assert 2 * precision * recall / (precision + recall) >= 0.95


def test_citations_of_documents_in_the_corpus_are_resolved_to_them(indexed: tuple[Path, nq.Index]) -> None:
    corpus, index = indexed
    facts = _facts(corpus)
    holders: dict[str, list[str]] = {}
    for fact in facts:
        if fact["notation"]:
            holders.setdefault(str(fact["notation"]), []).append(str(corpus / str(fact["file"])))
    checked = 0
    for fact in facts:
        for notation in fact["references"] or []:  # type: ignore[attr-defined]
            if len(holders.get(notation, [])) == 1:
                citations = [c for c in index.citing(notation) if c.path == str(corpus / str(fact["file"]))]
                assert citations, (fact["file"], notation)
                assert {c.cited_path for c in citations} == set(holders[notation]), (fact["file"], notation)
                checked += 1
    assert checked  # the corpus has at least one (002 cites 20-NQ/TW, which is 003)


def test_every_task_has_its_row_with_its_lead_bodies(indexed: tuple[Path, nq.Index]) -> None:
    _corpus, index = indexed
    for document in index.documents():
        if document.error is None and document.path.endswith(".txt"):
            parsed = list(nq.read_document(document.path).tasks())
            rows = [t for t in index.tasks() if t.path == document.path]
            assert [t.lead for t in rows] == [tuple(b.name for b in t.lead) for t in parsed]


def test_a_re_run_of_the_unchanged_corpus_reads_nothing(indexed: tuple[Path, nq.Index]) -> None:
    corpus, index = indexed
    before = [(d.path, d.sha256) for d in index.documents()]
    summary = index.add([corpus])
    assert (summary.read, summary.failed, summary.dropped) == (0, 0, 0)
    assert summary.unchanged == summary.found == len(before)
    assert [(d.path, d.sha256) for d in index.documents()] == before
