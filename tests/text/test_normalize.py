"""The clean-up layer: Unicode, markup debris, page furniture."""

from __future__ import annotations

import unicodedata

from nghiquyet.text.normalize import clean_lines, fold, is_upper, words


def test_fold_removes_diacritics_and_folds_d_bar_keeping_length() -> None:
    assert fold("Đảng Cộng sản") == "dang cong san"
    assert len(fold("Nghị quyết")) == len("Nghị quyết")


def test_fold_makes_ocr_damage_compare_equal() -> None:
    assert fold("KÉT LUẬN") == fold("KẾT LUẬN")
    assert fold("ĐÁNG") == fold("ĐẢNG")


def test_is_upper_tolerates_a_stray_lower_case_ocr_letter() -> None:
    assert is_upper("BAN THƯỜNG VỤ")
    assert is_upper("S Í THƯ THƯỜNG TRưÊ")
    assert not is_upper("Ban Thường vụ")


def test_decomposed_input_is_stored_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Kết luận")
    (line,) = clean_lines(nfd)
    assert line.text == "Kết luận"
    assert unicodedata.is_normalized("NFC", line.text)


def test_bold_markup_is_removed_and_remembered() -> None:
    lines = clean_lines("**I. MỤC ĐÍCH**\n**1-** Nội dung")
    assert [line.text for line in lines] == ["I. MỤC ĐÍCH", "1- Nội dung"]
    assert lines[0].bold
    assert not lines[1].bold


def test_bold_spanning_two_lines_marks_both() -> None:
    lines = clean_lines("**1. Về\nđánh giá tình hình**\nVăn bản")
    assert [line.bold for line in lines] == [True, True, False]


def test_markdown_escapes_headings_and_underline_are_removed() -> None:
    lines = clean_lines("# CHÍNH PHỦ\n\\- Các tỉnh uỷ,\n__Nơi nhận__:")
    assert [line.text for line in lines] == ["CHÍNH PHỦ", "- Các tỉnh uỷ,", "Nơi nhận:"]
    assert lines[0].heading


def test_table_cells_become_cells_and_table_rules_vanish() -> None:
    lines = clean_lines("| Số: 20-NQ/TW | *Hà Nội, ngày 01 tháng 11 năm 2012* |\n| :---- | :---- |\n|")
    assert lines[0].cells == ("Số: 20-NQ/TW", "Hà Nội, ngày 01 tháng 11 năm 2012")
    assert [line.role for line in lines[1:]] == ["blank", "blank"]


def test_wide_gaps_split_two_columns() -> None:
    (line,) = clean_lines("      THÀNH UỶ HÀ NỘI                       ĐẢNG CỘNG SẢN VIỆT NAM")
    assert line.cells == ("THÀNH UỶ HÀ NỘI", "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert line.indent == 6


def test_page_furniture_and_banners_get_their_own_role() -> None:
    text = "[OCR] [Bản trích chữ tự động]\n===== Trang 2 =====\n8\f\nVăn bản\n```"
    roles = [(line.role, line.text) for line in clean_lines(text)]
    assert ("banner", "[OCR] [Bản trích chữ tự động]") in roles
    assert ("page", "===== Trang 2 =====") in roles
    assert ("page", "8") in roles
    assert ("text", "Văn bản") in roles
    assert all(text != "```" for _, text in roles)


def test_star_line_is_a_rule_not_italic() -> None:
    (line,) = clean_lines("*")
    assert line.role == "rule"


def test_italic_stars_are_removed_but_star_bullets_kept() -> None:
    lines = clean_lines("*Nơi nhận:*\n*   Ban Bí thư (để b/c),")
    assert [line.text for line in lines] == ["Nơi nhận:", "* Ban Bí thư (để b/c),"]


def test_control_characters_never_reach_the_text() -> None:
    (line,) = clean_lines("Văn\x00 bản\x1b")
    assert line.text == "Văn bản"


def test_words_are_letters_and_digits_only() -> None:
    assert words("**Số 706-KL/TU**, ngày 05/4/2023") == ["Số", "706", "KL", "TU", "ngày", "05", "4", "2023"]


def test_a_bullet_followed_by_wide_space_stays_one_cell() -> None:
    (line,) = clean_lines("*   VPTW, VPCP, VPQH,")
    assert line.cells == ("* VPTW, VPCP, VPQH,",)


def test_html_entities_and_soft_hyphens() -> None:
    (line,) = clean_lines("KH&amp;CN&nbsp;và xây\u00addựng")
    assert line.text == "KH&CN và xâydựng"


def test_page_footers_are_page_furniture() -> None:
    lines = clean_lines("Nội dung.\nTrang 2/5\nPage 3\nTrang trại 2 ha.\n")
    assert [line.role for line in lines] == ["text", "page", "page", "text", "blank"]
