"""Scans and images: Tesseract with its Vietnamese data, and a clear error without it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from made_originals import BODY, HEADER, make_pdf, make_png

import nghiquyet as nq
from nghiquyet.originals import extract, ocr


def _has_vie() -> bool:
    program = shutil.which("tesseract")
    if program is None:
        return False
    listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, check=False)
    return "vie" in (listed.stdout + listed.stderr).split()


needs_tesseract = pytest.mark.skipif(not _has_vie(), reason="tesseract with Vietnamese data (vie) is not installed")


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    ocr.require_tesseract.cache_clear()
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    yield
    ocr.require_tesseract.cache_clear()


def test_without_tesseract_one_error_names_the_packages(no_tesseract: None, tmp_path: Path) -> None:
    (tmp_path / "scan.png").write_bytes(make_png(make_pdf([HEADER])))
    with pytest.raises(nq.NghiquyetError, match=r"tesseract-ocr and tesseract-ocr-vie") as raised:
        nq.read_document(tmp_path / "scan.png")
    assert raised.value.file == str(tmp_path / "scan.png")


def test_ocr_never_reads_a_scan_as_nothing_and_says_so(no_tesseract: None) -> None:
    extracted = extract(make_png(make_pdf([HEADER])), ocr="never")
    assert extracted.text == ""
    assert "OCR is turned off" in extracted.notes[0].message


@pytest.mark.ocr
@needs_tesseract
def test_a_scanned_page_reads_by_ocr(tmp_path: Path) -> None:
    (tmp_path / "scan.png").write_bytes(make_png(make_pdf([HEADER + BODY])))
    document = nq.read_document(tmp_path / "scan.png")
    assert str(document.notation) == "706-KL/TU"
    assert document.date is not None
    assert document.date.isoformat() == "2023-10-06"
    confidence = [w.message for w in document.warnings if "read by OCR" in w.message]
    assert confidence
    assert "mean word confidence" in confidence[0]


@pytest.mark.ocr
@needs_tesseract
def test_ocr_always_reads_a_text_layer_page_by_ocr() -> None:
    extracted = extract(make_pdf([HEADER]), ocr="always")
    assert [page.method for page in extracted.pages] == ["ocr"]
    assert "THUẬN THÀNH" in extracted.text


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("26/2026/TT-BCTngày", "26/2026/TT-BCT ngày"),
        ("/KH-ĐKTngày10/3/2026", "/KH-ĐKT ngày 10/3/2026"),
        ("UBNDtỉnh", "UBND tỉnh"),
        ("38-CT/TTg", "38-CT/TTg"),
        ("866/QĐ-Tg", "866/QĐ-Tg"),
        ("Nguyễn", "Nguyễn"),
        ("VLNCN", "VLNCN"),
        ("km2", "km2"),
    ],
)
def test_words_ocr_ran_together_are_parted(read: str, meant: str) -> None:
    assert ocr.unglue(read) == meant


def test_a_page_tesseract_does_not_finish_is_a_library_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A stuck page must not hang a folder's indexing: the run is bounded and said so.
    seen: dict[str, object] = {}

    def stuck(command: list[str], **options: object) -> subprocess.CompletedProcess[bytes]:
        seen.update(options)
        raise subprocess.TimeoutExpired(command, float(str(options["timeout"])))

    monkeypatch.setattr(ocr, "require_tesseract", lambda: "tesseract")
    monkeypatch.setattr(ocr.subprocess, "run", stuck)
    with pytest.raises(nq.NghiquyetError, match="was stopped"):
        ocr._run(b"P5\n1 1\n255\n\x00")
    assert seen["timeout"] == ocr.PAGE_TIMEOUT


def test_ocr_in_a_worker_of_a_pool_reads_one_page_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # validate_many and the index already run one process per core: a thread per core in
    # each of them would run cores × cores Tesseracts.
    made: list[int] = []
    real_pool = ocr.ThreadPoolExecutor

    def pool(max_workers: int) -> object:
        made.append(max_workers)
        return real_pool(max_workers=max_workers)

    monkeypatch.setattr(ocr, "require_tesseract", lambda: "tesseract")
    monkeypatch.setattr(ocr, "_run", lambda image: [])
    monkeypatch.setattr(ocr, "ThreadPoolExecutor", pool)
    monkeypatch.setattr(ocr.os, "cpu_count", lambda: 4)
    ocr.ocr_images([b"a", b"b"], total=2)
    monkeypatch.setattr(ocr.multiprocessing, "parent_process", lambda: object())
    ocr.ocr_images([b"a", b"b"], total=2)
    assert made == [4, 1]
