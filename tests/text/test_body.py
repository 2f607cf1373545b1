"""The body layer: markers, units (rejoined wraps) and nesting by the document's own hierarchy."""

from __future__ import annotations

import pytest

from nghiquyet import Division, ListItem, Numbering, Paragraph
from nghiquyet.model import Block
from nghiquyet.text.body import Unit, build_blocks, match_marker, paragraph_blocks, units
from nghiquyet.text.normalize import clean_lines


@pytest.mark.parametrize(
    ("text", "numbering", "marker", "rest"),
    [
        ("I. MỤC TIÊU", Numbering.ROMAN, "I.", "MỤC TIÊU"),
        ("II- QUAN ĐIỂM", Numbering.ROMAN, "II-", "QUAN ĐIỂM"),
        ("A- TÌNH HÌNH", Numbering.UPPER_LETTER, "A-", "TÌNH HÌNH"),
        ("1. Mục đích", Numbering.ARABIC, "1.", "Mục đích"),
        ("2- Những hạn chế", Numbering.ARABIC, "2-", "Những hạn chế"),
        ("1.1. Về tuổi đời.", Numbering.DECIMAL, "1.1.", "Về tuổi đời."),
        ("3.5.1. Người được xét", Numbering.DECIMAL, "3.5.1.", "Người được xét"),
        ("(4) Với vai trò", Numbering.PARENTHESISED, "(4)", "Với vai trò"),
        ("a) Nhiều cấp uỷ", Numbering.LETTER, "a)", "Nhiều cấp uỷ"),
        ("Điều 5. Thời hạn", Numbering.ARTICLE, "Điều 5.", "Thời hạn"),
        ("PHẦN THỨ NHẤT", Numbering.PART, "PHẦN THỨ NHẤT", ""),
        ("Chương II", Numbering.CHAPTER, "Chương II", ""),
    ],
)
def test_markers(text: str, numbering: Numbering, marker: str, rest: str) -> None:
    found = match_marker(text)
    assert found is not None
    assert (found[0].numbering, found[0].text, found[1]) == (numbering, marker, rest)


@pytest.mark.parametrize(
    "text", ["2025 - 2030 là giai đoạn", "3/2, 19/5, 2/9 và 7/11", "30 ngày làm việc", "Điều lệ Đảng"]
)
def test_not_markers(text: str) -> None:
    assert match_marker(text) is None


def _tree(text: str) -> list[Block]:
    def heading(unit: Unit) -> tuple[str | None, list[Block]]:
        return unit.text or None, []

    return build_blocks(units(clean_lines(text)), paragraph_blocks, heading)


