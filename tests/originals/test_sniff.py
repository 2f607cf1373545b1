"""What a file is, told by its bytes: signatures first, so that text stays text."""

from __future__ import annotations

import io
import zipfile

import pytest

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
        (b'{"format": "nghiquyet/1"}', "json"),
        (b"\xef\xbb\xbf  [\n  {}\n]", "json"),
        (b"[]", "json"),
        (b'<?xml version="1.0"?><Document/>', "xml"),
        (b'<Document xmlns="urn:nghiquyet:xml:1">', "xml"),
        (b"<Document", "xml"),
    ],
)
def test_kinds_by_signature(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


@pytest.mark.parametrize(
    "text",
    [
        "[Dự thảo] KẾT LUẬN của Ban Thường vụ",
        "[OCR] ĐẢNG CỘNG SẢN VIỆT NAM",
        "<Trích> Nghị quyết số 12-NQ/TU",
        "<< Lưu hành nội bộ >>",
        "ĐẢNG BỘ TỈNH BẮC NINH\nTHỊ ỦY THUẬN THÀNH",
    ],
)
def test_text_that_starts_with_a_bracket_stays_text(text: str) -> None:
    assert sniff(text.encode("utf-8")) == "text"
    assert sniff(text.encode("utf-16")) == "text"


def test_a_zip_that_is_not_a_word_file_is_not_one() -> None:
    assert sniff(_zip(["xl/workbook.xml"])) == "text"
    assert sniff(b"PK\x03\x04 not really a zip") == "text"
