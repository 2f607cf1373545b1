"""Inline annotations of running text: references, dates, bodies, and tasks (read in ``_tasks``).

- references: "Kết luận số 706-KL/TU, ngày 05/4/2023 của Ban Chấp hành Đảng bộ tỉnh"
  → :class:`Reference` with kind, notation, date and issuer;
- tasks: sentences that assign work ("Giao X chủ trì, phối hợp với Y …", "X có trách
  nhiệm …", "Đề nghị X …", "Yêu cầu X …") → :class:`Task` with lead and partners;
- dates printed in the text → :class:`DateMention`; the bodies of a task → :class:`BodyMention`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

import attrs

from ..errors import DocumentError
from ..grammar.dates import DATE_IN_TEXT, date_of, find_dates
from ..model import (
    Block,
    BodyMention,
    DateMention,
    Deadline,
    DocumentKind,
    Notation,
    Organization,
    Paragraph,
    Reference,
    Span,
    Task,
)
from ._tasks import RUN_WINDOW, TaskFound, body_run, find_task, may_assign, names_bodies_only, next_task_clause
from .normalize import fold

__all__ = ["Annotator", "TaskFound", "find_task", "sentences"]

# --- sentences ---------------------------------------------------------------------------

# (";" ends no sentence; "./." as "." and an optional "/.": a pattern that opens with one character
# class lets the regex engine skip to the next candidate, an alternation does not)
_BOUNDARY = re.compile(r"[.!?:…](?:(?<=\.)/\.)?(?=(\s+)(\S))")
_NUMBER = re.compile(r"[\d.]+")
_ABBREVIATIONS = {"tp", "v.v", "q", "đ/c", "tr", "k/t", "t/m", "ths", "ts", "pgs", "gs", "th.s"}


def sentences(text: str, *, first: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` (only the first if ``first``).

    A sentence ends at ". " (or "!", "?", "./.", and ":" after a long lead-in) before a capital.
    """
    out: list[tuple[int, int]] = []
    start = 0
    paren = "(" in text
    depth, counted = 0, 0  # parentheses open at ``counted`` (counted once each: linear)
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        mark = m.group()
        nxt = m.group(2)
        if not (nxt.isupper() or nxt in '"“'):
            continue
        if mark == ":" and end - start < 40:
            continue
        if paren:
            depth += text.count("(", counted, m.start()) - text.count(")", counted, m.start())
            counted = m.start()
            if depth > 0:
                continue  # "(… Việt Nam. Sau đây gọi chung là …)": a parenthesis is inside the sentence
        space = text.rfind(" ", start, m.start())
        before = text[space + 1 if space >= 0 else start : m.start()].lower()
        if mark == "." and (before in _ABBREVIATIONS or (len(before) <= 1 and before.isalpha())):
            continue
        if mark == "." and before[-1:].isdigit() and _NUMBER.fullmatch(before):
            continue  # "1.", "2.1." inside a sentence are numbers
        out.append((start, end))
        if first:
            return out
        start = m.end(1)
        depth = 0  # (as before: a sentence counts its own parentheses)
        counted = start
    if start < len(text):
        out.append((start, len(text)))
    return out


# --- references --------------------------------------------------------------------------

# (an issuer code may end in up to two small letters, as the Prime Minister's "TTg" does, also
# when a Party-style hyphen is printed before it: "Chỉ thị số 38-CT/TTg")
# (each opens with its first digit, the look-behinds then read past it: a pattern that opens with a
# look-behind or a look-ahead gives the regex engine no first character to skip ahead to)
_PARTY_REF = re.compile(
    r"(?P<n>\d(?:(?<![\w/.-]\d)|(?<=[Ss][ốô]\d))\d{0,4})\s*[-–—]\s*(?P<k>[A-ZĐ][A-Za-zĐđ]{0,3})\s*/\s*(?P<i>[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-ZĐ0-9]*)*[a-z]{0,2})(?![\w])"
)
# (not after ":" — "QCVN 01:2019/BCT" is a standard; "217/2025/NĐ-" / "CP" is one notation split at a line end)
_STATE_REF = re.compile(
    r"(?P<n>\d(?<![\w/.:-]\d)\d{0,4})\s*/\s*(?:(?P<y>\d{4})\s*/\s*)?(?P<c>[A-ZĐ][A-Za-zĐđ0-9]*(?:-\s?[A-ZĐ][A-Za-zĐđ0-9]*)*)(?![\w])"
)
# ("Thông báo kết luận số 150-TB/TU" is a Thông báo that reports conclusions, not a Kết luận)
_KIND_WORDS = {fold(k.label): k for k in DocumentKind} | {
    "luat": None,
    "thong tu": None,
    "thong bao ket luan": DocumentKind.THONG_BAO,
}
_KIND_BEFORE = re.compile(
    r"(?P<label>" + "|".join(sorted((re.escape(k) for k in _KIND_WORDS), key=len, reverse=True)) + r")\s*(?:so\s*)?$"
)
_AFTER_DATE = re.compile(r"^\s*[,(]?\s*(?:(?:được\s+)?ban\s+hành\s+)?(?:ngày\s*)?", re.IGNORECASE)
# (no comma: ", ngày 5/5/2025 Ban Thường vụ đã họp" dates the next clause, not the citation)
_DATE_AFTER_ISSUER = re.compile(r"^\s+(?:(?:được\s+)?ban\s+hành\s+)?ngày\s*", re.IGNORECASE)
# … unless the citation ends there: "của Bộ Chính trị khóa XIII, ngày 22/12/2024." / "…, ngày 25/5/2025 về …"
_DATED_AFTER_ISSUER = re.compile(r"^(?:\s+kh[oó]a\s+[IVXLC]+)?\s*,\s*(?:ban\s+hành\s+)?ngày\s*", re.IGNORECASE)
_CITATION_ENDS = re.compile(r"\s*(?:[.;:,)]|về\s|$)")
_AFTER_ISSUER = re.compile(r"^\s*,?\s*của\s+", re.IGNORECASE)
# the cited document's trích yếu: "… về đột phá phát triển khoa học, công nghệ …" up to ";", "." or "("
_TITLE_AFTER = re.compile(r"\s*,?\s*(?P<t>về\s[^;.:()\n]{3,250}?)\s*(?=[;.:(]|$)", re.IGNORECASE)
_ISSUER_END = re.compile(r"\s+(?:về|khóa|khoá|tại)\s|,\s|;", re.IGNORECASE)
# "… của Ban Tổ chức Trung ương và Thông báo số 31-TB/TU …": the next citation is no part of the issuer (folded)
_NEXT_CITATION = re.compile(
    r"\s+va\s+(?:" + "|".join(sorted((re.escape(k) for k in _KIND_WORDS), key=len, reverse=True)) + r")\b"
)


