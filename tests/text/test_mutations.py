"""Corpus files with their layout changed: the same facts (from the hand-written facts files) come out.

Each mutation is one a real copy shows elsewhere in the corpus: a header printed in two columns
(pdftotext -layout) instead of one field per line, Arabic numbers printed "1-" instead of "1.",
Roman numbers "I-" instead of "I.", paragraphs wrapped at another width.
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from pathlib import Path

import pytest

from nghiquyet import Division, parse_text

_ONE_PER_LINE = ["026_kl3-du-conghai-hn-bch-lan2", "030_tb17-du-conghai-tbkl-btv-30-9-2025"]


def _gold(corpus_dir: Path, stem: str) -> dict[str, object]:
    return json.loads((corpus_dir / "facts" / f"{stem}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _text(corpus_dir: Path, stem: str) -> str:
    return (corpus_dir / f"{stem}.txt").read_text(encoding="utf-8")


def _check(text: str, gold: dict[str, object]) -> None:
    doc = parse_text(text)
    assert doc.kind is not None
    assert doc.kind.code == gold["kind"]
    assert doc.issuer is not None
    assert doc.issuer.name.casefold() == str(gold["issuer"]).casefold()
    assert doc.place == gold["place"]
    assert str(doc.notation) == gold["notation"] or gold["number"] is not None
    top = [(b.label, b.heading) for b in doc.body if isinstance(b, Division)]
    assert [label for label, _ in top] == [t["label"] for t in gold["top_level"]]  # type: ignore[attr-defined]
    assert [s.signer for s in doc.signatures][:1] == [s["signer"] for s in gold["signatures"]][:1]  # type: ignore[attr-defined]
    # the purpose in parentheses is the recipient's purpose, not its name
    names = [re.sub(r"\s*\([^()]*\)", "", r).strip() for r in gold["recipients"]]  # type: ignore[attr-defined]
    assert [r.name for r in doc.recipients] == names


def _two_columns(text: str) -> str:
    """Lines 1-6 (parent, issuer, *, Số, motto, place and date) laid out as pdftotext -layout prints them."""
    lines = text.split("\n")
    parent, issuer, star, number, motto, place = lines[:6]
    header = [
        f"{parent:<40}{motto}",
        issuer,
        f"{star:^22}",
        f"{number:<40}{place}",
    ]
    return "\n".join(header + lines[6:])


@pytest.mark.parametrize("stem", _ONE_PER_LINE)
def test_header_in_two_columns(corpus_dir: Path, stem: str) -> None:
    _check(_two_columns(_text(corpus_dir, stem)), _gold(corpus_dir, stem))


@pytest.mark.parametrize("stem", _ONE_PER_LINE)
def test_numbers_printed_with_dashes(corpus_dir: Path, stem: str) -> None:
    text = re.sub(r"(?m)^([IVX]+|\d{1,2})\. ", r"\1- ", _text(corpus_dir, stem))
    _check(text, _gold(corpus_dir, stem))


@pytest.mark.parametrize("stem", _ONE_PER_LINE)
def test_paragraphs_wrapped_at_another_width(corpus_dir: Path, stem: str) -> None:
    text = _text(corpus_dir, stem)
    head, _, body = text.partition("-----\n")
    closing = body.index("Nơi nhận")
    paragraphs = re.split(r"\n(?=(?:[IVX]+|\d{1,2})\. |- |\+ )", body[:closing])
    wrapped = "\n".join(textwrap.fill(p.replace("\n", " "), width=62) for p in paragraphs)
    _check(f"{head}-----\n{wrapped}\n{body[closing:]}", _gold(corpus_dir, stem))


@pytest.mark.parametrize("stem", _ONE_PER_LINE)
def test_page_breaks_and_decomposed_accents(corpus_dir: Path, stem: str) -> None:
    """Form feeds with page numbers every 25 lines (pdftotext) and NFD accents (some exports)."""
    lines = _text(corpus_dir, stem).split("\n")
    paged: list[str] = []
    for index, line in enumerate(lines):
        if index and index % 25 == 0:
            paged.append(f"\f- {index // 25 + 1} -")
        paged.append(line)
    text = unicodedata.normalize("NFD", "\n".join(paged))
    _check(text, _gold(corpus_dir, stem))
