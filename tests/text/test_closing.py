"""The closing layer: recipients and signatures, side by side or one after the other."""

from __future__ import annotations

from nghiquyet import Recipient, Signature, SigningAuthority
from nghiquyet.text.closing import find_closing, parse_closing
from nghiquyet.text.normalize import clean_lines


def test_recipients_beside_the_signature_pdftotext_layout() -> None:
    text = (
        "Nơi nhận:                                          K/T TRƯỞNG BAN\n"
        "- Thường trực Thành ủy (để báo cáo),               PHÓ TRƯỞNG BAN\n"
        "- Các cấp ủy trực thuộc Thành ủy,\n"
        "- Lưu VP, P.TCĐ-ĐV.\n"
        "\n"
        "                                                      Triệu Thị Ngọc\n"
    )
    closing = parse_closing(clean_lines(text))
    assert closing.recipients == [
        Recipient(name="Thường trực Thành ủy", purpose="để báo cáo"),
        Recipient(name="Các cấp ủy trực thuộc Thành ủy"),
        Recipient(name="Lưu VP, P.TCĐ-ĐV"),
    ]
    assert closing.signatures == [
        Signature(
            authority=SigningAuthority.KT, on_behalf_of="TRƯỞNG BAN", position="PHÓ TRƯỞNG BAN", signer="Triệu Thị Ngọc"
        )
    ]


def test_ocr_joined_columns_are_split() -> None:
    text = (
        "Nơi nhân: T/M BAN THƯỜNG VỤ\n- Các đ/c Ủy viên BTV Tỉnh ủy, PHÓ BÍ THƯ\n- Lưu Văn phòng Tỉnh ủy.\nHoàng Giang"
    )
    closing = parse_closing(clean_lines(text))
    assert [r.name for r in closing.recipients] == ["Các đ/c Ủy viên BTV Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"]
    (signature,) = closing.signatures
    assert (signature.on_behalf_of, signature.position, signature.signer) == (
        "BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Hoàng Giang",
    )


def test_wrapped_recipient_is_rejoined() -> None:
    text = "Nơi nhận:\n- Đ/c Lương Đức Hải – UVTV,\nTrưởng Ban Tổ chức Tỉnh uỷ (phụ trách địa bàn xã),\n- Lưu VPĐU."
    closing = parse_closing(clean_lines(text))
    assert closing.recipients[0] == Recipient(
        name="Đ/c Lương Đức Hải – UVTV, Trưởng Ban Tổ chức Tỉnh uỷ", purpose="phụ trách địa bàn xã"
    )


def test_state_signature_with_an_inner_mark_and_signed_note() -> None:
    text = "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n[đã ký]\nNguyễn Hòa Bình"
    closing = parse_closing(clean_lines(text))
    (signature,) = closing.signatures
    assert signature.authority is SigningAuthority.STATE_TM
    assert (signature.on_behalf_of, signature.position, signature.signer) == (
        "CHÍNH PHỦ",
        "PHÓ THỦ TƯỚNG",
        "Nguyễn Hòa Bình",
    )
    assert signature.note == "KT. THỦ TƯỚNG; [đã ký]"
    assert closing.warnings


def test_wrapped_on_behalf_of() -> None:
    (signature,) = parse_closing(clean_lines("K/T CHÁNH\nVĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nLê Khánh Toàn")).signatures
    assert (signature.on_behalf_of, signature.position) == ("CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")


def test_wrapped_position() -> None:
    (signature,) = parse_closing(clean_lines("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTHƯỜNG TRỰC\nVăn Quốc Cường")).signatures
    assert (signature.on_behalf_of, signature.position) == ("BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC")


def test_what_follows_the_signer_is_the_tail() -> None:
    lines = clean_lines("T/M ĐẢNG UỶ\nBÍ THƯ\nVũ Thị Thuỳ Trang\nĐẢNG UỶ XÃ CÔNG HẢI\n13-11-2025 14:38:52 +07:00")
    closing = parse_closing(lines)
    assert [line.text for line in closing.tail] == ["ĐẢNG UỶ XÃ CÔNG HẢI", "13-11-2025 14:38:52 +07:00"]