@attrs.frozen
class Annotator:
    """Annotates running text; ``own`` is the document's own notation, never a reference."""

    own: str | None = None

    def references(self, text: str) -> Iterator[Reference]:
        if "/" not in text:  # every notation has its slash
            return
        taken: list[tuple[int, int]] = []
        # (a Party notation has its dash: without one, its regex need not scan the text)
        dashed = "-" in text or "–" in text or "—" in text
        for pattern in (_PARTY_REF, _STATE_REF) if dashed else (_STATE_REF,):
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                raw = m.group()
                if pattern is _STATE_REF and sum(c.isupper() for c in m.group("c")) < 2:
                    continue
                try:
                    notation = Notation.parse(raw)
                except DocumentError:
                    continue
                if self.own is not None and str(notation) == self.own:
                    continue
                start, end = m.start(), m.end()
                kind = _kind_of_code(notation.kind_code)
                before = fold(text[max(0, start - 30) : start])
                if km := _KIND_BEFORE.search(before):
                    start -= len(before) - km.start()
                    kind = _KIND_WORDS.get(km.group("label"), kind) or (
                        kind if km.group("label") not in ("luat", "thong tu") else None
                    )
                    if km.group("label") == fold("Quy định"):
                        kind = DocumentKind.QUY_DINH
                date = None
                tail = text[end:]
                lead = _AFTER_DATE.match(tail)
                if lead is not None and (dm := DATE_IN_TEXT.match(tail, lead.end())) and (lead.end() or dm):
                    value = date_of(dm)
                    if value is not None and dm.start() <= 24:
                        date = value
                        end += dm.end()
                        if "(" in lead.group() and text.startswith(")", end):
                            end += 1  # "Chỉ thị 05-CT/TW (ngày 15/5/2016) của Bộ Chính trị": the issuer follows
                if date is None:
                    date = _date_before(text, start)
                issuer = None
                if im := _AFTER_ISSUER.match(text[end:]):
                    run = body_run(text[end + im.end() : end + im.end() + RUN_WINDOW + 1])
                    run = _ISSUER_END.split(run)[0].strip(" ,")  # one issuer: stop at "về …", a comma
                    # (read on past the run: it stops inside a kind's name, "… Tỉnh ủy và Kết" | "luận số …")
                    named = end + im.end()
                    if " và " in run and (cited := _NEXT_CITATION.search(fold(text[named : named + len(run) + 24]))):
                        run = run[: cited.start()]
                    if run:
                        issuer = Organization(name=run)
                        end += im.end() + text.find(run, end + im.end()) - (end + im.end()) + len(run)
                late = _DATE_AFTER_ISSUER.match(text[end:]) if date is None and issuer is not None else None
                ends = False
                if late is None and date is None and issuer is not None:
                    late, ends = _DATED_AFTER_ISSUER.match(text[end : end + 40]), True
                if (
                    late
                    and (dm := DATE_IN_TEXT.match(text, end + late.end()))
                    and (value := date_of(dm))
                    and (not ends or _CITATION_ENDS.match(text, dm.end()))
                ):
                    date, end = value, dm.end()  # "Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024"
                title = None
                tm = _TITLE_AFTER.match(text, end)
                if tm and not _PARTY_REF.search(tm.group("t")) and not _STATE_REF.search(tm.group("t")):
                    title = tm.group("t").strip()  # (a title running into another citation is not read)
                    end = tm.end("t")
                taken.append((start, end))
                yield Reference(
                    start=start, end=end, kind=kind, notation=notation, date=date, issuer=issuer, title=title
                )

    def spans(self, text: str, bodies: tuple[str, ...] = ()) -> tuple[Span, ...]:
        spans: list[Span] = list(self.references(text))
        for start, end, value in find_dates(text):
            spans.append(DateMention(start=start, end=end, date=value))
        cursor = 0
        for name in bodies:
            at = text.find(name, cursor)
            if at >= 0:
                spans.append(BodyMention(start=at, end=at + len(name), body=Organization(name=name)))
                cursor = at + len(name)
        if len(spans) < 2:
            return tuple(spans)
        spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
        kept: list[Span] = []
        for span in spans:
            if kept and span.start < kept[-1].end:
                continue
            kept.append(span)
        return tuple(kept)

    def blocks(self, text: str, _line: int = 0) -> list[Block]:
        """Paragraph and Task blocks for a run of text: each assigning sentence is a Task."""
        text = text.strip()
        if not text:
            return []
        if not may_assign(text):
            return [self.paragraph(text)]
        parts = sentences(text)
        out: list[Block] = []
        plain_start: int | None = None
        for start, end, found in _with_later_clauses(text, parts):
            if found is None:
                if plain_start is None:
                    plain_start = start
                continue
            if plain_start is not None:
                out.append(self.paragraph(text[plain_start:start].strip()))
                plain_start = None
            out.extend(self._clause_tasks(text[start:end].strip(), found))
        if plain_start is not None:
            out.append(self.paragraph(text[plain_start:].strip()))
        return out

    def _clause_tasks(self, sentence: str, found: TaskFound) -> list[Block]:
        """ "X chủ trì …; Y có trách nhiệm …": one task per clause that assigns work to its own bodies."""
        out: list[Block] = []
        start = search = 0  # (offsets, not slices: a sentence of many clauses is read in one pass)
        while (cut := next_task_clause(sentence, search)) is not None:
            head = sentence[start:cut].strip()
            if head.endswith(",") and names_bodies_only(head):
                search = cut  # "Giao X, | Y chủ trì …": Y is on the list of X
                continue
            head_found = find_task(head)
            # the later clause opens an assignment of its own: its first stretch says so
            if head_found is None or find_task(sentence[cut : cut + RUN_WINDOW].strip()) is None:
                break
            out.append(self.task(head, head_found))
            start = search = cut
        rest = sentence[start:].strip()
        if start:
            found = find_task(rest) or found
        out.append(self.task(rest, found))
        return out

    def paragraph(self, text: str) -> Paragraph:
        return Paragraph(text=text, spans=self.spans(text))

    def task(self, text: str, found: TaskFound) -> Task:
        bodies = found.lead + found.partners
        deadline = None
        if found.deadline:
            deadline = Deadline(text=found.deadline, date=found.deadline_date)
        return Task(
            text=text,
            spans=self.spans(text, bodies),
            lead=tuple(Organization(name=n) for n in found.lead),
            partners=tuple(Organization(name=n) for n in found.partners),
            report_to=Organization(name=found.report_to) if found.report_to else None,
            deadline=deadline,
        )


