"""The command line's inputs and outputs (issue 12): standard input and output for every
command, refusals before any reading, read-only outputs, empty inputs, PDF, --version."""

from __future__ import annotations

import importlib.metadata
import io
import os
import stat
import sys
from pathlib import Path

import pytest

import nghiquyet as nq
from _sample import full_document
from nghiquyet.cli import main

TODAY = "2026-11-27"
EXAMPLE_TEXT = Path(__file__).resolve().parents[1] / "examples" / "ket-luan-13.txt"
ROOT_CAN_WRITE_ANYTHING = hasattr(os, "geteuid") and os.geteuid() == 0


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# -- 7. standard input and output ------------------------------------------------------------


def test_show_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, nq.to_json(full_document()))
    status, out, _ = _run(capsys, "show", "-")
    assert status == 0
    assert out == nq.formats.get("outline").write(full_document()).decode()


@pytest.mark.parametrize("output", [["-o", "-"], []])
def test_parse_writes_standard_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], output: list[str]
) -> None:
    _stdin(monkeypatch, EXAMPLE_TEXT.read_bytes())
    status, out, _ = _run(capsys, "parse", "-", "--to", "xml", *output)
    assert status == 0
    assert nq.from_xml(out.encode()) == nq.parse_text(EXAMPLE_TEXT.read_text(encoding="utf-8"))


@pytest.mark.parametrize("output", [["-"], ["-o", "-"]])
def test_convert_from_standard_input_to_standard_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], output: list[str]
) -> None:
    _stdin(monkeypatch, nq.to_json(full_document()))
    status, out, _ = _run(capsys, "convert", "-", *output, "--to", "akn")
    assert status == 0
    assert nq.from_akoma_ntoso(out.encode()) == nq.from_akoma_ntoso(nq.to_akoma_ntoso(full_document()))


def test_convert_to_standard_output_needs_the_format(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, nq.to_json(full_document()))
    status, out, err = _run(capsys, "convert", "-", "-")
    assert status == 2
    assert out == ""
    assert "--to" in err


def test_render_from_standard_input_to_standard_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, nq.to_xml(full_document()))
    status, out, _ = _run(capsys, "render", "-", "-o", "-")
    assert status == 0
    assert out.encode() == nq.to_html(full_document())


def test_validate_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    xml = nq.to_xml(full_document())
    _stdin(monkeypatch, xml.replace(b"</Subject>", b"</Subjet>"))
    status, out, _ = _run(capsys, "validate", "--today", TODAY, "-")
    assert status == 1
    first, *_, summary = out.splitlines()
    assert first.startswith("<stdin>:")
    assert summary == "1 file checked: 0 valid, 1 invalid (1 error, 0 warnings)"


# -- 8. refusals come first, in one line -----------------------------------------------------


def _one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    return err


def test_an_unknown_output_suffix_is_refused_before_the_input_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "not-there.txt")
    for argv in (
        ["parse", missing, "-o", str(tmp_path / "out.unknown")],
        ["convert", missing, str(tmp_path / "x.doc")],
    ):
        status, _, err = _run(capsys, *argv)
        assert status == 2, err  # not 1, "cannot read": nothing was read
        assert "known extension" in _one_line(err)


def test_overwriting_the_input_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "kl.txt"
    source.write_bytes(EXAMPLE_TEXT.read_bytes())
    status, _, err = _run(capsys, "parse", str(source), "-o", str(source), "--to", "text")
    assert status == 2
    assert "overwrite the input" in _one_line(err)
    assert source.read_bytes() == EXAMPLE_TEXT.read_bytes()


# -- 10. empty input -------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n\n", "\ufeff \n".encode()])
def test_empty_or_blank_input_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    for argv in (["parse", str(path)], ["show", str(path)], ["convert", str(path), str(tmp_path / "out.json")]):
        status, out, err = _run(capsys, *argv)
        assert status == 1, argv
        assert out == ""
        assert "empty" in err or "white space" in err
    assert not (tmp_path / "out.json").exists()
    with pytest.raises(nq.FormatError, match=r"empty|white space"):
        nq.read_document(path)
    _stdin(monkeypatch, content)
    assert main(["parse", "-"]) == 1


# -- 11. PDF, read-only outputs, --version ---------------------------------------------------


def test_render_without_a_pdf_engine_refuses_the_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "kl.xml"
    source.write_bytes(nq.to_xml(full_document()))
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    status, _, err = _run(capsys, "render", str(source), "-o", str(tmp_path / "kl.pdf"))
    assert status == 2
    assert "PDF" in _one_line(err)
    assert not (tmp_path / "kl.pdf").exists()


def test_render_refuses_a_suffix_it_does_not_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "kl.xml"
    source.write_bytes(nq.to_xml(full_document()))
    status, _, err = _run(capsys, "render", str(source), "-o", str(tmp_path / "kl.docx"))
    assert status == 2
    assert ".pdf" in _one_line(err)
    assert not (tmp_path / "kl.docx").exists()


def test_render_writes_a_real_pdf(tmp_path: Path) -> None:
    from nghiquyet.formats.html import pdf_engine

    if pdf_engine() is None:
        pytest.skip("no headless Chromium on PATH to print the PDF")
    source = tmp_path / "kl.xml"
    source.write_bytes(nq.to_xml(full_document()))
    target = tmp_path / "kl.pdf"
    assert main(["render", str(source), "-o", str(target)]) == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"/Type /Page" in data or b"/Type/Page" in data
    assert b"<!DOCTYPE html>" not in data


def test_convert_refuses_to_replace_a_read_only_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "kl.json"
    source.write_bytes(nq.to_json(full_document()))
    target = tmp_path / "kl.xml"
    target.write_bytes(b"kept")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    status, _, err = _run(capsys, "convert", str(source), str(target))
    assert status == 2
    assert "read-only" in _one_line(err)
    assert target.read_bytes() == b"kept"
    assert main(["convert", str(source), str(target), "--force"]) == 0
    assert nq.from_xml(target.read_bytes()) == full_document()


def test_a_read_only_refusal_comes_before_the_input_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "kl.xml"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    status, _, err = _run(capsys, "parse", str(tmp_path / "missing.txt"), "-o", str(target))
    assert status == 2
    assert "read-only" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"nghiquyet {importlib.metadata.version('nghiquyet')}\n"


# -- a document's warnings are printed by every command that reads one -----------------------


@pytest.mark.parametrize("command", ["show", "convert", "render"])
def test_commands_print_the_warnings_of_what_they_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    source = tmp_path / "scan.txt"
    source.write_text("[OCR] bản quét\n" + EXAMPLE_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    warnings = nq.parse_text(source.read_text(encoding="utf-8")).warnings
    assert warnings
    argv = {
        "show": ["show", str(source)],
        "convert": ["convert", str(source), str(tmp_path / "scan.json")],
        "render": ["render", str(source), "-o", str(tmp_path / "scan.html")],
    }[command]
    status, _, err = _run(capsys, *argv)
    assert status == 0
    for warning in warnings:
        assert f"nghiquyet: {source}: " in err
        assert warning.message in err
