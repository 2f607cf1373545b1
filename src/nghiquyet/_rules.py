"""Domain rules for :func:`nghiquyet.validate`: what a schema cannot say about a document.

Each rule yields :class:`Finding` objects that name the place by a model path
(``"notation"``, ``"signatures[0].position"``, ``"body[1].children[3]"``); the format's
checker turns that path into a line of the file. Rule ids are stable: scripts may filter
on them.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterator
from typing import Literal

import attrs

from .grammar.labels import LETTERS, label_of, label_value
from .model import Block, Division, Document, DocumentKind, DocumentSystem, ListItem, Numbering, Paragraph, Task
from .model.blocks import Reference, Span

__all__ = ["LIMITS", "RULES", "VIETNAM", "Finding", "check_document", "today_in_vietnam"]

Severity = Literal["error", "warning"]


@attrs.frozen(kw_only=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    where: str | None = None


#: Archival field limits (Nghị định 30/2020/NĐ-CP Phụ lục VI; edXML), in characters.
LIMITS = {
    "CodeNumber": 11,
    "CodeNotation": 30,
    "Subject": 500,
    "OrganName": 200,
    "Position": 100,
    "FullName": 50,
}

#: Every domain rule id with what it checks.
RULES = {
    "notation-kind": "the notation's type code agrees with the document kind",
    "notation-issuer": "the notation's issuer code agrees with the issuer's code",
    "date-future": "the document date and the dates of cited documents are not after today",
    "date-early": "a Party document is not dated before the Party was founded (3 February 1930)",
    "numbering-start": "numbering at each level starts at 1",
    "numbering-gap": "numbering at each level runs without gaps (I, II, IV)",
    "numbering-repeat": "numbering at each level does not repeat a number",
    "numbering-order": "numbering at each level does not go backwards",
    "length": "archival field limits: " + ", ".join(f"{k} ≤ {v}" for k, v in LIMITS.items()),
    "recipients-missing": "the document lists its recipients (nơi nhận)",
    "signature-missing": "the document is signed",
}

_FOUNDED = datetime.date(1930, 2, 3)

#: Vietnam's time zone (UTC+7, no daylight saving time): the documents' dates are dates there.
VIETNAM = datetime.timezone(datetime.timedelta(hours=7), "ICT")


def today_in_vietnam() -> datetime.date:
    """Today's date in Vietnam, the default date no document may pass, whatever the machine's zone."""
    return datetime.datetime.now(VIETNAM).date()


# Quy định prints "QĐ" as often as its own "QĐi".
_PRINTED_KIND_CODES = {DocumentKind.QUY_DINH: {"QĐi", "QĐ"}}


def check_document(doc: Document, *, today: datetime.date) -> Iterator[Finding]:
    """Every domain finding about ``doc``, header first, then body, then closing."""
    walk = _Walk(doc)
    yield from _notation(doc)
    yield from _dates(doc, today, walk)
    yield from _lengths(doc)
    for run in walk.runs:
        yield from _sequence(run)
    if not doc.signatures:
        yield Finding(
            rule="signature-missing", severity="error", message="the document has no signature", where="signatures"
        )
    if not doc.recipients:
        yield Finding(
            rule="recipients-missing", severity="error", message="the document lists no recipients", where="recipients"
        )


def _notation(doc: Document) -> Iterator[Finding]:
    notation = doc.notation
    if notation is None:
        return
    # A state Công văn prints no type code: "7816/VPCP-TTĐT" is the issuer, then the
    # drafting unit (Nghị định 30/2020, Phụ lục I), though it reads like "1050/QĐ-SCT".
    state_letter = doc.kind is DocumentKind.CONG_VAN and notation.system is DocumentSystem.STATE
    if doc.kind is not None and notation.kind_code is not None and not state_letter:
        allowed = _PRINTED_KIND_CODES.get(doc.kind, {doc.kind.code})
        if notation.kind_code not in allowed:
            yield Finding(
                rule="notation-kind",
                severity="error",
                message=f"notation {notation} has type code {notation.kind_code!r} but the document is a "
                f"{doc.kind.label} ({' or '.join(sorted(allowed))})",
                where="notation",
            )
    issuer_codes = (notation.kind_code, *notation.issuer_codes) if state_letter else notation.issuer_codes
    if doc.issuer is not None and doc.issuer.code and doc.issuer.code not in issuer_codes:
        yield Finding(
            rule="notation-issuer",
            severity="error",
            message=f"notation {notation} names issuer {notation.issuer_code!r} but the issuer's code is "
            f"{doc.issuer.code!r}",
            where="notation",
        )


def _where(path: tuple[str | int, ...]) -> str:
    """A model path of steps ("body", 2, "children", 0) as the rules report it: "body[2].children[0]"."""
    parts: list[str] = []
    for step in path:
        if isinstance(step, int):
            parts[-1] += f"[{step}]"
        else:
            parts.append(step)
    return ".".join(parts)


# A tuple, not a union: ``A | B`` builds a new union object at every evaluation.
_SPANNED = (Paragraph, ListItem, Task)


class _Walk:
    """One pass over every block of a document, gathering what the rules need: the dated
    references (with their paths) and each level's run of divisions. Paths are kept as
    tuples of steps and written out only for a finding (most documents have none)."""

    def __init__(self, doc: Document) -> None:
        self.references: list[tuple[tuple[str | int, ...], Reference]] = []
        # Runs of divisions in the order the checks report them, each (paths, divisions).
        self.runs: list[list[tuple[tuple[str | int, ...], Division]]] = []
        articles: list[tuple[tuple[str | int, ...], Division]] = []
        self.blocks(doc.preamble, ("preamble",), None)
        self.blocks(doc.body, ("body",), articles)
        self.runs.append(articles)
        for index, appendix in enumerate(doc.appendices):
            appendix_articles: list[tuple[tuple[str | int, ...], Division]] = []
            self.blocks(appendix.body, ("appendices", index, "body"), appendix_articles)
            self.runs.append(appendix_articles)

    def blocks(
        self,
        blocks: tuple[Block, ...],
        prefix: tuple[str | int, ...],
        articles: list[tuple[tuple[str | int, ...], Division]] | None,
    ) -> None:
        """Walk ``blocks``; ``articles`` is None in the preamble, whose numbering is not checked."""
        runs: dict[Numbering, list[tuple[tuple[str | int, ...], Division]]] = {}
        for index, block in enumerate(blocks):
            if isinstance(block, Division):
                if articles is not None:
                    if block.numbering is Numbering.ARTICLE:
                        articles.append(((*prefix, index), block))
                    else:
                        runs.setdefault(block.numbering, []).append(((*prefix, index), block))
                if block.children:
                    self.blocks(block.children, (*prefix, index, "children"), articles)
            elif isinstance(block, _SPANNED):
                if block.spans:
                    self.spans(block.spans, (*prefix, index))
                if isinstance(block, ListItem) and block.children:
                    self.blocks(block.children, (*prefix, index, "children"), articles)
        self.runs.extend(runs.values())

    def spans(self, spans: tuple[Span, ...], where: tuple[str | int, ...]) -> None:
        for number, span in enumerate(spans):
            if isinstance(span, Reference) and span.date is not None:
                self.references.append(((*where, "spans", number), span))


def _dates(doc: Document, today: datetime.date, walk: _Walk) -> Iterator[Finding]:
    if doc.date is not None:
        if doc.date > today:
            yield Finding(
                rule="date-future",
                severity="error",
                message=f"the document is dated {doc.date.isoformat()}, after today ({today.isoformat()})",
                where="date",
            )
        if doc.system is DocumentSystem.PARTY and doc.date < _FOUNDED:
            yield Finding(
                rule="date-early",
                severity="warning",
                message=f"a Party document dated {doc.date.isoformat()}, before the Party was founded (1930-02-03)",
                where="date",
            )
    for path, reference in walk.references:
        if reference.date is not None and reference.date > today:
            yield Finding(
                rule="date-future",
                severity="error",
                message=f"a cited document is dated {reference.date.isoformat()}, after today ({today.isoformat()})",
                where=_where(path),
            )


def _too_long(field: str, value: str | None, where: str) -> Iterator[Finding]:
    limit = LIMITS[field]
    if value is not None and len(value) > limit:
        yield Finding(
            rule="length",
            severity="error",
            message=f"{field} has {len(value)} characters; archives allow at most {limit}",
            where=where,
        )


def _lengths(doc: Document) -> Iterator[Finding]:
    if doc.notation is not None:
        yield from _too_long("CodeNumber", doc.notation.number_text, "notation.number")
        yield from _too_long("CodeNotation", doc.notation.code, "notation.code")
    yield from _too_long("Subject", doc.subject, "subject")
    if doc.issuer is not None:
        yield from _too_long("OrganName", doc.issuer.name, "issuer.name")
    for index, signature in enumerate(doc.signatures):
        yield from _too_long("Position", signature.position, f"signatures[{index}].position")
        yield from _too_long("FullName", signature.signer, f"signatures[{index}].signer")


# Numbering -------------------------------------------------------------------------------


def _skips_only_dd(previous: int, value: int, numbering: Numbering) -> bool:
    """a, b, c, d, e is as common as a, b, c, d, đ, e: a missing đ is no gap."""
    return (
        numbering in (Numbering.LETTER, Numbering.UPPER_LETTER) and value == previous + 2 and LETTERS[previous] == "đ"
    )


@functools.lru_cache(maxsize=1024)
def _value(numbering: Numbering, marker: str) -> int | None:
    # Documents print the same few markers ("I.", "1.", "a)"): each is read once per process.
    return label_value(numbering, label_of(marker))


def _sequence(divisions: list[tuple[tuple[str | int, ...], Division]]) -> Iterator[Finding]:
    """The findings of one level's run of divisions, in order."""
    previous: int | None = None
    previous_marker = ""
    for path, division in divisions:
        value = _value(division.numbering, division.marker)
        if value is None:
            continue
        if previous is None:
            if value != 1:
                yield Finding(
                    rule="numbering-start",
                    severity="warning",
                    message=f"{division.numbering.value} numbering starts at {division.marker!r}",
                    where=_where(path),
                )
        elif value == previous:
            yield Finding(
                rule="numbering-repeat",
                severity="warning",
                message=f"{division.numbering.value} number {division.marker!r} repeats {previous_marker!r}",
                where=_where(path),
            )
        elif value < previous:
            yield Finding(
                rule="numbering-order",
                severity="warning",
                message=f"{division.numbering.value} number {division.marker!r} comes after {previous_marker!r}",
                where=_where(path),
            )
        elif value > previous + 1 and not _skips_only_dd(previous, value, division.numbering):
            yield Finding(
                rule="numbering-gap",
                severity="warning",
                message=f"{division.numbering.value} numbering jumps from {previous_marker!r} to {division.marker!r}",
                where=_where(path),
            )
        previous, previous_marker = value, division.marker
