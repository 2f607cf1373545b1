"""Reading a document file of any format, and writing one safely."""

from __future__ import annotations

import datetime
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from lxml import etree

import nghiquyet as nq
from _sample import full_document
from nghiquyet import formats
from nghiquyet.files import document_files, format_for
from nghiquyet.testing import documents

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

LOSSLESS = {"json": nq.to_json, "xml": nq.to_xml, "akn": nq.to_akoma_ntoso}


@pytest.mark.parametrize("fmt", sorted(LOSSLESS))
def test_a_file_is_read_by_its_content_whatever_its_name(tmp_path: Path, fmt: str) -> None:
    document = full_document()
    data = LOSSLESS[fmt](document)
    path = tmp_path / "no-telling-extension.dat"
    path.write_bytes(data)
    assert nq.read_document(path) == document


@pytest.mark.parametrize("write", [nq.to_xml, nq.to_akoma_ntoso, nq.to_edxml])
def test_an_xml_file_is_parsed_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, write: Callable[[nq.Document], bytes]
) -> None:
    # Telling the format needs the parsed root; the reader takes that root, not the bytes again.
    parses = []
    fromstring = etree.fromstring

    def counting(*args: Any, **kwargs: Any) -> Any:
        parses.append(1)
        return fromstring(*args, **kwargs)

    path = tmp_path / "document.xml"
    path.write_bytes(write(full_document()))
    monkeypatch.setattr(etree, "fromstring", counting)
    nq.read_document(path)
    assert len(parses) == 1


def test_edxml_and_text_files_are_read_too(tmp_path: Path) -> None:
    document = full_document()
    (tmp_path / "header.xml").write_bytes(nq.to_edxml(document))
    assert nq.read_document(tmp_path / "header.xml").subject == document.subject
    text = (EXAMPLES / "ket-luan-13.txt").read_text(encoding="utf-8")
    assert nq.read_document(EXAMPLES / "ket-luan-13.txt") == nq.parse_text(text)


def _names(error: pytest.ExceptionInfo[nq.NghiquyetError], path: Path) -> bool:
    # The reader's message is kept as it was; the file is an attribute and a note (PEP 678).
    return error.value.file == str(path) and any(str(path) in note for note in error.value.__notes__)


def test_read_errors_name_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<Document>\n<oops")
    with pytest.raises(nq.FormatError, match=r"^line 2") as error:
        nq.read_document(broken)
    assert _names(error, broken)
    assert error.value.line == 2
    foreign = tmp_path / "foreign.xml"
    foreign.write_bytes(b'<html xmlns="http://www.w3.org/1999/xhtml"/>')
    with pytest.raises(nq.NghiquyetError, match=r"XML in namespace 'http://www.w3.org/1999/xhtml'") as other:
        nq.read_document(foreign)
    assert _names(other, foreign)
    with pytest.raises(nq.NghiquyetError, match="cannot read") as missing:
        nq.read_document(tmp_path / "missing.json")
    assert _names(missing, tmp_path / "missing.json")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Quyết định của Đảng".encode("cp1258", errors="replace"))  # the old Windows code page
    with pytest.raises(nq.NghiquyetError, match="not UTF-8"):
        nq.read_document(latin)


def test_a_text_file_in_utf16_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = (EXAMPLES / "ket-luan-13.txt").read_text(encoding="utf-8")
    for order in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{order}.txt"
        path.write_bytes("\ufeff".encode(order) + text.encode(order))
        assert nq.read_document(path) == nq.parse_text(text)
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"\xff\xfe" + b"\x00\xd8")  # a lone surrogate: not UTF-16 either
    with pytest.raises(nq.NghiquyetError, match=r"^not UTF-16") as error:
        nq.read_document(odd)
    assert _names(error, odd)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_whatever_validates_can_be_read(tmp_path: Path, encoding: str) -> None:
    document = full_document()
    xml = nq.to_xml(document).decode("utf-8").replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"')
    path = tmp_path / "document.xml"
    path.write_bytes(xml.encode(encoding))
    assert nq.validate(path).ok
    assert nq.read_document(path) == document


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_json_with_a_byte_order_mark_as_windows_tools_write_it(tmp_path: Path, encoding: str) -> None:
    # RFC 8259 lets a reader ignore the BOM; Notepad and PowerShell write one.
    document = full_document()
    path = tmp_path / "document.json"
    path.write_bytes(nq.to_json(document).decode().encode(encoding))
    assert nq.validate(path, today=datetime.date(2026, 11, 27)).problems == ()
    assert nq.read_document(path) == document


def test_a_json_array_is_refused_as_json_not_parsed_as_text(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text('[{"format": "nghiquyet/1"}]', encoding="utf-8")
    assert [p.rule for p in nq.validate(path).problems] == ["json-schema"]
    with pytest.raises(nq.FormatError, match=r"object") as error:
        nq.read_document(path)
    assert _names(error, path)


def test_a_path_the_system_cannot_take_is_a_library_error(tmp_path: Path) -> None:
    with pytest.raises(nq.NghiquyetError, match="cannot read"):
        nq.read_document(tmp_path / "nul\x00.json")
    with pytest.raises(nq.NghiquyetError, match="cannot write"):
        nq.write_document(full_document(), tmp_path / "nul\x00.json")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.json", "json"), ("a.xml", "xml"), ("a.AKN.xml", "akn"), ("a.edxml.xml", "edxml"), ("a.html", "html"),
     ("a.txt", "text"), ("a.outline.txt", "outline"), ("a.pdf", None)],
)  # fmt: skip
def test_the_longest_known_extension_names_the_format(name: str, fmt: str | None) -> None:
    assert format_for(name) == fmt


@given(documents())
def test_what_is_written_in_a_lossless_format_reads_back(document: nq.Document) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for fmt in LOSSLESS:
            target = Path(folder) / f"doc{formats.get(fmt).suffixes[0]}"
            nq.write_document(document, target)
            assert nq.read_document(target) == document


def test_writing_is_atomic_and_leaves_nothing_behind_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "kl.json"
    target.write_text("old", encoding="utf-8")
    nq.write_document(full_document(), target)
    assert nq.read_document(target) == full_document()
    with pytest.raises(nq.NghiquyetError, match="cannot write"):
        nq.write_document(full_document(), tmp_path / "no" / "such.json")
    with pytest.raises(nq.NghiquyetError, match="unknown output format"):
        nq.write_document(full_document(), tmp_path / "kl.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kl.json"]


def test_folders_give_their_document_files_in_order(tmp_path: Path) -> None:
    for name in ("b.xml", "a.json", "sub/c.xml", "notes.txt", ".hidden.xml"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in document_files([tmp_path])]
    assert found == ["a.json", "b.xml", "sub/c.xml"]


def test_a_folder_that_cannot_be_listed_is_an_error_not_skipped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.xml").write_bytes(b"<a/>")
    scandir = os.scandir

    def denied(path: Any = ".") -> Any:
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)  # as for a folder of another user (root reads all)
    with pytest.raises(nq.NghiquyetError, match=r"locked: cannot list the folder: Permission denied"):
        list(document_files([tmp_path]))


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    from nghiquyet.files import write_atomically

    target = tmp_path / "private.xml"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_symbolic_link_stays_a_link_and_its_file_is_replaced(tmp_path: Path) -> None:
    from nghiquyet.files import write_atomically

    real = tmp_path / "archive" / "kl.xml"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "kl.xml"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["kl.xml"]  # no temporary left
