"""The closing: Nơi nhận (recipients) and signature blocks, also when printed side by side.

Each cell of the closing lines is read by what it says, not by where it stands, so the
two columns of a pdftotext -layout page (recipients left, signature right) can be read
line by line in any interleaving.
"""

from __future__ import annotations

import difflib
import re

import attrs

from ..errors import DocumentError
from ..grammar.recipients import split_recipient
from ..model import Recipient, Signature, SigningAuthority
from .body import match_marker
from .normalize import Line, fold, is_upper

__all__ = ["Closing", "find_closing", "is_authority", "is_signing_remark", "parse_closing"]

# "T/M", also as typed or scanned: "T / M", "T/M." ; the state's "TM.", "KT."
# … and as OCR or a careless typist leaves it: "TM BAN THƯỜNG VỤ", "T.M", "KT/" (read as the Party's mark)
_AUTHORITY = re.compile(
    r"^(?P<a>(?:T\s?/\s?[ML]|K\s?/\s?T)\.?|TUQ\.?|Q\.|TM\.|KT\.|TL\.|(?P<loose>T\.\s?[ML]|K\.\s?T|T[ML]/?|KT/?)(?=\s))"
    r"\s*(?P<rest>.*)$"
)
_AUTHORITY_INSIDE = re.compile(r"\s(?=(?:T/M|K/T|T/L|TM\.|KT\.)\s+[A-ZĐ])")
_RECIPIENTS = re.compile(r"^n[oơ]i\s*nh[aâậ]n\s*:?\s*", re.IGNORECASE)
_BULLET = re.compile(r"^[-+*•–—·]\s*")
_ENTRY_MARK = re.compile(r"^[-+*•–—·_]\s*")  # under "Nơi nhận" OCR reads a dash as "_" too
# "(Đã ký)", also scanned ("(Đã kỷ)", "(Da ky)", "(Ðã ký)" with an Eth) or "(Đã ký và đóng dấu)"; on fold()
_SIGNED_KEY = re.compile(r"^[\[(]?\s*(?:[dð]a\s+)?ky(?:\s+va\s+dong\s+dau)?\s*[\])]?$")


def _is_signed(text: str) -> bool:
    return len(text) < 30 and _SIGNED_KEY.match(fold(text)) is not None


def is_signing_remark(text: str) -> bool:
    """ "(Đã ký)", "(Dấu của Văn phòng …)", "[ký số]": a bracketed remark in a signature block."""
    return _is_signed(text) or (len(text) <= 120 and text[:1] in "([" and text[-1:] in ")]")


_NAME_TOKEN = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*$")
_POSITION_HEADS = tuple(
    fold(w)
    for w in (
        "PHÓ ",
        "BÍ THƯ",
        "CHỦ TỊCH",
        "TRƯỞNG",
        "CHÁNH ",
        "TỔNG ",
        "ỦY VIÊN",
        "UỶ VIÊN",
        "GIÁM ĐỐC",
        "THỦ TƯỚNG",
        "BỘ TRƯỞNG",
        "CHỦ NHIỆM",
        "THƯỜNG TRỰC",
        "GIÁM ĐỐC",
    )
)
_INLINE_ENTRY = re.compile(r"(?<=[,;])\s+[-+•*]\s+")


def is_authority(text: str) -> bool:
    """Whether ``text`` opens a signature ("T/M BAN THƯỜNG VỤ", "KT. THỦ TƯỚNG")."""
    m = _AUTHORITY.match(text)
    if m is not None and m.group("loose"):
        return len(m.group("rest")) >= 3 and is_upper(m.group("rest"))
    return m is not None and (not m.group("rest") or is_upper(m.group("rest")) or len(m.group("rest")) < 4)


