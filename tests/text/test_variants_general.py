"""Variants written for generalisation (issue #11): other provinces, years, numbering, issuers and
layouts of the kinds the unseen documents hold — web copies with broken header lines, long manuals,
HĐND/UBND/Sở documents with OCR noise, tasks led by offices, schedules, citations in other forms.

Every expectation is read off the text by hand, following ../shared/corpus/FACTS.md.
"""

from __future__ import annotations

import datetime

import pytest
from _views import signatures, tasks, word_keys

from nghiquyet import Division, Document, DocumentKind, DocumentSystem, SigningAuthority, parse_text, to_text


def outline(doc: Document) -> list[tuple[str, ...]]:
    """The path of every division of the body, in order."""
    out: list[tuple[str, ...]] = []

    def walk(blocks: tuple[object, ...], path: tuple[str, ...]) -> None:
        for block in blocks:
            if isinstance(block, Division):
                out.append((*path, block.label))
                walk(block.children, out[-1])

    walk(doc.body, ())
    return out


WEB_COPY_BROKEN_HEADER = """\
**ĐẢNG BỘ TỈNH VĨNH**
**PHÚC**

**HUYỆN ỦY TAM DƯƠNG**

\\*

Số
214-TB/HU

**ĐẢNG CỘNG SẢN**
**VIỆT NAM**

*Tam Dương, ngày 14 tháng*
*11 năm 2026*

**THÔNG BÁO**

**KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY**

Ngày 10/11/2026, Thường trực Huyện ủy làm việc với Ban Thường vụ Đảng ủy xã Hợp Thịnh về kết quả thực hiện \
Chương trình số 22-CTr/HU ngày 30/9/2025 của Ban Chấp hành Đảng bộ huyện. Sau khi nghe báo cáo, Thường trực \
Huyện ủy kết luận như sau:

**1. Về kết quả thực hiện nhiệm vụ**

Năm 2026, Đảng ủy xã đã lãnh đạo hoàn thành 14/16 chỉ tiêu chủ yếu.

**2. Về nhiệm vụ thời gian tới**

- Đảng ủy xã Hợp Thịnh chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc xã tổ chức tuyên truyền sâu rộng.

- Giao đồng chí Phó Bí thư Thường trực Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo này.

- Giao Văn phòng Huyện ủy phối hợp với Ban Xây dựng Đảng Huyện ủy tổng hợp, báo cáo kết quả trước ngày 15/12/2026.

Nơi nhận:
- Thường trực Huyện ủy,
- Đảng ủy xã Hợp Thịnh,
- Lưu Văn phòng Huyện ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC

Lê Thị Thanh Hương
"""


def test_a_web_copy_with_its_header_broken_into_fragments() -> None:
    doc = parse_text(WEB_COPY_BROKEN_HEADER)
    assert (doc.kind, str(doc.notation)) == (DocumentKind.THONG_BAO, "214-TB/HU")
    assert doc.issuer is not None
    assert doc.issuer.name == "HUYỆN ỦY TAM DƯƠNG"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH VĨNH PHÚC"
    # the place and date wrapped after "tháng": one field over two lines
    assert (doc.place, doc.date) == ("Tam Dương", datetime.date(2026, 11, 14))
    assert doc.subject is None  # no trích yếu is printed: the line under the type name is its author
    assert not any("header text not recognised" in w.message for w in doc.warnings)
    assert [(str(r.notation), r.date) for r in doc.references()] == [("22-CTr/HU", datetime.date(2025, 9, 30))]
    assert tasks(doc) == [
        (["Đảng ủy xã Hợp Thịnh"], ["Ủy ban Mặt trận Tổ quốc xã"]),
        (["đồng chí Phó Bí thư Thường trực Huyện ủy"], []),
        (["Văn phòng Huyện ủy"], ["Ban Xây dựng Đảng Huyện ủy"]),
    ]


KE_HOACH_OF_A_DISTRICT = """\
ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN BẢO THẮNG                         Độc lập - Tự do - Hạnh phúc

Số: 318/KH-UBND                    Bảo Thắng, ngày 04 tháng 5 năm 2028

KẾ HOẠCH
Phòng, chống buôn lậu và gian lận thương mại năm 2028

I. MỤC ĐÍCH, YÊU CẦU

Ngăn chặn kịp thời các hành vi buôn lậu trên địa bàn huyện.

II. PHÂN CÔNG NHIỆM VỤ

1. Công an huyện

- Chủ trì, phối hợp với Quân sự huyện kiểm soát các tuyến đường mòn, lối mở.

2. Thanh tra huyện

- Chủ trì, phối hợp với các cơ quan liên quan giải quyết đơn thư liên quan đến hoạt động thương mại.

3. Ủy ban nhân dân các xã, thị trấn

Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã tuần tra địa bàn; Thuế huyện có trách nhiệm \
hướng dẫn các hộ kinh doanh kê khai thuế.

Nhân dân xã có trách nhiệm tố giác hành vi buôn lậu.
"""


def test_bodies_named_by_their_work_and_level_lead_tasks() -> None:
    doc = parse_text(KE_HOACH_OF_A_DISTRICT)
    assert tasks(doc) == [
        (["Công an huyện"], ["Quân sự huyện"]),
        (["Thanh tra huyện"], ["các cơ quan liên quan"]),
        (["Công an xã"], ["Ban Chỉ huy Quân sự xã"]),
        (["Thuế huyện"], []),
    ]  # (the people of the commune are no body)


SCHEDULE_OF_THE_STANDING_COMMITTEE = """\
ĐẢNG BỘ TỈNH THANH HÓA
HUYỆN ỦY NÔNG CỐNG
*
Số 96-TB/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Nông Cống, ngày 06 tháng 01 năm 2027

THÔNG BÁO
Lịch làm việc của Thường trực Huyện ủy tháng 01 năm 2027

1. Thứ Hai, ngày 11/01/2027:
- Sáng: Đồng chí Bí thư Huyện ủy chủ trì họp Ban Thường vụ Huyện ủy. Giao Văn phòng Huyện ủy chuẩn bị nội dung.
- Chiều: Đồng chí Phó Bí thư Thường trực Huyện ủy làm việc với Đảng ủy xã Trường Sơn.

2. Thứ Ba, ngày 12/01/2027:
- Các đồng chí Ủy viên Ban Thường vụ Huyện ủy dự Hội nghị tổng kết công tác xây dựng Đảng.
- Giao đồng chí Trưởng Ban Tổ chức Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy chuẩn bị báo cáo.

3. Thứ Tư, ngày 13/01/2027: Đồng chí Chủ tịch UBND huyện chủ trì, phối hợp với Ban Kinh tế - Ngân sách HĐND \
huyện kiểm tra tiến độ các công trình.

4. Trong quá trình thực hiện, các chi bộ trực thuộc có trách nhiệm báo cáo kịp thời những vướng mắc.

5. Đối với chi bộ thôn Trung Lương, đồng chí Bí thư chi bộ có trách nhiệm hoàn thiện hồ sơ nhân sự.

Đề nghị các đồng chí Ủy viên Ban Thường vụ, các cơ quan liên quan chủ động bố trí thời gian.

Nơi nhận:
- Các đồng chí Ủy viên BTV Huyện ủy,
- Lưu Văn phòng Huyện ủy.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Lê Văn Khoa
"""


