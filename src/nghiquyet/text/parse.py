"""parse_text: any str → Document, by layers (normalize → header → body → closing → annotate)."""

from __future__ import annotations

import re

import attrs

from ..errors import DocumentError
from ..grammar.numerals import FOLDED_TERM, FOLDED_UNIT, is_roman
from ..model import (
    Appendix,
    Block,
    Conference,
    Division,
    Document,
    DocumentKind,
    DocumentSystem,
    ListItem,
    Paragraph,
    ParseWarning,
    Reference,
    Signature,
    Task,
)
from ._press import find_press_title, header_follows
from ._tasks import find_headed_task, heading_body
from .annotate import Annotator, find_task, sentences
from .body import Unit, build_blocks, match_marker, units
from .closing import find_closing, parse_closing
from .header import Header, find_header_end, find_title, parse_conference, parse_header_lines, parse_title_block
from .normalize import Line, clean_lines, fold, is_upper

__all__ = ["parse_text"]

_CONFERENCE_IN_TEXT = re.compile(
    rf"hoi nghi\s+lan\s+thu\s*\S+(?:\s+muoi)?(?:\s+{FOLDED_UNIT}\b)?(?:\s+[^,.;:]{{0,80}}?\s+{FOLDED_TERM.pattern})?"
)
# type codes printed otherwise than this library's codes: Quy định is "QyĐ" in state notations
_PRINTED_CODES = {"QyĐ": DocumentKind.QUY_DINH, "QĐi": DocumentKind.QUY_DINH}


def parse_text(text: str) -> Document:
    """Read a Party document from plain text (Word/PDF exports, markdown, OCR).

    The text goes through layers: clean-up (NFC, markdown debris, page numbers), the
    header (tiêu đề, issuer and parent, số, place and date, type name, trích yếu,
    conference), the body (every numbering scheme, nested as the document nests it;
    paragraphs rejoined across hard wraps), the closing (Nơi nhận, signatures; an annex
    after the signer becomes an :class:`Appendix`) and the annotations (references,
    dates, tasks).

    What comes before the first numbered division (căn cứ, the opening paragraph) is the
    ``preamble``. A division printed without a heading of its own takes its first
    sentence (or a topic before a colon: "Về quốc phòng: …") as a run-in heading; when
    that sentence assigns work or cites a document it is also kept as the division's
    first block (a :class:`Task`, or a paragraph with its references), which
    :func:`~nghiquyet.to_text` prints once.
    State documents (national motto, "Số: 12/QĐ-UBND", "TM.") are read as far as they go,
    with ``system`` set to state and a warning.

    Never raises on a str and never drops words: what cannot be placed is kept as text in
    the nearest block and reported in ``Document.warnings`` with its input line; page
    numbers, page markers and transcribers' banners are reported there too.
    """
    if not isinstance(text, str):
        hint = ": decode it, or read the file with read_document" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"parse_text takes the text as a str, got {type(text).__name__}{hint}")
    try:
        return _parse(text)
    except Exception as exc:  # noqa: BLE001 - parse_text never raises on a str: a bug keeps the text
        return _fallback(text, exc)


def _fallback(text: str, exc: Exception) -> Document:
    """The text as plain paragraphs, when reading its structure failed (a bug: please report it)."""
    message = f"could not read the structure ({type(exc).__name__}); kept the text as paragraphs"
    try:
        lines = [line for line in clean_lines(text) if line.role in ("text", "banner")]
        blocks = tuple(Paragraph(text=line.text) for line in lines)
        return Document(body=blocks, warnings=(ParseWarning(message=message),))
    except Exception:  # noqa: BLE001 - the last resort of the same promise
        return Document(warnings=(ParseWarning(message=message),))


