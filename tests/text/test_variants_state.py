"""State documents written for these tests (Nghị định 30/2020/NĐ-CP layout): licences, inspection
plans, decisions signed for the head, blank numbers and dates, annexes after the signature.

Every expectation is read off the text by hand, following ../shared/corpus/FACTS.md.
"""

from __future__ import annotations

import datetime

from _views import signatures, tasks

from nghiquyet import Division, DocumentKind, DocumentSystem, SigningAuthority, parse_text, to_text

GIAY_PHEP = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH YÊN BÁI                              Độc lập - Tự do - Hạnh phúc

Số: 311/GP-UBND                   Yên Bái, ngày 08 tháng 9 năm 2027

GIẤY PHÉP KHAI THÁC KHOÁNG SẢN

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH YÊN BÁI

Căn cứ Nghị định số 158/2024/NĐ-CP ngày 18/12/2024 của Chính phủ;
Căn cứ Quy chuẩn QCVN 02:2021/BCT về an toàn trong khai thác mỏ;
Xét đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 902/TTr-SNNMT ngày 01/9/2027.

QUYẾT ĐỊNH:

Điều 1. Cho phép Công ty Cổ phần Khoáng sản Trấn Yên khai thác đá vôi tại xã Minh Quân.

Điều 2. Điều kiện khai thác

1. Thực hiện đúng thiết kế mỏ đã được phê duyệt.

2. Giao Sở Nông nghiệp và Môi trường, Công an tỉnh kiểm tra việc thực hiện Giấy phép này.

Điều 3. Giấy phép có hiệu lực kể từ ngày ký./.

Nơi nhận:                                             KT. CHỦ TỊCH
- Như Điều 3;                                         PHÓ CHỦ TỊCH
- Sở Nông nghiệp và Môi trường;
- Lưu: VT.                                            Trần Thanh Hải

PHỤ LỤC
TỌA ĐỘ KHU VỰC KHAI THÁC

1. Điểm mốc số 1.
"""


def test_a_licence_is_a_state_kind_named_by_its_code() -> None:
    doc = parse_text(GIAY_PHEP)
    assert doc.system is DocumentSystem.STATE
    assert doc.kind is DocumentKind.GIAY_PHEP
    assert doc.kind.code == "GP"
    assert doc.kind.is_state
    assert str(doc.notation) == "311/GP-UBND"
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"
    assert (doc.place, doc.date) == ("Yên Bái", datetime.date(2027, 9, 8))
    assert doc.subject == "KHAI THÁC KHOÁNG SẢN"


def test_a_licence_has_articles_clauses_signature_and_annex() -> None:
    doc = parse_text(GIAY_PHEP)
    assert [d.label for d in doc.body if isinstance(d, Division)] == ["1", "2", "3"]
    article_2 = doc.body[1]
    assert isinstance(article_2, Division)
    assert article_2.heading == "Điều kiện khai thác"
    assert [d.label for d in article_2.children if isinstance(d, Division)] == ["1", "2"]
    assert signatures(doc) == [(SigningAuthority.STATE_KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thanh Hải")]
    assert [r.name for r in doc.recipients] == ["Như Điều 3", "Sở Nông nghiệp và Môi trường", "Lưu: VT"]
    assert [a.title for a in doc.appendices] == ["PHỤ LỤC\nTỌA ĐỘ KHU VỰC KHAI THÁC"]
    assert tasks(doc) == [(["Sở Nông nghiệp và Môi trường", "Công an tỉnh"], [])]


def test_a_standard_code_is_not_a_citation() -> None:
    doc = parse_text(GIAY_PHEP)
    assert sorted(str(r.notation) for r in doc.references()) == ["158/2024/NĐ-CP", "902/TTr-SNNMT"]
    kinds = {str(r.notation): r.kind for r in doc.references()}
    assert kinds["158/2024/NĐ-CP"] is DocumentKind.NGHI_DINH


def test_a_licence_comes_back_through_to_text() -> None:
    doc = parse_text(GIAY_PHEP)
    again = parse_text(to_text(doc))
    for field in ("kind", "system", "notation", "issuer", "place", "date", "subject", "recipients"):
        assert getattr(again, field) == getattr(doc, field), field
    assert signatures(again) == signatures(doc)


KE_HOACH_OF_A_TEAM = """\
    SỞ XÂY DỰNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     TỔ CÔNG TÁC                     Độc lập - Tự do - Hạnh phúc
  THEO QUYẾT ĐỊNH
   SỐ 77/QĐ-SXD                  Điện Biên, ngày       tháng      năm 2027

     Số:      /KH-TCT

                               KẾ HOẠCH
      Rà soát hồ sơ cấp phép xây dựng trên địa bàn tỉnh

      Thực hiện Quyết định số 77/QĐ-SXD ngày 02/02/2027 của Giám đốc Sở Xây dựng, Tổ công tác lập kế hoạch
như sau:
      1. Căn cứ Nghị định số 175/2024/NĐ-
