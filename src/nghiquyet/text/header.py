"""The header of a document: tiêu đề, issuer, notation, place and date, type name, trích yếu.

Input is the cleaned lines before the body; output a :class:`Header` with what was found
and the lines nobody could place (the caller keeps them as text and warns).
"""

from __future__ import annotations

import datetime
import re

import attrs

from ..errors import DocumentError
from ..grammar.dates import make_date
from ..grammar.numerals import FOLDED_TERM, is_roman, number_in_words, ordinal_value
from ..model import Conference, DocumentKind, DocumentSystem, Notation, Organization, Secrecy, Urgency
from .body import match_marker
from .normalize import Line, fold, is_upper

__all__ = [
    "Header",
    "TitleBlock",
    "find_header_end",
    "find_title",
    "parse_conference",
    "parse_header_lines",
    "parse_title_block",
]

# State documents name kinds the model has no code for: their title is read, their kind stays None
_STATE_ONLY_KINDS = ("thong tu lien tich", "thong tu", "phap lenh", "luat")
_KINDS_BY_FOLD: list[tuple[str, DocumentKind | None]] = sorted(
    [*((fold(k.label), k) for k in DocumentKind), *((name, None) for name in _STATE_ONLY_KINDS)],
    key=lambda p: -len(p[0]),
)
_PARTY_MOTTO = "dang cong san viet nam"
_STATE_MOTTO = "cong hoa xa hoi chu nghia viet nam"
_STATE_SLOGAN = re.compile(r"doc\s*lap\s*[-–—]?\s*tu\s*do\s*[-–—]?\s*hanh\s*phuc")
_NOTATION = re.compile(
    r"(?:^|(?<=\s))(?:s[oôốồổộóò6]|so|(?=\d{1,4}\s*[-–—]\s*[A-ZĐ][A-Za-zĐđ]{0,3}\s*/\s*[A-ZĐ]))\s*:?\s*"
    r"(?P<n>\d*\s*[-–—]\s*[^\W\d_]\w*\s*/\s*\w+(?:-\w+)*|\d*\s*/\s*(?:\d{4}\s*/\s*)?[^\W\d_][\w]*(?:-\w+)*)",
    re.IGNORECASE,
)
# (a place is a name: never the tail of a code or fragment — "69-KL/TW ngày …", "NQ/TW (ngày …")
_PLACE_DATE = re.compile(
    r"(?<![\w/\-])(?P<place>[^\W\d_][^,\d/()\[\]:;]{0,40}?)\s*,?\s*ngày\s*(?:(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*"
    r"|(?P<d2>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*)(?P<y>\d{4})",  # "ngày 05/01/2026" too
    re.IGNORECASE,
)
_NGAY = re.compile("ngày", re.IGNORECASE)
# letters OCR reads for digits beside a digit ("1O", "2O26", "l5"); same length, so offsets hold
_OCR_DIGIT = re.compile(r"(?<=\d)[OolI]|[OolI](?=\d)")


def _digits_read(text: str) -> str:
    """``text`` with the letters OCR reads for digits beside a digit read as digits ("1O" → "10", "2l" → "21")."""
    if _OCR_DIGIT.search(text):
        return _OCR_DIGIT.sub(lambda m: "0" if m.group() in "Oo" else "1", text)
    return text


# OCR reads the motto's "I" as "l", "1" or "|" ("CỘNG HÒA XÃ HỘl CHỦ NGHĨA"): the same length, so offsets hold
_MOTTO_I = str.maketrans("l1|", "iii")


