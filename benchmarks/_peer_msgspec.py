"""The msgspec peer of benchmarks/peers.py: frozen Structs, unknown fields forbidden,
tagged unions, the checks in __post_init__."""

from __future__ import annotations

import datetime
from typing import Literal

import msgspec
from _peer_checks import (
    BULLETS,
    ROMAN,
    Authority,
    Kind,
    Numbering,
    Secrecy,
    System,
    Urgency,
    marker,
    nesting,
    notation,
    positive,
    spans_fit,
    text,
)

__all__ = ["MDocument"]


class _Struct(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True, kw_only=True):
    def _text(self, *names: str) -> None:
        for name in names:
            value = getattr(self, name)
            if value is not None and text(value) is not value:
                msgspec.structs.force_setattr(self, name, text(value))


class MBody(_Struct):
    name: str
    parent: MBody | None = None
    code: str | None = None

    def __post_init__(self) -> None:
        self._text("name", "code")
        if not self.name.strip():
            raise ValueError("a body needs a name")


class MConference(_Struct):
    ordinal: int | None = None
    body: MBody | None = None
    term: str | None = None

    def __post_init__(self) -> None:
        positive(self.ordinal)
        if self.term is not None and (not self.term or not ROMAN.fullmatch(self.term)):
            raise ValueError("term")


class _MSpan(_Struct, frozen=True, tag_field="type"):
    start: int
    end: int


class MReference(_MSpan, tag="reference"):
    kind: Kind | None = None
    notation: str | None = None
    date: datetime.date | None = None
    issuer: MBody | None = None
    title: str | None = None

    def __post_init__(self) -> None:
        notation(self.notation)
        self._text("title")


class MBodyMention(_MSpan, tag="body_mention"):
    body: MBody


class MDateMention(_MSpan, tag="date_mention"):
    date: datetime.date


MSpan = MReference | MBodyMention | MDateMention


class _MBlock(_Struct, frozen=True, tag_field="type"):
    pass


class MParagraph(_MBlock, tag="paragraph"):
    text: str
    spans: tuple[MSpan, ...] = ()

    def __post_init__(self) -> None:
        self._text("text")
        spans_fit(self.text, self.spans)


class MDeadline(_Struct):
    text: str
    date: datetime.date | None = None

    def __post_init__(self) -> None:
        self._text("text")


class MTask(_MBlock, tag="task"):
    text: str
    spans: tuple[MSpan, ...] = ()
    lead: tuple[MBody, ...] = ()
    partners: tuple[MBody, ...] = ()
    report_to: MBody | None = None
    deadline: MDeadline | None = None

    def __post_init__(self) -> None:
        self._text("text")
        spans_fit(self.text, self.spans)


class MTable(_MBlock, tag="table"):
    rows: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        msgspec.structs.force_setattr(self, "rows", tuple(tuple(map(text, row)) for row in self.rows))


class MDivision(_MBlock, tag="division"):
    numbering: Numbering
    marker: str
    heading: str | None = None
    children: tuple[MBlock, ...] = ()

    def __post_init__(self) -> None:
        self._text("marker", "heading")
        marker(self.numbering, self.marker)


class MListItem(_MBlock, tag="list_item", kw_only=True):
    marker: str = "-"
    text: str
    spans: tuple[MSpan, ...] = ()
    children: tuple[MBlock, ...] = ()

    def __post_init__(self) -> None:
        self._text("text")
        if self.marker not in BULLETS:
            raise ValueError("bullet")
        spans_fit(self.text, self.spans)


MBlock = MDivision | MParagraph | MListItem | MTask | MTable


class MSignature(_Struct):
    authority: Authority | None = None
    on_behalf_of: str | None = None
    position: str | None = None
    signer: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        self._text("on_behalf_of", "position", "signer", "note")


class MRecipient(_Struct):
    name: str
    purpose: str | None = None

    def __post_init__(self) -> None:
        self._text("name", "purpose")


class MAppendix(_Struct):
    title: str | None = None
    body: tuple[MBlock, ...] = ()

    def __post_init__(self) -> None:
        self._text("title")
        nesting(self.body)


class MWarning(_Struct):
    message: str
    line: int | None = None

    def __post_init__(self) -> None:
        self._text("message")
        positive(self.line)


class MDocument(_Struct):
    format: Literal["nghiquyet/1"]
    kind: Kind | None = None
    system: System = "party"
    issuer: MBody | None = None
    notation: str | None = None
    place: str | None = None
    date: datetime.date | None = None
    date_text: str | None = None
    title: str | None = None
    subject: str | None = None
    subject_spans: tuple[MSpan, ...] = ()
    conference: MConference | None = None
    preamble: tuple[MBlock, ...] = ()
    body: tuple[MBlock, ...] = ()
    signatures: tuple[MSignature, ...] = ()
    recipients: tuple[MRecipient, ...] = ()
    appendices: tuple[MAppendix, ...] = ()
    secrecy: Secrecy | None = None
    urgency: Urgency | None = None
    circulation: str | None = None
    draft: bool = False
    copies: int | None = None
    typist: str | None = None
    warnings: tuple[MWarning, ...] = ()

    def __post_init__(self) -> None:
        self._text("place", "date_text", "title", "subject", "circulation", "typist")
        notation(self.notation)
        spans_fit(self.subject or "", self.subject_spans)
        positive(self.copies)
        nesting(self.preamble)
        nesting(self.body)
