"""The header layer: tiêu đề, issuer, notation, place and date, title block, conference."""

from __future__ import annotations

import datetime

from nghiquyet import DocumentKind, DocumentSystem
from nghiquyet.text.header import find_header_end, find_title, parse_conference, parse_header_lines, parse_title_block
from nghiquyet.text.normalize import clean_lines


def test_two_column_header_with_blank_number_and_day() -> None:
    lines = clean_lines(
        "      THÀNH UỶ HÀ NỘI                       ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "        BAN TỔ CHỨC\n"
        "             *                                Hà Nội, ngày     tháng 8 năm 2025\n"
        "      Số    -HD/BTCTU\n"
    )
    header = parse_header_lines(lines)
    issuer = header.issuer()
    assert issuer is not None
    assert issuer.name == "BAN TỔ CHỨC"
    assert issuer.parent is not None
    assert issuer.parent.name == "THÀNH UỶ HÀ NỘI"
    assert header.notation is not None
    assert str(header.notation) == "-HD/BTCTU"
    assert header.notation.number is None
    assert header.place == "Hà Nội"
    assert header.date is None
    assert header.date_text == "ngày tháng 8 năm 2025"


def test_ocr_header_on_one_line() -> None:
    lines = clean_lines("TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM\n*\nSố 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025")
    header = parse_header_lines(lines)
    issuer = header.issuer()
    assert issuer is not None
    assert issuer.name == "TÍNH ỦY LÀO CAI"
    assert issuer.parent is None
    assert issuer.code == "TU"
    assert str(header.notation) == "34-NQ/TU"
    assert header.place == "Lào Cai"
    assert header.date == datetime.date(2025, 12, 27)


def test_wrapped_issuer_lines_are_rejoined() -> None:
    lines = clean_lines("BAN CHẤP HÀNH\nTRUNG ƯƠNG\nVĂN PHÒNG\n*\nĐẢNG CỘNG SẢN\nVIỆT NAM\nSố 07-KL/VPTW")
    issuer = parse_header_lines(lines).issuer()
    assert issuer is not None
    assert issuer.name == "VĂN PHÒNG"
    assert issuer.parent is not None
    assert issuer.parent.name == "BAN CHẤP HÀNH TRUNG ƯƠNG"


def test_date_split_over_two_cells() -> None:
    header = parse_header_lines(clean_lines("Hà Nội, ngày 19\ntháng 11 năm 2025"))
    assert header.date == datetime.date(2025, 11, 19)


def test_state_header_is_recognised() -> None:
    lines = clean_lines("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND")
    header = parse_header_lines(lines)
    assert header.system is DocumentSystem.STATE
    assert str(header.notation) == "12/QĐ-UBND"
    issuer = header.issuer()
    assert issuer is not None
    assert issuer.name == "CHÍNH PHỦ"


def test_unknown_header_text_is_kept_as_leftover() -> None:
    header = parse_header_lines(clean_lines("Bản sao lưu"))
    assert header.leftovers == [(1, "Bản sao lưu")]


def test_title_found_despite_ocr_damage() -> None:
    lines = clean_lines("ĐẢNG BỘ TỈNH\n\nKÉT LUẬN\nvề công tác cán bộ\n\nNội dung")
    index = find_title(lines)
    assert index == 2
    block = parse_title_block(lines, index)
    assert block.kind is DocumentKind.KET_LUAN
    assert block.subject_lines == ["về công tác cán bộ"]


def test_title_block_separates_conference_author_and_subject() -> None:
    lines = clean_lines(
        "KẾT LUẬN\nHỘI NGHỊ LẦN THỨ 13\nBAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KHÓA XXIII\n"
        "Về tình hình thực hiện nhiệm vụ\nphương hướng năm 2024\n\nNội dung."
    )
    block = parse_title_block(lines, 0)
    assert block.subject_lines == ["Về tình hình thực hiện nhiệm vụ", "phương hướng năm 2024"]
    assert block.conference is not None
    assert (block.conference.ordinal, block.conference.term) == (13, "XXIII")
    assert block.end == 5


def test_author_line_is_not_the_subject() -> None:
    lines = clean_lines("THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ\nvề một số nội dung\n-----\nNgày 30/9/2025")
    block = parse_title_block(lines, 0)
    assert block.kind is DocumentKind.THONG_BAO
    assert block.title_lines == ["THÔNG BÁO", "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ"]
    assert block.subject_lines == ["về một số nội dung"]


def test_khoa_hoc_is_not_a_term() -> None:
    lines = clean_lines(
        "NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG KHOÁ XI\n\nVỀ PHÁT TRIỂN KHOA HỌC\n\nA- X"
    )
    block = parse_title_block(lines, 0)
    assert block.subject_lines == ["VỀ PHÁT TRIỂN KHOA HỌC"]


def test_conference_with_ordinal_in_words() -> None:
    conference = parse_conference("HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI")
    assert conference is not None
    assert conference.ordinal == 6
    assert conference.term == "XI"
    assert conference.body is not None
    assert conference.body.name == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG"


def test_not_a_conference() -> None:
    assert parse_conference("TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG") is None