def _place_date(text: str) -> re.Match[str] | None:
    """The first "Place, ngày … năm YYYY" of ``text``, looked for around each "ngày" only.

    (The place may start anywhere; tried at every position the search would cost forty steps a
    character on a long line. Each match holds a "ngày", so the windows around them suffice.)
    """
    text = _digits_read(text)
    for found in _NGAY.finditer(text):
        at = found.start()
        end = at  # back over the "\s*,?\s*" between the place and "ngày"
        while end and text[end - 1].isspace():
            end -= 1
        if end and text[end - 1] == ",":
            end -= 1
            while end and text[end - 1].isspace():
                end -= 1
        start = end  # back over the place: at most 41 characters, none a comma or a digit
        while start and end - start < 41 and text[start - 1] not in ",/()[]:;" and not text[start - 1].isdigit():
            start -= 1
        while start < end and not text[start].isalpha():
            start += 1  # the place begins with a letter
        m = _PLACE_DATE.match(text, start, at + 60)
        if m is not None:
            return m
    return None


_DECORATION = re.compile(r"^[\s\-–—*_=.~]+|[\s\-–—*_=~]+$")
# How the name of a body begins: a header line that begins otherwise continues the line above
# ("BAN CHẤP HÀNH" / "TRUNG ƯƠNG"). Matched against fold(line) + " ".
_BODY_HEADS = tuple(
    fold(head)
    for head in (
        "BAN |ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG ĐOÀN|THÀNH ỦY|THÀNH UỶ|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|"
        "QUẬN UỶ|THỊ ỦY|THỊ UỶ|CHI BỘ|VĂN PHÒNG|ỦY BAN|UỶ BAN|CHÍNH PHỦ|BỘ |HỘI ĐỒNG|SỞ |UBND|TỔNG BÍ THƯ|"
        "CHỦ TỊCH|THỦ TƯỚNG|TRƯỜNG |HỌC VIỆN|CỤC |VỤ |ĐẢNG CỘNG SẢN|ĐOÀN |MẶT TRẬN|HỘI |LIÊN ĐOÀN|CÔNG ĐOÀN|"
        "TỔNG CỤC|VIỆN |BÁO |TẠP CHÍ|NHÀ XUẤT BẢN|ĐÀI |QUÂN ỦY|QUÂN UỶ|CHI ỦY|CHI UỶ|CÔNG AN|TỔ |THANH TRA|"
        "CHI CỤC|TRUNG TÂM"
    ).split("|")
)
_CONFERENCE = re.compile(r"hoi nghi\b.*\blan thu\s*(?P<ord>\d+|[a-z]+(?: [a-z]+){0,2})")


_SECRECY = {fold(s.value).lower(): s for s in Secrecy}
_URGENCY = {fold(u.value).lower(): u for u in Urgency}


@attrs.define
class Header:
    """What the header lines say. ``leftovers`` are (line, text) pairs that fit nowhere."""

    system: DocumentSystem = DocumentSystem.PARTY
    issuer_lines: list[str] = attrs.Factory(list)
    notation: Notation | None = None
    place: str | None = None
    date: datetime.date | None = None
    date_text: str | None = None
    leftovers: list[tuple[int, str]] = attrs.Factory(list)
    subject: str | None = None
    secrecy: Secrecy | None = None
    urgency: Urgency | None = None
    draft: bool = False
    circulation: str | None = None

    def issuer(self) -> Organization | None:
        if not self.issuer_lines:
            return None
        lines = _joint_issuer(self.issuer_lines, self.notation.issuer_codes) if self.notation else self.issuer_lines
        parent = None
        for name in lines[:-1]:  # each line is the direct superior of the next
            parent = Organization(name=name, parent=parent)
        code = self.notation.issuer_code if self.notation else None
        return Organization(name=lines[-1], parent=parent, code=code)


def _initials(name: str) -> str:
    return "".join(word[0] for word in fold(name).upper().split() if word[0].isalpha())


