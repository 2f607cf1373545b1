"""parse_text end to end on small documents written for the purpose."""

from __future__ import annotations

import datetime

import pytest

from nghiquyet import (
    Appendix,
    DateMention,
    Division,
    DocumentKind,
    DocumentSystem,
    ListItem,
    Paragraph,
    Reference,
    SigningAuthority,
    Task,
    parse_text,
    to_text,
)

KET_LUAN = """\
ĐẢNG BỘ TỈNH BẮC NINH                ĐẢNG CỘNG SẢN VIỆT NAM
THỊ ỦY THUẬN THÀNH
*
Số 706-KL/TU                         Thuận Thành, ngày 06 tháng 10 năm 2023

KẾT LUẬN
HỘI NGHỊ LẦN THỨ 13
BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KHÓA XXIII
Về tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm

Ban Chấp hành Đảng bộ thị xã đã thống nhất kết luận:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

Công tác xây dựng Đảng được tăng cường.

II. NHIỆM VỤ TRONG THỜI GIAN TỚI

1. Các cấp ủy thực hiện nghiêm túc. Tiếp tục thực hiện Nghị quyết số 87-NQ/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy.

- Rà soát các chỉ tiêu;

2. Giao Văn phòng Thị ủy chủ trì, phối hợp với các cơ quan chức năng theo dõi, định kỳ báo cáo về Ban Thường vụ Thị ủy.

Nơi nhận:
- Thường trực Tỉnh ủy (để báo cáo),
- Lưu VT.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC

Văn Quốc Cường
"""


def test_header_fields() -> None:
    doc = parse_text(KET_LUAN)
    assert doc.kind is DocumentKind.KET_LUAN
    assert str(doc.notation) == "706-KL/TU"
    assert doc.notation is not None
    assert doc.notation.number == 706
    assert doc.issuer is not None
    assert doc.issuer.name == "THỊ ỦY THUẬN THÀNH"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH BẮC NINH"
    assert (doc.place, doc.date) == ("Thuận Thành", datetime.date(2023, 10, 6))
    assert doc.subject == "Về tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm"
    assert doc.conference is not None
    assert (doc.conference.ordinal, doc.conference.term) == (13, "XXIII")
    assert doc.title == "KẾT LUẬN\nHỘI NGHỊ LẦN THỨ 13\nBAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KHÓA XXIII"


def test_body_structure() -> None:
    doc = parse_text(KET_LUAN)
    assert [type(b) for b in doc.preamble] == [Paragraph]
    first, second = doc.body
    assert isinstance(first, Division)
    assert (first.label, first.heading) == ("I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    assert isinstance(second, Division)
    one, two = second.children
    assert isinstance(one, Division)
    assert one.heading == "Các cấp ủy thực hiện nghiêm túc."
    assert isinstance(one.children[0], Paragraph)
    assert isinstance(one.children[1], ListItem)
    assert isinstance(two, Division)
    # FACTS.md: an item without a heading is headed by its first sentence; a sentence that
    # assigns work stays a Task too (printed once by to_text)
    assert isinstance(two.children[0], Task)
    assert two.heading == two.children[0].text
    assert two.heading.startswith("Giao Văn phòng Thị ủy chủ trì")


def test_references_tasks_closing() -> None:
    doc = parse_text(KET_LUAN)
    (ref,) = doc.references()
    assert (str(ref.notation), ref.date) == ("87-NQ/TU", datetime.date(2023, 3, 15))
    (task,) = doc.tasks()
    assert [b.name for b in task.lead] == ["Văn phòng Thị ủy"]
    assert [b.name for b in task.partners] == ["các cơ quan chức năng"]
    assert task.report_to is not None
    assert task.report_to.name == "Ban Thường vụ Thị ủy"
    assert [(r.name, r.purpose) for r in doc.recipients] == [("Thường trực Tỉnh ủy", "để báo cáo"), ("Lưu VT", None)]
    (signature,) = doc.signatures
    assert signature.authority is SigningAuthority.TM
    assert (signature.on_behalf_of, signature.position, signature.signer) == (
        "BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ THƯỜNG TRỰC",
        "Văn Quốc Cường",
    )
    assert doc.warnings == ()


def test_state_document_is_read_and_flagged() -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/QĐ-UBND Bắc Ninh, ngày 05 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập tổ công tác\n\n"
        "Điều 1. Thành lập tổ công tác.\n\nĐiều 2. Quyết định có hiệu lực.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
    )
    doc = parse_text(text)
    assert doc.system is DocumentSystem.STATE
    assert doc.kind is DocumentKind.QUYET_DINH
    assert str(doc.notation) == "12/QĐ-UBND"
    assert [d.label for d in doc.divisions()] == ["1", "2"]
    assert doc.signatures[0].authority is SigningAuthority.STATE_TM
    assert any("state document" in w.message for w in doc.warnings)