def _outline(blocks: tuple[Block, ...] | list[Block], path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for block in blocks:
        if isinstance(block, Division):
            here = (*path, block.label)
            out.append(here)
            out.extend(_outline(block.children, here))
        elif isinstance(block, ListItem):
            out.extend(_outline(block.children, path))
    return out


def test_nesting_follows_the_order_styles_appear_in() -> None:
    text = "I. A\n\n1. B\n\na) C\n\nb) D\n\n2. E\n\nII. F\n\n1. G\n"
    assert _outline(_tree(text)) == [
        ("I",),
        ("I", "1"),
        ("I", "1", "a"),
        ("I", "1", "b"),
        ("I", "2"),
        ("II",),
        ("II", "1"),
    ]


def test_letters_continuing_a_b_are_not_roman_numerals() -> None:
    text = "A- X\n\nI- Y\n\nB- Z\n\nI- W\n\nII- V\n\nC- U\n"
    assert _outline(_tree(text)) == [("A",), ("A", "I"), ("B",), ("B", "I"), ("B", "II"), ("C",)]


def test_decimal_levels_nest_by_depth() -> None:
    text = "1. A\n1.1. B\n1.1.1. C\n1.1.2. D\n1.2. E\n2. F\n2.1. G\n"
    assert _outline(_tree(text)) == [
        ("1",),
        ("1", "1.1"),
        ("1", "1.1", "1.1.1"),
        ("1", "1.1", "1.1.2"),
        ("1", "1.2"),
        ("2",),
        ("2", "2.1"),
    ]


def test_articles_keep_counting_across_sections() -> None:
    text = "I- CHUNG\n\nĐiều 1. A\n\nĐiều 2. B\n\nII- RIÊNG\n\nĐiều 3. C\n\n1. D\n"
    assert _outline(_tree(text)) == [("I",), ("I", "1"), ("I", "2"), ("II",), ("II", "3"), ("II", "3", "1")]


def test_an_implausible_number_is_text() -> None:
    blocks = _tree("1. A\n\n2. B\n\n7. mươi năm tuổi đảng\n")
    assert _outline(blocks) == [("1",), ("2",)]
    last = blocks[-1]
    assert isinstance(last, Division)
    assert isinstance(last.children[-1], Paragraph)
    assert last.children[-1].text == "7. mươi năm tuổi đảng"


def test_bullets_nest_and_paragraphs_return_to_the_division() -> None:
    blocks = _tree("1. A\n\n- x\n\n+ y\n\n- z\n\nĐoạn văn.\n")
    (division,) = blocks
    assert isinstance(division, Division)
    first, second, paragraph = division.children
    assert isinstance(first, ListItem)
    assert first.text == "x"
    assert isinstance(first.children[0], ListItem)
    assert first.children[0].marker == "+"
    assert isinstance(second, ListItem)
    assert second.text == "z"
    assert isinstance(paragraph, Paragraph)


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = (
        "Trong những năm qua, ngành công nghiệp tỉnh Lào Cai được quan tâm lãnh\n"
        "đạo, chỉ đạo và đạt nhiều kết quả quan trọng; các khu, cụm công nghiệp\n"
        "được hình thành.\n"
        "Trước yêu cầu phát triển trong giai đoạn mới, tỉnh xác định cần tiếp tục\n"
        "rà soát.\n"
    )
    found = units(clean_lines(text))
    assert [u.text[:20] for u in found] == ["Trong những năm qua,", "Trước yêu cầu phát t"]
    assert found[0].text.endswith("được hình thành.")


def test_layout_indent_starts_a_paragraph() -> None:
    text = (
        "      Căn cứ Điều lệ Đảng Cộng sản Việt Nam; các quy định, hướng dẫn của\n"
        "Trung ương về việc tổ chức trao tặng Huy hiệu Đảng đối với đảng viên;\n"
        "      Được sự đồng ý của Thường trực Thành ủy, Ban Tổ chức Thành ủy hướng\n"
    )
    assert len(units(clean_lines(text))) == 2


def test_upper_case_heading_line_is_not_joined_to_the_text_below() -> None:
    found = units(clean_lines("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ TRONG NĂM\nTrong bối cảnh tình hình khó khăn\n"))
    assert [u.kind for u in found] == ["marker", "text"]


def test_parenthesis_numbers_sit_under_dot_numbers() -> None:
    assert _outline(_tree("1. A\n\n1) B\n\n2) C\n\n2. D\n")) == [("1",), ("1", "1"), ("1", "2"), ("2",)]


def test_decimal_with_a_dash_and_arabic_before_a_parenthesis() -> None:
    found = match_marker("2.1- Đổi mới mạnh mẽ")
    assert found is not None
    assert (found[0].numbering, found[0].text) == (Numbering.DECIMAL, "2.1")
    found = match_marker("21. (Khoản 6, Điều 22): Sinh hoạt")
    assert found is not None
    assert found[0].text == "21."


def test_a_number_without_its_dot_counts_only_in_sequence() -> None:
    # OCR dropped the dot of "1." right under a heading; a footnote "1 Thực hiện …" later is text
    text = "II. NHIỆM VỤ\n\n1 Đổi mới sự lãnh đạo.\n\n2. Tăng cường.\n\n1 Thực hiện theo mục 18.5.\n\n3. Hoàn thành.\n"
    assert _outline(_tree(text)) == [("II",), ("II", "1"), ("II", "2"), ("II", "3")]


def test_a_marker_alone_takes_its_heading_from_the_next_line() -> None:
    found = units(clean_lines("Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"))
    assert [(u.kind, u.text) for u in found] == [("marker", "QUY ĐỊNH CHUNG"), ("marker", "Phạm vi điều chỉnh")]
    assert found[0].upper


class _ClearedMeanwhile(dict[tuple[str, str], int | None]):
    """A table another thread empties (it reached its bound) just after a look-up found a key."""

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        self.clear()
        return found


def test_a_label_value_is_read_whatever_another_thread_does_to_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from nghiquyet.text import body

    monkeypatch.setattr(body, "_LABEL_VALUES", _ClearedMeanwhile())
    for numbering, label, value in ((Numbering.ROMAN, "XIV", 14), (Numbering.LETTER, "aa", None)):
        for _ in range(2):  # remembered, then read back after the table was emptied
            assert body._label_value(numbering, label) == value
