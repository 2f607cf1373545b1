"""What a file is, told by its bytes: the originals' signatures come before JSON, XML and text."""

from __future__ import annotations

import io
import zipfile

import pytest

from nghiquyet import formats
from nghiquyet.originals import sniff


def _zip(names: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image"),
        (b"\xff\xd8\xff\xe0\0\x10JFIF", "image"),
        (b"II*\0\x08\0\0\0", "image"),
        (b"MM\0*\0\0\0\x08", "image"),
        (_zip(["[Content_Types].xml", "word/document.xml"]), "docx"),
    ],
)
def test_originals_by_signature(data: bytes, kind: str) -> None:
    assert sniff(data) == kind
    assert formats.recognise(data).format.name == kind  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "data",
    [
        _zip(["xl/workbook.xml"]),
        b"PK\x03\x04 not really a zip",
        b'{"format": "nghiquyet/1"}',
        b'<Document xmlns="urn:nghiquyet:xml:1"/>',
        "[Dự thảo] %PDF-1.7 KẾT LUẬN".encode(),
        "<Trích> Nghị quyết số 12-NQ/TU".encode(),
    ],
)
def test_anything_else_is_no_original(data: bytes) -> None:
    assert sniff(data) is None


@pytest.mark.parametrize("text", ["[Dự thảo] KẾT LUẬN của Ban Thường vụ", "<Trích> Nghị quyết số 12-NQ/TU"])
def test_text_that_starts_with_a_bracket_stays_text(text: str) -> None:
    assert formats.recognise(text.encode("utf-8")).format.name == "text"  # type: ignore[union-attr]