def _joint_issuer(lines: list[str], codes: tuple[str, ...]) -> list[str]:
    """The issuer lines with the bodies a joint notation names ("08-HD/BTCTU-SNV") joined into one issuer.

    Two issuers printed one under the other or in two columns of their own ("BAN TỔ CHỨC TỈNH ỦY" /
    "SỞ NỘI VỤ") are one joint issuer, "A - B" in the notation's order, when each code is the initials
    of one of the lines ("BTCTU", "SNV"); the other lines are their parent.
    """
    if len(codes) < 2 or len(lines) < 2 or " - " in lines[-1]:
        return lines
    initials = [_initials(line) for line in lines]
    named: list[int] = []
    for code in codes:
        key = fold(code).upper()
        at = next(
            (
                i
                for i, mine in enumerate(initials)
                if i not in named
                and len(key) >= 2
                and len(mine) >= 2
                and (mine.startswith(key) or key.startswith(mine))
            ),
            None,
        )
        if at is None:
            return lines  # a code no line spells out: the drafting office's ("12/KH-UBND-VP"), not an issuer
        named.append(at)
    # every other line is kept as their parent, also one printed between or under them (a column's
    # own parent): a line left out here would be a word lost
    rest = [line for i, line in enumerate(lines) if i not in named]
    return [*rest, " - ".join(lines[i] for i in named)]


def kind_of_title(text: str) -> tuple[DocumentKind | None, int] | None:
    """The kind named at the start of an upper-case title line, with the length of the name."""
    if not is_upper(text) and len(text) > 3:
        return None
    key = fold(text)
    for label, kind in _KINDS_BY_FOLD:
        if key.startswith(label) and (len(key) == len(label) or not key[len(label)].isalnum()):
            return kind, len(label)
    return None


def find_title(lines: list[Line], limit: int = 60) -> int | None:
    """Index of the type-name line ("KẾT LUẬN", OCR "KÉT LUẬN") among the first lines."""
    seen = 0
    for index, line in enumerate(lines):
        if line.role != "text":
            continue
        seen += 1
        if seen > limit:
            break
        if len(line.cells) == 1 and kind_of_title(line.text):
            return index
        named = kind_of_title(line.text.upper()) if (line.heading or line.bold) and len(line.text) < 40 else None
        if named and named[1] >= len(line.text.rstrip(" :.")):
            return index  # "# Kết luận", "**Nghị quyết**"
    return None


def find_header_end(lines: list[Line]) -> int:
    """Without a type name, the header is the leading run of upper-case lines and header fields."""
    end = 0
    for index, line in enumerate(lines[:15]):
        if line.role in ("blank", "rule", "page", "banner"):
            continue
        if match_marker(line.text):
            break  # "I. MỤC TIÊU" is the body, however upper-case
        if end and _continues_vv(lines[end - 1], line):
            end = index + 1
            continue
        if (
            is_upper(line.text)
            or _NOTATION.search(line.text)
            or _place_date(line.text)
            or fold(line.text).startswith(("v/v", "ve viec"))  # a Công văn's trích yếu under its number
            or _STATE_SLOGAN.search(fold(line.text))
        ):
            end = index + 1
            continue
        break
    return end


def _continues_vv(previous: Line, line: Line) -> bool:
    """Whether ``line`` is the wrapped rest of a Công văn's "V/v …" trích yếu on the line above."""
    return (
        line.role == "text"
        and previous.role == "text"
        and line.number == previous.number + 1
        and len(line.cells) == 1
        and fold(previous.cells[0] if previous.cells else "").startswith(("v/v", "ve viec"))
        and not previous.cells[0].rstrip().endswith((".", ":", ";"))
        and not is_upper(line.text)
        and not line.text.startswith(("-", "+", "*"))
        and len(line.text) < 80
        and _NOTATION.search(line.text) is None
        and _place_date(line.text) is None
        and not fold(line.text).startswith(("kinh gui", "can cu", "thuc hien"))
    )


