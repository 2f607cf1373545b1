"""Republications and damaged copies written for these tests: running titles, portal headings,
signatures flattened into a table cell, citations in headings, OCR-glued words.

Every expectation is read off the text by hand, following ../shared/corpus/FACTS.md.
"""

from __future__ import annotations

import datetime

from _views import signatures, tasks

from nghiquyet import Division, DocumentKind, SigningAuthority, parse_text, to_text

PRESS_CHI_THI = """\
# Chỉ thị số 31-CT/TW

Chỉ thị số 31-CT/TW ngày 04/3/2027 của Ban Bí thư về tăng cường công tác phòng, chống thiên tai trong tình hình mới

**    **

Những năm qua, công tác phòng, chống thiên tai đã đạt nhiều kết quả.

**1\\. Nâng cao nhận thức của cán bộ, đảng viên**

Các cấp ủy tổ chức quán triệt sâu rộng.

**2\\. Tổ chức thực hiện**

Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện Chỉ thị này.

|   | T/M BAN BÍ THƯ *(Đã ký)* Lương Văn Cường |
| :---- | :---- |
"""


def test_a_running_title_names_kind_notation_date_and_trich_yeu() -> None:
    doc = parse_text(PRESS_CHI_THI)
    assert doc.kind is DocumentKind.CHI_THI
    assert str(doc.notation) == "31-CT/TW"
    assert doc.date == datetime.date(2027, 3, 4)
    assert doc.place is None
    assert doc.issuer is None  # "của Ban Bí thư" is the author in a sentence, not an issuer line
    assert doc.subject == "về tăng cường công tác phòng, chống thiên tai trong tình hình mới"
    assert [d.label for d in doc.body] == ["1", "2"]


def test_a_signature_flattened_into_one_table_cell_is_read() -> None:
    doc = parse_text(PRESS_CHI_THI)
    assert signatures(doc) == [(SigningAuthority.TM, "BAN BÍ THƯ", None, "Lương Văn Cường")]


def test_a_press_copy_comes_back_through_to_text() -> None:
    doc = parse_text(PRESS_CHI_THI)
    again = parse_text(to_text(doc))
    for field in ("kind", "notation", "date", "place", "issuer", "subject", "title"):
        assert getattr(again, field) == getattr(doc, field), field
    assert signatures(again) == signatures(doc)


PORTAL_HEADING_OVER_A_FULL_COPY = """\
## Công văn số 1275-CV/VPTU

**TỈNH ỦY NINH BÌNH**
**VĂN PHÒNG**
\\*
Số 1275-CV/VPTU
V/v góp ý dự thảo quy chế làm việc

**ĐẢNG CỘNG SẢN VIỆT NAM**
Ninh Bình, ngày 17 tháng 9 năm 2027

Kính gửi: Các sở, ban, ngành tỉnh.

Văn phòng Tỉnh ủy đề nghị các cơ quan góp ý trước ngày 30/9/2027.
"""


def test_a_portal_heading_over_a_copy_with_its_header_is_the_page_title() -> None:
    doc = parse_text(PORTAL_HEADING_OVER_A_FULL_COPY)
    assert str(doc.notation) == "1275-CV/VPTU"
    assert doc.issuer is not None
    assert doc.issuer.name == "VĂN PHÒNG"
    assert doc.place == "Ninh Bình"
    assert doc.date == datetime.date(2027, 9, 17)
    assert doc.subject == "V/v góp ý dự thảo quy chế làm việc"
    kept = [getattr(b, "text", "") for b in doc.preamble]
    assert "Công văn số 1275-CV/VPTU" in kept  # the heading's words are kept, as text


CHUONG_TRINH_WITH_DAMAGED_TEXT = """\
ĐẢNG BỘ XÃ TÂN PHONG
*
Số 15-CTr/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Phong, ngày 10 tháng 10 năm 2026

CHƯƠNG TRÌNH
công tác năm 2027

1. Kế hoạch thực hiện Nghị quyết số 27-NQ/TW của Bộ Chính trị về xây dựng Nhà nước pháp quyền

Ban Tuyên giáo chủtrì, phối hợp cơ quan liên quan tham mưu trình trong tháng 02/2027.

2. Sơ kết 02 năm thực hiện Chỉ thịsố18-CT/TU ngày 05/6/2025 của Ban Thường vụ Tỉnh ủy

Văn phòng Đảng ủy chủ trì, phối hợp các đơn vị liên quan thực hiện.

3. Triển khai Công văn số 12480-CV/VPTW ngày 02/8/2026 của Văn phòng Trung ương Đảng.
"""