def test_marks_and_cong_van_subject_in_the_header() -> None:
    header = parse_header_lines(
        clean_lines("TỈNH ỦY BẮC NINH\nSố 12-CV/TU\nV/v triển khai nghị quyết\nMẬT\nHỎA TỐC\nDỰ THẢO")
    )
    assert header.subject == "V/v triển khai nghị quyết"
    assert header.secrecy is not None
    assert header.secrecy.label == "MẬT"
    assert header.urgency is not None
    assert header.urgency.label == "HỎA TỐC"
    assert header.draft
    issuer = header.issuer()
    assert issuer is not None
    assert issuer.name == "TỈNH ỦY BẮC NINH"
    assert issuer.parent is None


def test_author_and_subject_on_one_line() -> None:
    lines = clean_lines("CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về tăng cường công tác cán bộ\n\nTrong thời gian qua.")
    block = parse_title_block(lines, 0)
    assert block.kind is DocumentKind.CHI_THI
    assert block.title_lines == ["CHỈ THỊ", "của Ban Thường vụ Tỉnh ủy"]
    assert block.subject_lines == ["về tăng cường công tác cán bộ"]


def test_thong_bao_ket_luan_on_one_line() -> None:
    block = parse_title_block(clean_lines("THÔNG BÁO KẾT LUẬN\nvề công tác cán bộ\n\nNội dung."), 0)
    assert block.kind is DocumentKind.THONG_BAO
    assert block.title_lines == ["THÔNG BÁO", "KẾT LUẬN"]
    assert block.subject_lines == ["về công tác cán bộ"]


def test_subject_stops_where_the_body_begins_without_a_blank_line() -> None:
    lines = clean_lines(
        "KẾT LUẬN\nvề công tác cán bộ\nTrong những năm qua, công tác cán bộ của tỉnh đã đạt được nhiều kết quả quan\n"
        "trọng.\n"
    )
    block = parse_title_block(lines, 0)
    assert block.subject_lines == ["về công tác cán bộ"]
    assert block.end == 2


def test_subject_after_a_blank_line() -> None:
    lines = clean_lines("HƯỚNG DẪN\n\nThực hiện quy trình trao tặng Huy hiệu Đảng\n\nCăn cứ Điều lệ.")
    block = parse_title_block(lines, 0)
    assert block.subject_lines == ["Thực hiện quy trình trao tặng Huy hiệu Đảng"]
    block = parse_title_block(clean_lines("KẾT LUẬN\n\nHội nghị đã thống nhất kết luận như sau:\n\n1. Một."), 0)
    assert block.subject_lines == []


def test_wrapped_issuer_quoc_hoi() -> None:
    issuer = parse_header_lines(clean_lines("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG ĐOÀN\nQUỐC HỘI\n*\nSố 1-KH/ĐĐQH")).issuer()
    assert issuer is not None
    assert issuer.name == "ĐẢNG ĐOÀN QUỐC HỘI"
    assert issuer.parent is not None
    assert issuer.parent.name == "BAN CHẤP HÀNH TRUNG ƯƠNG"


def test_three_levels_of_issuer_are_a_chain_of_parents() -> None:
    issuer = parse_header_lines(
        clean_lines("ĐẢNG BỘ TỈNH BẮC NINH\nĐẢNG ỦY KHỐI CƠ QUAN\nCHI BỘ VĂN PHÒNG\n*")
    ).issuer()
    assert issuer is not None
    assert issuer.name == "CHI BỘ VĂN PHÒNG"
    assert issuer.parent is not None
    assert issuer.parent.name == "ĐẢNG ỦY KHỐI CƠ QUAN"
    assert issuer.parent.parent is not None
    assert issuer.parent.parent.name == "ĐẢNG BỘ TỈNH BẮC NINH"


def test_notation_with_the_so_damaged_or_missing() -> None:
    assert str(parse_header_lines(clean_lines("S6 34-NQ/TU")).notation) == "34-NQ/TU"
    assert str(parse_header_lines(clean_lines("TỈNH ỦY LÀO CAI\n34-NQ/TU")).notation) == "34-NQ/TU"


def test_header_end_without_a_type_name() -> None:
    lines = clean_lines("TỈNH ỦY BẮC NINH\n*\nSố 12-CV/TU\n\nI. MỤC TIÊU\nNội dung.")
    assert find_header_end(lines) == 3


def test_army_and_police_committees_begin_an_issuer() -> None:
    header = parse_header_lines(clean_lines("ĐẢNG BỘ QUÂN ĐỘI\nQUÂN ỦY TRUNG ƯƠNG\n*\nSố 1200-NQ/QUTW\n"))
    issuer = header.issuer()
    assert issuer is not None
    assert issuer.name == "QUÂN ỦY TRUNG ƯƠNG"
    assert issuer.parent is not None
    assert issuer.parent.name == "ĐẢNG BỘ QUÂN ĐỘI"


def test_numeric_date_and_state_slogan_in_the_header() -> None:
    lines = clean_lines("ỦY BAN NHÂN DÂN\nSố: 5/QĐ-UBND\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 05/01/2026\n")
    assert find_header_end(lines) == 4
    header = parse_header_lines(lines)
    assert (header.place, header.date) == ("Hà Nội", datetime.date(2026, 1, 5))
    assert header.system is DocumentSystem.STATE
