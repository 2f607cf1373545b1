"""The real originals in ../shared/corpus/original: every one reads, and reads well."""

from __future__ import annotations

import collections
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from test_ocr import needs_tesseract

import nghiquyet as nq
from nghiquyet.originals import extract


@pytest.fixture(scope="module")
def originals(corpus_dir: Path) -> Path:
    folder = corpus_dir / "original"
    if not (folder / "MANIFEST.tsv").is_file():
        pytest.skip("../shared/corpus/original is not present")
    return folder


def _gold(folder: Path, name: str) -> dict[str, object]:
    found = json.loads((folder / "facts" / f"{Path(name).stem}.json").read_text(encoding="utf-8"))
    assert isinstance(found, dict)
    return found


def _words(text: str) -> collections.Counter[str]:
    return collections.Counter(text.split())


def _recall(wanted: collections.Counter[str], got: collections.Counter[str]) -> float:
    return 1 - sum((wanted - got).values()) / sum(wanted.values())


@pytest.mark.parametrize(
    "name",
    [
        "qd1074-bxd-pccc.pdf",
        "kh2242-sct-laocai-kiem-tra-cap-gcn.docx",
        "qd-sct-laocai-thanh-lap-doan-kiem-tra.docx",
        "kh-ubnd-laocai-trien-khai-ct11-tu.docx",
    ],
)
def test_originals_give_their_notation(originals: Path, name: str) -> None:
    if not (originals / name).is_file():
        pytest.skip(f"{name} is not in the corpus")
    document = nq.read_document(originals / name)
    gold = _gold(originals, name)
    assert str(document.notation).replace(" ", "") == gold["notation"]
    assert document.issuer is not None
    assert nq.fold(document.issuer.name) == nq.fold(str(gold["issuer"]))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("name", ["006_qd294-tw-quy-dinh-thi-hanh-dieu-le-dang.pdf", "qd1074-bxd-pccc.pdf"])
def test_a_good_text_layer_keeps_its_words(originals: Path, name: str) -> None:
    if not (originals / name).is_file():
        pytest.skip(f"{name} is not in the corpus")
    reference = subprocess.run(["pdftotext", str(originals / name), "-"], capture_output=True, check=True)
    extracted = extract((originals / name).read_bytes())
    left_out = " ".join(note.message for note in extracted.notes)
    assert _recall(_words(reference.stdout.decode("utf-8")), _words(extracted.text + left_out)) >= 0.99


def test_a_broken_layer_is_noticed_on_every_page(originals: Path) -> None:
    name = "kh1105-sct-laocai-ke-hoach-kiem-tra.pdf"
    if not (originals / name).is_file():
        pytest.skip(f"{name} is not in the corpus")
    extracted = extract((originals / name).read_bytes(), ocr="never")
    assert all("garbled" in page.reason for page in extracted.pages)
    assert len(extracted.notes) >= len(extracted.pages)


@pytest.mark.ocr
@needs_tesseract
def test_a_scan_reads_by_ocr_as_its_publisher_read_it(originals: Path) -> None:
    name = "gp2507-sct-laocai-giay-phep-ban-ky.pdf"  # two pages: the CI's share of real OCR
    if not (originals / name).is_file():
        pytest.skip(f"{name} is not in the corpus")
    extracted = extract((originals / name).read_bytes())
    assert [page.method for page in extracted.pages] == ["ocr", "ocr"]
    publisher = (originals / name).with_suffix(".ocr.txt").read_text(encoding="utf-8")
    assert _recall(_words(publisher), _words(extracted.text)) >= 0.85
    document = nq.parse_text(extracted.text)
    assert str(document.notation) == _gold(originals, name)["notation"]
