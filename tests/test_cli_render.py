"""`nghiquyet render FILE -o OUT.html`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import nghiquyet as nq
from nghiquyet.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ket-luan-13.json"


@pytest.fixture
def document_file(tmp_path: Path) -> Path:
    source = tmp_path / "kl13.json"
    source.write_bytes(EXAMPLE.read_bytes())
    return source


def test_render_writes_the_page_of_the_document(document_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "kl13.html"
    assert main(["render", str(document_file), "-o", str(out)]) == 0
    assert out.read_bytes() == nq.to_html(nq.from_json(EXAMPLE.read_bytes()))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kl13.html", "kl13.json"]


def test_render_makes_an_ordinary_file_that_the_umask_governs(document_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "kl13.html"
    previous = os.umask(0o022)
    try:
        assert main(["render", str(document_file), "--output", str(out)]) == 0
    finally:
        os.umask(previous)
    assert out.stat().st_mode & 0o777 == 0o644


def test_render_replaces_an_older_page(document_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "kl13.html"
    out.write_text("old", encoding="utf-8")
    assert main(["render", str(document_file), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("spelling", ["{0}", "{1}/./{2}", "{1}/../{3}/{2}"])
def test_render_refuses_to_overwrite_its_input(
    spelling: str, document_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = document_file.parent
    target = spelling.format(document_file, folder, document_file.name, folder.name)
    assert main(["render", str(document_file), "-o", target]) == 2
    assert document_file.read_bytes() == EXAMPLE.read_bytes()
    assert "refusing to overwrite the input" in capsys.readouterr().err


def test_render_into_a_missing_folder_fails_cleanly(
    document_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(document_file), "-o", str(tmp_path / "no" / "such.html")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_render_of_an_invalid_document_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "broken.json"
    source.write_text("{", encoding="utf-8")
    out = tmp_path / "broken.html"
    assert main(["render", str(source), "-o", str(out)]) == 1
    assert not out.exists()
    assert capsys.readouterr().err.startswith("nghiquyet: ")


def test_render_needs_an_output(document_file: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["render", str(document_file)])
    assert exit_.value.code == 2
