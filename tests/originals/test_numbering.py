"""Word's automatic numbering, computed from numbering.xml as Word numbers the paragraphs."""

from __future__ import annotations

from lxml import etree

from nghiquyet.originals._numbering import Numbering, format_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbering(levels: str, nums: str) -> Numbering:
    xml = f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>{nums}</w:numbering>'
    return Numbering(etree.fromstring(xml))


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


OUTLINE = (
    _lvl(0, "upperRoman", "%1.")
    + _lvl(1, "decimal", "%2.")
    + _lvl(2, "decimal", "%2.%3.")
    + _lvl(3, "lowerLetter", "%4)")
    + _lvl(4, "bullet", "-")
)


def test_a_party_outline_numbers_as_printed() -> None:
    numbering = _numbering(OUTLINE, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    levels = [0, 1, 2, 2, 3, 3, 4, 1, 0, 1, 3]
    labels = [numbering.label("1", level).strip() for level in levels]
    assert labels == ["I.", "1.", "1.1.", "1.2.", "a)", "b)", "-", "2.", "II.", "1.", "a)"]


def test_start_values_and_overrides() -> None:
    levels = _lvl(0, "decimal", "%1.", start=3)
    nums = (
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    numbering = _numbering(levels, nums)
    first = [numbering.label("1", 0).strip() for _ in range(2)]
    # A list that overrides its start begins again; one that does not counts on.
    second = [numbering.label("2", 0).strip() for _ in range(2)]
    assert (first, second) == (["3.", "4."], ["1.", "2."])


def test_a_level_that_does_not_restart() -> None:
    levels = _lvl(0, "upperRoman", "%1.") + _lvl(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>')
    numbering = _numbering(levels, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    labels = [numbering.label("1", level).strip() for level in (0, 1, 1, 0, 1)]
    assert labels == ["I.", "1.", "2.", "II.", "3."]


def test_legal_numbering_and_unknown_lists() -> None:
    levels = _lvl(0, "upperRoman", "%1.") + _lvl(1, "decimal", "%1.%2.", extra="<w:isLgl/>")
    numbering = _numbering(levels, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    assert [numbering.label("1", level).strip() for level in (0, 1, 0, 1)] == ["I.", "1.1.", "II.", "2.1."]
    assert numbering.label("9", 0) == ""
    assert Numbering(None).label("1", 0) == ""


def test_formats() -> None:
    assert [format_number(n, "upperRoman") for n in (4, 9, 14, 40, 1990)] == ["IV", "IX", "XIV", "XL", "MCMXC"]
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert format_number(7, "decimalZero") == "07"
    assert format_number(7, "chineseCounting") == "7"
