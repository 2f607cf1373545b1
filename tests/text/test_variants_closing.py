"""Closings and title blocks written for these tests: remarks around signers, long trích yếu, long clauses.

Every expectation is read off the text by hand, following ../shared/corpus/FACTS.md.
"""

from __future__ import annotations

from _views import signatures, tasks

from nghiquyet import SigningAuthority, parse_text, to_text

E_SIGNED_THONG_BAO = """\
ĐẢNG BỘ HUYỆN YÊN THÀNH
ĐẢNG ỦY XÃ HOA THÀNH
*
Số 14-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hoa Thành, ngày 09 tháng 12 năm 2026

THÔNG BÁO
lịch tiếp công dân của Bí thư Đảng ủy tháng 01 năm 2027

1. Thời gian: các ngày thứ Năm trong tháng.

2. Văn phòng Đảng ủy có trách nhiệm bố trí địa điểm tiếp công dân.

Nơi nhận:
- Các chi bộ trực thuộc,
- Lưu Văn phòng.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
(Dấu của ĐẢNG ỦY XÃ HOA THÀNH)
Lê Văn Hậu
ĐẢNG ỦY XÃ HOA THÀNH
10-12-2026 08:15:00 +07:00
"""


def test_a_bracketed_remark_above_the_signer_and_the_e_signature_below_are_notes() -> None:
    doc = parse_text(E_SIGNED_THONG_BAO)
    assert signatures(doc) == [(SigningAuthority.TL, "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê Văn Hậu")]
    note = doc.signatures[0].note or ""
    assert "(Dấu của ĐẢNG ỦY XÃ HOA THÀNH)" in note
    assert "10-12-2026 08:15:00 +07:00" in note
    again = parse_text(to_text(doc))
    assert signatures(again) == signatures(doc)
    assert sorted((again.signatures[0].note or "").split("; ")) == sorted(note.split("; "))


STATE_DECISION_SIGNED_FOR_THE_HEAD = """\
ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 812/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 14 tháng 8 năm 2027

QUYẾT ĐỊNH
Về việc phê duyệt danh mục dự án khuyến công năm 2027

Điều 1. Phê duyệt danh mục kèm theo Quyết định này.

Điều 2. Quyết định có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hà Sỹ Đồng
"""


def test_an_inner_mark_travels_back_as_a_note_not_a_second_signature() -> None:
    doc = parse_text(STATE_DECISION_SIGNED_FOR_THE_HEAD)
    expected = [(SigningAuthority.STATE_TM, "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Hà Sỹ Đồng")]
    assert signatures(doc) == expected
    assert signatures(parse_text(to_text(doc))) == expected


JOINT_SIGNATURES_WITH_STAMPS = """\
BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 07-HD/BTCTW-UBKTTW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 02 tháng 3 năm 2027

HƯỚNG DẪN
phối hợp kiểm tra hồ sơ đảng viên

1. Các tỉnh ủy có trách nhiệm rà soát hồ sơ.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu VP.

T/M ỦY BAN KIỂM TRA
PHÓ CHỦ NHIỆM
Trần Minh Khoa
(ký số)
T/M BAN TỔ CHỨC
PHÓ TRƯỞNG BAN
Đỗ Thị Hằng
"""


def test_a_remark_under_the_first_of_two_signers_stays_with_it() -> None:
    doc = parse_text(JOINT_SIGNATURES_WITH_STAMPS)
    assert signatures(doc) == [
        (SigningAuthority.TM, "ỦY BAN KIỂM TRA", "PHÓ CHỦ NHIỆM", "Trần Minh Khoa"),
        (SigningAuthority.TM, "BAN TỔ CHỨC", "PHÓ TRƯỞNG BAN", "Đỗ Thị Hằng"),
    ]
    assert doc.signatures[0].note == "(ký số)"
    assert not doc.appendices


def test_an_annex_after_a_signer_with_remarks_comes_back_as_an_annex() -> None:
    text = E_SIGNED_THONG_BAO + "\nPHỤ LỤC\nDANH SÁCH CÁN BỘ TRỰC TIẾP CÔNG DÂN\n\n1. Lê Văn Hậu, Chánh Văn phòng.\n"
    doc = parse_text(text)
    title = "PHỤ LỤC\nDANH SÁCH CÁN BỘ TRỰC TIẾP CÔNG DÂN"  # the annex's title with its caption
    assert [a.title for a in doc.appendices] == [title]
    again = parse_text(to_text(doc))
    assert [a.title for a in again.appendices] == [title]
    assert again.signatures == doc.signatures


LONG_SUBJECT = (
    "Ban hành quy trình phối hợp giữa các sở, ban, ngành và ủy ban nhân dân các huyện trong việc tiếp nhận, "
    "thẩm định, phê duyệt và giám sát thực hiện các dự án đầu tư xây dựng hạ tầng kỹ thuật khu công nghiệp, "
    "cụm công nghiệp và làng nghề có sử dụng vốn ngân sách nhà nước trên địa bàn tỉnh giai đoạn 2027 - 2030"
)


def test_a_trich_yeu_longer_than_any_line_survives_to_text_and_back() -> None:
    text = f"""\
ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
Số: 77/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 03 tháng 02 năm 2027

QUYẾT ĐỊNH
{LONG_SUBJECT}
-----

Điều 1. Ban hành kèm theo Quyết định này quy trình phối hợp.
"""
    assert len(LONG_SUBJECT) > 300
    doc = parse_text(text)
    assert doc.subject == LONG_SUBJECT
    assert parse_text(to_text(doc)).subject == LONG_SUBJECT


def test_a_sentence_of_many_clauses_gives_one_task_per_clause() -> None:
    bodies = [f"Đảng ủy xã Phú Lộc {n}" for n in range(1, 40)]
    sentence = "; ".join(f"{b} có trách nhiệm kiểm tra địa bàn {n}" for n, b in enumerate(bodies, 1)) + "."
    doc = parse_text(f"KẾ HOẠCH\nkiểm tra địa bàn\n\n1. {sentence}\n")
    assert [lead for lead, _ in tasks(doc)] == [[b] for b in bodies]


def test_a_trich_yeu_broken_off_mid_phrase_goes_on_over_a_full_line() -> None:
    text = (
        "KẾ HOẠCH\n"
        "thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2027 của\n"
        "Ban Bí thư về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XV\n"
        "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban Tổ chức xây dựng kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH\n"
    )
    doc = parse_text(text)
    assert doc.subject == (
        "thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2027 của Ban Bí thư về tổ chức đại hội đảng bộ các cấp "
        "tiến tới Đại hội đại biểu toàn quốc lần thứ XV"
    )
    assert [getattr(b, "text", "")[:9] for b in doc.preamble] == ["Thực hiện"]