def _with_later_clauses(text: str, parts: list[tuple[int, int]]) -> Iterator[tuple[int, int, TaskFound | None]]:
    """The sentences of ``text`` with the work each assigns; a sentence whose later clause assigns work
    when its first does not ("Đảng ủy X lãnh đạo …; Ủy ban Kiểm tra có trách nhiệm giám sát.") is cut
    before that clause."""
    for start, end in parts:
        sentence = text[start:end]
        found = find_task(sentence)
        if (
            found is None
            and may_assign(sentence)
            and (cut := next_task_clause(sentence)) is not None
            and (later := find_task(sentence[cut:])) is not None
        ):
            yield start, start + cut, None
            yield start + cut, end, later
        else:
            yield start, end, found


def _kind_of_code(code: str | None) -> DocumentKind | None:
    if code is None:
        return None
    try:
        return DocumentKind.from_code(code)
    except DocumentError:
        return None


# "Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW": the date leads the clause
_DATE_LEADS = re.compile(
    r"(?:^|[\s(;,])[Nn]gày\s*(?P<date>[\d/.\-]{8,10}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})"
    r"\s*,[^.;:]{0,80}?\bban\s+hành\s+$"
)


def _date_before(text: str, start: int) -> datetime.date | None:
    """The issue date printed before a citation in the same clause, if the clause says so."""
    window = text[max(0, start - 140) : start]
    if "ban h" not in window:
        return None
    m = _DATE_LEADS.search(window)
    if m is None or _PARTY_REF.search(window, m.end("date")):
        return None
    dm = DATE_IN_TEXT.search(m.group("date"))
    return date_of(dm) if dm else None