def _parse(text: str) -> Document:
    lines = clean_lines(text)
    warnings: list[ParseWarning] = []
    pages: list[Line] = []
    for line in lines:
        if line.role == "banner":
            warnings.append(ParseWarning(message=f"transcriber's note: {line.text}", line=line.number))
        elif line.role == "page":
            pages.append(line)
    if pages:
        listed = ", ".join(f"{p.number}: {p.text!r}" for p in pages[:50]) + (" …" if len(pages) > 50 else "")
        warnings.append(
            ParseWarning(message=f"page numbers and page markers left out (line {listed})", line=pages[0].number)
        )
    kind: DocumentKind | None = None
    title: str | None = None
    subject: str | None = None
    conference: Conference | None = None
    page_title: list[Line] = []
    press = find_press_title(lines)
    if press is not None and header_follows(lines, press.end):
        # a portal's heading over a copy that keeps its own header: the page's title, kept as text
        page_title = [line for line in lines[press.start : press.end] if line.role == "text"]
        lines = [
            *lines[: press.start],
            *(attrs.evolve(x, role="blank") for x in lines[press.start : press.end]),
            *lines[press.end :],
        ]
        press = None
    title_index = find_title(lines) if press is None else None
    if press is not None:
        header = Header(notation=press.notation, date=press.date, system=press.notation.system)
        # a site's heading or dateline above the running title: kept, as text the header cannot place
        page_title = [line for line in lines[: press.start] if line.role == "text"]
        kind, title, subject = press.kind, "\n".join(press.title_lines), press.subject
        body_start = press.end
        if (meeting := fold(title).find("hoi nghi")) >= 0:  # "… ngày 25/10/2017 Hội nghị lần thứ sáu … khóa XII"
            conference = parse_conference(title[meeting:])
    elif title_index is not None:
        header = parse_header_lines(lines[:title_index])
        block = parse_title_block(lines, title_index)
        kind = block.kind
        title = "\n".join(block.title_lines)
        subject = re.sub(r"\s+", " ", " ".join(block.subject_lines)).strip() or header.subject
        conference = block.conference
        body_start = block.end
        if block.rest is not None:  # the opening paragraph printed on the trích yếu's line: the body's first line
            first_line = Line(number=block.rest_line, text=block.rest, cells=(block.rest,))
            lines = [*lines[:body_start], first_line, *lines[body_start:]]
    else:
        header_end = find_header_end(lines)
        header = parse_header_lines(lines[:header_end])
        body_start = header_end
        subject = header.subject
    header.leftovers[:0] = [(line.number, line.text) for line in page_title]
    if header.system is DocumentSystem.STATE:
        warnings.append(ParseWarning(message="a state document (văn bản nhà nước), not a Party one: read what applies"))
    if kind is None and header.notation is not None and header.notation.kind_code:
        code = header.notation.kind_code
        try:
            kind = _PRINTED_CODES.get(code) or DocumentKind.from_code(code)
        except DocumentError:
            kind = None
    if kind is None and title is None and header.subject and fold(header.subject).startswith(("v/v", "ve viec")):
        kind = DocumentKind.CONG_VAN  # "Số: 845/SNV-CCVC" / "V/v …": a state Công văn's number has no type code
    if kind is DocumentKind.QUYET_DINH and title and fold(title).startswith("quy dinh"):
        kind = DocumentKind.QUY_DINH
    own = str(header.notation) if header.notation and header.notation.number is not None else None
    annotator = Annotator(own=own)
    # "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị": the trích
    # yếu is annotated like running text, so its citations (often the only dated ones) count.
    subject_spans = annotator.spans(subject) if subject else ()
    closing_index = find_closing(lines, body_start)
    body_lines = lines[body_start:closing_index] if closing_index is not None else lines[body_start:]
    body_blocks = _headed_tasks(_blocks(body_lines, annotator), annotator)
    preamble: list[Block] = []
    for number, leftover in header.leftovers:
        preamble.append(annotator.paragraph(leftover))
        warnings.append(
            ParseWarning(message=f"header text not recognised, kept in the preamble: {leftover!r}", line=number)
        )
    if any(isinstance(b, Division) for b in body_blocks):
        first = next(i for i, b in enumerate(body_blocks) if isinstance(b, Division))
        preamble.extend(body_blocks[:first])
        body_blocks = body_blocks[first:]
    signatures: list[Signature] = []
    recipients = []
    appendices: list[Appendix] = []
    if closing_index is not None:
        closing = parse_closing(lines[closing_index:])
        recipients = closing.recipients
        signatures = closing.signatures
        for at, message in closing.warnings:
            warnings.append(ParseWarning(message=message, line=at))
        for number, leftover in closing.leftovers:
            body_blocks.append(annotator.paragraph(leftover))
            warnings.append(
                ParseWarning(message=f"closing text not recognised, kept in the body: {leftover!r}", line=number)
            )
        remarks, rest = _split_tail(closing.tail) if signatures else ([], closing.tail)
        if remarks:
            last = signatures[-1]
            note = "; ".join([*(x for x in [last.note] if x), *(t.text for t in remarks)])
            signatures[-1] = attrs.evolve(last, note=note)
            warnings.append(
                ParseWarning(message="text after the signer kept as a note of the signature", line=remarks[0].number)
            )
        appendices.extend(_appendices(rest, annotator))
    if conference is None and title and "hoi nghi" in fold(f"{title} {subject or ''}"):
        # "KẾT LUẬN CỦA HỘI NGHỊ BAN CHẤP HÀNH …": the opening paragraph numbers the conference
        opening = " ".join(_texts(preamble[:3]))
        if found_conference := _CONFERENCE_IN_TEXT.search(fold(opening)):
            conference = parse_conference(opening[found_conference.start() : found_conference.end()])
    if conference is not None and conference.term is None:
        # the term is the meeting body's ("Ban Chấp hành Đảng bộ xã khóa I"), wherever the text names
        # it; not any "khóa" ("bầu cử đại biểu Quốc hội khóa XVI" is another body's term)
        running = " ".join(_texts(preamble + body_blocks))
        found = None
        if conference.body is not None:
            words = fold(conference.body.name).split()
            pattern = r"\s*".join(map(re.escape, words)) + r"\s*" + FOLDED_TERM.pattern
            found = re.search(pattern, fold(running)) if words else None
        term = running[found.start("term") : found.end("term")].upper() if found else ""
        if is_roman(term):
            conference = attrs.evolve(conference, term=term)
    return Document(
        kind=kind,
        system=header.system,
        issuer=header.issuer(),
        notation=header.notation,
        place=header.place,
        date=header.date,
        date_text=header.date_text if header.date is None else None,
        title=title,
        subject=subject,
        subject_spans=subject_spans,
        conference=conference,
        preamble=tuple(preamble),
        body=tuple(body_blocks),
        signatures=tuple(signatures),
        recipients=tuple(recipients),
        appendices=tuple(appendices),
        secrecy=header.secrecy,
        urgency=header.urgency,
        draft=header.draft,
        circulation=header.circulation,
        warnings=tuple(warnings),
    )


