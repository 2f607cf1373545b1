"""Clean-up of raw text: Unicode, markup debris and page furniture, line by line.

Real copies of Party documents come out of Word, pdftotext, markdown converters and OCR.
This layer turns such text into :class:`Line` records (one per input line, or per table
cell) holding the words only, and remembers what the markup said that later layers need
(bold, a markdown heading, the indentation). Nothing with words in it is thrown away:
page markers and OCR banners are kept as lines of their own ``role``.
"""

from __future__ import annotations

import html
import re
import unicodedata

import attrs

from ..grammar.folding import fold

__all__ = ["Line", "clean_lines", "fold", "is_upper", "words"]

# Characters no document can carry (XML 1.0 excludes them): controls, surrogates, non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\u00ad\ud800-\udfff\ufffe\uffff\u200b-\u200d\u2060\ufeff]")
# every other white space becomes " ", so that within a line a gap is a run of plain spaces
_SPACES = re.compile("[\t\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_ODD = re.compile(f"{_CONTROL.pattern[:-1]}{_SPACES.pattern[1:]}")


# Three letters of the Latin and Vietnamese blocks that upper() changes ("ăng", "hực"): each of
# them differs from any character upper() gives (an upper-cased text upper-cases to itself), so
# three of them in a head mean three positions that change, found by one scan instead of a count;
# and the same of lower() ("MỤC").
_LATIN = [*map(chr, range(0x250)), *map(chr, range(0x1E00, 0x1F00))]
_CHANGED_BY_UPPER = "".join(c for c in _LATIN if c.upper() != c and c.isalpha())
_THREE_LOWER = re.compile(f"[{re.escape(_CHANGED_BY_UPPER)}]{{3}}")
_THREE_UPPER = re.compile(f"[{re.escape(''.join(c for c in _LATIN if c.lower() != c and c.isalpha()))}]{{3}}")


def is_upper(text: str) -> bool:
    """True when the letters of ``text`` are (nearly all) capitals: a heading or a header line."""
    if text[:1].islower():
        return False
    head = text[:24]
    second = head[1:4]
    if (second.isalpha() and second.islower()) or _THREE_LOWER.search(head):
        return False  # running text shows its lower case at once ("Thực hiện …": at its second letter)
    upper_head = head.upper()
    if upper_head != head and sum(map(str.__ne__, head, upper_head)) > 2:
        return False
    text = text[:300]  # headings are short; a long run of text is not one
    if text.upper() == text and _THREE_UPPER.search(text):
        return True  # no letter that upper() changes, three that lower() does
    upper = sum(map(str.__ne__, text, text.lower()))  # characters that change when lowered
    if upper < 3:
        return False
    lower = sum(map(str.__ne__, text, text.upper()))
    return lower * 10 <= upper


_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of ``text``: runs of letters and digits, NFC. Markup and punctuation are not words."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


# (not frozen, and its fields positional: one is made per input line, and frozen slots or keyword
# arguments cost twice the time)
@attrs.define
class Line:
    """One cleaned line (or table cell) of the input.

    ``number`` is the 1-based input line; ``indent`` the leading spaces of the raw line;
    ``cells`` the text split at wide gaps or "|" (two columns printed side by side);
    ``bold`` whether the whole line was bold; ``heading`` whether it was a markdown
    heading; ``row`` the cells, empty ones included, of a markdown table row "| a | b |"
    (only the body reads it, as a table; header and closing read ``cells``); ``role`` is
    "text", "blank", "rule" (a line of dashes or a lone "*"),
    "page" (page marker or number) or "banner" (a transcriber's note such as "[OCR] …").
    """

    number: int
    text: str
    indent: int = 0
    cells: tuple[str, ...] = ()
    bold: bool = False
    heading: bool = False
    role: str = "text"
    row: tuple[str, ...] = ()


# "===== Trang 2 =====" (a transcriber's marker), "Trang 2/5" (a page footer)
_PAGE_MARK = re.compile(
    r"^(?:=+\s*(?:Trang|Page)\s*\d+\s*=+|(?:Trang|Page)\s*\d{1,3}(?:\s*/\s*\d{1,3})?)$", re.IGNORECASE
)
_PAGE_NUMBER = re.compile(r"^[-–]?\s*\d{1,3}\s*[-–]?$")
_BANNER = re.compile(r"^\[(?:OCR|Ghi chú|Note)\]", re.IGNORECASE)
_FENCE = re.compile(r"^(?:```|~~~)\w*$")
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*$|^\|?\s*:?-{3,}:?\s*\|$")
_RULE = re.compile(r"^[-–—_=*~.\s]+$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
# where the page marks, page numbers, banners, fences and table rules above can begin (or a digit)
_FURNITURE_INITIALS = frozenset("=TtPp-–[`~|:")
_ESCAPE = re.compile(r"\\([-*_.#()\[\]+!|>`~=])")
_BULLET_STAR = re.compile(r"^\*\s+(?=\S)")
_ITALIC_OPEN = re.compile(r"(?<![\w*])\*(?=[^\s*])")
_ITALIC_CLOSE = re.compile(r"(?<=[^\s*])\*(?![\w*])")
_UNDERLINE = re.compile(r"__(?=\S)|(?<=\S)__")
_GAP = re.compile(r"\s{3,}")
_WIDE_BULLET = re.compile(r"^([-+*•–—·]|\d{1,3}[.)])\s{2,}(?=\S)")


def clean_lines(text: str) -> list[Line]:
    """Split ``text`` into cleaned :class:`Line` records (never raises on any str)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    if "&" in text and ";" in text:  # HTML entities left by web-to-markdown converters: "&nbsp;", "&amp;"
        text = html.unescape(text)
    # one scan for the common clean text, two subs only when needed (every character _ODD finds is
    # unprintable, and the test of printability is the faster scan)
    if not text.replace("\n", " ").isprintable() and _ODD.search(text):
        text = _CONTROL.sub("", _SPACES.sub(" ", text))
    out: list[Line] = []
    bold_open = False
    markup = _MARKUP.search(text) is not None  # plain text (pdftotext, OCR) skips the markdown clean-up
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            bold_open = False  # markdown emphasis never spans a paragraph break
            out.append(Line(number, "", 0, (), False, False, "blank"))
            continue
        first = stripped[0]
        if (
            "   " not in stripped
            and not (markup and _marked(stripped))
            and not (first in "-–—_.0123456789" and (len(stripped) <= 7 or _RULE.match(stripped)))
            and not (first in "TtPp" and len(stripped) <= 12 and _PAGE_MARK.match(stripped))
        ):
            plain = " ".join(stripped.split()) if "  " in stripped else stripped
            indent = len(raw) - len(raw.lstrip(" "))
            out.append(Line(number, plain, indent, (plain,), bold_open))
            continue
        line, bold_open = _clean_one(number, raw, bold_open)
        out.append(line)
    return out


_MARKUP = re.compile(r"[*_|\\#`=~\[<]")


def _marked(text: str) -> bool:
    """Whether ``text`` holds a character of _MARKUP: each looked for, faster than the regex scan."""
    return (
        "*" in text
        or "_" in text
        or "|" in text
        or "\\" in text
        or "#" in text
        or "`" in text
        or "=" in text
        or "~" in text
        or "[" in text
        or "<" in text
    )


_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _clean_one(number: int, raw: str, bold_open: bool) -> tuple[Line, bool]:
    indent = len(raw) - len(raw.lstrip(" "))
    stripped = raw.strip()
    # (the first characters the six patterns below can match at: a bold line "**…" tries none)
    first = stripped[0]
    furniture = first in _FURNITURE_INITIALS or first.isdecimal()
    if furniture and (_PAGE_MARK.match(stripped) or _PAGE_NUMBER.match(stripped)):
        return Line(number=number, text=stripped, indent=indent, role="page"), bold_open
    if furniture and _BANNER.match(stripped):
        return Line(number=number, text=stripped, indent=indent, role="banner"), bold_open
    if furniture and (_FENCE.match(stripped) or _TABLE_RULE.match(stripped)):
        return Line(number=number, text="", role="blank"), bold_open
    heading = False
    if first == "#" and _MD_HEADING.match(stripped):
        stripped = _MD_HEADING.sub("", stripped)
        heading = True
    if "\\" in stripped:
        stripped = _ESCAPE.sub(r"\1", stripped)
    # Table cells: "| a | b |" and the lone "|" of flattened tables.
    if "|" in stripped:
        parts = stripped.split("|")
        pieces = [p for p in parts if p.strip()]
    else:
        pieces = [stripped]
    if "<" in stripped:  # "<br>" inside a markdown table cell is a line break of the cell
        pieces = [q for p in pieces for q in _BREAK.split(p) if q.strip()]
    if not pieces:
        return Line(number=number, text="", role="blank"), bold_open
    cells: list[str] = []
    bold_all = True
    for piece in pieces:
        piece = piece.strip()
        if _WIDE_BULLET.match(piece):  # "*   item" is one cell, not two (a sub's template costs even unmatched)
            piece = _WIDE_BULLET.sub(r"\1 ", piece)
        for cell in _GAP.split(piece) if len(pieces) == 1 and "   " in piece else [piece]:
            cell_text, bold_open, bold_here = _strip_emphasis(cell, bold_open)
            bold_all = bold_all and bold_here
            cell_text = " ".join(cell_text.split())
            if cell_text:
                cells.append(cell_text)
    if not cells:
        return Line(number=number, text="", role="blank"), bold_open
    joined = " ".join(cells)
    role = "rule" if _RULE.match(joined) else "text"
    row: tuple[str, ...] = ()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3 and "<" not in stripped:
        row = tuple(" ".join(_strip_emphasis(p, False)[0].split()) for p in stripped[1:-1].split("|"))
    return (
        Line(
            number=number,
            text=joined,
            indent=indent,
            cells=tuple(cells),
            bold=bold_all,
            heading=heading,
            role=role,
            row=row,
        ),
        bold_open,
    )


def _strip_emphasis(cell: str, bold_open: bool) -> tuple[str, bool, bool]:
    """Remove ``**``/``__``/``*`` emphasis; report whether all words of the cell were bold."""
    if "**" in cell:
        segments = cell.split("**")
        kept: list[str] = []
        all_bold = True
        state = bold_open
        for index, segment in enumerate(segments):
            if index:
                state = not state
            if segment.strip() and not state:
                all_bold = False
            kept.append(segment)
        cell = "".join(kept)
        bold_open = state
        bold = all_bold
    else:
        bold = bold_open
    if "__" in cell:
        cell = _UNDERLINE.sub("", cell)
    if cell.strip() != "*":
        cell = _BULLET_STAR.sub("* ", cell) if _BULLET_STAR.match(cell) else cell
        head = "* " if cell.startswith("* ") else ""
        body = cell[len(head) :]
        if "*" in body:
            body = _ITALIC_CLOSE.sub("", _ITALIC_OPEN.sub("", body))
        cell = head + body
    return cell, bold_open, bold