def split_flat_signature(text: str) -> list[str] | None:
    """A signature flattened into one cell: "T/M BỘ CHÍNH TRỊ (Đã ký) Trương Thị Mai" → its three lines."""
    m = _AUTHORITY.match(text)
    if m is None or m.group("loose"):
        return None
    rest = m.group("rest")
    cut = next((i for i, c in enumerate(rest) if c.islower() or c in "(["), len(rest))
    # back to the start of the word the first lower-case letter is in: the name's first word
    while cut < len(rest) and cut > 0 and rest[cut] not in "([" and not rest[cut - 1].isspace():
        cut -= 1
    upper, after = rest[:cut].strip(), rest[cut:].strip()
    if len(upper) < 3 or not is_upper(upper) or not after:
        return None
    parts = [f"{m.group('a')} {upper}"]
    if after[:1] in "([":
        close = after.find(")" if after[0] == "(" else "]")
        if close < 0:
            return None
        parts.append(after[: close + 1])
        after = after[close + 1 :].strip()
    if not _is_name(after):
        return None
    return [*parts, after]


def is_recipients_heading(text: str) -> bool:
    """Whether ``text`` is the "Nơi nhận" heading (OCR "Nơi nhân" too)."""
    return text[:1] in "Nn" and bool(_RECIPIENTS.match(fold(text[:12])))


def _closing_line(line: Line) -> tuple[bool, bool]:
    """(whether ``line`` opens a closing, whether it holds the "Nơi nhận" heading)."""
    if line.role != "text":
        return False, False
    opens = heading = False
    for cell in line.cells:
        first = cell[:1]
        if not first:
            continue
        if first in "Nn":
            if is_recipients_heading(cell):
                opens = heading = True
        # (both read a cell the authority pattern matches: tried once before either)
        elif (
            first in "TKQ" and _AUTHORITY.match(cell) and (is_authority(cell) or split_flat_signature(cell) is not None)
        ):
            opens = True
    if (
        not heading
        and line.text[:1] in "Nn"
        and is_recipients_heading(line.text)
        and _AUTHORITY_INSIDE.search(line.text)
    ):
        opens = heading = True
    return opens, heading


def find_closing(lines: list[Line], start: int, reach: int = 15) -> int | None:
    """Index of the first closing line (Nơi nhận or a signing authority) at or after ``start``.

    A signing mark far above the "Nơi nhận" heading belongs to a form the text shows ("T/M
    CHI BỘ / BÍ THƯ / (Ký, ghi rõ họ tên)" in a manual): the closing is the one within
    ``reach`` text lines of the recipients.
    """
    first = heading = None
    texts = 0  # text lines seen since ``first``
    for index in range(start, len(lines)):
        opens, names = _closing_line(lines[index])
        if first is not None and lines[index].role == "text":
            texts += 1
        if opens and first is None:
            first, texts = index, 0
        if names:
            heading = index
            break
    if first is None:
        return _unmarked_signatures(lines, start)
    if heading is None:
        return _last_of_forms(lines, first)
    if texts <= reach:
        return first
    # the closing that holds the recipients: the first mark or heading within reach above them
    window = [i for i in range(first + 1, heading + 1) if lines[i].role == "text"][-(reach + 1) :]
    return next(i for i in window if _closing_line(lines[i])[0])


def _last_of_forms(lines: list[Line], first: int, divisions: int = 3) -> int:
    """Without "Nơi nhận": a signing block the numbered body goes on after (``divisions`` numbered
    lines or more before the next mark) is a form the text shows; the closing is a later one."""
    current, numbered = first, 0
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if line.role != "text":
            continue
        if is_upper(line.text) and fold(line.text).startswith("phu luc"):
            break  # an annex follows the closing: its forms are the annex's
        if match_marker(line.text) is not None:
            numbered += 1
        elif numbered >= divisions and _closing_line(line)[0]:
            current, numbered = index, 0
    return current


_SIGNING_ROLES = (*_POSITION_HEADS, "thu ky", "chu tri", "chu toa")


def _is_position(text: str) -> bool:
    """ "THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ", "BÍ THƯ": a signer's role printed without a T/M mark."""
    return is_upper(text) and len(text.split()) <= 6 and (fold(text) + " ").startswith(_SIGNING_ROLES)


