"""Damaged files: every reader raises only the library's own errors, and validation reports them all.

Each format's output is damaged the ways files are damaged (bits flipped, cut short, bytes
inserted) and handed to its reader, to the registry and to :func:`nghiquyet.validate`.
"""

from __future__ import annotations

import contextlib
import datetime
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nghiquyet as nq
from _sample import full_document
from nghiquyet import formats
from nghiquyet.cli import main

TODAY = datetime.date(2026, 11, 27)

_DOCUMENT = full_document()
SOURCES: dict[str, bytes] = {
    "json": nq.to_json(_DOCUMENT, indent=True),
    "xml": nq.to_xml(_DOCUMENT),
    "akn": nq.to_akoma_ntoso(_DOCUMENT),
    "edxml": nq.to_edxml(_DOCUMENT),
    "text": nq.to_text(_DOCUMENT).encode("utf-8"),
}
READERS: dict[str, Callable[[bytes], nq.Document]] = {
    "json": nq.from_json,
    "xml": nq.from_xml,
    "akn": nq.from_akoma_ntoso,
    "edxml": nq.from_edxml,
    "text": formats.get("text").read,
}
# Bytes that mean something to a parser, besides random ones.
_TOKENS = [b"<", b">", b"&", b'"', b"{", b"}", b"[", b"]", b"<x:y/>", b"\x00", b"<!DOCTYPE x>", b"&amp;", b"\xc3"]


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(out)))
        how = draw(st.sampled_from(["flip", "cut", "insert"]))
        if how == "flip" and where < len(out):
            out[where] ^= 1 << draw(st.integers(0, 7))
        elif how == "cut":
            out = out[:where]
        else:
            out[where:where] = draw(st.sampled_from(_TOKENS) | st.binary(min_size=1, max_size=5))
    return bytes(out)


def _only_library_errors(read: Callable[[bytes], object], data: bytes) -> None:
    with contextlib.suppress(nq.NghiquyetError):
        read(data)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_damaged_files_raise_only_library_errors(name: str) -> None:
    @given(damaged(SOURCES[name]))
    def check(data: bytes) -> None:
        _only_library_errors(READERS[name], data)
        _only_library_errors(formats.read, data)
        _only_library_errors(formats.get(name).read, data)
        report = nq.validate(data, today=TODAY)
        assert "internal-error" not in {p.rule for p in report.problems}, report.problems

    check()


@given(st.binary(max_size=300))
def test_any_bytes_raise_only_library_errors(data: bytes) -> None:
    for read in (*READERS.values(), formats.read):
        _only_library_errors(read, data)
    assert "internal-error" not in {p.rule for p in nq.validate(data).problems}


def _broken_folder(folder: Path) -> list[Path]:
    """Files damaged every way, under names that claim their format."""
    files: dict[str, bytes] = {}
    for name, data in SOURCES.items():
        if not formats.get(name).checks:
            continue  # text: read, not validated, so not searched for in folders
        suffix = formats.get(name).suffixes[0]
        files[f"{name}-cut{suffix}"] = data[: len(data) // 2]
        files[f"{name}-flipped{suffix}"] = data[:40] + bytes([data[40] ^ 0x80]) + data[41:]
        files[f"{name}-empty{suffix}"] = b""
    files["xml-foreign.xml"] = SOURCES["xml"].replace(b"<Draft/>", b'<Draft/><o:X xmlns:o="urn:o"/>')
    files["xml-prefix.xml"] = SOURCES["xml"].replace(b"<Draft/>", b"<Draft/><o:X/>")
    files["xml-doctype.xml"] = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>'
    files["banner.json"] = b"[Trang 1]\nKET LUAN"
    files["garbage.json"] = bytes(range(256))
    paths = []
    for name, data in sorted(files.items()):
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_of_broken_files_reports_every_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    paths = _broken_folder(tmp_path)
    status = main(["validate", "--quiet", "--jobs", jobs, "--today", str(TODAY), "--format", "json", str(tmp_path)])
    out, err = capsys.readouterr()
    assert status == 1
    assert err == ""
    records = [json.loads(line) for line in out.splitlines() if line]
    reported = [Path(r["file"]).name for r in records if "file" in r]
    assert reported == sorted(p.name for p in paths)
    assert all(not r["ok"] and r["problems"] for r in records if "file" in r)
    assert not {p["rule"] for r in records if "file" in r for p in r["problems"]} & {"internal-error"}
    assert records[-1]["summary"]["invalid"] == len(paths)