def test_annex_after_the_signature_is_an_appendix() -> None:
    text = (
        "NGHỊ QUYẾT\nvề một việc\n\nĐiều 1. Ban hành Chương trình.\n\nNơi nhận:\n- Lưu: VT.\n\n"
        "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\nI. MỤC TIÊU\n\nNội dung.\n\n"
        "II. NHIỆM VỤ\n\nNội dung.\n"
    )
    doc = parse_text(text)
    (appendix,) = doc.appendices
    assert isinstance(appendix, Appendix)
    assert appendix.title == "CHƯƠNG TRÌNH HÀNH ĐỘNG"
    assert [b.label for b in appendix.body if isinstance(b, Division)] == ["I", "II"]
    assert [d.label for d in doc.body if isinstance(d, Division)] == ["1"]


def test_a_stamp_after_the_signer_becomes_a_note() -> None:
    text = (
        "KẾT LUẬN\n\n1. Nội dung.\n\nT/M ĐẢNG UỶ\nBÍ THƯ\nVũ Thị Thuỳ Trang\n"
        "ĐẢNG UỶ XÃ CÔNG HẢI\n13-11-2025 14:38:52 +07:00\n"
    )
    doc = parse_text(text)
    (signature,) = doc.signatures
    assert signature.note == "ĐẢNG UỶ XÃ CÔNG HẢI; 13-11-2025 14:38:52 +07:00"
    assert doc.warnings
    assert doc.warnings[0].line == 8


def test_banner_and_unplaced_header_text_are_kept_with_warnings() -> None:
    doc = parse_text("[OCR] [bản quét]\nBản sao\nĐẢNG BỘ TỈNH\n\nNGHỊ QUYẾT\nvề việc\n\nNội dung.\n")
    messages = [(w.line, w.message) for w in doc.warnings]
    assert messages[0] == (1, "transcriber's note: [OCR] [bản quét]")
    assert messages[1][0] == 2
    assert "Bản sao" in messages[1][1]
    assert isinstance(doc.preamble[0], Paragraph)
    assert doc.preamble[0].text == "Bản sao"


def test_empty_and_junk_input() -> None:
    assert parse_text("").body == ()
    doc = parse_text("\x00\x01 |||| ** __ \f\f")
    assert doc.body == ()
    assert doc.kind is None


def test_page_furniture_is_left_out_but_reported() -> None:
    doc = parse_text("NGHỊ QUYẾT\nvề việc\n\n1. Nội dung trang một.\n\n===== Trang 2 =====\n\n2. Nội dung.\n\n8\n")
    assert [d.label for d in doc.divisions()] == ["1", "2"]
    (warning,) = doc.warnings
    assert warning.line == 6
    assert "'===== Trang 2 ====='" in warning.message
    assert "10: '8'" in warning.message


def test_run_in_sentences_citing_documents_keep_their_citations_and_head_the_item() -> None:
    doc = parse_text(
        "KẾT LUẬN\nvề việc\n\n1. Về thực hiện Nghị quyết số 57-NQ/TW\n\nNội dung.\n\n"
        "2. Tiếp tục thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.\n"
    )
    first, second = doc.body
    assert isinstance(first, Division)
    assert first.heading == "Về thực hiện Nghị quyết số 57-NQ/TW"
    assert isinstance(second, Division)
    assert second.heading == "Tiếp tục thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương."
    assert isinstance(second.children[0], Paragraph)
    assert second.children[0].text == second.heading
    # a heading that cites a document keeps its citation too (FACTS.md: references cited anywhere)
    assert [str(r.notation) for r in doc.references()] == ["57-NQ/TW", "19-NQ/TW"]
    assert to_text(doc).count("Tiếp tục thực hiện") == 1