CP ngày 30/12/2024 của Chính phủ.
      2. Trên đây là Kế hoạch của Tổ, đề nghị các thành viên và đơn vị có liên quan phối hợp thực hiện.
"""


def test_a_team_named_after_the_decision_that_set_it_up() -> None:
    doc = parse_text(KE_HOACH_OF_A_TEAM)
    assert doc.issuer is not None
    assert doc.issuer.name == "TỔ CÔNG TÁC THEO QUYẾT ĐỊNH SỐ 77/QĐ-SXD"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "SỞ XÂY DỰNG"
    assert str(doc.notation) == "/KH-TCT"
    assert doc.notation is not None
    assert doc.notation.number is None
    assert (doc.place, doc.date) == ("Điện Biên", None)  # day and month left blank, each in its own gap


def test_the_founding_decision_and_a_notation_split_at_a_line_end_are_cited() -> None:
    doc = parse_text(KE_HOACH_OF_A_TEAM)
    found = {str(r.notation): r.date for r in doc.references()}
    assert found == {"77/QĐ-SXD": datetime.date(2027, 2, 2), "175/2024/NĐ-CP": datetime.date(2024, 12, 30)}


def test_members_and_units_asked_to_act_lead_a_task() -> None:
    doc = parse_text(KE_HOACH_OF_A_TEAM)
    assert tasks(doc) == [(["các thành viên", "đơn vị có liên quan"], [])]


def test_the_governments_formula_for_every_ministry_is_not_a_task() -> None:
    text = (
        "NGHỊ QUYẾT\nban hành Chương trình hành động\n\n"
        "1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
        "Trung ương có trách nhiệm xây dựng kế hoạch.\n\n"
        "2. Bộ Nội vụ có trách nhiệm tổng hợp kết quả.\n\n"
        "3. Giao phòng Quản lý Xây dựng Sở Xây dựng theo dõi.\n\n"
        "4. Sau khi có quyết định, Văn phòng tổ chức trao tặng, giao Huy hiệu Đảng cho cấp ủy cơ sở.\n"
    )
    doc = parse_text(text)
    assert [lead for lead, _ in tasks(doc)] == [["Bộ Nội vụ"], ["phòng Quản lý Xây dựng Sở Xây dựng"]]


def test_a_team_named_after_its_founding_decision_comes_back_through_to_text() -> None:
    doc = parse_text(KE_HOACH_OF_A_TEAM)
    again = parse_text(to_text(doc))
    assert (again.issuer, str(again.notation)) == (doc.issuer, str(doc.notation))
    assert sorted(str(r.notation) for r in again.references()) == sorted(str(r.notation) for r in doc.references())


TWO_ANNEXES = """\
KẾ HOẠCH
tập huấn nghiệp vụ năm 2027

1. Tổ chức 02 lớp tập huấn.

Nơi nhận:
- Các sở, ngành,
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lò Văn Pấng

PHỤ LỤC I
DANH SÁCH HỌC VIÊN

1. Sở Tài chính: 05 người.

2. Sở Nội vụ: 04 người.

PHỤ LỤC II
LỊCH TẬP HUẤN

1. Ngày 05/5/2027: lớp thứ nhất.

Mục 3 (ghi chú): không bắt buộc.
"""


def test_each_annex_keeps_its_title_caption_and_own_numbering() -> None:
    doc = parse_text(TWO_ANNEXES)
    assert [a.title for a in doc.appendices] == ["PHỤ LỤC I\nDANH SÁCH HỌC VIÊN", "PHỤ LỤC II\nLỊCH TẬP HUẤN"]
    assert [[getattr(b, "label", None) for b in a.body] for a in doc.appendices] == [["1", "2"], ["1"]]
    assert [d.label for d in doc.divisions()] == ["1", "1", "2", "1"]  # "Mục 3 (ghi chú)" names a field
    assert parse_text(to_text(doc)).appendices == doc.appendices


KE_HOACH_WITH_DUTIES_BY_BODY = """\
KẾ HOẠCH
triển khai công tác chuyển đổi số năm 2027

I. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ
- Chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh xây dựng kho dữ liệu dùng chung.
- Chủ trì, tham mưu Ủy ban nhân dân tỉnh ban hành danh mục dữ liệu mở.
- Chủ trì thực hiện rà soát các hệ thống thông tin.

2. Về kinh phí
- Chủ trì, phối hợp với các đơn vị bố trí kinh phí.

