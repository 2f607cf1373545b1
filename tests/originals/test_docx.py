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


_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _with_footnotes(data: bytes, footnotes: str) -> bytes:
    """The Word file with word/footnotes.xml added (python-docx cannot write one)."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                override = f'<Override PartName="/word/footnotes.xml" ContentType="{_FOOTNOTES_TYPE}"/>'
                body = body.replace(b"</Types>", override.encode() + b"</Types>")
            elif item.filename == "word/_rels/document.xml.rels":
                rel = f'<Relationship Id="rIdFn" Type="{_FOOTNOTES_REL}" Target="footnotes.xml"/>'
                body = body.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            archive.writestr(item.filename, body)
        archive.writestr("word/footnotes.xml", footnotes)
    return out.getvalue()


def _footnote(note_id: str, text: str) -> str:
    runs = f"<w:r><w:footnoteRef/></w:r><w:r><w:t>{text}</w:t></w:r>"
    return f'<w:footnote w:id="{note_id}"><w:p>{runs}</w:p></w:footnote>'


def _cite(paragraph: docx.text.paragraph.Paragraph, note_id: str) -> None:
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="{note_id}"/></w:r>'))


def test_a_footnotes_part_with_a_doctype_is_refused_and_its_entities_never_expanded() -> None:
    document = docx.Document()
    _cite(document.add_paragraph("Căn cứ Nghị quyết số 12-NQ/TU"), "1")
    footnotes = (
        '<?xml version="1.0"?><!DOCTYPE w:footnotes [<!ENTITY x "EXPANDED">]>'
        f'<w:footnotes xmlns:w="{_W_NS}">{_footnote("1", "&x;")}</w:footnotes>'
    )
    with pytest.raises(nq.NghiquyetError, match="DOCTYPE"):
        extract(_with_footnotes(_saved(document), footnotes))


def test_a_malformed_footnotes_part_is_a_library_error() -> None:
    document = docx.Document()
    _cite(document.add_paragraph("Căn cứ Nghị quyết số 12-NQ/TU"), "1")
    footnotes = f'<w:footnotes xmlns:w="{_W_NS}">{_footnote("1", "chú thích")}'  # never closed
    with pytest.raises(nq.NghiquyetError, match="footnotes part of the Word file is not well-formed"):
        extract(_with_footnotes(_saved(document), footnotes))


def test_damaged_numbers_in_numbering_read_as_absent_not_a_crash() -> None:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = (
        '<w:lvl w:ilvl="0"><w:start w:val="x"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="bad"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>'
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">{levels}</w:abstractNum>'))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/>'
            '<w:lvlOverride w:ilvl="?"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
        )
    )
    _numbered(document, "91", 0, "ĐÁNH GIÁ TÌNH HÌNH")
    paragraph = document.add_paragraph("NHIỆM VỤ THỜI GIAN TỚI")
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="một"/><w:numId w:val="91"/></w:numPr>')
    )
    style = document.styles.add_style("Muc", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1.0"/><w:numId w:val="91"/></w:numPr>')
    )
    document.add_paragraph("KẾT QUẢ", style="Muc")
    lines = extract(_saved(document)).text.splitlines()
    expected = ["I. ĐÁNH GIÁ TÌNH HÌNH", "II. NHIỆM VỤ THỜI GIAN TỚI", "III. KẾT QUẢ"]
    assert [line for line in lines if line.strip()] == expected


def test_footnotes_are_placed_by_their_references_not_by_bracketed_text() -> None:
    document = docx.Document()
    document.add_paragraph("Theo điểm [1] của Điều 2.")
    _cite(document.add_paragraph("Căn cứ Nghị quyết số 12-NQ/TU"), "1")
    footnotes = f'<w:footnotes xmlns:w="{_W_NS}">{_footnote("1", "Ban hành ngày 05/3/2021.")}</w:footnotes>'
    lines = [line for line in extract(_with_footnotes(_saved(document), footnotes)).text.splitlines() if line.strip()]
    assert lines == ["Theo điểm [1] của Điều 2.", "Căn cứ Nghị quyết số 12-NQ/TU", "¹ Ban hành ngày 05/3/2021."]


def test_a_text_box_is_read_once_not_from_its_fallback_copy_too() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Trước hộp. ")

    def box(text: str) -> str:
        return f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"

    paragraph._p.append(
        parse_xml(
            f'<w:r xmlns:w="{_W_NS}" xmlns:mc="{_MC_NS}"><mc:AlternateContent>'
            f'<mc:Choice Requires="wps"><w:drawing>{box("NỘI DUNG HỘP")}</w:drawing></mc:Choice>'
            f"<mc:Fallback><w:pict>{box('NỘI DUNG HỘP')}</w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    )
    text = extract(_saved(document)).text
    assert text.count("NỘI DUNG HỘP") == 1, text
