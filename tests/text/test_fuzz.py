"""Fuzzing parse_text: no input raises, and every result is a valid Document that renders."""

from __future__ import annotations

import random
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

from nghiquyet import Document, parse_text, to_text

_PIECES = [
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Số 12-KL/TU",
    "Số: 03/NQ-CP",
    "Số    -HD/BTCTU",
    "Hà Nội, ngày 05 tháng 4 năm 2023",
    "KẾT LUẬN",
    "NGHỊ QUYÉT",
    "I. MỤC TIÊU",
    "1.1.",
    "a)",
    "(1)",
    "- ",
    "+ ",
    "**",
    "|",
    "\\-",
    "Nơi nhận:",
    "T/M BAN THƯỜNG VỤ",
    "TM.",
    "K/T",
    "BÍ THƯ",
    "Văn Quốc Cường",
    "*",
    "-----",
    "\f",
    "\n",
    "\n\n",
    "  ",
    "Giao ",
    "Đề nghị ",
    "chủ trì, phối hợp với ",
    "có trách nhiệm",
    "Nghị quyết số 57-NQ/TW ngày 22/12/2024",
    "khóa XIII",
    "HỘI NGHỊ LẦN THỨ 0",
    "Điều 0.",
    "===== Trang 1 =====",
    "[OCR]",
    "```",
    "\x00",
    "\u0301",
    "Đ",
    "ngày 31/2/2023",
    "Số 0-KL/TU",
    "Số 9999999-KL/TU",
    "khóa IIII",
    "&amp;",
    "&#769;",
    "&#1;",
    "&#x0a;",
    "&nbsp;",
]


def _check(text: str) -> None:
    doc = parse_text(text)
    assert isinstance(doc, Document)
    attrs.validate(doc)
    assert isinstance(to_text(doc), str)


@given(st.text())
def test_any_unicode(text: str) -> None:
    _check(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_characters_including_controls(text: str) -> None:
    _check(text)


@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=60).map("".join))
def test_document_shaped_noise(text: str) -> None:
    _check(text)


@given(st.data())
def test_corpus_lines_shuffled_and_cut(corpus_dir: Path, data: st.DataObject) -> None:
    files = sorted(corpus_dir.glob("*.txt"))
    path = data.draw(st.sampled_from(files))
    lines = path.read_text(encoding="utf-8").split("\n")
    seed = data.draw(st.integers(0, 2**32 - 1))
    rng = random.Random(seed)
    start = rng.randrange(len(lines))
    chunk = lines[start : start + rng.randrange(1, 120)]
    rng.shuffle(chunk)
    cut = [line[: rng.randrange(len(line) + 1)] if rng.random() < 0.3 else line for line in chunk]
    _check("\n".join(cut))
