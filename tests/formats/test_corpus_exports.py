"""Every real document of ../shared/corpus, once parsed, travels through every format."""

from __future__ import annotations

from pathlib import Path

import pytest

import nghiquyet as nq
from nghiquyet.formats.akn import validate_akoma_ntoso


def _texts(corpus_dir: Path) -> list[Path]:
    return sorted(corpus_dir.glob("*.txt"))


@pytest.fixture(scope="module")
def parsed(corpus_dir: Path) -> list[tuple[str, nq.Document]]:
    return [(path.name, nq.parse_text(path.read_text(encoding="utf-8"))) for path in _texts(corpus_dir)]


def test_there_are_corpus_documents(parsed: list[tuple[str, nq.Document]]) -> None:
    assert len(parsed) >= 10


def test_every_corpus_document_exports_to_valid_akoma_ntoso(parsed: list[tuple[str, nq.Document]]) -> None:
    for name, document in parsed:
        akn = nq.to_akoma_ntoso(document)
        assert validate_akoma_ntoso(akn) == [], name
        assert nq.from_akoma_ntoso(akn) == document, name


def test_every_corpus_document_round_trips_through_native_xml(parsed: list[tuple[str, nq.Document]]) -> None:
    for name, document in parsed:
        xml = nq.to_xml(document)
        assert nq.from_xml(xml) == document, name
        problems = [p for p in nq.validate(xml).problems if p.rule in {"xsd", "model", "xml-syntax"}]
        assert problems == [], name


def test_every_corpus_document_keeps_its_header_in_edxml(parsed: list[tuple[str, nq.Document]]) -> None:
    for name, document in parsed:
        header = nq.from_edxml(nq.to_edxml(document))
        assert (header.notation, header.date, header.subject) == (document.notation, document.date, document.subject)
        assert [s.signer for s in header.signatures] == [s.signer for s in document.signatures], name