_ANNEX_TITLE = re.compile(r"^(?:phu luc|danh sach|bieu|mau)\b")


def _headed_tasks(blocks: list[Block], annotator: Annotator) -> list[Block]:
    """Items headed by a body ("2. Sở Xây dựng") whose duties open without it ("- Chủ trì, phối hợp với
    Y …"): each such duty is a task of the body in the heading."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Division) and block.children:
            children = _headed_tasks(list(block.children), annotator)
            duties = any(getattr(child, "text", "")[:3] in ("Chủ", "chủ") for child in children)
            lead = heading_body(block.heading) if block.heading and duties else None
            if lead is not None:
                children = [_duty_of(child, lead, annotator) for child in children]
            # (compared by identity: an equality test would walk every block below, at every level)
            if any(new is not old for new, old in zip(children, block.children, strict=True)):
                block = attrs.evolve(block, children=tuple(children))
        out.append(block)
    return out


def _duty_of(block: Block, lead: str, annotator: Annotator) -> Block:
    if isinstance(block, Paragraph) and (found := find_headed_task(block.text, lead)) is not None:
        return annotator.task(block.text, found)
    if isinstance(block, ListItem) and block.text and (found := find_headed_task(block.text, lead)) is not None:
        # a bullet that assigns work holds its sentence as a block, as build_blocks makes it
        return attrs.evolve(block, text="", spans=(), children=(annotator.task(block.text, found), *block.children))
    return block


def _appendices(rest: list[Line], annotator: Annotator) -> list[Appendix]:
    """What follows the signature: one annex per "PHỤ LỤC …" title, each with its caption and own numbering.

    The title is the first line of an annex and the capitals lines under it that are not
    numbered ("PHỤ LỤC 2" / "MẪU ĐĂNG KÝ BÁO CÁO VIÊN"); text before a first "PHỤ LỤC" is
    an annex of its own, titled by its first line.
    """
    starts = [i for i, line in enumerate(rest) if line.role == "text" and _opens_an_annex(line.text)]
    first_text = next((i for i, line in enumerate(rest) if line.role == "text"), None)
    if first_text is None:
        return []
    if not starts or starts[0] != first_text:
        starts.insert(0, first_text)
    out: list[Appendix] = []
    for at, start in enumerate(starts):
        end = starts[at + 1] if at + 1 < len(starts) else len(rest)
        title = [rest[start].text]
        index = start + 1
        if _opens_an_annex(rest[start].text):
            while index < end and len(title) < 4:
                line = rest[index]
                if line.role == "blank" and len(title) == 1:
                    index += 1
                    continue
                if line.role != "text" or not is_upper(line.text) or match_marker(line.text):
                    break
                title.append(line.text)
                index += 1
        out.append(Appendix(title="\n".join(title), body=tuple(_blocks(rest[index:end], annotator))))
    return out


# "Phụ lục 2", "Phụ lục số 03: Mẫu báo cáo", "Phụ lục II" in running case: an annex numbered as such.
# A Roman number only in capitals: "Phụ lục vi phạm …" is not an annex's title.
_NUMBERED_ANNEX = re.compile(r"phu luc(?:\s+so)?\s*\d+\b")
_ROMAN_ANNEX = re.compile(r"Ph[ụu] l[ụu]c(?:\s+s[ốo])?\s*[IVXLC]+\b", re.IGNORECASE)


def _opens_an_annex(text: str) -> bool:
    """Whether the line ``text`` is the title of an annex ("PHỤ LỤC …" in capitals, or "Phụ lục 2 …")."""
    if text[:1] not in "Pp":
        return False
    key = fold(text)
    return key.startswith("phu luc") and (
        is_upper(text) or (len(text) < 120 and (_NUMBERED_ANNEX.match(key) is not None or _roman_annex(text)))
    )


def _roman_annex(text: str) -> bool:
    m = _ROMAN_ANNEX.match(text)
    return m is not None and m.group().split()[-1].isupper()


def _split_tail(tail: list[Line]) -> tuple[list[Line], list[Line]]:
    """What follows the signer: (remarks kept as a note of the signature, the annex after them).

    A few short lines are the signer's remarks (a seal's or an e-signature's text, a footer)
    when a rule, an annex title ("PHỤ LỤC …") or the end of the text follows them; lines
    before a numbered division are the title of an annex.
    """
    end = len(tail)
    for index, line in enumerate(tail):
        if line.role == "rule" or (line.role == "text" and _ANNEX_TITLE.match(fold(line.text))):
            end = index
            break
        if line.role == "text" and match_marker(line.text):
            return [], tail
    above = [line for line in tail[:end] if line.role == "text"]
    if len(above) > 3:
        return [], tail
    return above, tail[end + 1 :] if end < len(tail) and tail[end].role == "rule" else tail[end:]


def _texts(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Division):
            out.append(block.heading or "")
            out.extend(_texts(list(block.children)))
        elif hasattr(block, "text"):
            out.append(block.text)
    return out


# "Về quốc phòng: Giữ vững …", "Đối với cấp xã: Tập trung …": a topic named before running text
_RUN_IN_HEADING = re.compile(r"(?:Về|Đối với)\s[^.:;!?]{2,60}:(?=\s+[A-ZĐÀ-Ỹ][^.]*\.)")


def _split_heading(annotator: Annotator) -> object:
    def split(unit: Unit) -> tuple[str | None, list[Block]]:
        text = unit.text.strip()
        if not text:
            return None, []
        if unit.bold or unit.upper or unit.heading:
            # "### 3. Giao Văn phòng … theo dõi.": a heading that assigns work is a task as well
            found = find_task(text) if len(text) > 20 and not unit.upper else None
            if found is not None:
                return text, [annotator.task(text, found)]
            return text, _citing(text)
        start, end = sentences(text, first=True)[0]
        if run_in := _RUN_IN_HEADING.match(text):  # "Về quốc phòng: Giữ vững …": a short heading before a colon
            end = min(end, run_in.end())
        first = text[start:end].strip()
        # A sentence that assigns work or cites documents is content, not a run-in heading.
        running = first.endswith((".", "!", "?", ";"))  # a typographic heading has no full stop
        if find_task(first) is not None or (running and next(annotator.references(first), None) is not None):
            # The sentence is the run-in heading, and it stays a block of its own too, so that
            # its task or citations are kept; to_text prints it once.
            opening = annotator.blocks(first)
            if " ".join(getattr(b, "text", "") for b in opening) == first and (
                len(opening) == 1 or all(isinstance(b, Task) for b in opening)
            ):
                # (one block, or the sentence's clauses each assigning work: "Giao X …; Y chủ trì, …";
                # not a plain clause before a task, which to_text could not tell from the heading)
                return first, [*opening, *annotator.blocks(text[end:])]
            return None, annotator.blocks(text)
        return first, [*_citing(first), *annotator.blocks(text[end:])]

    def _citing(heading: str) -> list[Block]:
        # "2.2. Kế hoạch triển khai Nghị quyết số 12-NQ/TW …": a heading that cites a document stays
        # a paragraph too, so that its citations are kept; to_text prints it once
        if "/" not in heading:  # every notation has its slash
            return []
        paragraph = annotator.paragraph(heading)
        return [paragraph] if any(isinstance(span, Reference) for span in paragraph.spans) else []

    return split


def _blocks(lines: list[Line], annotator: Annotator) -> list[Block]:
    return build_blocks(units(lines), annotator.blocks, _split_heading(annotator))  # type: ignore[arg-type]
