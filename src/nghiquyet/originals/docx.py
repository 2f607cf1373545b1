"""Word files (.docx) as text lines, with python-docx: paragraphs and tables in body order.

- Tables of up to three columns (the header: issuer and number beside the national motto
  and the place and date; Nơi nhận beside the signature) are laid out as side-by-side
  columns, line by line, as a layout-preserving text copy prints them; wider tables (an
  annex of tasks) become rows of cells, ``| a | b | c |``.
- Word's automatic numbering, which is not in the text, is computed from numbering.xml
  (:mod:`nghiquyet.originals._numbering`) and written before the paragraph's text.
- A paragraph that is bold throughout is marked ``**…**`` (headings the parser may use).
- Footnotes follow the paragraph that cites them (by its ``w:footnoteReference``
  elements, not by any text), each on a line of its own.
- A text box is read once: Word stores it twice (``mc:Choice`` and ``mc:Fallback``), and
  the fallback copy is skipped.
- Damaged numbers in the file (a ``w:ilvl`` of "x") read as absent: level 0, or the
  default; a damaged or DOCTYPE-bearing footnotes part is a :class:`NghiquyetError`.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ..errors import NghiquyetError
from ._numbering import Numbering, number
from ._result import Extracted

__all__ = ["docx_text"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _TBL, _TR, _TC, _R, _T = (f"{{{_W}}}{n}" for n in ("p", "tbl", "tr", "tc", "r", "t"))
_GAP = 4  # spaces between two columns of a laid-out table
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Never read: deleted text, and the second copy Word keeps of text boxes and drawings.
_SKIPPED = (f"{{{_W}}}del", f"{{{_W}}}moveFrom", _MC_FALLBACK)


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def docx_text(data: bytes) -> Extracted:
    """The text of a Word file (see the module's docstring)."""
    try:
        document = docx.Document(io.BytesIO(data))
    # zlib.error and EOFError: a damaged or cut member of the ZIP, read when the package opens.
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        KeyError,
        ValueError,
        etree.XMLSyntaxError,
    ) as exc:
        raise NghiquyetError(f"not a Word file that can be opened: {exc}") from None
    part = document.part
    try:
        numbering_root = part.numbering_part.element
    except (KeyError, NotImplementedError):
        numbering_root = None
    reader = _Reader(Numbering(numbering_root), _footnotes(part), _style_numbering(part))
    lines = list(reader.blocks(document.element.body))
    return Extracted(kind="docx", text="\n".join(_collapse_blanks(lines)).strip("\n") + "\n")


def _xml_parser() -> etree.XMLParser:
    # originals/ sits below formats/ (pyproject's import contracts), so the settings of
    # formats/_xmlsafe.py are repeated here: no DTD, no entities, no network, no recovery.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False, recover=False
    )


