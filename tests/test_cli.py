"""The command line: validate (files and folders, text and JSON output) and convert."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import nghiquyet as nq
from _sample import full_document
from nghiquyet.cli import main

TODAY = "2026-11-27"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.xml").write_bytes(nq.to_xml(full_document()))
    (tmp_path / "sub" / "b.json").write_bytes(nq.to_json(full_document()))
    (tmp_path / "sub" / "deeper" / "c.XML").write_bytes(nq.to_xml(full_document()))
    (tmp_path / "notes.txt").write_text("not a document", encoding="utf-8")
    return tmp_path


def test_a_folder_of_valid_files(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, err = _run(capsys, "validate", "--today", TODAY, str(folder))
    assert status == 0
    assert out == "3 files checked: 3 valid, 0 invalid (0 errors, 0 warnings)\n"
    assert err == ""  # no progress bar when stderr is not a terminal


def test_one_broken_file_is_reported_with_its_line(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    xml = nq.to_xml(full_document())
    broken = folder / "sub" / "broken.xml"
    broken.write_bytes(xml.replace(b"</Subject>", b"</Subjet>"))
    line = xml[: xml.index(b"</Subject>")].count(b"\n") + 1
    status, out, _ = _run(capsys, "validate", "--today", TODAY, str(folder))
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{broken}:{line}: error xml-syntax ")
    assert lines[-1] == "4 files checked: 3 valid, 1 invalid (1 error, 0 warnings)"


def test_warnings_do_not_fail(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tuple(nq.Division(numbering=nq.Numbering.ROMAN, marker=m) for m in ("I.", "II.", "IV."))
    path = tmp_path / "gap.xml"
    path.write_bytes(nq.to_xml(attrs.evolve(full_document(), body=body)))
    status, out, _ = _run(capsys, "validate", "--today", TODAY, str(path))
    assert status == 0
    assert f"{path}:" in out
    assert " warning numbering-gap " in out


def test_json_output_for_machines(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    (folder / "z.json").write_text('{"format": "nghiquyet/1", "kind": "XX"}', encoding="utf-8")
    status, out, _ = _run(capsys, "validate", "--format", "json", "--today", TODAY, str(folder))
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    files = [r["file"] for r in records[:-1]]
    # A folder's own files in name order, then its subfolders.
    assert files == [
        str(folder / "a.xml"),
        str(folder / "z.json"),
        str(folder / "sub" / "b.json"),
        str(folder / "sub" / "deeper" / "c.XML"),
    ]
    assert [r["ok"] for r in records[:-1]] == [True, False, True, True]
    assert records[1]["problems"][0]["rule"] == "json-schema"
    assert records[-1] == {"summary": {"files": 4, "invalid": 1, "errors": 1, "warnings": 0, "valid": 3}}


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = _run(capsys, "validate", str(tmp_path / "missing"))
    assert status == 2
    assert "missing" in err
    with pytest.raises(SystemExit) as exited:
        main(["validate", "--today", "27/11/2026", str(tmp_path)])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["validate"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["validate", "--jobs", "0", str(tmp_path)])
    assert exited.value.code == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["validate", "--today", TODAY, str(folder)]) == 0
    assert "3/3 files" in terminal.getvalue()


def test_many_files_on_several_processes_keep_their_order(tmp_path: Path) -> None:
    good = nq.to_xml(full_document())
    paths = []
    for index in range(40):
        path = tmp_path / f"{index:03}.xml"
        path.write_bytes(good if index % 7 else good[:100])
        paths.append(path)
    reports = list(nq.validate_many(paths, jobs=2, chunk_size=3))
    assert [r.file for r in reports] == [str(p) for p in paths]
    assert [r.ok for r in reports] == [bool(i % 7) for i in range(40)]


# convert ---------------------------------------------------------------------------------


def test_convert_json_to_xml_and_back(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "kl.json"
    source.write_bytes(nq.to_json(full_document()))
    assert _run(capsys, "convert", str(source), str(tmp_path / "kl.xml"))[0] == 0
    assert nq.from_xml((tmp_path / "kl.xml").read_bytes()) == full_document()
    assert _run(capsys, "convert", str(tmp_path / "kl.xml"), str(tmp_path / "again.json"))[0] == 0
    assert nq.from_json((tmp_path / "again.json").read_bytes()) == full_document()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.json", "kl.json", "kl.xml"]  # no temporary files


def test_convert_replaces_an_existing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "kl.json"
    source.write_bytes(nq.to_json(full_document()))
    target = tmp_path / "kl.xml"
    target.write_bytes(b"old")
    assert _run(capsys, "convert", str(source), str(target))[0] == 0
    assert nq.from_xml(target.read_bytes()) == full_document()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kl.json", "kl.xml"]


def test_convert_never_overwrites_its_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "kl.xml"
    original = nq.to_xml(full_document())
    source.write_bytes(original)
    (tmp_path / "sub").mkdir()
    hard_link = tmp_path / "linked.xml"
    os.link(source, hard_link)
    symlink = tmp_path / "symlinked.xml"
    symlink.symlink_to(source)
    for target in (str(source), str(tmp_path / "sub" / ".." / "kl.xml"), str(hard_link), str(symlink)):
        status, _, err = _run(capsys, "convert", str(source), target)
        assert status == 2, target
        assert "refusing to overwrite the input" in err
    assert source.read_bytes() == original


def test_convert_needs_a_known_output_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "kl.json"
    source.write_bytes(nq.to_json(full_document()))
    status, _, err = _run(capsys, "convert", str(source), str(tmp_path / "kl.pdf"))
    assert status == 2
    assert "--to" in err
    status, _, err = _run(capsys, "convert", str(tmp_path / "missing.json"), str(tmp_path / "kl.xml"))
    assert status == 1
    assert "missing.json: cannot read" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kl.json"]


@pytest.mark.parametrize(
    ("target", "to", "read_back"),
    [
        ("kl.akn.xml", None, nq.from_akoma_ntoso),
        ("kl.out", "akn", nq.from_akoma_ntoso),
        ("kl.xml", None, nq.from_xml),
        ("kl.json", None, nq.from_json),
    ],
)
def test_convert_between_every_lossless_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, target: str, to: str | None, read_back: object
) -> None:
    document = full_document()
    source = tmp_path / "source.xml"
    source.write_bytes(nq.to_akoma_ntoso(document))  # the input format is told by its content
    extra = ["--to", to] if to else []
    assert _run(capsys, "convert", str(source), str(tmp_path / target), *extra)[0] == 0
    assert read_back((tmp_path / target).read_bytes()) == document  # type: ignore[operator]


def test_convert_to_the_edxml_header(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    document = full_document()
    source = tmp_path / "kl.json"
    source.write_bytes(nq.to_json(document))
    assert _run(capsys, "convert", str(source), str(tmp_path / "kl.edxml.xml"))[0] == 0
    header = nq.from_edxml((tmp_path / "kl.edxml.xml").read_bytes())
    assert (header.notation, header.subject) == (document.notation, document.subject)


def test_convert_bad_input_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "kl.xml"
    source.write_bytes(b"<Document")
    status, _, err = _run(capsys, "convert", str(source), str(tmp_path / "kl.json"))
    assert status == 1
    assert "line 1" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kl.xml"]
    assert _run(capsys, "convert", str(tmp_path / "absent.xml"), str(tmp_path / "kl.json"))[0] == 1


def test_a_failed_write_keeps_the_old_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "kl.json"
    source.write_bytes(nq.to_json(full_document()))
    target = tmp_path / "kl.xml"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    status, _, err = _run(capsys, "convert", str(source), str(target))
    assert status == 1
    assert "No space left" in err
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kl.json", "kl.xml"]


def test_ctrl_c_ends_with_the_shell_status_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr("nghiquyet.cli.validate_many", interrupted)
    status, _, err = _run(capsys, "validate", str(folder))
    assert status == 130
    assert "Traceback" not in err


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always Unicode")
@pytest.mark.parametrize("output", ["text", "json"])
def test_a_file_name_that_is_not_utf8_is_reported_whole(tmp_path: Path, output: str) -> None:
    # Old archives carry names in the Windows code page; Python sees them as lone surrogates.
    (tmp_path / os.fsdecode(b"Quy\xea\xf0nh.xml")).write_bytes(b"<a>")
    run = subprocess.run(
        [sys.executable, "-m", "nghiquyet.cli", "validate", "--format", output, str(tmp_path)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": os.pathsep.join(sys.path)},
        check=False,
    )
    assert (run.returncode, run.stderr) == (1, b"")
    if output == "json":
        report = json.loads(run.stdout.decode("utf-8").splitlines()[0])  # UTF-8, so valid JSON
        assert os.fsencode(report["file"]) == os.fsencode(tmp_path) + b"/Quy\xea\xf0nh.xml"
    else:
        assert run.stdout.startswith(os.fsencode(tmp_path) + b"/Quy\xea\xf0nh.xml:1: error xml-syntax")