3. Sở Tài chính:
Chủ trì, phối hợp với các sở, ngành thẩm định dự toán.
"""


def test_duties_without_their_subject_belong_to_the_body_heading_the_item() -> None:
    doc = parse_text(KE_HOACH_WITH_DUTIES_BY_BODY)
    assert tasks(doc) == [
        (["Sở Khoa học và Công nghệ"], ["Sở Nội vụ", "Công an tỉnh"]),
        (["Sở Khoa học và Công nghệ"], []),
        (["Sở Tài chính"], ["các sở", "ngành"]),
    ]  # "Chủ trì thực hiện …" is not a listed form; "Về kinh phí" names no body
    assert tasks(parse_text(to_text(doc))) == tasks(doc)


def test_a_form_with_its_own_signing_block_inside_a_manual_is_not_the_closing() -> None:
    sections = "\n\n".join(
        f"{n}. Bước thứ {n}\n\nCác chi bộ thực hiện nội dung của bước thứ {n} theo đúng quy trình."
        for n in range(2, 12)
    )
    text = f"""\
BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
BAN TỔ CHỨC
*
Số 09-HD/BTCTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình, ngày 20 tháng 4 năm 2027

HƯỚNG DẪN
quy trình chuyển sinh hoạt đảng

1. Lập giấy giới thiệu theo mẫu sau:

GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG

T/M CHI BỘ
BÍ THƯ
(Ký, ghi rõ họ tên)

{sections}

Nơi nhận:
- Các huyện ủy, thành ủy,
- Lưu VT.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Bùi Văn Thắng
"""
    doc = parse_text(text)
    assert [d.label for d in doc.body] == [str(n) for n in range(1, 12)]
    assert [r.name for r in doc.recipients] == ["Các huyện ủy, thành ủy", "Lưu VT"]
    assert signatures(doc) == [(SigningAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Bùi Văn Thắng")]
    again = parse_text(to_text(doc))
    assert (signatures(again), again.recipients) == (signatures(doc), doc.recipients)


def test_ocr_noise_in_a_state_header_is_read_through() -> None:
    text = """\
HỘI ĐỒNG NHÂN DÂN        CỘNG HOÀ XÀ HỘI CHỦ NGHỈA VIỆT NAM
TỈNH CAO BẰNG                Độc lập — Tự do — Hạnh phúc
S6: 07/2027/NQ-HĐND        Cao Bằng, ngày 1O tháng 7 năm 2O27

NGHỊ QUYẾT
Quy định mức hỗ trợ phát triển sản xuất

Điều 1. Quy định mức hỗ trợ.
"""
    doc = parse_text(text)
    assert (doc.system, doc.kind, str(doc.notation)) == (
        DocumentSystem.STATE,
        DocumentKind.NGHI_QUYET,
        "07/2027/NQ-HĐND",
    )
    assert (doc.place, doc.date) == ("Cao Bằng", datetime.date(2027, 7, 10))  # "1O", "2O27": OCR's letter O
    assert not any("not recognised" in w.message for w in doc.warnings)  # the em-dashed motto is the motto


CONG_DIEN = """\
ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NINH                     Độc lập - Tự do - Hạnh phúc
Số: 05/CĐ-UBND                 Quảng Ninh, ngày 06 tháng 9 năm 2027

CÔNG ĐIỆN
Về việc tập trung ứng phó khẩn cấp với bão số 3

Để chủ động ứng phó với bão số 3, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Tài nguyên và Môi trường chủ trì, phối hợp với các địa phương theo dõi chặt chẽ diễn biến của bão.

2. Sở Giao thông vận tải có trách nhiệm bảo đảm giao thông thông suốt.

Nơi nhận:                                      KT. CHỦ TỊCH
- Như trên;                                     PHÓ CHỦ TỊCH
- Lưu: VT.
                                                Nguyễn Văn Thắng
"""


def test_a_cong_dien_and_departments_named_to_their_last_syllable() -> None:
    doc = parse_text(CONG_DIEN)
    assert (doc.kind, str(doc.notation)) == (DocumentKind.CONG_DIEN, "05/CĐ-UBND")
    assert doc.subject == "Về việc tập trung ứng phó khẩn cấp với bão số 3"
    assert tasks(doc) == [
        (["Sở Tài nguyên và Môi trường"], ["các địa phương"]),
        (["Sở Giao thông vận tải"], []),
    ]
    assert signatures(doc) == [(SigningAuthority.STATE_KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Thắng")]


def test_without_recipients_a_form_in_the_body_is_passed_over_and_one_in_an_annex_too() -> None:
    text = """\
HƯỚNG DẪN
lập hồ sơ đề nghị khen thưởng

1. Tờ trình của chi bộ theo mẫu:

T/M CHI BỘ
BÍ THƯ
(Ký, ghi rõ họ tên)

2. Bản tóm tắt thành tích.

3. Biên bản họp xét của chi bộ.

4. Danh sách trích ngang.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Trần Quốc Toản

PHỤ LỤC
MẪU BIÊN BẢN

1. Thời gian họp.

2. Thành phần.

3. Kết quả biểu quyết.

T/M CHI BỘ
BÍ THƯ
"""
    doc = parse_text(text)
    assert [d.label for d in doc.body] == ["1", "2", "3", "4"]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Quốc Toản")]
    assert [a.title for a in doc.appendices] == ["PHỤ LỤC\nMẪU BIÊN BẢN"]
