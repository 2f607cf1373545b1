"""The command line reads originals: parse X.pdf -o X.xml gives a valid file; show X.docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from made_originals import BODY, CLOSING, HEADER, make_pdf
from test_docx import make_docx

from nghiquyet.cli import main


def test_parse_a_pdf_to_valid_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "kl.pdf").write_bytes(make_pdf([HEADER + BODY + CLOSING]))
    assert main(["parse", str(tmp_path / "kl.pdf"), "-o", str(tmp_path / "kl.xml")]) == 0
    assert main(["validate", "--today", "2024-01-01", str(tmp_path / "kl.xml")]) == 0
    assert "1 valid" in capsys.readouterr().out


def test_show_a_word_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "kl.docx").write_bytes(make_docx())
    assert main(["show", "--ocr", "never", str(tmp_path / "kl.docx")]) == 0
    out = capsys.readouterr().out
    assert "706-KL/TU" in out
    assert "I. ĐÁNH GIÁ TÌNH HÌNH" in out


def test_ocr_takes_only_its_modes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "kl.pdf").write_bytes(make_pdf([BODY]))
    with pytest.raises(SystemExit) as exited:
        main(["show", "--ocr", "sometimes", str(tmp_path / "kl.pdf")])
    assert exited.value.code == 2
    assert main(["render", "--ocr", "never", str(tmp_path / "kl.pdf"), "-o", str(tmp_path / "kl.html")]) == 0
    assert (tmp_path / "kl.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
