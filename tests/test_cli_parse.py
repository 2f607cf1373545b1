"""The `nghiquyet parse` command."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from nghiquyet import from_akoma_ntoso, from_json, from_xml, parse_text
from nghiquyet.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ket-luan-13.txt"


def test_parse_to_json_reads_back(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert from_json(out) == parse_text(EXAMPLE.read_text(encoding="utf-8"))
    assert json.loads(out)["kind"] == "KL"


def test_parse_outline_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLE), "--to", "outline"]) == 0
    outline = capsys.readouterr().out
    assert "  II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI" in outline
    assert main(["parse", str(EXAMPLE), "--to", "text"]) == 0
    assert capsys.readouterr().out.startswith("KẾT LUẬN\nHỘI NGHỊ LẦN THỨ 13\n")
    assert main(["parse", str(EXAMPLE), "--to", "html"]) == 0
    assert "<html" in capsys.readouterr().out


def test_parse_from_stdin_with_warnings(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = "[OCR] bản quét\nNGHỊ QUYẾT\nvề việc\n\n1. Nội dung.\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["parse", "-", "--to", "outline"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Nghị quyết\n")
    assert "<stdin>: line 1: transcriber's note" in captured.err


def test_parse_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Quyết định của Đảng".encode("cp1258", errors="replace"))  # the old Windows code page
    assert main(["parse", str(latin)]) == 1
    assert "not UTF-8" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["parse", str(EXAMPLE), "--to", "pdf"])
    assert main(["parse", str(EXAMPLE), "-o", str(EXAMPLE)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err


def test_parse_to_every_format_and_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = parse_text(EXAMPLE.read_text(encoding="utf-8"))
    assert main(["parse", str(EXAMPLE), "--to", "xml"]) == 0
    assert from_xml(capsys.readouterr().out) == expected
    assert main(["parse", str(EXAMPLE), "--to", "akn"]) == 0
    assert from_akoma_ntoso(capsys.readouterr().out) == expected
    assert main(["parse", str(EXAMPLE), "-o", str(tmp_path / "kl.akn.xml")]) == 0
    assert from_akoma_ntoso((tmp_path / "kl.akn.xml").read_bytes()) == expected


def test_parse_to_a_file_of_unknown_extension_needs_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "kl.htm"
    assert main(["parse", str(EXAMPLE), "-o", str(target)]) == 2
    assert "say the output format with --to" in capsys.readouterr().err
    assert not target.exists()
    assert main(["parse", str(EXAMPLE), "-o", str(target), "--to", "html"]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_parse_reads_unicode_text_as_word_and_notepad_save_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    source = tmp_path / "saved.txt"
    source.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode(encoding))  # with its byte order mark
    assert main(["parse", str(source)]) == 0
    assert from_json(capsys.readouterr().out) == parse_text(EXAMPLE.read_text(encoding="utf-8"))