def test_a_schedule_assigns_work_after_its_day_and_hour_and_after_an_opening_phrase() -> None:
    doc = parse_text(SCHEDULE_OF_THE_STANDING_COMMITTEE)
    assert [d.label for d in doc.body] == ["1", "2", "3", "4", "5"]
    # who does what on which day is no task ("chủ trì họp", "làm việc với", "dự"); an assignment is
    assert tasks(doc) == [
        (["Văn phòng Huyện ủy"], []),
        (["đồng chí Trưởng Ban Tổ chức Huyện ủy"], ["Ủy ban Kiểm tra Huyện ủy"]),
        (["Đồng chí Chủ tịch UBND huyện"], ["Ban Kinh tế - Ngân sách HĐND huyện"]),  # after "Thứ Tư, ngày …:"
        (["các chi bộ trực thuộc"], []),  # in lower case after "Trong quá trình thực hiện,"
        (["đồng chí Bí thư chi bộ"], []),
        (["các đồng chí Ủy viên Ban Thường vụ", "các cơ quan liên quan"], []),
    ]


QUY_DINH_OF_ARCHIVES = """\
TỈNH ỦY KIÊN GIANG
*
Số 12-QĐ/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Rạch Giá, ngày 08 tháng 9 năm 2028

QUY ĐỊNH
về giải mật tài liệu lưu trữ của các cơ quan đảng

Điều 5. Giải mật tài liệu

1. Trong thời hạn 3 năm, cơ quan, đơn vị đã ban hành tài liệu mật có trách nhiệm chủ trì, phối hợp với \
lưu trữ cơ quan rà soát, giải mật tài liệu.

2. Các cơ quan được giao quản lý hồ sơ có trách nhiệm lập danh mục tài liệu giải mật.

3. Văn phòng Tỉnh ủy đã chủ động tham mưu và có trách nhiệm cao trong công tác lưu trữ.
"""


def test_a_common_noun_named_by_a_relative_clause_leads_and_a_partner_after_voi_may_be_lower_case() -> None:
    doc = parse_text(QUY_DINH_OF_ARCHIVES)
    assert tasks(doc) == [
        (["cơ quan", "đơn vị đã ban hành tài liệu mật"], ["lưu trữ cơ quan"]),
        (["Các cơ quan được giao quản lý hồ sơ"], []),
    ]  # (a proper name takes no relative clause: the office's "đã … có trách nhiệm cao" is praise)


HDND_RESOLUTION_SCANNED = """\
[OCR] Văn bản nhận dạng tự động từ bản scan, cần đối chiếu bản gốc.

===== Trang 1 =====
HỘI ĐỒNG NHÂN DÂN        CỘNG HÒA XÃ HỘl CHỦ NGHĨA VIỆT NAM
HUYỆN TIÊN DU             Độc lập - Tự do - Hạnh phúc
Số: 2l/NQ-HĐND             Tiên Du, ngày 2O tháng 7 năm 2O26

NGHỊ QUYẾT
Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2026
HỘI ĐỒNG NHÂN DÂN HUYỆN TIÊN DU
KHÓA XXI, KỲ HỌP THỨ BẢY

Căn cứ Luật Tổ chức chính quyền địa phương;
Xét Báo cáo số 145/BC-UBND ngày 10/7/2026 của Ủy ban nhân dân huyện;

QUYẾT NGHỊ:

Điều 1. Thông qua nhiệm vụ 6 tháng cuối năm 2026.

Điều 2. Tổ chức thực hiện
===== Trang 2 =====
1. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết.

2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân huyện Tiên Du khóa XXI, kỳ họp thứ Bảy thông qua ngày 19 tháng 7 \
năm 2026./.

Nơi nhận:                               CHỦ TỊCH
- TT HĐND, UBND tỉnh;
- TT Huyện ủy;
- Lưu: VT.                               Phạm Văn Toàn
"""


def test_ocr_letters_for_digits_and_for_the_mottos_i_in_a_state_header() -> None:
    doc = parse_text(HDND_RESOLUTION_SCANNED)
    assert doc.system is DocumentSystem.STATE
    assert (doc.kind, str(doc.notation)) == (DocumentKind.NGHI_QUYET, "21/NQ-HĐND")  # "2l" as scanned
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("HỘI ĐỒNG NHÂN DÂN HUYỆN TIÊN DU", None)  # the motto apart
    assert (doc.place, doc.date) == ("Tiên Du", datetime.date(2026, 7, 20))
    assert doc.subject == "Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2026"
    assert [d.label for d in doc.body] == ["1", "2"]
    assert [(str(r.notation), r.date) for r in doc.references()] == [("145/BC-UBND", datetime.date(2026, 7, 10))]
    assert tasks(doc) == [
        (["Ủy ban nhân dân huyện"], []),
        (["Thường trực Hội đồng nhân dân", "các Ban của Hội đồng nhân dân huyện"], []),
    ]
    assert signatures(doc) == [(None, None, "CHỦ TỊCH", "Phạm Văn Toàn")]
    # to_text prints the banner and page markers nowhere, and what OCR misread as it was read
    furniture = "\n".join(line for line in HDND_RESOLUTION_SCANNED.splitlines() if line.startswith(("[OCR]", "=====")))
    lost = word_keys(HDND_RESOLUTION_SCANNED) - word_keys(to_text(doc))
    assert lost == word_keys(furniture) + word_keys("HỘl 2l 2O 2O26")