def _unmarked_signatures(lines: list[Line], start: int) -> int | None:
    """Without "Nơi nhận" or a mark: the last lines may still sign side by side ("THƯ KÝ    CHỦ TRÌ")."""
    texts = [i for i in range(start, len(lines)) if lines[i].role == "text"][-6:]
    for at, index in enumerate(texts):
        cells = lines[index].cells
        if all(_is_position(c) for c in cells):
            later = texts[at + 1 :] if len(cells) > 1 else texts[at + 1 : at + 2]  # one role: its name next
            if any(all(_is_name(c) for c in lines[j].cells) for j in later):
                return index
    return None


# Words of offices and bodies: a capitals line holding one is a position or a seal, not a name
_OFFICE_WORDS = set(
    """BAN ỦY UỶ BÍ THƯ TRƯỞNG PHÓ CHỦ TỊCH THƯỜNG VỤ TRỰC PHÒNG ĐẢNG BỘ TỈNH HUYỆN XÃ PHƯỜNG CHÁNH TỔNG
    HỘI ĐỒNG NHÂN DÂN KIỂM TRA TỔ CHỨC TUYÊN GIÁO VẬN PHỐ VIÊN UBND HĐND CHẤP HÀNH ƯƠNG TRỊ MẶT TRẬN
    GIÁM ĐỐC THỦ TƯỚNG NHIỆM PHỤ TRÁCH KIÊM CÁN SỰ LIÊN CHI KHỐI QUẬN CƠ QUAN SỞ CỤC VIỆN THỨ""".split()
)


def _is_name_in_capitals(text: str) -> bool:
    tokens = text.split()
    return 2 <= len(tokens) <= 5 and all(t.isalpha() for t in tokens) and not _OFFICE_WORDS.intersection(tokens)


def _is_name(text: str) -> bool:
    tokens = text.split()
    return 2 <= len(tokens) <= 5 and all(_NAME_TOKEN.match(t) for t in tokens) and not is_upper(text)


@attrs.define
class _Sig:
    authority: SigningAuthority | None = None
    lines: list[str] = attrs.Factory(list)
    rest: str = ""
    signer: str | None = None
    notes: list[str] = attrs.Factory(list)

    def build(self) -> Signature:
        on_behalf_of: str | None
        position: str | None
        upper = list(self.lines)
        if self.rest:
            on_behalf_of = self.rest
            if len(upper) >= 2 and not (fold(upper[0]) + " ").startswith(_POSITION_HEADS):
                on_behalf_of = " ".join([self.rest, *upper[:-1]])
                position = upper[-1]
            else:
                position = " ".join(upper) or None
        elif self.authority is not None and upper:
            on_behalf_of = upper[0]
            position = " ".join(upper[1:]) or None
        else:
            on_behalf_of = None
            position = " ".join(upper) or None
        return Signature(
            authority=self.authority,
            on_behalf_of=on_behalf_of,
            position=position,
            signer=self.signer,
            note="; ".join(self.notes) or None,
        )


@attrs.define
class Closing:
    """Recipients, signatures, and what followed the signer (an appendix or a stamp)."""

    recipients: list[Recipient] = attrs.Factory(list)
    signatures: list[Signature] = attrs.Factory(list)
    tail: list[Line] = attrs.Factory(list)
    leftovers: list[tuple[int, str]] = attrs.Factory(list)
    warnings: list[tuple[int | None, str]] = attrs.Factory(list)


def _authority(code: str) -> SigningAuthority | None:
    code = code.replace(" ", "")
    if code not in ("TM.", "KT.", "TL.") and len(letters := code.replace("/", "").replace(".", "")) == 2:
        code = f"{letters[0]}/{letters[1]}"  # "T/M", "T/M.", "TM", "T.M", "TM/": the Party's mark
    try:
        return SigningAuthority.from_code(code)
    except DocumentError:
        return SigningAuthority.TUQ if code.startswith("TUQ") else None


