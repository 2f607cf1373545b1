import datetime

import pytest

import nghiquyet as nq
from nghiquyet import DocumentError, Numbering


def ref(start: int, end: int) -> nq.Reference:
    return nq.Reference(start=start, end=end, notation=nq.Notation.parse("1-NQ/TW"))


def test_spans_must_lie_inside_the_text_in_order_without_overlap() -> None:
    assert nq.Paragraph(text="abcdef", spans=[ref(0, 2), ref(2, 6)]).spans[1].end == 6
    with pytest.raises(DocumentError, match="outside"):
        nq.Paragraph(text="abc", spans=[ref(1, 4)])
    with pytest.raises(DocumentError, match="overlaps"):
        nq.Paragraph(text="abcdef", spans=[ref(0, 3), ref(2, 5)])
    with pytest.raises(DocumentError, match="overlaps"):
        nq.Paragraph(text="abcdef", spans=[ref(3, 5), ref(0, 2)])
    with pytest.raises(DocumentError, match="not after"):
        nq.DateMention(start=3, end=3, date=datetime.date(2023, 1, 1))
    with pytest.raises(DocumentError):
        nq.DateMention(start=-1, end=3, date=datetime.date(2023, 1, 1))


@pytest.mark.parametrize("bad", ["a\x00b", "a\x1bb", "\ufffe", "\udc80"])
def test_characters_xml_cannot_carry_are_refused(bad: str) -> None:
    with pytest.raises(DocumentError, match="XML"):
        nq.Paragraph(text=bad)


def test_tabs_newlines_and_carriage_returns_are_text() -> None:
    assert nq.Paragraph(text="a\tb\nc\rd").text == "a\tb\nc\rd"


@pytest.mark.parametrize(
    ("numbering", "marker", "label"),
    [
        (Numbering.PART, "PHẦN THỨ NHẤT", "THỨ NHẤT"),
        (Numbering.CHAPTER, "Chương II", "II"),
        (Numbering.SECTION, "Mục 1", "1"),
        (Numbering.ARTICLE, "Điều 5.", "5"),
        (Numbering.UPPER_LETTER, "A-", "A"),
        (Numbering.ROMAN, "IV.", "IV"),
        (Numbering.ROMAN, "I-", "I"),
        (Numbering.ARABIC, "1-", "1"),
        (Numbering.DECIMAL, "1.1.2.", "1.1.2"),
        (Numbering.PARENTHESISED, "(3)", "3"),
        (Numbering.LETTER, "a)", "a"),
    ],
)
def test_division_labels_drop_keyword_and_punctuation(numbering: Numbering, marker: str, label: str) -> None:
    assert nq.Division(numbering=numbering, marker=marker).label == label


@pytest.mark.parametrize(
    ("numbering", "marker"),
    [(Numbering.ROMAN, "IIII."), (Numbering.ROMAN, "1."), (Numbering.ARABIC, "I."), (Numbering.LETTER, "A)")],
)
def test_markers_must_fit_their_numbering(numbering: Numbering, marker: str) -> None:
    with pytest.raises(DocumentError, match="marker"):
        nq.Division(numbering=numbering, marker=marker)


def test_children_must_be_blocks_and_bullets_must_be_bullets() -> None:
    with pytest.raises(DocumentError, match="block"):
        nq.Division(numbering=Numbering.ROMAN, marker="I.", children=["text"])  # type: ignore[list-item]
    with pytest.raises(DocumentError, match="sequence"):
        nq.Division(numbering=Numbering.ROMAN, marker="I.", children="text")  # type: ignore[arg-type]
    with pytest.raises(DocumentError, match="bullet"):
        nq.ListItem(marker="1.", text="x")


def test_walk_visits_every_block_depth_first() -> None:
    inner = nq.Paragraph(text="inner")
    item = nq.ListItem(text="item", children=[nq.ListItem(marker="+", text="sub")])
    tree = (nq.Division(numbering=Numbering.ROMAN, marker="I.", children=[inner, item]), nq.Paragraph(text="after"))
    texts = [getattr(b, "text", getattr(b, "marker", None)) for b in nq.model.walk(tree)]
    assert texts == ["I.", "inner", "item", "sub", "after"]