def test_citations_in_headings_glued_to_so_and_with_five_digits_are_read() -> None:
    doc = parse_text(CHUONG_TRINH_WITH_DAMAGED_TEXT)
    found = {str(r.notation): r.date for r in doc.references()}
    assert found == {
        "27-NQ/TW": None,
        "18-CT/TU": datetime.date(2025, 6, 5),
        "12480-CV/VPTW": datetime.date(2026, 8, 2),
    }
    again = parse_text(to_text(doc))
    assert {str(r.notation): r.date for r in again.references()} == found


def test_chu_tri_glued_by_ocr_and_partners_named_by_their_common_noun() -> None:
    doc = parse_text(CHUONG_TRINH_WITH_DAMAGED_TEXT)
    assert tasks(doc) == [
        (["Ban Tuyên giáo"], ["cơ quan liên quan"]),
        (["Văn phòng Đảng ủy"], ["các đơn vị liên quan"]),
    ]


LICH_LAM_VIEC = """\
ĐẢNG BỘ HUYỆN ĐỨC TRỌNG
ĐẢNG ỦY XÃ HIỆP AN
*
Số 52-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hiệp An, ngày 03 tháng 4 năm 2027

THÔNG BÁO
lịch làm việc của Thường trực Đảng ủy với các chi bộ

1. Thời gian: ngày 10/4/2027, làm việc với Chi bộ thôn Đa Thiện (Giao đồng chí Bí thư chi bộ mời các
thành phần của thôn).

2. Văn phòng Đảng ủy kính đề nghị các đồng chí Ủy viên Ban Thường vụ Đảng ủy dự đầy đủ.

3. Đề nghị các đồng chí sắp xếp thời gian tham dự.

4. Giao đồng chí Nguyễn Văn Hùng chuẩn bị hội trường.
"""


def test_offices_held_by_comrades_lead_tasks_and_persons_do_not() -> None:
    doc = parse_text(LICH_LAM_VIEC)
    assert [lead for lead, _ in tasks(doc)] == [
        ["đồng chí Bí thư chi bộ"],
        ["các đồng chí Ủy viên Ban Thường vụ Đảng ủy"],
    ]


HDND_RESOLUTION = """\
HỘI ĐỒNG NHÂN DÂN
TỈNH BẮC KẠN
Số: 41/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Kạn, ngày 12 tháng 7 năm 2027

NGHỊ QUYẾT
VỀ KẾT QUẢ GIÁM SÁT VIỆC GIẢI QUYẾT KIẾN NGHỊ CỦA CỬ TRI
TRƯỚC KỲ HỌP THỨ TƯ
HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN
KHÓA X - KỲ HỌP THỨ TƯ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT NGHỊ:

1. Ủy ban nhân dân tỉnh có trách nhiệm chỉ đạo giải quyết dứt điểm các kiến nghị.
"""


def test_the_deciding_authority_under_a_trich_yeu_is_not_part_of_it() -> None:
    doc = parse_text(HDND_RESOLUTION)
    # the trích yếu wraps ("… CỦA CỬ TRI" / "TRƯỚC KỲ HỌP THỨ TƯ"); the council's name under it is not the trích yếu
    assert doc.subject == "VỀ KẾT QUẢ GIÁM SÁT VIỆC GIẢI QUYẾT KIẾN NGHỊ CỦA CỬ TRI TRƯỚC KỲ HỌP THỨ TƯ"
    assert doc.kind is DocumentKind.NGHI_QUYET
    assert str(doc.notation) == "41/NQ-HĐND"