def test_find_closing() -> None:
    lines = clean_lines("Nội dung.\n\n*Nơi nhận:*\n- A,")
    assert find_closing(lines, 0) == 2
    assert find_closing(clean_lines("Thay mặt Ban Thường vụ"), 0) is None


def test_joint_signatures_side_by_side() -> None:
    text = (
        "T/M BAN THƯỜNG VỤ TỈNH ỦY          T/M BAN CÁN SỰ ĐẢNG UBND TỈNH\n"
        "PHÓ BÍ THƯ                         BÍ THƯ\n"
        "\n"
        "Nguyễn Văn An                      Trần Văn Bình\n"
    )
    first, second = parse_closing(clean_lines(text)).signatures
    assert (first.on_behalf_of, first.position, first.signer) == (
        "BAN THƯỜNG VỤ TỈNH ỦY",
        "PHÓ BÍ THƯ",
        "Nguyễn Văn An",
    )
    assert (second.on_behalf_of, second.position, second.signer) == (
        "BAN CÁN SỰ ĐẢNG UBND TỈNH",
        "BÍ THƯ",
        "Trần Văn Bình",
    )


def test_a_signature_without_its_mark_and_an_annex_after_the_list() -> None:
    closing = parse_closing(clean_lines("Nơi nhận:\n- Các chi bộ,\n- Lưu VT.\nBÍ THƯ\nNguyễn Văn An\n"))
    assert [r.name for r in closing.recipients] == ["Các chi bộ", "Lưu VT"]
    (signature,) = closing.signatures
    assert (signature.authority, signature.position, signature.signer) == (None, "BÍ THƯ", "Nguyễn Văn An")
    closing = parse_closing(clean_lines("Nơi nhận:\n- Lưu VT.\n\nPhụ lục kèm theo\nNội dung phụ lục.\n"))
    assert [line.text for line in closing.tail if line.role == "text"] == ["Phụ lục kèm theo", "Nội dung phụ lục."]


def test_several_recipients_on_one_line() -> None:
    closing = parse_closing(clean_lines("| Nơi nhận: - Các tỉnh ủy, - Các ban đảng, - Lưu VT. | T/M BAN BÍ THƯ |"))
    assert [r.name for r in closing.recipients] == ["Các tỉnh ủy", "Các ban đảng", "Lưu VT"]
    assert closing.signatures[0].on_behalf_of == "BAN BÍ THƯ"


def test_an_ocr_damaged_position_is_read_against_the_known_positions() -> None:
    text = "T/M BAN THƯỜNG VỤ\nPHÓ BỈ THƯ THƯỜNG TRưC\n\nHà Văn Tư\n"
    closing = parse_closing(clean_lines(text))
    (signature,) = closing.signatures
    assert signature.position == "PHÓ BÍ THƯ THƯỜNG TRỰC"
    assert signature.note is not None
    assert "PHÓ BỈ THƯ THƯỜNG TRưC" in signature.note  # the printed words are kept
    assert any("OCR" in message for _, message in closing.warnings)


def test_an_undamaged_unknown_position_is_left_as_printed() -> None:
    closing = parse_closing(clean_lines("T/M BAN CHỈ ĐẠO\nTRƯỞNG BAN CHỈ ĐẠO\n\nHà Văn Tư\n"))
    assert [s.position for s in closing.signatures] == ["TRƯỞNG BAN CHỈ ĐẠO"]
    assert closing.warnings == []


def test_authority_marks_as_typed_or_scanned() -> None:
    for mark in ("T / M", "T/M.", "T/M"):
        closing = parse_closing(clean_lines(f"{mark} BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn An\n"))
        (signature,) = closing.signatures
        assert signature.authority is SigningAuthority.TM
        assert signature.on_behalf_of == "BAN THƯỜNG VỤ"
        assert (signature.position, signature.signer) == ("BÍ THƯ", "Lê Văn An")
    assert parse_closing(clean_lines("T/T BAN\n")).signatures[0].authority is None