def _parse_part(blob: bytes, what: str) -> etree._Element:
    """A part of the package parsed hardened; a DOCTYPE (where entity bombs and external
    entities live) is refused, and any failure is a :class:`NghiquyetError`."""
    try:
        root = etree.fromstring(blob, _xml_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise NghiquyetError(f"the {what} of the Word file is not well-formed: {exc}") from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise NghiquyetError(f"the {what} of the Word file has a DOCTYPE, which is refused")
    return root


def _footnotes(part: object) -> dict[str, str]:
    """The footnotes' text by id (none when the file has no footnotes part)."""
    notes: dict[str, str] = {}
    for rel in getattr(part, "rels", {}).values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            root = _parse_part(rel.target_part.blob, "footnotes part")
            for note in root.iter(_w("footnote")):
                if note.get(_w("type")) in (None, "normal"):
                    text = " ".join(_runs_text(p) for p in note.iter(_P)).strip()
                    if text:
                        notes[note.get(_w("id"), "")] = text
    return notes


def _style_numbering(part: object) -> dict[str, tuple[str, int]]:
    """Numbering set by paragraph styles (a "Heading 1" that numbers itself), by style id."""
    found: dict[str, tuple[str, int]] = {}
    try:
        styles = part.styles.element  # type: ignore[attr-defined]
    except (AttributeError, KeyError, NotImplementedError):
        return found
    for style in styles.iter(_w("style")):
        num = style.find(f"{_w('pPr')}/{_w('numPr')}")
        if num is not None:
            num_id = num.find(_w("numId"))
            ilvl = num.find(_w("ilvl"))
            if num_id is not None:
                level = number(ilvl.get(_w("val"))) if ilvl is not None else None
                found[style.get(_w("styleId"), "")] = (num_id.get(_w("val"), ""), level or 0)
    return found


def _skipped(node: etree._Element) -> bool:
    """Whether a node is deleted text or in the fallback copy of a text box."""
    return any(a.tag in _SKIPPED for a in node.iterancestors())


def _cited(paragraph: etree._Element) -> list[str]:
    """The ids of the footnotes a paragraph cites, in order, by its reference elements."""
    ids = [node.get(_w("id"), "") for node in paragraph.iter(_w("footnoteReference")) if not _skipped(node)]
    return list(dict.fromkeys(ids))


def _runs_text(paragraph: etree._Element) -> str:
    """A paragraph's text: its runs (inserted text included, deleted text and the fallback
    copy of text boxes not), tabs as spaces, line breaks as new lines."""
    out = []
    for node in paragraph.iter(_T, _w("tab"), _w("br"), _w("cr"), _w("noBreakHyphen")):
        if _skipped(node):
            continue
        if node.tag == _T:
            out.append(node.text or "")
        elif node.tag == _w("noBreakHyphen"):
            out.append("-")
        elif node.tag == _w("tab"):
            out.append(" ")
        else:
            out.append("\n")
    return "".join(out)


class _Reader:
    def __init__(self, numbering: Numbering, footnotes: dict[str, str], styles: dict[str, tuple[str, int]]) -> None:
        self.numbering = numbering
        self.footnotes = footnotes
        self.styles = styles

    def blocks(self, container: etree._Element) -> Iterator[str]:
        for child in container:
            if child.tag == _P:
                yield from self.paragraph(child)
            elif child.tag == _TBL:
                yield from self.table(child)
            elif child.tag in (_w("sdt"), _w("customXml")):
                content = child.find(_w("sdtContent"))
                yield from self.blocks(content if content is not None else child)

    def paragraph(self, p: etree._Element, *, notes: bool = True) -> Iterator[str]:
        text = _runs_text(p)
        cited = [key for key in _cited(p) if key in self.footnotes]
        label = self.label(p)
        parts = [part.strip() for part in _visual_lines(text) if part.strip()]
        if not parts and not label:
            yield ""
            return
        bold = _bold(p)
        for k, part in enumerate(parts or [""]):
            shown = f"**{part}**" if bold and part else part
            yield (label if k == 0 else "") + shown
        if notes:
            for key in cited:
                # The mark as printed (superscript), not "(1)", which would read as a numbered item.
                yield f"{key.translate(_SUPERSCRIPT)} {self.footnotes[key]}"

    def label(self, p: etree._Element) -> str:
        ppr = p.find(_w("pPr"))
        num = ppr.find(_w("numPr")) if ppr is not None else None
        if num is not None:
            num_id = num.find(_w("numId"))
            ilvl = num.find(_w("ilvl"))
            if num_id is None:
                return ""
            level = number(ilvl.get(_w("val"))) if ilvl is not None else None
            return self.numbering.label(num_id.get(_w("val"), ""), level or 0)
        style = ppr.find(_w("pStyle")) if ppr is not None else None
        if style is not None and style.get(_w("val"), "") in self.styles:
            return self.numbering.label(*self.styles[style.get(_w("val"), "")])
        return ""

    def cell_lines(self, cell: etree._Element) -> list[str]:
        lines: list[str] = []
        for child in cell:
            if child.tag == _P:
                lines.extend(self.paragraph(child))
            elif child.tag == _TBL:
                lines.extend(self.table(child))
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        return [line.replace("**", "") for line in lines]

    def table(self, table: etree._Element) -> Iterator[str]:
        rows = [
            [self.cell_lines(cell) for cell in row.iter(_TC) if cell.getparent() is row]
            for row in table.iter(_TR)
            if _owner(row) is table
        ]
        width = max((len(row) for row in rows), default=0)
        if width <= 3:
            yield from _columns(rows, width)
        else:
            for row in rows:
                cells = ["; ".join(line.strip() for line in cell if line.strip()) for cell in row]
                if any(cells):
                    yield "| " + " | ".join(cells) + " |"
        yield ""


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACED = re.compile(r"(?<=[^\W\d_])\s{3,}(?=[^\W\d_])")


def _visual_lines(text: str) -> list[str]:
    """A paragraph's lines: its line breaks, and the runs of spaces a name in capitals is
    pushed onto its next line with ("ỦY BAN NHÂN DÂN        TỈNH LÀO CAI" in a narrow
    header cell). Runs of spaces elsewhere (the blank day of "ngày      tháng") stay."""
    lines = []
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            lines.extend(_SPACED.split(line))
        else:
            lines.append(line)
    return lines


def _owner(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    return parent if parent is not None and parent.tag == _TBL else None


def _columns(rows: list[list[list[str]]], width: int) -> Iterator[str]:
    """Rows of cells side by side: each column as wide as its longest line, then a gap."""
    widths = [0] * width
    for row in rows:
        for k, cell in enumerate(row):
            widths[k] = max([widths[k], *(len(line) for line in cell)])
    for row in rows:
        depth = max((len(cell) for cell in row), default=0)
        for i in range(depth):
            parts = []
            for k in range(width):
                cell = row[k] if k < len(row) else []
                parts.append((cell[i] if i < len(cell) else "").ljust(widths[k] + _GAP))
            line = "".join(parts).rstrip()
            if line:
                yield line


def _bold(p: etree._Element) -> bool:
    """Whether every run with text is bold (set on the run; a style's bold is not looked up)."""
    runs = [r for r in p.iter(_R) if not _skipped(r) and "".join(t.text or "" for t in r.iter(_T)).strip()]
    if not runs:
        return False
    for run in runs:
        b = run.find(f"{_w('rPr')}/{_w('b')}")
        if b is None or b.get(_w("val"), "true") in ("0", "false"):
            return False
    return True


def _collapse_blanks(lines: list[str]) -> Iterator[str]:
    blank = False
    for line in lines:
        if line.strip():
            blank = False
            yield line
        elif not blank:
            blank = True
            yield ""
