"""Recipients: an entry printed as "name (purpose)" splits back into its name and purpose."""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from nghiquyet.grammar.recipients import print_recipient, split_recipient
from nghiquyet.testing import texts

_ENDS_IN_PARENTHESIS = re.compile(r"\([^()]*\)[\s,;.]*$")


@given(texts(max_size=40), st.none() | texts(min_size=0, max_size=20).filter(lambda p: "(" not in p and ")" not in p))
def test_a_printed_recipient_splits_back(name: str, purpose: str | None) -> None:
    assume(name.strip())
    assume(purpose is not None or not _ENDS_IN_PARENTHESIS.search(name))
    assert split_recipient(print_recipient(name, purpose)) == (name, purpose)


@given(st.sampled_from(["Thường trực Tỉnh ủy", "Các đảng bộ trực thuộc", "Lưu VT"]),
       st.sampled_from(["để báo cáo", "b/c", "để thực hiện"]), st.sampled_from([",", ".", ";", " ,"]))  # fmt: skip
def test_the_list_punctuation_after_an_entry_is_not_its_purpose(name: str, purpose: str, end: str) -> None:
    assert split_recipient(print_recipient(name, purpose) + end) == (name, purpose)


def test_a_parenthesis_alone_is_a_name() -> None:
    assert split_recipient("(để biết)") == ("(để biết)", None)