def test_the_term_is_the_meeting_bodys_not_any_khoa_in_the_text() -> None:
    text = """\
KẾT LUẬN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 4

Ngày 05/3/2027, Ban Chấp hành Đảng bộ phường tổ chức Hội nghị lần thứ tư.

1. Lãnh đạo tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp.

2. Tin tưởng Ban Chấp hành Đảng bộ phường khóa II sẽ hoàn thành nhiệm vụ.
"""
    doc = parse_text(text)
    assert doc.conference is not None
    assert doc.conference.ordinal == 4
    assert doc.conference.term == "II"
    without = parse_text(text.replace("Ban Chấp hành Đảng bộ phường khóa II", "Ban Chấp hành"))
    assert without.conference is not None
    assert without.conference.term is None  # "Quốc hội khóa XVI" is not the meeting body's term


QUY_DINH_OF_DUTIES = """\
QUY ĐỊNH
về quản lý hồ sơ điện tử

1. Các đơn vị lưu trữ hồ sơ có trách nhiệm sao lưu định kỳ.

2. Cơ quan, tổ chức sử dụng hồ sơ có trách nhiệm bảo mật thông tin.

3. Trung tâm Lưu trữ tỉnh chủ trì, hướng dẫn các sở vận hành hệ thống, phối hợp với Sở Nội vụ kiểm tra.

4. Ban Tổ chức đã phối hợp tốt và có trách nhiệm cao trong năm qua.
"""


def test_a_body_qualified_by_a_few_words_before_its_duty_and_chu_tri_with_a_comma() -> None:
    doc = parse_text(QUY_DINH_OF_DUTIES)
    assert tasks(doc) == [
        (["Các đơn vị lưu trữ hồ sơ"], []),
        (["Cơ quan", "tổ chức sử dụng hồ sơ"], []),
        (["Trung tâm Lưu trữ tỉnh"], ["Sở Nội vụ"]),
    ]


def test_a_point_that_ends_on_de_nghi_goes_on_with_whom_it_asks() -> None:
    text = (
        "NGHỊ QUYẾT\nvề kết quả giám sát năm 2027\n\n"
        "1. Về lĩnh vực giao thông:\n"
        "a) Hội đồng nhân dân tỉnh ghi nhận kết quả thực hiện các dự án giao thông nông thôn trong năm qua.\n"
        "b) Đề nghị\n"
        "Ủy ban nhân dân tỉnh chỉ đạo Sở Xây dựng rà soát các công trình chậm tiến độ.\n"
    )
    doc = parse_text(text)
    (item,) = doc.body
    assert isinstance(item, Division)
    point_b = item.children[-1]
    assert isinstance(point_b, Division)
    assert point_b.label == "b"
    assert [lead for lead, _ in tasks(doc)] == [["Ủy ban nhân dân tỉnh"]]


def test_a_fragment_of_a_broken_header_is_no_place() -> None:
    text = """\
**BAN CHẤP HÀNH TRUNG ƯƠNG**
Số 45-
CT/TW (ngày 18 tháng 4 năm 2027)

CHỈ THỊ
về tăng cường công tác dân vận

1. Các cấp ủy quán triệt sâu sắc quan điểm của Đảng.
"""
    doc = parse_text(text)
    assert doc.place is None  # "CT/TW (" is a broken fragment of the number, not a place


def test_ocr_banners_and_page_markers_cost_no_words() -> None:
    text = """\
[OCR] Bản quét được nhận dạng tự động, có thể có lỗi.
ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY NAM ĐÀN
*
Số 318-TB/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Đàn, ngày 02 tháng 6 năm 2027

THÔNG BÁO
lịch làm việc của Thường trực Huyện ủy tuần 23

1. Thứ Hai (ngày 07/6/2027): Giao Văn phòng Huyện ủy chuẩn bị
===== Trang 2 =====
nội dung và mời thành phần.

2. Thứ Ba (ngày 08/6/2027): Đồng chí Chủ tịch UBND huyện dự hội nghị tại tỉnh.
"""
    doc = parse_text(text)
    assert (doc.kind, str(doc.notation)) == (DocumentKind.THONG_BAO, "318-TB/HU")
    assert [d.label for d in doc.body] == ["1", "2"]
    # the page marker does not cut the sentence that runs over it
    assert [lead for lead, _ in tasks(doc)] == [["Văn phòng Huyện ủy"]]
    assert any("Giao Văn phòng Huyện ủy chuẩn bị nội dung và mời thành phần." in b.text for b in doc.tasks())
    printed = to_text(doc)
    assert "===== Trang 2 =====" not in printed
    assert "[OCR]" not in printed
    assert any(w.message.startswith("transcriber's note") for w in doc.warnings)