_MARK_INSIDE = re.compile(r"\s(?=(?:T/M|K/T|T/L|TM\.|KT\.|TL\.)\s+[A-ZĐ])")
_DEPUTY_INSIDE = re.compile(r"\s(?=(?:PHÓ|THỨ\s+TRƯỞNG)\s)")
# the signer's position after the body signed for, in one cell: "T/M BAN THƯỜNG VỤ BÍ THƯ" (not the
# board a position names: "BAN GIÁM ĐỐC", "BAN CHỦ NHIỆM")
_POSITION_INSIDE = re.compile(
    r"(?<!BAN)\s(?=(?:PHÓ\s+)?(?:TỔNG\s+BÍ\s+THƯ|BÍ\s+THƯ|CHỦ\s+TỊCH|TRƯỞNG\s+BAN|TRƯỞNG\s+ĐOÀN|GIÁM\s+ĐỐC|"
    r"CHÁNH\s+VĂN\s+PHÒNG|THỦ\s+TƯỚNG|BỘ\s+TRƯỞNG|CHỦ\s+NHIỆM)(?:\s|$))"
)


def _split_marks(cell: str) -> list[str]:
    """A signing block run into one cell: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → its lines.

    Split before each inner mark, and, after a K/T mark, before the deputy's position ("PHÓ …",
    "THỨ TRƯỞNG") — a deputy signs for the head; after a T/M or T/L mark, before the signer's
    position ("T/M BAN THƯỜNG VỤ BÍ THƯ").
    """
    out: list[str] = []
    for piece in _MARK_INSIDE.split(cell):
        mark = _AUTHORITY.match(piece)
        code = mark.group("a").replace(" ", "") if mark else ""
        deputy = _DEPUTY_INSIDE.search(piece, mark.start("rest") + 1) if mark and code.startswith("K") else None
        if deputy is None and mark and code[:1] == "T" and code[-1:] in "ML.":  # T/M, TM., T/L, TL.
            deputy = _POSITION_INSIDE.search(piece, mark.start("rest") + 1)
        if deputy is not None:
            out.extend([piece[: deputy.start()], piece[deputy.end() :]])
        else:
            out.append(piece)
    return [p.strip() for p in out if p.strip()]


def _cells(line: Line, side_by_side: bool) -> list[str]:
    cells: list[str] = []
    for cell in line.cells:
        if cell[:1] in "TKQ" and (flat := split_flat_signature(cell)) is not None:
            cells.extend([*_split_marks(flat[0]), *flat[1:]])  # a table cell holding the whole signature block
            continue
        if cell[:1] in "TKQ" and is_upper(cell) and len(cell) > 12 and is_authority(cell):
            cells.extend(_split_marks(cell))
            continue
        # OCR joins the columns with one space: "Nơi nhân: T/M BAN THƯỜNG VỤ"
        m = _AUTHORITY_INSIDE.search(cell)
        if m and not is_authority(cell):
            cells.extend([cell[: m.start()].strip(), cell[m.end() :].strip()])
            continue
        if side_by_side and _BULLET.match(cell):
            tail = re.search(r",\s+(?P<u>(?:\S+\s+){1,}\S+)$", cell)
            if tail and is_upper(tail.group("u")):
                cells.extend([cell[: tail.start() + 1], tail.group("u")])
                continue
        cells.append(cell)
    return [c for c in cells if c]