MANUAL_OF_PARTY_WORK = """\
TỈNH ỦY QUẢNG TRỊ                          ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC
*                                      Đông Hà, ngày 05 tháng 3 năm 2027
Số 27-HD/BTCTU

HƯỚNG DẪN
nghiệp vụ công tác đảng viên và lập, quản lý hồ sơ đảng viên Căn cứ Điều lệ Đảng và \
Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:

PHẦN THỨ NHẤT
CÔNG TÁC ĐẢNG VIÊN

Chương I
KẾT NẠP ĐẢNG VIÊN

A. ĐIỀU KIỆN, THỦ TỤC

I. ĐỐI TƯỢNG

1. Quần chúng ưu tú từ đủ 18 tuổi đến đủ 60 tuổi.

a) Có lý lịch rõ ràng.

b) Được chi bộ giới thiệu.

2. Người trên 60 tuổi do Ban Thường vụ Tỉnh ủy xem xét.

II. HỒ SƠ

1. Đơn xin vào Đảng.

2. Lý lịch của người xin vào Đảng (Mẫu 2-KNĐ).

B. QUY TRÌNH

I. CHI BỘ XÉT

Giao chi ủy chi bộ thẩm tra lý lịch người vào Đảng.

Chương II
CHUYỂN ĐẢNG CHÍNH THỨC

1. Đảng viên dự bị hết 12 tháng phải làm bản tự kiểm điểm.

2. Cấp ủy cơ sở có trách nhiệm xem xét, báo cáo cấp trên.

PHẦN THỨ HAI
HỒ SƠ ĐẢNG VIÊN

I. LẬP HỒ SƠ

1. Hồ sơ gồm lý lịch, phiếu đảng viên và các quyết định.

II. TỔ CHỨC THỰC HIỆN

1. Ban Tổ chức các huyện ủy, thị ủy, thành ủy có trách nhiệm hướng dẫn, kiểm tra.

2. Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy bảo đảm kinh phí in ấn biểu mẫu.

Nơi nhận:                                   K/T TRƯỞNG BAN
- Ban Tổ chức Trung ương (để b/c),           PHÓ TRƯỞNG BAN
- Thường trực Tỉnh ủy (để b/c),
- Các huyện ủy, thị ủy, thành ủy,
  đảng ủy trực thuộc Tỉnh ủy,                Hoàng Văn Nam
- Lưu VT, BTC.

Phụ lục 1
DANH MỤC BIỂU MẪU

1. Mẫu 1-KNĐ: Đơn xin vào Đảng.

2. Mẫu 2-KNĐ: Lý lịch của người xin vào Đảng.

Phụ lục số 02
QUY TRÌNH XÉT KẾT NẠP

I. Bước 1

1. Chi bộ họp xét.
"""