def test_a_running_title_under_a_heading_with_its_trich_yeu_on_the_next_line() -> None:
    text = """\
# Chỉ thị 08-CT/TW của Ban Bí thư

**Chỉ thị số 08-CT/TW ngày 09 tháng 5 năm 2027 của Ban Bí thư**
**về tăng cường công tác bảo vệ môi trường**

Những năm qua, công tác bảo vệ môi trường có chuyển biến.

**1\\. Nâng cao nhận thức**

Nội dung.
"""
    doc = parse_text(text)
    assert (doc.kind, str(doc.notation), doc.date) == (DocumentKind.CHI_THI, "08-CT/TW", datetime.date(2027, 5, 9))
    assert doc.subject == "về tăng cường công tác bảo vệ môi trường"
    again = parse_text(to_text(doc))
    assert (again.kind, again.notation, again.date, again.subject) == (doc.kind, doc.notation, doc.date, doc.subject)


def test_a_full_text_heading_dated_by_the_news_lead() -> None:
    text = """\
## Toàn văn Kết luận 210-KL/TW

Ngày 03/3/2027, thay mặt Bộ Chính trị, đồng chí Thường trực Ban Bí thư đã ký ban hành Kết luận số 210-KL/TW về \
công tác cán bộ.

1. Giao Ban Tổ chức Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện.
"""
    doc = parse_text(text)
    assert (doc.kind, str(doc.notation), doc.date) == (DocumentKind.KET_LUAN, "210-KL/TW", datetime.date(2027, 3, 3))
    assert tasks(doc) == [(["Ban Tổ chức Trung ương"], ["các cơ quan liên quan"])]


def test_a_running_title_naming_its_conference() -> None:
    text = (
        "Nghị quyết số 21-NQ/TW, ngày 16/6/2027 Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIV "
        "về công tác dân tộc\n\nNội dung mở đầu.\n\n1. Mục tiêu\n\nNội dung.\n"
    )
    doc = parse_text(text)
    assert doc.conference is not None
    assert (doc.conference.ordinal, doc.conference.term) == (8, "XIV")
    assert doc.subject == "về công tác dân tộc"


def test_a_state_signing_block_run_into_one_table_cell() -> None:
    text = """\
| **ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** |
| --- | --- |
| Số: 21/2027/QĐ-UBND | *Bình Phước, ngày 11 tháng 5 năm 2027* |

**QUYẾT ĐỊNH**

**VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.

| ***Nơi nhận:*** \\- Như Điều 1; \\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Trần Tuệ Hiền** |
| --- | --- |
"""
    doc = parse_text(text)
    assert (doc.kind, str(doc.notation), doc.date) == (
        DocumentKind.QUYET_DINH,
        "21/2027/QĐ-UBND",
        datetime.date(2027, 5, 11),
    )
    assert signatures(doc) == [(SigningAuthority.STATE_TM, "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Trần Tuệ Hiền")]
    assert doc.signatures[0].note == "KT. CHỦ TỊCH"
    assert [r.name for r in doc.recipients] == ["Như Điều 1", "Lưu: VT"]
    assert signatures(parse_text(to_text(doc))) == signatures(doc)


def test_giao_cho_and_giao_nhiem_vu_cho_name_the_lead_after_cho() -> None:
    text = (
        "KẾT LUẬN\nvề công tác quý III\n\n"
        "1. Giao cho Ban Dân vận Huyện ủy theo dõi, đôn đốc việc thực hiện.\n\n"
        "2. Giao nhiệm vụ cho Ủy ban Kiểm tra Huyện ủy kiểm tra việc chấp hành.\n\n"
        "3. Giao các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn chỉ đạo thực hiện.\n"
    )
    assert [lead for lead, _ in tasks(parse_text(text))] == [
        ["Ban Dân vận Huyện ủy"],
        ["Ủy ban Kiểm tra Huyện ủy"],
        ["các đồng chí Ủy viên Ban Thường vụ"],
    ]