def parse_closing(lines: list[Line]) -> Closing:
    """Read recipients and signatures from the closing lines; stop at what follows the signer."""
    closing = Closing()
    raw_recipients: list[tuple[int, str]] = []
    sig: _Sig | None = None
    sigs: list[_Sig] = []
    in_recipients = False
    merged_columns = False  # OCR joined the two columns with a single space
    columns: list[_Sig] = []
    after_gap = False  # a blank line since the last text line: the space left for the signature
    unmarked_list = True  # no entry under "Nơi nhận" has had a dash yet
    for index, line in enumerate(lines):
        if line.role != "text":
            after_gap = after_gap or line.role == "blank"
            continue
        gap, after_gap = after_gap, False
        cells = _cells(line, merged_columns)
        if len(line.cells) == 1 and len(cells) > 1 and any(is_authority(c) for c in cells[1:]):
            merged_columns = True
        # Joint documents sign side by side: "T/M BAN THƯỜNG VỤ      T/M BAN CÁN SỰ ĐẢNG"
        if len(cells) > 1 and all(is_authority(c) for c in cells):
            columns = []
            for cell in cells:
                m = _AUTHORITY.match(cell)
                assert m is not None
                columns.append(_Sig(authority=_authority(m.group("a")), rest=m.group("rest").strip()))
            sigs.extend(columns)
            sig = columns[-1]
            continue
        # … and minutes by their roles alone: "THƯ KÝ      CHỦ TRÌ HỘI NGHỊ"
        if not sigs and not in_recipients and len(cells) > 1 and all(_is_position(c) for c in cells):
            columns = [_Sig(lines=[cell]) for cell in cells]
            sigs.extend(columns)
            sig = columns[-1]
            continue
        if columns and len(cells) == len(columns) and not any(_BULLET.match(c) for c in cells):
            for column, cell in zip(columns, cells, strict=True):
                if _is_signed(cell):
                    column.notes.append(cell)
                elif _is_name(cell):
                    column.signer = cell
                else:
                    column.lines.append(cell)
            continue
        for cell in cells:
            if is_recipients_heading(cell):
                in_recipients = True
                rest = _RECIPIENTS.sub("", cell, count=1) if _RECIPIENTS.match(cell) else cell.split(":", 1)[-1]
                rest = cell[len(cell) - len(rest) :] if rest else ""
                if rest.strip(" :"):
                    raw_recipients.append((line.number, rest.strip(" :")))
                continue
            m = _AUTHORITY.match(cell)
            if m and is_authority(cell):
                code = m.group("a")
                if sig is not None and sig.signer is None and not sig.lines:
                    sig.notes.append(cell)  # "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG": the inner mark
                    closing.warnings.append((line.number, f"second signing mark {cell!r} kept as a note"))
                    continue
                sig = _Sig(authority=_authority(code), rest=m.group("rest").strip())
                sigs.append(sig)
                continue
            if _is_signed(cell):
                if sig is None:
                    sig = _Sig()
                    sigs.append(sig)
                sig.notes.append(cell)
                continue
            if sig is not None and sig.signer is None and (sig.lines or sig.rest) and is_signing_remark(cell):
                sig.notes.append(cell)  # "(Dấu của …)", "(Ký, ghi rõ họ tên)" between position and name
                continue
            if _ENTRY_MARK.match(cell) and in_recipients:
                raw_recipients.append((line.number, _ENTRY_MARK.sub("", cell, count=1)))
                unmarked_list = False
                continue
            if sig is not None and sig.signer is None and is_upper(cell):
                if gap and sig.lines and len(cells) == 1 and _is_name_in_capitals(cell):
                    sig.signer = cell  # "NGUYỄN VĂN BÌNH" under the space for the signature
                elif sig.lines and any(_is_signed(n) for n in sig.notes):
                    sig.notes.append(cell)  # the seal's text after "(Đã ký)": the position is complete
                else:
                    sig.lines.append(cell)
                continue
            if _is_name(cell) and (sig is None or sig.signer is None):
                if sig is None:
                    sig = _Sig()
                    sigs.append(sig)
                sig.signer = cell
                continue
            if sig is not None and sig.signer is not None and sig.authority is None and _is_position(cell):
                sig = _Sig(lines=[cell])  # the next role of minutes signed one under the other
                sigs.append(sig)
                continue
            if sig is not None and sig.signer is not None and not (in_recipients and cell[:1].islower()):
                if _another_signature_follows(lines, index):
                    sig.notes.append(cell)  # the seal's or e-signature's text under one of several signers
                    continue
                closing.tail = lines[index:]
                return _finish(closing, raw_recipients, sigs)
            if is_upper(cell) and (sig is None or sig.signer is None):
                sig = _Sig(lines=[cell])  # a signature printed without its T/M mark
                sigs.append(sig)
                continue
            closed = bool(raw_recipients) and raw_recipients[-1][1].rstrip().endswith(".")
            if (
                in_recipients
                and unmarked_list
                and not closed
                and cell[:1].isupper()
                and (not raw_recipients or raw_recipients[-1][1].rstrip().endswith((",", ";")))
                # (not inside a parenthesis the line above opened: "Văn phòng Sở (bố trí kinh phí," / "Phương tiện)")
                and (not raw_recipients or raw_recipients[-1][1].count("(") <= raw_recipients[-1][1].count(")"))
            ):
                raw_recipients.append((line.number, cell))  # entries printed without dashes, one a line
                continue
            if in_recipients and raw_recipients and not closed:
                number, previous = raw_recipients[-1]
                raw_recipients[-1] = (number, f"{previous} {cell}")
                continue
            if closed:  # the list ended with "- Lưu …." and something else follows: an annex
                closing.tail = lines[index:]
                return _finish(closing, raw_recipients, sigs)
            closing.leftovers.append((line.number, cell))
    return _finish(closing, raw_recipients, sigs)


