"""Word files: body order, header tables as columns, automatic numbering, footnote-free."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

docx = pytest.importorskip("docx", reason="the originals extra is not installed")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

import nghiquyet as nq  # noqa: E402
from nghiquyet.originals import extract  # noqa: E402

_LEVELS = (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"))


def _add_outline_numbering(document: docx.document.Document) -> str:
    """An abstract numbering I. / 1. / a) and a list using it; returns the list's numId."""
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for k, (fmt, text) in enumerate(_LEVELS)
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(document: docx.document.Document, num_id: str, level: int, text: str) -> None:
    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def make_docx() -> bytes:
    """A Kết luận as a Word user writes it: the header in a table, the outline numbered by Word."""
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    left.text = "ĐẢNG BỘ TỈNH BẮC NINH"
    for line in ("THỊ ỦY THUẬN THÀNH", "*", "Số 706-KL/TU"):
        left.add_paragraph(line)
    right.text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    right.add_paragraph("")
    right.add_paragraph("")
    right.add_paragraph("Thuận Thành, ngày 06 tháng 10 năm 2023")
    document.add_paragraph("KẾT LUẬN").runs[0].bold = True
    document.add_paragraph("về công tác chuyển đổi số trên địa bàn thị xã")
    num_id = _add_outline_numbering(document)
    _numbered(document, num_id, 0, "ĐÁNH GIÁ TÌNH HÌNH")
    document.add_paragraph("Ban Thường vụ Thị ủy đánh giá cao kết quả thực hiện Nghị quyết số 12-NQ/TU.")
    _numbered(document, num_id, 0, "NHIỆM VỤ THỜI GIAN TỚI")
    _numbered(document, num_id, 1, "Về chuyển đổi số")
    _numbered(document, num_id, 2, "Ủy ban nhân dân thị xã chỉ đạo hoàn thành các chỉ tiêu.")
    _numbered(document, num_id, 2, "Văn phòng Thị ủy theo dõi, đôn đốc.")
    _numbered(document, num_id, 1, "Về cải cách hành chính")
    closing = document.add_table(rows=1, cols=2)
    left, right = closing.rows[0].cells
    left.text = "Nơi nhận:"
    left.add_paragraph("- Ban Thường vụ Tỉnh ủy,")
    left.add_paragraph("- Lưu Văn phòng Thị ủy.")
    right.text = "T/M BAN THƯỜNG VỤ"
    right.add_paragraph("BÍ THƯ")
    right.add_paragraph("")
    right.add_paragraph("Nguyễn Văn An")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_numbering_word_computes_is_in_the_text() -> None:
    lines = [line.strip("* ") for line in extract(make_docx()).text.splitlines()]
    for label in ("I. ĐÁNH GIÁ", "II. NHIỆM VỤ", "1. Về chuyển đổi số", "a) Ủy ban", "b) Văn phòng", "2. Về cải cách"):
        assert any(line.startswith(label) for line in lines), (label, lines)


def test_header_cells_are_side_by_side_columns() -> None:
    lines = extract(make_docx()).text.splitlines()
    left, _, right = lines[0].partition("    ")
    assert (left.strip(), right.strip()) == ("ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG CỘNG SẢN VIỆT NAM")
    date_line = next(line for line in lines if "Thuận Thành, ngày" in line)
    assert date_line.startswith("Số 706-KL/TU")
    assert "    " in date_line


def test_a_word_file_reads_as_a_document(tmp_path: Path) -> None:
    (tmp_path / "kl.docx").write_bytes(make_docx())
    document = nq.read_document(tmp_path / "kl.docx")
    assert str(document.notation) == "706-KL/TU"
    assert document.date is not None
    assert document.date.isoformat() == "2023-10-06"
    top = [b for b in document.body if getattr(b, "label", None)]
    assert [(b.label, b.heading) for b in top] == [("I", "ĐÁNH GIÁ TÌNH HÌNH"), ("II", "NHIỆM VỤ THỜI GIAN TỚI")]
    assert [c.label for c in top[1].children if getattr(c, "label", None)] == ["1", "2"]
    assert document.signatures[0].position == "BÍ THƯ"
    assert document.signatures[0].signer == "Nguyễn Văn An"


def test_a_word_file_with_damaged_compressed_text_is_a_library_error(tmp_path: Path) -> None:
    import struct
    import zipfile

    made = docx.Document()
    made.add_paragraph("ĐẢNG CỘNG SẢN VIỆT NAM " * 50)
    out = io.BytesIO()
    made.save(out)
    data = bytearray(out.getvalue())
    member = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    assert member.compress_type == zipfile.ZIP_DEFLATED
    name_length, extra_length = struct.unpack_from("<HH", data, member.header_offset + 26)
    start = member.header_offset + 30 + name_length + extra_length
    data[start : start + 4] = b"\xff\xff\xff\xff"  # not a deflate block: zlib refuses the member
    (tmp_path / "damaged.docx").write_bytes(bytes(data))
    with pytest.raises(nq.NghiquyetError, match=r"not a Word file"):
        nq.read_document(tmp_path / "damaged.docx")


def test_a_word_file_without_any_text_is_an_error_not_an_empty_document(tmp_path: Path) -> None:
    docx.Document().save(str(tmp_path / "blank.docx"))
    with pytest.raises(nq.FormatError, match="no text found in the Word file"):
        nq.read_document(tmp_path / "blank.docx")


def test_a_broken_word_file_is_a_library_error(tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(tmp_path / "bad.docx", "w") as archive:
        archive.writestr("word/document.xml", "<not-closed")
    with pytest.raises(nq.NghiquyetError, match=r"not a Word file") as raised:
        nq.read_document(tmp_path / "bad.docx")
    assert raised.value.file == str(tmp_path / "bad.docx")