def test_a_failure_inside_the_parser_still_gives_the_text_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from nghiquyet.text import parse as parse_module

    def broken(_lines: object, _start: int) -> int:
        raise RuntimeError("bug")

    monkeypatch.setattr(parse_module, "find_closing", broken)
    doc = parse_text("KẾT LUẬN\nvề việc\n\nNội dung.")
    assert [b.text for b in doc.body if isinstance(b, Paragraph)] == ["KẾT LUẬN", "về việc", "Nội dung."]
    assert "RuntimeError" in doc.warnings[0].message


def test_conference_numbered_in_the_opening_paragraph() -> None:
    doc = parse_text(
        "KẾT LUẬN\nCỦA HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\n\n"
        "Ngày 06/10/2023, Hội nghị lần thứ 13 Ban Chấp hành Đảng bộ huyện khóa XXIII đã họp, kết luận:\n\n"
        "1. Nội dung.\n"
    )
    assert doc.conference is not None
    assert (doc.conference.ordinal, doc.conference.term) == (13, "XXIII")
    assert parse_text("KẾT LUẬN\nTẠI HỘI NGHỊ TOÀN QUỐC\n\nHội nghị đã họp.\n\n1. Nội dung.\n").conference is None


def _plan(subject: str, body: str = "Các cấp ủy tổ chức quán triệt.") -> str:
    return f"""\
ĐẢNG BỘ TỈNH BẮC NINH                ĐẢNG CỘNG SẢN VIỆT NAM
BAN THƯỜNG VỤ TỈNH ỦY
*
Số 15-KH/TU                          Bắc Ninh, ngày 10 tháng 02 năm 2025

KẾ HOẠCH
{subject}

I. MỤC ĐÍCH, YÊU CẦU

{body}
"""


def test_a_document_cited_only_in_the_subject_is_a_reference() -> None:
    subject = (
        "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị "
        "về đột phá phát triển khoa học, công nghệ"
    )
    doc = parse_text(_plan(subject))
    assert doc.subject == subject
    (span,) = doc.subject_spans
    assert isinstance(span, Reference)
    assert subject[span.start : span.end].startswith("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")
    assert (span.kind, str(span.notation), span.date) == (
        DocumentKind.NGHI_QUYET,
        "57-NQ/TW",
        datetime.date(2024, 12, 22),
    )
    assert span.issuer is not None
    assert span.issuer.name == "Bộ Chính trị"
    assert [str(r.notation) for r in doc.references()] == ["57-NQ/TW"]


def test_the_subject_citation_comes_first_and_the_body_citation_keeps_its_own_date() -> None:
    doc = parse_text(
        _plan(
            "Thực hiện Kết luận số 12-KL/TU ngày 02/01/2025 của Tỉnh ủy",
            "Các cấp ủy quán triệt Kết luận số 12-KL/TU và Chỉ thị số 05-CT/TW của Bộ Chính trị.",
        )
    )
    cited = [(str(r.notation), r.date) for r in doc.references()]
    # the body prints no date: it is not copied there from the trích yếu
    assert cited == [("12-KL/TU", datetime.date(2025, 1, 2)), ("12-KL/TU", None), ("05-CT/TW", None)]


def test_a_date_in_the_subject_is_a_date_mention() -> None:
    subject = "về một số nội dung cuộc họp ngày 30/9/2025"
    doc = parse_text(_plan(subject))
    (span,) = doc.subject_spans
    assert isinstance(span, DateMention)
    assert (subject[span.start : span.end], span.date) == ("30/9/2025", datetime.date(2025, 9, 30))
    assert list(doc.references()) == []


def test_a_subject_that_cites_nothing_has_no_spans() -> None:
    doc = parse_text(_plan("về tăng cường công tác cán bộ"))
    assert doc.subject == "về tăng cường công tác cán bộ"
    assert doc.subject_spans == ()


def test_the_subject_never_cites_the_document_itself() -> None:
    doc = parse_text(_plan("Sửa đổi Kế hoạch số 15-KH/TU và thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"))
    assert [str(r.notation) for r in doc.references()] == ["05-CT/TW"]


def test_a_subject_in_capitals_over_two_lines_is_annotated_once_joined() -> None:
    doc = parse_text(
        _plan(
            "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024\n"
            "CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ"
        )
    )
    (span,) = doc.subject_spans
    assert isinstance(span, Reference)
    assert doc.subject is not None
    assert doc.subject[span.start : span.end] == (
        "NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ"
    )
    assert span.issuer is not None
    day = datetime.date(2024, 12, 22)
    assert (str(span.notation), span.date, span.issuer.name) == ("57-NQ/TW", day, "BỘ CHÍNH TRỊ")
