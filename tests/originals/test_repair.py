"""A broken text layer is told from Vietnamese by letters no Vietnamese word can hold."""

from __future__ import annotations

import pytest

from nghiquyet.originals._repair import broken_share, is_broken, is_vietnamese_word

GOOD = (
    "SỞ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
    "Lào Cai, ngày 10 tháng 3 năm 2026 Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 "
    "của Giám đốc Sở về việc kiểm tra (Covid-19), “phòng, chống” thiên tai; v.v. Đắk Lắk, Quyển, Nguyễn"
)


@pytest.mark.parametrize("word", ["Nguyễn", "THƯƠNG", "1050/QĐ-SCT", "(để", "báo)", "Covid-19", "k/c", "Ưu"])
def test_vietnamese_words(word: str) -> None:
    assert is_vietnamese_word(word)


# Glyph ids read as Unicode (Ghostscript subsets) and Windows codes read as Mac Roman.
@pytest.mark.parametrize("word", ["6Ӣ", "7+ѬѪ1*", "Ĉ2¬1", "C‘NG", "L‡o", "th·ng", "HỘΙ", "ǹgày"])
def test_garbled_words(word: str) -> None:
    assert not is_vietnamese_word(word)


def test_a_page_is_broken_when_many_words_are() -> None:
    assert broken_share(GOOD) == 0
    assert not is_broken(GOOD)
    garbled = "6Ӣ CÔNG 7+ѬѪ1* &Ӝ1* H“A XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM Ĉ2¬1 .,ӆ0 TRA THEO 48<ӂ7 L‡o Cai, ng‡y th·ng 3"
    assert is_broken(garbled)
    assert not is_broken("6Ӣ")  # too few words to judge