def _another_signature_follows(lines: list[Line], index: int, within: int = 3) -> bool:
    """Whether a signing mark opens one of the next ``within`` text lines after ``lines[index]``."""
    seen = 0
    for line in lines[index + 1 :]:
        if line.role != "text":
            continue
        if any(is_authority(cell) for cell in line.cells):
            return True
        seen += 1
        if seen >= within:
            return False
    return False


def _finish(closing: Closing, raw: list[tuple[int, str]], sigs: list[_Sig]) -> Closing:
    for _number, text in raw:
        # several entries on one line (a flattened table cell): "- A, - B,"
        for entry in _INLINE_ENTRY.split(_BULLET.sub("", text, count=1)):
            if entry.strip():
                closing.recipients.append(_recipient(entry))
    closing.signatures = []
    for sig in sigs:
        signature = sig.build()
        read = _read_position(signature.position) if signature.position else None
        if read is not None:
            closing.warnings.append((None, f"signer's position {signature.position!r} read as {read!r} (OCR damage)"))
            printed = f"chức vụ as printed: {signature.position}"  # the words of the text are kept
            note = "; ".join(x for x in (signature.note, printed) if x)
            signature = attrs.evolve(signature, position=read, note=note)
        closing.signatures.append(signature)
    return closing


# Positions a signer holds (chức vụ): the closed list an OCR-damaged position line is read against
_POSITIONS = [
    f"{deputy}{office}"
    for office in (
        "BÍ THƯ",
        "TRƯỞNG BAN",
        "CHÁNH VĂN PHÒNG",
        "CHỦ NHIỆM",
        "CHỦ TỊCH",
        "THỦ TƯỚNG",
        "BỘ TRƯỞNG",
        "GIÁM ĐỐC",
        "TỔNG BÍ THƯ",
        "TRƯỞNG ĐOÀN",
        "BÍ THƯ ĐẢNG ĐOÀN",
        "BÍ THƯ BAN CÁN SỰ ĐẢNG",
    )
    for deputy in ("", "PHÓ ")
] + ["PHÓ BÍ THƯ THƯỜNG TRỰC"]
_POSITION_KEYS = {fold(p): p for p in _POSITIONS}


def _read_position(printed: str) -> str | None:
    """The position an OCR-damaged line evidently reads ("S Í THƯ THƯỜNG TRưÊ"), or None if not damaged."""
    key = fold(printed)
    if key in _POSITION_KEYS:  # only the diacritics may be damaged ("BỈ THƯ")
        known = _POSITION_KEYS[key]
        return known if printed.upper() != known else None
    damaged = any(c.islower() for c in printed) or any(len(t) == 1 and t.isalpha() for t in printed.split())
    if not damaged:
        return None
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(key)  # difflib caches the second sequence: compare each known position against it
    bounds = []
    for known in _POSITION_KEYS:
        matcher.set_seq1(known)
        bounds.append((matcher.quick_ratio(), known))  # an upper bound of ratio(), cheaper
    best, score = "", 0.75
    for bound, known in sorted(bounds, reverse=True):
        if bound < score:
            break
        matcher.set_seq1(known)
        if (ratio := matcher.ratio()) >= score:
            best, score = known, ratio
    return _POSITION_KEYS[best] if best else None


def _recipient(text: str) -> Recipient:
    text, purpose = split_recipient(re.sub(r"\s+", " ", text).strip())
    name = text.strip().rstrip(",;.").strip() or text.strip() or "?"
    return Recipient(name=name, purpose=None if purpose is None else purpose.strip() or None)
