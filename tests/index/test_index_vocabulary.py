"""Relations of citations and the keys of bodies' names, on sentences written for the test."""

from __future__ import annotations

import re

import pytest

import nghiquyet as nq
from nghiquyet.index.vocabulary import ABBREVIATIONS, RELATIONS, body_key, relation_before


def _relations(marked: str) -> list[str | None]:
    """The relation of each reference of ``marked``, a paragraph whose references are [bracketed]."""
    text, spans = "", []
    for i, piece in enumerate(re.split(r"[\[\]]", marked)):
        if i % 2:
            spans.append(nq.Reference(start=len(text), end=len(text) + len(piece)))
        text += piece
    return [relation_before(text, spans, i) for i in range(len(spans))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Căn cứ [Quy định số 24-QĐ/TW, ngày 30/7/2021] của Ban Chấp hành Trung ương;", ["căn cứ"]),
        ("Thực hiện có hiệu quả [Nghị quyết số 18-NQ/TU ngày 12/3/2024] của Tỉnh ủy.", ["thực hiện"]),
        ("Kết luận về tiếp tục thực hiện [Nghị quyết số 09-NQ/HU] của Huyện ủy.", ["tiếp tục thực hiện"]),
        ("Quy định này thay thế [Quy định số 41-QĐi/TU ngày 02/01/2019].", ["thay thế"]),
        ("Sửa đổi, bổ sung một số điều của [Quy chế số 05-QC/ĐU ngày 10/10/2022].", ["sửa đổi"]),
        ("Ban Thường vụ đã ban hành [Kế hoạch số 77-KH/TU ngày 01/6/2023] về công tác cán bộ.", [None]),
    ],
)
def test_each_relation_is_read_from_the_words_before_the_reference(text: str, expected: list[str | None]) -> None:
    assert _relations(text) == expected


def test_a_clause_opened_by_a_relation_governs_every_reference_in_it() -> None:
    text = "Căn cứ [Nghị quyết số 11-NQ/TU ngày 02/02/2022] của Tỉnh ủy; [Kết luận số 30-KL/TU] của Tỉnh ủy,"
    assert _relations(text) == ["căn cứ", "căn cứ"]


def test_a_phrase_far_before_the_reference_in_running_text_is_no_relation() -> None:
    text = (
        "Các chi bộ thực hiện nghiêm túc chế độ sinh hoạt định kỳ hằng tháng theo đúng nội dung hướng dẫn "
        "đã được thống nhất trong [Hướng dẫn số 12-HD/BTCTU ngày 03/3/2023] của Ban Tổ chức."
    )
    assert _relations(text) == [None]


def test_a_sentence_end_closes_the_clause() -> None:
    text = (
        "Thực hiện [Nghị quyết số 57-NQ/TW] của Bộ Chính trị. Đảng ủy ban hành [Kế hoạch số 15-KH/ĐU ngày 01/4/2025]."
    )
    assert _relations(text) == ["thực hiện", None]


@pytest.mark.parametrize(
    "spelling",
    ["Văn phòng Thị ủy", "VP Thị uỷ", "VĂN PHÒNG THỊ UỶ", "Van phong Thi uy", "VP. Thị ủy", "Văn  phòng Thị ủy"],
)
def test_spellings_of_one_body_meet_under_one_key(spelling: str) -> None:
    assert body_key(spelling) == body_key("Văn phòng Thị ủy") == "van phong thi uy"


def test_other_bodies_keep_other_keys() -> None:
    keys = {body_key(name) for name in ("Văn phòng Thị ủy", "Văn phòng Tỉnh ủy", "Ban Tổ chức Thị ủy", "VP Huyện ủy")}
    assert len(keys) == 4


def test_every_abbreviation_spells_out_words_that_are_not_themselves_abbreviations() -> None:
    for words in ABBREVIATIONS.values():
        assert not set(words.split()) & set(ABBREVIATIONS)
    assert set(RELATIONS.values()) == {"căn cứ", "thực hiện", "tiếp tục thực hiện", "thay thế", "sửa đổi"}