def test_a_manual_with_parts_chapters_letters_and_numbered_annexes_in_running_case() -> None:
    doc = parse_text(MANUAL_OF_PARTY_WORK)
    assert (doc.kind, str(doc.notation)) == (DocumentKind.HUONG_DAN, "27-HD/BTCTU")
    # the trích yếu ran into the opening paragraph on one line: the paragraph is the body's
    assert doc.subject == "nghiệp vụ công tác đảng viên và lập, quản lý hồ sơ đảng viên"
    assert doc.preamble[0].text.startswith("Căn cứ Điều lệ Đảng")
    assert [(str(r.notation), r.date) for r in doc.references()] == [("294-QĐ/TW", datetime.date(2025, 5, 26))]
    assert outline(doc)[:8] == [
        ("THỨ NHẤT",),
        ("THỨ NHẤT", "I"),
        ("THỨ NHẤT", "I", "A"),
        ("THỨ NHẤT", "I", "A", "I"),
        ("THỨ NHẤT", "I", "A", "I", "1"),
        ("THỨ NHẤT", "I", "A", "I", "1", "a"),
        ("THỨ NHẤT", "I", "A", "I", "1", "b"),
        ("THỨ NHẤT", "I", "A", "I", "2"),
    ]
    assert ("THỨ NHẤT", "II", "2") in outline(doc)
    assert outline(doc)[-4:] == [
        ("THỨ HAI", "I", "1"),
        ("THỨ HAI", "II"),
        ("THỨ HAI", "II", "1"),
        ("THỨ HAI", "II", "2"),
    ]
    assert signatures(doc) == [(SigningAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Hoàng Văn Nam")]
    assert [r.name for r in doc.recipients] == [
        "Ban Tổ chức Trung ương",
        "Thường trực Tỉnh ủy",
        "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
        "Lưu VT, BTC",
    ]
    # each annex keeps its own numbering, apart from the outline of the body
    assert [a.title for a in doc.appendices] == ["Phụ lục 1\nDANH MỤC BIỂU MẪU", "Phụ lục số 02\nQUY TRÌNH XÉT KẾT NẠP"]
    assert [[getattr(b, "label", None) for b in a.body] for a in doc.appendices] == [["1", "2"], ["I"]]
    assert tasks(doc) == [
        (["chi ủy chi bộ"], []),
        (["Ban Tổ chức các huyện ủy", "thị ủy", "thành ủy"], []),
        (["Văn phòng Tỉnh ủy"], ["Ban Tổ chức Tỉnh ủy"]),
    ]


THONG_BAO_CITING_IN_EVERY_ORDER = """\
ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG ỦY PHƯỜNG BẢO LỘC
*
Số 63-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bảo Lộc, ngày 21 tháng 10 năm 2026

THÔNG BÁO
kết luận của Ban Thường vụ Đảng ủy tại cuộc họp ngày 19/10/2026

1. Thông qua Tờ trình số 71-
TTr/BXDĐ ngày 15/10/2026 của Ban Xây dựng Đảng về công tác cán bộ.

2. Tiếp tục thực hiện Chương trình số 12-CTr/ĐU của Ban Chấp hành Đảng bộ phường khóa I, ngày 30/9/2025.

3. Quán triệt Hướng dẫn số 08-HD/BTCTW, ngày 20-01 -2026 của Ban Tổ chức Trung ương và Thông báo \
số 31- TB/TU, ngày 05-8- 2026 của Tỉnh ủy.

4. Thực hiện Kế hoạch số 40-KH/ĐU của Đảng ủy, ngày 02/10/2026 Ban Thường vụ đã giao Văn phòng Đảng ủy theo dõi.
"""


def test_citations_split_over_a_line_dated_after_their_issuer_and_with_spaced_dates() -> None:
    doc = parse_text(THONG_BAO_CITING_IN_EVERY_ORDER)
    cited = sorted((str(r.notation), r.date) for r in doc.references())
    assert cited == [
        ("08-HD/BTCTW", datetime.date(2026, 1, 20)),
        ("12-CTr/ĐU", datetime.date(2025, 9, 30)),  # the date after the issuer and its term
        ("31-TB/TU", datetime.date(2026, 8, 5)),
        ("40-KH/ĐU", None),  # ", ngày 02/10/2026 Ban Thường vụ …" dates the next clause
        ("71-TTr/BXDĐ", datetime.date(2026, 10, 15)),
    ]


JOINT_GUIDE_PARTY_AND_MASS_ORGANISATION = """\
TỈNH ỦY BẮC GIANG                  ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH
BAN DÂN VẬN                                   *
*
Số 15-HD/BDVTU-ĐĐHND                   ĐẢNG CỘNG SẢN VIỆT NAM
                                    Bắc Giang, ngày 12 tháng 8 năm 2026

HƯỚNG DẪN
phối hợp vận động nông dân tham gia xây dựng Đảng

1. Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng đoàn Hội Nông dân tỉnh tổ chức sơ kết.

T/M BAN DÂN VẬN                     T/M ĐẢNG ĐOÀN
TRƯỞNG BAN                           BÍ THƯ

Nguyễn Thị Thu                      Lê Văn Hải
"""

JOINT_RULES_ONE_ISSUER_UNDER_THE_OTHER = """\
ỦY BAN KIỂM TRA TỈNH ỦY
BAN NỘI CHÍNH TỈNH ỦY
*
Số 04-QC/UBKTTU-BNCTU
ĐẢNG CỘNG SẢN VIỆT NAM
Cà Mau, ngày 01 tháng 6 năm 2026

QUY CHẾ PHỐI HỢP
giữa Ủy ban Kiểm tra Tỉnh ủy và Ban Nội chính Tỉnh ủy

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định nguyên tắc phối hợp.
"""


@pytest.mark.parametrize(
    ("text", "issuer", "parent"),
    [
        (JOINT_GUIDE_PARTY_AND_MASS_ORGANISATION, "BAN DÂN VẬN - ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH", "TỈNH ỦY BẮC GIANG"),
        (JOINT_RULES_ONE_ISSUER_UNDER_THE_OTHER, "ỦY BAN KIỂM TRA TỈNH ỦY - BAN NỘI CHÍNH TỈNH ỦY", None),
        (  # one code is the drafting office's, not an issuer's: no joint issuer
            JOINT_RULES_ONE_ISSUER_UNDER_THE_OTHER.replace("04-QC/UBKTTU-BNCTU", "04-QC/BNCTU-VP"),
            "BAN NỘI CHÍNH TỈNH ỦY",
            "ỦY BAN KIỂM TRA TỈNH ỦY",
        ),
    ],
)
def test_joint_issuers_are_the_bodies_whose_initials_the_notation_joins(
    text: str, issuer: str, parent: str | None
) -> None:
    doc = parse_text(text)
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent.name if doc.issuer.parent else None) == (issuer, parent)
    assert parse_text(to_text(doc)).issuer == doc.issuer


def test_a_line_among_joint_issuers_that_the_notation_does_not_name_is_kept() -> None:
    # the right column's parent printed between the two issuers the notation joins
    text = JOINT_GUIDE_PARTY_AND_MASS_ORGANISATION.replace(
        "TỈNH ỦY BẮC GIANG                  ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH\n"
        "BAN DÂN VẬN                                   *",
        "BAN DÂN VẬN TỈNH ỦY                HỘI NÔNG DÂN TỈNH\n                                   ĐẢNG ĐOÀN",
    )
    doc = parse_text(text)
    assert doc.issuer is not None
    assert doc.issuer.name == "BAN DÂN VẬN TỈNH ỦY - ĐẢNG ĐOÀN"
    header = to_text(doc).split("Số 15")[0]  # the issuer lines as printed
    assert word_keys(header) == word_keys(text.split("Số 15")[0].replace("*", ""))
    assert parse_text(to_text(doc)).issuer == doc.issuer


def test_a_recipient_wrapped_inside_its_parenthesis_without_dashes_stays_one() -> None:
    doc = parse_text(
        "KẾT LUẬN\nvề công tác cán bộ năm 2028\n\n1. Nội dung một.\n\nNơi nhận:\n"
        "Thường trực Thị ủy (để báo cáo),\nVăn phòng Thị ủy (bố trí kinh phí,\nPhương tiện cho Đoàn),\n"
        "Ủy ban Kiểm tra\nThị ủy,\nLưu VP.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nĐỗ Thị Lan\n"
    )
    assert [(r.name, r.purpose) for r in doc.recipients] == [
        ("Thường trực Thị ủy", "để báo cáo"),
        ("Văn phòng Thị ủy", "bố trí kinh phí, Phương tiện cho Đoàn"),
        ("Ủy ban Kiểm tra Thị ủy", None),  # a line without its comma goes on on the next
        ("Lưu VP", None),
    ]


def test_persons_named_with_the_bodies_of_a_state_request_are_part_of_its_lead() -> None:
    doc = parse_text(
        "KẾ HOẠCH\nkiểm tra an toàn hóa chất năm 2028\n\n"
        "1. Sở Công Thương chủ trì, phối hợp với các cơ quan, tổ chức, cá nhân có liên quan kiểm tra định kỳ.\n\n"
        "2. Trên đây là Kế hoạch kiểm tra, đề nghị các tổ chức, cá nhân liên quan phối hợp thực hiện./.\n"
    )
    assert tasks(doc) == [
        (["Sở Công Thương"], ["các cơ quan", "tổ chức", "cá nhân có liên quan"]),
        (["các tổ chức", "cá nhân liên quan"], []),
    ]


CHI_THI_OF_A_PROVINCE = """\
BAN CHẤP HÀNH ĐẢNG BỘ
TỈNH QUẢNG NINH
*
Số 21-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hạ Long, ngày 15 tháng 6 năm 2028

CHỈ THỊ
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai

Những năm qua, công tác phòng, chống thiên tai trên địa bàn tỉnh đạt nhiều kết quả. \
Để khắc phục hạn chế, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền thực hiện \
tốt một số nội dung sau:

1- Nâng cao nhận thức về phòng, chống thiên tai.

2- Kiện toàn Ban Chỉ huy phòng, chống thiên tai các cấp.

3- Tổ chức thực hiện

- Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tuyên truyền Chỉ thị.

- Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch; Ủy ban Kiểm tra Tỉnh ủy có trách nhiệm giám sát.

Chỉ thị này được phổ biến đến chi bộ./.

                                              T/M BAN THƯỜNG VỤ
Nơi nhận:                                               BÍ THƯ
- Ban Bí thư Trung ương Đảng (b/c),
- Các đồng chí Tỉnh ủy viên,
- Lưu VPTU.                                         Vũ Đại Thắng
"""


def test_a_later_clause_assigns_work_when_the_first_does_not() -> None:
    doc = parse_text(CHI_THI_OF_A_PROVINCE)
    assert (doc.kind, str(doc.notation)) == (DocumentKind.CHI_THI, "21-CT/TU")
    assert doc.subject == "về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai"
    assert tasks(doc) == [
        (["các cấp ủy", "tổ chức đảng", "chính quyền"], []),
        (["Ban Tuyên giáo và Dân vận Tỉnh ủy"], ["Sở Nông nghiệp và Môi trường"]),
        (["Ủy ban Kiểm tra Tỉnh ủy"], []),  # "Đảng ủy … lãnh đạo …; Ủy ban Kiểm tra Tỉnh ủy có trách nhiệm …"
    ]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Vũ Đại Thắng")]


FULL_TEXT_ON_A_PORTAL = """\
# Toàn văn Thông báo kết luận của Bộ Chính trị về sắp xếp đơn vị hành chính

*Cập nhật: 14:20, 08/3/2027*

**BAN CHẤP HÀNH TRUNG ƯƠNG**

**ĐẢNG CỘNG SẢN VIỆT NAM**

**Số 245-TB/TW**

*Hà Nội, ngày 06 tháng 3 năm 2027*

**THÔNG BÁO**

**KẾT LUẬN CỦA BỘ CHÍNH TRỊ**

Tại phiên họp ngày 04/3/2027, sau khi nghe Ban cán sự đảng Chính phủ báo cáo, Bộ Chính trị kết luận như sau:

1. Đồng ý chủ trương sắp xếp đơn vị hành chính cấp xã giai đoạn 2027 - 2030.

2. Giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo xây dựng đề án; Ban Tổ chức Trung ương chủ trì, phối hợp \
với Đảng ủy Quốc hội thẩm định.

3. Các tỉnh ủy, thành ủy có trách nhiệm lãnh đạo thực hiện.

T/M BỘ CHÍNH TRỊ

**Trần Cẩm Tú**

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.
"""


def test_a_run_in_heading_whose_clauses_each_assign_work_is_the_items_heading() -> None:
    doc = parse_text(FULL_TEXT_ON_A_PORTAL)
    assert (doc.kind, str(doc.notation), doc.date) == (DocumentKind.THONG_BAO, "245-TB/TW", datetime.date(2027, 3, 6))
    second = doc.body[1]
    assert isinstance(second, Division)
    assert second.heading == (
        "Giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo xây dựng đề án; "
        "Ban Tổ chức Trung ương chủ trì, phối hợp với Đảng ủy Quốc hội thẩm định."
    )
    assert tasks(doc) == [
        (["Đảng ủy Chính phủ"], []),
        (["Ban Tổ chức Trung ương"], ["Đảng ủy Quốc hội"]),
        (["Các tỉnh ủy", "thành ủy"], []),
    ]
    printed = to_text(doc)
    assert printed.count("thẩm định.") == 1  # the heading prints its two tasks once
    assert parse_text(printed).body == doc.body


NEWS_ARTICLE_WITH_THE_CONCLUSION = """\
# Huyện ủy Yên Lạc kết luận về đẩy mạnh chuyển đổi số

*Thứ Sáu, 20/11/2026 - 08:15*

Ngày 18/11/2026, thay mặt Ban Thường vụ Huyện ủy, đồng chí Bí thư Huyện ủy đã ký ban hành \
Kết luận số 58-KL/HU về đẩy mạnh chuyển đổi số trên địa bàn huyện.

Kết luận nêu rõ:

**1. Đánh giá chung**

Thời gian qua, công tác chuyển đổi số của huyện đạt nhiều kết quả tích cực.

**2. Nhiệm vụ thời gian tới**

- Giao Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Ủy ban nhân dân huyện xây dựng kế hoạch tuyên truyền.

- Đề nghị Ủy ban nhân dân huyện chỉ đạo phòng Văn hóa và Thông tin triển khai nền tảng số.

**3. Tổ chức thực hiện**

Giao đồng chí Phó Bí thư Thường trực Huyện ủy chỉ đạo, đôn đốc việc thực hiện Kết luận.
"""


def test_a_news_lead_that_names_kind_number_and_date_in_a_running_sentence() -> None:
    doc = parse_text(NEWS_ARTICLE_WITH_THE_CONCLUSION)
    assert (doc.kind, str(doc.notation)) == (DocumentKind.KET_LUAN, "58-KL/HU")
    assert doc.date == datetime.date(2026, 11, 18)  # "Ngày 18/11/2026, … đã ký ban hành Kết luận số 58-KL/HU"
    assert doc.subject == "về đẩy mạnh chuyển đổi số trên địa bàn huyện."
    assert list(doc.references()) == []  # the document itself is no citation
    # the site's headline and dateline are kept, as text
    assert [getattr(b, "text", "") for b in doc.preamble[:2]] == [
        "Huyện ủy Yên Lạc kết luận về đẩy mạnh chuyển đổi số",
        "Thứ Sáu, 20/11/2026 - 08:15",
    ]
    assert [d.label for d in doc.body] == ["1", "2", "3"]
    assert tasks(doc) == [
        (["Ban Tuyên giáo và Dân vận Huyện ủy"], ["Ủy ban nhân dân huyện"]),
        (["Ủy ban nhân dân huyện"], []),
        (["đồng chí Phó Bí thư Thường trực Huyện ủy"], []),
    ]


def test_a_line_above_a_running_title_is_kept() -> None:
    doc = parse_text(
        "Tin tức - Sự kiện\n\nChỉ thị số 12-CT/TU ngày 03/02/2027 của Ban Thường vụ Tỉnh ủy về công tác tuyển quân\n\n"
        "1. Các cấp ủy đảng lãnh đạo chặt chẽ công tác tuyển quân.\n"
    )
    assert (doc.kind, str(doc.notation), doc.date) == (DocumentKind.CHI_THI, "12-CT/TU", datetime.date(2027, 2, 3))
    assert [getattr(b, "text", "") for b in doc.preamble] == ["Tin tức - Sự kiện"]


STATE_LETTER_OF_A_DEPARTMENT = """\
UBND TỈNH LÀO CAI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ                          Độc lập - Tự do - Hạnh phúc

Số: 845/SNV-CCVC                 Lào Cai, ngày 11 tháng 9 năm 2027
V/v báo cáo kết quả đánh giá,
xếp loại công chức năm 2027

Kính gửi:
- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.

Thực hiện Quyết định số 1234/QĐ-UBND ngày 05/8/2027 của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị \
các cơ quan, đơn vị thực hiện một số nội dung sau:

1. Tổng hợp kết quả đánh giá, xếp loại công chức, viên chức năm 2027, gửi về Sở Nội vụ trước ngày 15/12/2027.

2. Giao Phòng Công chức, viên chức chủ trì, phối hợp với Văn phòng Sở hướng dẫn, đôn đốc.

Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm thực hiện./.

Nơi nhận:                                    KT. GIÁM ĐỐC
- Như trên;                                   PHÓ GIÁM ĐỐC
- Giám đốc Sở (b/c);
- Lưu: VT, CCVC.

                                              Nguyễn Thị Hải Yến
"""


def test_a_state_letter_is_a_cong_van_by_its_v_v_though_its_number_has_no_type_code() -> None:
    doc = parse_text(STATE_LETTER_OF_A_DEPARTMENT)
    assert (doc.kind, str(doc.notation)) == (DocumentKind.CONG_VAN, "845/SNV-CCVC")
    assert doc.subject == "V/v báo cáo kết quả đánh giá, xếp loại công chức năm 2027"
    assert doc.issuer is not None
    assert (doc.issuer.name, getattr(doc.issuer.parent, "name", None)) == ("SỞ NỘI VỤ", "UBND TỈNH LÀO CAI")
    assert [r.name for r in doc.recipients] == ["Như trên", "Giám đốc Sở", "Lưu: VT, CCVC"]
    assert signatures(doc) == [(SigningAuthority.STATE_KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hải Yến")]
    again = parse_text(to_text(doc))
    assert (again.kind, again.title, again.subject) == (doc.kind, None, doc.subject)
    # "… đề nghị các cơ quan, đơn vị quan tâm thực hiện": "quan tâm" is the verb, not part of a name
    assert tasks(doc)[-1] == (["các cơ quan", "đơn vị"], [])


def test_every_phoi_hop_voi_of_a_task_names_its_partners() -> None:
    doc = parse_text(
        "NGHỊ QUYẾT\nvề giám sát chuyên đề năm 2028\n\n"
        "1. Đề nghị UBND tỉnh chỉ đạo Công an tỉnh phối hợp với Sở Tư pháp rà soát hồ sơ; phối hợp với "
        "Viện Kiểm sát nhân dân tỉnh giải quyết dứt điểm các vụ việc tồn đọng.\n\n"
        "2. Sở Y tế chủ trì, phối hợp với Sở Tài chính lập dự toán; các bệnh viện phối hợp với Sở Y tế triển khai.\n"
    )
    assert tasks(doc) == [
        (["UBND tỉnh"], ["Sở Tư pháp", "Viện Kiểm sát nhân dân tỉnh"]),
        (["Sở Y tế"], ["Sở Tài chính"]),  # (the lead itself is no partner of its own)
    ]


KET_LUAN_OF_AN_ENLARGED_CONFERENCE = """\
ĐẢNG BỘ TỈNH NAM ĐỊNH
HUYỆN ỦY HẢI HẬU
*
Số 77-KL/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Hải Hậu, ngày 09 tháng 3 năm 2028

KẾT LUẬN
CỦA HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN LẦN THỨ 5
(mở rộng)

Ngày 08/3/2028, Ban Chấp hành Đảng bộ huyện khóa XXIV tổ chức Hội nghị lần thứ 5 (mở rộng).

1. Hội nghị thống nhất đánh giá kết quả năm 2027.
"""


def test_the_enlarged_marker_under_a_conference_line_is_no_trich_yeu() -> None:
    doc = parse_text(KET_LUAN_OF_AN_ENLARGED_CONFERENCE)
    assert doc.subject is None
    assert doc.conference is not None
    assert doc.conference.body is not None
    # the meeting body without "của" and "(mở rộng)": its term is read where the text names it
    assert (doc.conference.ordinal, doc.conference.body.name, doc.conference.term) == (
        5,
        "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN",
        "XXIV",
    )


def test_the_eth_that_old_encodings_print_for_d_is_read_as_d() -> None:
    doc = parse_text(
        "ÐẢNG BỘ TỈNH HÀ NAM\nHUYỆN ỦY KIM BẢNG\n*\nSố 15-NQ/HU\nÐẢNG CỘNG SẢN VIỆT NAM\n"
        "Kim Bảng, ngày 15 tháng 4 năm 2028\n\nNGHỊ QUYẾT\nvề phát triển du lịch\n\n1. Các cấp ủy lãnh đạo.\n"
    )
    assert doc.issuer is not None
    assert doc.issuer.name == "HUYỆN ỦY KIM BẢNG"  # the motto is apart, though printed with an Eth
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ÐẢNG BỘ TỈNH HÀ NAM"  # (names as printed)


CHI_THI_IN_MARKDOWN_TABLES = """\
# Chỉ thị 15 \\- 2027

| TỈNH ỦY HẢI DƯƠNG
\\-------- | ĐẢNG CỘNG SẢN VIỆT NAM
\\--------------- |
| :---- | :---- |
| Số: 15-CT/TU | *Hải Dương, ngày 20 tháng 8 năm 2027* |



**CHỈ THỊ**
**CỦA BAN THƯỜNG VỤ TỈNH ỦY**

**VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC BẢO VỆ MÔI TRƯỜNG**

Thời gian qua, công tác bảo vệ môi trường đạt kết quả bước đầu.

**1\\.** Các cấp ủy, tổ chức đảng nâng cao nhận thức.

**2\\. **Ủy ban nhân dân tỉnh chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh xây dựng kế hoạch.

**3\\.** Giao Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn tuyên truyền.

| Nơi nhận: \\- Ban Bí thư (b/c), \\- Các huyện ủy, thành ủy, \\- Lưu VPTU. | \
T/M BAN THƯỜNG VỤ BÍ THƯ (Đã ký) Trần Đức Thắng |
| :---- | :---- |
"""


def test_a_signature_flattened_into_one_cell_keeps_the_position_apart_from_the_body() -> None:
    doc = parse_text(CHI_THI_IN_MARKDOWN_TABLES)
    assert (doc.kind, str(doc.notation), doc.place) == (DocumentKind.CHI_THI, "15-CT/TU", "Hải Dương")
    assert doc.subject == "VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC BẢO VỆ MÔI TRƯỜNG"
    assert [r.name for r in doc.recipients] == ["Ban Bí thư", "Các huyện ủy, thành ủy", "Lưu VPTU"]
    # "T/M BAN THƯỜNG VỤ BÍ THƯ (Đã ký) Trần Đức Thắng" in one cell
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Đức Thắng")]
    assert tasks(doc) == [
        (["Ủy ban nhân dân tỉnh"], ["Ủy ban Mặt trận Tổ quốc tỉnh"]),
        (["Ban Tuyên giáo và Dân vận Tỉnh ủy"], []),
    ]


def test_members_of_a_committee_named_by_their_office_lead_and_a_person_does_not() -> None:
    doc = parse_text(
        "KẾT LUẬN\ncủa Ban Thường vụ Thị ủy về công tác chuẩn bị bầu cử\n\n"
        "1. Giao các đồng chí Thị ủy viên phụ trách địa bàn theo dõi, nắm tình hình.\n\n"
        "2. Đề nghị các đồng chí Đảng ủy viên, người đứng đầu các cơ quan nêu cao tinh thần trách nhiệm.\n\n"
        "3. Giao đồng chí Trần Văn Nam chuẩn bị hội trường.\n"
    )
    assert [lead for lead, _ in tasks(doc)] == [
        ["các đồng chí Thị ủy viên"],
        ["các đồng chí Đảng ủy viên", "người đứng đầu các cơ quan"],
    ]


VARIANTS = [
    CHI_THI_IN_MARKDOWN_TABLES,
    KET_LUAN_OF_AN_ENLARGED_CONFERENCE,
    STATE_LETTER_OF_A_DEPARTMENT,
    NEWS_ARTICLE_WITH_THE_CONCLUSION,
    FULL_TEXT_ON_A_PORTAL,
    CHI_THI_OF_A_PROVINCE,
    JOINT_GUIDE_PARTY_AND_MASS_ORGANISATION,
    JOINT_RULES_ONE_ISSUER_UNDER_THE_OTHER,
    THONG_BAO_CITING_IN_EVERY_ORDER,
    MANUAL_OF_PARTY_WORK,
    QUY_DINH_OF_ARCHIVES,
    WEB_COPY_BROKEN_HEADER,
    KE_HOACH_OF_A_DISTRICT,
    SCHEDULE_OF_THE_STANDING_COMMITTEE,
]


def test_no_word_of_these_variants_is_lost() -> None:
    for text in VARIANTS:
        assert word_keys(to_text(parse_text(text))) == word_keys(text)


def test_these_variants_read_back_from_their_own_text() -> None:
    for text in VARIANTS:
        doc = parse_text(text)
        again = parse_text(to_text(doc))
        for field in ("kind", "notation", "issuer", "place", "date", "subject", "recipients", "signatures"):
            assert getattr(again, field) == getattr(doc, field), field
        assert tasks(again) == tasks(doc)


def test_a_first_sentence_that_assigns_work_only_in_its_later_clause_is_printed_once() -> None:
    # the first clause cites and assigns nothing, the second gives a body its duty: the sentence is cut
    # into a paragraph and a task, and no run-in heading repeats them
    text = (
        "KẾT LUẬN\nvề công tác kiểm tra năm 2027\n\n"
        "1. Đảng ủy phường lãnh đạo thực hiện Nghị quyết số 09-NQ/QU ngày 14/02/2027 của Quận ủy; "
        "Ủy ban Kiểm tra Đảng ủy có trách nhiệm giám sát việc thực hiện. Các chi bộ báo cáo hằng quý.\n\n"
        "2. Nội dung khác.\n"
    )
    doc = parse_text(text)
    assert word_keys(to_text(doc)) == word_keys(text)
    assert tasks(parse_text(to_text(doc))) == tasks(doc) == [(["Ủy ban Kiểm tra Đảng ủy"], [])]


def test_an_annex_numbered_in_roman_capitals_opens_but_a_running_word_does_not() -> None:
    roman = MANUAL_OF_PARTY_WORK.replace("Phụ lục số 02", "Phụ lục IV")
    assert [a.title.split("\n")[0] for a in parse_text(roman).appendices] == ["Phụ lục 1", "Phụ lục IV"]
    # "vi" is a word here ("phụ lục vi phạm": the list of violations), not the Roman six
    inside = MANUAL_OF_PARTY_WORK.replace(
        "2. Mẫu 2-KNĐ: Lý lịch của người xin vào Đảng.\n",
        "2. Mẫu 2-KNĐ: Lý lịch của người xin vào Đảng.\n\nPhụ lục vi phạm kèm theo hồ sơ từng trường hợp.\n",
    )
    assert inside != MANUAL_OF_PARTY_WORK
    doc = parse_text(inside)
    assert [a.title.split("\n")[0] for a in doc.appendices] == ["Phụ lục 1", "Phụ lục số 02"]
    assert "vi phạm kèm theo" in to_text(doc)


def test_a_full_date_with_its_comma_opens_the_first_paragraph_but_a_day_named_in_the_subject_does_not() -> None:
    head, _, rest = MANUAL_OF_PARTY_WORK.partition("nghiệp vụ công tác đảng viên")
    _, _, body = rest.partition("hướng dẫn như sau:\n")
    opening = "Ngày 12/02/2027, Ban Thường vụ Tỉnh ủy họp, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:\n"
    # a holiday named by its day ("Ngày 3/2", the Party's founding day) is part of the trích yếu
    subject = "tổ chức các hoạt động kỷ niệm Ngày 3/2 và Ngày 9/11 năm 2027 trong các chi bộ"
    doc = parse_text(f"{head}{subject} {opening}{body}")
    assert doc.subject == subject
    assert "Ngày 12/02/2027, Ban Thường vụ" in to_text(doc)
    assert parse_text(to_text(doc)).subject == subject


SEVERAL_OPENING_PHRASES = """\
ĐẢNG BỘ TỈNH BẾN TRE
ĐẢNG ỦY XÃ PHÚ TÚC
*
Số 08-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Túc, ngày 20 tháng 01 năm 2028

THÔNG BÁO
kết luận của Ban Thường vụ Đảng ủy về công tác đảng viên năm 2027

1. Năm 2027, đội ngũ cán bộ của Đảng ủy có trách nhiệm cao, tận tụy với công việc; một số chi bộ có \
trách nhiệm chưa cao trong sinh hoạt.

2. Năm 2028, trên cơ sở kết quả đã đạt được, các chi bộ ấp có trách nhiệm rà soát danh sách đảng viên.

3. Trong quý I, sau khi có hướng dẫn, để bảo đảm tiến độ, Ủy ban Kiểm tra Đảng ủy có trách nhiệm kiểm tra.

Nơi nhận:
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Võ Thị Lan
"""


def test_a_lead_after_several_opening_phrases_is_read_and_praise_of_responsibility_is_no_task() -> None:
    doc = parse_text(SEVERAL_OPENING_PHRASES)
    assert tasks(doc) == [(["các chi bộ ấp"], []), (["Ủy ban Kiểm tra Đảng ủy"], [])]
    assert tasks(parse_text(to_text(doc))) == tasks(doc)
    assert word_keys(to_text(doc)) == word_keys(SEVERAL_OPENING_PHRASES)


STATE_PLAN_OF_A_DISTRICT = """\
ỦY BAN NHÂN DÂN
HUYỆN ĐẠI TỪ
Số: 215/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đại Từ, ngày 09 tháng 10 năm 2028

KẾ HOẠCH
Triển khai công tác phòng cháy, chữa cháy rừng năm 2029

Thực hiện Chỉ thị số 17-CT/TTg ngày 12/5/2028 của Thủ tướng Chính phủ về tăng cường công tác phòng cháy, \
chữa cháy rừng, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:

1. Giao Phòng Văn hóa và Thông tin huyện, Phòng Nông nghiệp và Môi trường huyện, Công an huyện chủ trì, phối hợp với \
Ban Chỉ huy Quân sự huyện tổ chức diễn tập.

2. Ủy ban nhân dân các xã, thị trấn có trách nhiệm kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng.

3. Yêu cầu các phòng, ban chuyên môn và Ủy ban nhân dân các xã, phường, thị trấn báo cáo kết quả.

Nơi nhận:
- UBND tỉnh (b/c),
- Các xã, thị trấn,
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hoàng Văn Hải
"""


def test_bodies_listed_before_chu_tri_lead_together_and_every_commune_is_one_body() -> None:
    doc = parse_text(STATE_PLAN_OF_A_DISTRICT)
    assert tasks(doc) == [
        (
            ["Phòng Văn hóa và Thông tin huyện", "Phòng Nông nghiệp và Môi trường huyện", "Công an huyện"],
            ["Ban Chỉ huy Quân sự huyện"],
        ),
        (["Ủy ban nhân dân các xã, thị trấn"], []),
        (["các phòng", "ban chuyên môn", "Ủy ban nhân dân các xã, phường, thị trấn"], []),
    ]
    assert tasks(parse_text(to_text(doc))) == tasks(doc)


def test_a_party_style_citation_of_the_prime_ministers_directive_is_a_reference() -> None:
    doc = parse_text(STATE_PLAN_OF_A_DISTRICT)
    cited = [(r.notation.code if r.notation else None, r.date) for r in doc.references()]
    assert ("CT/TTg", datetime.date(2028, 5, 12)) in cited
    assert [r.notation.number for r in doc.references() if r.notation] == [17]


BODIES_WITH_SYLLABLES_NO_LIST_KNOWS = """\
HUYỆN ỦY BẢO LÂM
*
Số 52-TB/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Bảo Lâm, ngày 03 tháng 4 năm 2029

THÔNG BÁO
kết luận về công tác bảo vệ rừng và giảm nghèo

1. Giao Chi nhánh Ngân hàng Chính sách xã hội huyện chủ trì, phối hợp với Hội Nông dân tổ chức cho vay.

2. Giao Tổ công tác chủ trì, phối hợp với Ủy ban nhân dân các xã rà soát hộ nghèo.

3. Hạt Kiểm lâm huyện chủ trì, phối hợp với Đội Quản lý thị trường số 5 kiểm tra lâm sản.

4. Ban quản lý khu công nghiệp có trách nhiệm hướng dẫn doanh nghiệp.

5. Giao Ủy ban nhân dân huyện thường xuyên chủ trì, phối hợp với Công an huyện tuần tra.

6. Giao Ủy ban nhân dân huyện chỉ đạo Phòng Nông nghiệp chủ trì, phối hợp với Hạt Kiểm lâm huyện tổng kết.

7. Nhìn chung, các chi bộ nhìn chung có trách nhiệm.

Nơi nhận:
- Các chi bộ trực thuộc,
- Lưu Văn phòng Huyện ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Nông Văn Tuấn
"""


def test_a_body_named_with_syllables_no_list_knows_leads_up_to_its_duty() -> None:
    doc = parse_text(BODIES_WITH_SYLLABLES_NO_LIST_KNOWS)
    assert tasks(doc) == [
        (["Chi nhánh Ngân hàng Chính sách xã hội huyện"], ["Hội Nông dân"]),  # "tổ chức" is its verb
        (["Tổ công tác"], ["Ủy ban nhân dân các xã"]),
        (["Hạt Kiểm lâm huyện"], ["Đội Quản lý thị trường số 5"]),
        (["Ban quản lý khu công nghiệp"], []),
        (["Ủy ban nhân dân huyện"], ["Công an huyện"]),  # "thường xuyên" says how, it names no body
        (["Ủy ban nhân dân huyện"], ["Hạt Kiểm lâm huyện"]),  # "chỉ đạo …" is its duty
        # 7: praise with no duty after "có trách nhiệm" is no task
    ]
    assert tasks(parse_text(to_text(doc))) == tasks(doc)
    assert word_keys(to_text(doc)) == word_keys(BODIES_WITH_SYLLABLES_NO_LIST_KNOWS)


def test_citations_joined_by_va_stay_apart_and_a_thong_bao_ket_luan_is_a_thong_bao() -> None:
    text = STATE_PLAN_OF_A_DISTRICT.replace(
        "Thực hiện Chỉ thị số 17-CT/TTg ngày 12/5/2028 của Thủ tướng Chính phủ về tăng cường công tác phòng cháy, "
        "chữa cháy rừng,",
        "Thực hiện Thông báo kết luận số 88-TB/HU ngày 02/8/2028 của Thường trực Huyện ủy và Kết luận số 41-KL/TU "
        "ngày 15/7/2028 của Ban Thường vụ Tỉnh ủy,",
    )
    assert text != STATE_PLAN_OF_A_DISTRICT
    cited = [
        (r.kind, r.notation.number if r.notation else None, r.date, r.issuer.name if r.issuer else None)
        for r in parse_text(text).references()
    ]
    assert cited == [
        (DocumentKind.THONG_BAO, 88, datetime.date(2028, 8, 2), "Thường trực Huyện ủy"),
        (DocumentKind.KET_LUAN, 41, datetime.date(2028, 7, 15), "Ban Thường vụ Tỉnh ủy"),
    ]


def test_departments_named_in_lower_case_with_va_are_one_body_and_local_authorities_another() -> None:
    text = BODIES_WITH_SYLLABLES_NO_LIST_KNOWS.replace(
        "4. Ban quản lý khu công nghiệp có trách nhiệm hướng dẫn doanh nghiệp.",
        "4. Các phòng tài nguyên và môi trường có trách nhiệm hướng dẫn doanh nghiệp.\n\n"
        "4a. Giao các sở, ngành và địa phương có trách nhiệm phối hợp.",
    )
    assert text != BODIES_WITH_SYLLABLES_NO_LIST_KNOWS
    found = tasks(parse_text(text))
    assert (["Các phòng tài nguyên và môi trường"], []) in found
    assert (["các sở", "ngành", "địa phương"], []) in found