def _join_split_cells(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Rejoin fields that a column gap or a wrapped cell cut in two ("Hà Nội, ngày" | "tháng 8 …")."""
    out: list[tuple[int, str]] = []
    for number, cell in cells:
        if out:
            prev = fold(out[-1][1])
            here = fold(cell)
            if (
                re.search(r"(ngay\s*\d{0,2}|\bso\s*:?|\bs[o]\s*:?)$", prev)
                or (re.search(r"\bngay\b", prev) and "nam" not in prev.split("ngay")[-1] and here.startswith("thang"))
                # "Lào Cai, ngày      tháng      năm 2026": day and month left blank, three cells;
                # "Tam Dương, ngày 14 tháng" / "11 năm 2026": a web copy wraps the month onto the next line
                or (re.search(r"\bngay\b.*\bthang\s*\d{0,2}$", prev) and re.match(r"(?:\d{1,2}\s*)?nam\b", here))
                or (here[:1] in "-–" and re.search(r"\bso\s*:?\s*\d*$", prev))
            ):
                out[-1] = (out[-1][0], f"{out[-1][1]} {cell}")
                continue
        out.append((number, cell))
    return out


def parse_header_lines(lines: list[Line]) -> Header:
    """Read the header fields from the lines before the type name."""
    header = Header()
    cells: list[tuple[int, str]] = []
    previous: Line | None = None
    for line in lines:
        if line.role == "text":
            if previous is not None and cells and _continues_vv(previous, line):
                at = len(cells) - len(previous.cells)  # the "V/v …" cell: the first of the line above
                cells[at] = (cells[at][0], f"{cells[at][1]} {line.text}")
                previous = attrs.evolve(previous, number=line.number, cells=(cells[at][1],))
                continue
            cells.extend((line.number, cell) for cell in line.cells)
            previous = line
    issuer_fragments: list[str] = []
    fragment_lines: list[int] = []
    for number, cell in _join_split_cells(cells):
        if issuer_fragments and _names_the_founding_act(issuer_fragments[-1], cell):
            # "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT": one name
            issuer_fragments[-1] = f"{issuer_fragments[-1]} {_DECORATION.sub('', cell).strip()}"
            continue
        for piece in _classify(number, cell, header):
            if issuer_fragments and fragment_lines[-1] == number and _joint(issuer_fragments[-1], piece):
                # two issuers side by side ("BAN TỔ CHỨC      BAN DÂN VẬN"): one joint issuer
                issuer_fragments[-1] = f"{issuer_fragments[-1]} - {piece}"
                continue
            if issuer_fragments and fold(issuer_fragments[-1]) == fold(piece):
                continue  # the parent printed above each of the two columns
            issuer_fragments.append(piece)
            fragment_lines.append(number)
    header.issuer_lines = _merge_issuer(issuer_fragments)
    return header


_ACT_NAMES = tuple(fold(k.label) for k in DocumentKind)


def _names_the_founding_act(previous: str, cell: str) -> bool:
    """Whether ``cell`` ("SỐ 1050/QĐ-SCT") numbers the act named at the end of the issuer line above it.

    A team or council set up by a decision is named after it ("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ
    1050/QĐ-SCT"); the header's own number follows on a line of its own ("Số: 1105/KH-ĐKT").
    """
    return is_upper(cell) and fold(cell).startswith("so ") and fold(previous).rstrip().endswith(_ACT_NAMES)


def _joint(left: str, right: str) -> bool:
    """Whether two issuer cells of one line are two bodies of one kind ("BAN …", "BAN …") issuing jointly."""
    head_left, head_right = fold(left).split(" ", 1)[0], fold(right).split(" ", 1)[0]
    return head_left == head_right and fold(left) != fold(right) and (fold(left) + " ").startswith(_BODY_HEADS)


def _classify(number: int, cell: str, header: Header) -> list[str]:
    """Take what ``cell`` holds into ``header``; return the issuer fragments it holds."""
    cell = _DECORATION.sub("", cell).strip()
    if not cell:
        return []
    key = fold(cell)
    for motto, system in ((_PARTY_MOTTO, DocumentSystem.PARTY), (_STATE_MOTTO, DocumentSystem.STATE)):
        at = key.find(motto)
        if at < 0 and "nam" in key:
            at = key.translate(_MOTTO_I).find(motto)
        if at >= 0:
            if system is DocumentSystem.STATE:
                header.system = system
            return _classify(number, cell[:at], header) + _classify(number, cell[at + len(motto) :], header)
    slogan = _STATE_SLOGAN.search(key)
    if slogan:
        header.system = DocumentSystem.STATE
        return _classify(number, cell[: slogan.start()], header) + _classify(number, cell[slogan.end() :], header)
    notation = _NOTATION.search(cell)
    if notation is None and (read := _digits_read(cell)) is not cell:
        notation = _NOTATION.search(read)  # "Số: 2l/NQ-HĐND" as scanned
        cell = read if notation else cell
    if notation and notation.start() and _names_the_founding_act(cell[: notation.start()], cell[notation.start() :]):
        return [cell]  # "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT": the number is part of the name
    if notation and header.notation is None:
        try:
            header.notation = Notation.parse(notation.group("n"))
        except DocumentError:
            pass
        else:
            if header.notation.system is DocumentSystem.STATE:
                header.system = DocumentSystem.STATE
            return _classify(number, cell[: notation.start()], header) + _classify(
                number, cell[notation.end() :], header
            )
    if key in _SECRECY:
        header.secrecy = _SECRECY[key]
        return []
    if key in _URGENCY:
        header.urgency = _URGENCY[key]
        return []
    if key in ("du thao", "ban du thao"):
        header.draft = True
        return []
    if key.startswith("luu hanh noi bo"):
        header.circulation = cell
        return []
    if key.startswith(("v/v", "ve viec")) and header.subject is None:
        header.subject = cell  # a Công văn prints its trích yếu under the number
        return []
    place_date = _place_date(cell)
    if place_date and header.place is None:
        header.place = place_date.group("place").strip(" ,")
        d, m, y = (
            place_date.group("d") or place_date.group("d2"),
            place_date.group("m") or place_date.group("m2"),
            place_date.group("y"),
        )
        header.date = make_date(y, m, d) if d and m else None
        header.date_text = re.sub(r"\s+", " ", cell[place_date.start("place") + len(place_date.group("place")) :])
        header.date_text = header.date_text.strip(" ,") or None
        return _classify(number, cell[: place_date.start()], header) + _classify(
            number, cell[place_date.end() :], header
        )
    if is_upper(cell):
        return [cell]
    header.leftovers.append((number, cell))
    return []


def _merge_issuer(fragments: list[str]) -> list[str]:
    """Join wrapped issuer lines ("BAN CHẤP HÀNH" + "TRUNG ƯƠNG"); keep parent and issuer apart."""
    merged: list[str] = []
    for fragment in fragments:
        key = fold(fragment) + " "
        if merged and not key.startswith(_BODY_HEADS):
            merged[-1] = f"{merged[-1]} {fragment}"
        else:
            merged.append(fragment)
    return [m for m in merged if fold(m) != _PARTY_MOTTO]


def parse_conference(text: str) -> Conference | None:
    """ "HỘI NGHỊ LẦN THỨ 13 BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KHÓA XXIII" → Conference(13, body, "XXIII")."""
    key = fold(text)
    m = _CONFERENCE.search(key)
    if not m:
        return None
    printed = m.group("ord")
    if printed.isdigit():
        ordinal, used = ordinal_value(printed), 1
    else:
        ordinal, used = number_in_words(printed.split())
    term_match = FOLDED_TERM.search(key)
    term = text[term_match.start("term") : term_match.end("term")].upper() if term_match else None
    if term is not None and not is_roman(term):
        term = None
    # the meeting body: the words that are neither "hội nghị", "lần thứ N" nor "khóa X"
    numeral = r"lan\s+thu\s*\S+" + r"\s+\S+" * max(used - 1, 0)
    rest = text
    for found in reversed(list(re.finditer(r"hoi\s+nghi|" + numeral + "|" + FOLDED_TERM.pattern, key))):
        rest = rest[: found.start()] + " " + rest[found.end() :]
    rest = re.sub(r"\s+", " ", re.sub(r"\([^()]*\)", " ", rest)).strip(" ,.-–")  # not its "(mở rộng)"
    if fold(rest).startswith("cua "):  # "CỦA HỘI NGHỊ BAN CHẤP HÀNH …": the meeting body follows "của"
        rest = rest[4:].lstrip()
    body = Organization(name=rest) if rest and any(c.isalpha() for c in rest) else None
    return Conference(ordinal=ordinal, body=body, term=term)


@attrs.define
class TitleBlock:
    """The type name and what follows it up to the body."""

    kind: DocumentKind | None = None
    title_lines: list[str] = attrs.Factory(list)
    subject_lines: list[str] = attrs.Factory(list)
    conference: Conference | None = None
    end: int = 0
    # the opening of the body when the trích yếu runs into it on one line, and that line's number
    rest: str | None = None
    rest_line: int = 0


# The authority a state resolution or decision names under its trích yếu (folded, with a space)
_AUTHORITY_HEADS = tuple(
    fold(head) + " "
    for head in (
        "HỘI ĐỒNG NHÂN DÂN",
        "ỦY BAN NHÂN DÂN",
        "UỶ BAN NHÂN DÂN",
        "BỘ TRƯỞNG",
        "GIÁM ĐỐC",
        "CHỦ TỊCH",
        "THỦ TƯỚNG",
        "CHÁNH VĂN PHÒNG",
        "TỔNG CỤC TRƯỞNG",
        "CỤC TRƯỞNG",
    )
)
# a trích yếu line ending so continues on the next line ("… CỦA" / "ỦY BAN NHÂN DÂN TỈNH")
_OPEN_ENDS = (" cua", " va", " ve", " voi", " cho", " tai", " tren", " doi voi", ",", "-", "–")
_OPINION = re.compile(r"^y kien (?:ket luan|chi dao)(?= cua )")
_TYPE_NAME_SUFFIXES = ("lien tich", "hanh dong", "phoi hop")
# the body's first words run on after the trích yếu in a copy that lost a line break ("… hồ sơ đảng viên
# Căn cứ Điều lệ Đảng, …"): a capital mid-line after a word or a full stop
_RUNS_ON = re.compile(
    # A date opens a paragraph only in full and with its comma: "… kỷ niệm Ngày 3/2 …" stays in the subject.
    r"(?<=[\w.,;)])\s+(?=(?:Căn cứ|Thực hiện|Thi hành|Theo đề nghị|Xét đề nghị)\b|Ngày \d{1,2}[/.-]\d{1,2}[/.-]\d{4},)"
)
_BODY_START = re.compile(r"^(?:căn cứ|theo đề nghị|xét|ngày \d|[-+•*]\s|\d+[.)-]\s|[IVX]+[.-]\s)", re.IGNORECASE)


def parse_title_block(lines: list[Line], start: int) -> TitleBlock:
    """Read the type name at ``lines[start]`` and the trích yếu / conference lines after it."""
    block = TitleBlock()
    title_line = lines[start]
    found = kind_of_title(title_line.text) or kind_of_title(title_line.text.upper())
    assert found is not None
    block.kind, length = found
    block.title_lines.append(title_line.text)
    pending: list[str] = []
    rest = title_line.text[length:].strip()
    # "HƯỚNG DẪN LIÊN TỊCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "QUY CHẾ PHỐI HỢP": still the type name
    # (in capitals: "Quy chế phối hợp giữa …" in running case is the trích yếu)
    for suffix in _TYPE_NAME_SUFFIXES:
        if (
            fold(rest).startswith(suffix)
            and (len(rest) == len(suffix) or not rest[len(suffix)].isalnum())
            and (suffix != "phoi hop" or is_upper(rest[: len(suffix)]))
        ):
            length += len(title_line.text[length:]) - len(rest) + len(suffix)
            rest = title_line.text[length:].strip()
    if rest:
        block.title_lines[-1] = title_line.text[:length].strip()
        pending.append(rest)
    index = start + 1
    saw_blank = False
    in_conference = False
    subject_started = False

    def take(text: str, bold: bool, ruled: bool = False) -> bool:
        nonlocal in_conference, subject_started
        key = fold(text)
        if not subject_started:
            if _CONFERENCE.search(key) and (is_upper(text) or key.startswith(("hoi nghi", "cua hoi nghi"))):
                block.title_lines.append(text)
                in_conference = True
                return True
            if in_conference and (
                (is_upper(text) and (FOLDED_TERM.search(key) or key.startswith("ban chap hanh")))
                or (key.startswith("(") and key.endswith(")") and len(key) < 30)  # "(mở rộng)" under it
            ):
                block.title_lines.append(text)
                return True
            in_conference = False
            if key.startswith("cua ") and " ve " in key:
                # "của Ban Thường vụ Tỉnh ủy về …": the author, then the trích yếu
                at = key.index(" ve ")
                block.title_lines.append(text[:at].strip())
                subject_started = True
                block.subject_lines.append(text[at:].strip())
                return True
            spoken = kind_of_title(text.upper()) if not is_upper(text) else None
            opinion = _OPINION.match(key)  # "Ý kiến kết luận của đồng chí Bí thư …", in any case
            named_end = opinion.end() if opinion else spoken[1] if spoken else None
            if named_end is not None and key[named_end:].startswith(" cua "):
                # "Kết luận của Thường trực Huyện ủy (tại buổi làm việc …)": a type name with its author
                topic = re.search(r" (?:ve|tai) ", key[named_end:])
                if topic is None:
                    block.title_lines.append(text)
                    return True
                at = named_end + topic.start()
                block.title_lines.append(text[:at].strip())
                subject_started = True
                block.subject_lines.append(text[at:].strip())
                return True
            named = kind_of_title(text)
            if key.startswith("cua ") or (
                named and (named[1] >= len(key.rstrip(" :.")) or re.match(r"^[\w ]+ cua ", key))
            ):
                block.title_lines.append(text)
                return True
            short_line = len(text) < 120 and not text.rstrip().endswith((".", ":", ";"))
            if saw_blank and not (key.startswith("ve ") or key == "ve" or is_upper(text) or bold or short_line):
                return False
        # (a long line is the trích yếu only when the rule under the trích yếu closes it)
        if (len(text) > 300 and not (ruled and not block.subject_lines)) or (
            _BODY_START.match(text) and not key.startswith("ve")
        ):
            return False
        if (
            subject_started
            and len(text) > 60
            and text[:1].isupper()
            and not is_upper(text)
            and not bold
            and not fold(block.subject_lines[-1]).rstrip().endswith(_OPEN_ENDS)
        ):
            return False  # a full-width sentence after the trích yếu: the body has begun
            # (unless the trích yếu broke off mid-phrase: "… Nghị quyết số 57-NQ/TW của" / "Bộ Chính trị …")
        if subject_started and is_upper(text) and (key + " ").startswith(_AUTHORITY_HEADS):
            previous = fold(block.subject_lines[-1]).rstrip()
            if not previous.endswith(_OPEN_ENDS):
                # "HỘI ĐỒNG NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ XÂY DỰNG": the authority that decides, not the trích yếu
                return False
        subject_started = True
        if not is_upper(text) and (run_on := _RUNS_ON.search(text, 12)) is not None:
            block.subject_lines.append(text[: run_on.start()].rstrip())  # "… đảng viên Căn cứ Điều lệ Đảng …"
            block.rest = text[run_on.end() :]
            return True
        block.subject_lines.append(text)
        return True

    for text in pending:
        take(text, title_line.bold)
    while index < len(lines) and block.rest is None:
        line = lines[index]
        if line.role in ("blank", "page"):
            if subject_started:
                break
            saw_blank = True
            index += 1
            continue
        if line.role == "rule":
            index += 1
            break
        if line.role != "text" or len(block.subject_lines) >= 8:
            break
        if not take(line.text, line.bold, index + 1 < len(lines) and lines[index + 1].role == "rule"):
            break
        index += 1
    if block.rest is not None:
        block.rest_line = lines[index - 1].number if index > start + 1 else title_line.number
    block.end = index
    conference_text = " ".join(block.title_lines[1:])
    block.conference = parse_conference(conference_text) if conference_text else None
    return block
