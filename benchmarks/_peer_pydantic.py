"""The pydantic v2 peer of benchmarks/peers.py: strict mode, frozen models, extra keys
forbidden, discriminated unions, validators for text and invariants."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal, Union

import pydantic
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

__all__ = ["PDocument"]


Text = Annotated[str, pydantic.AfterValidator(text)]
_STRICT = pydantic.ConfigDict(strict=True, extra="forbid", frozen=True)


class PBody(pydantic.BaseModel):
    model_config = _STRICT
    name: Text
    parent: PBody | None = None
    code: Text | None = None

    @pydantic.field_validator("name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a body needs a name")
        return value


class PConference(pydantic.BaseModel):
    model_config = _STRICT
    ordinal: int | None = None
    body: PBody | None = None
    term: str | None = None

    @pydantic.model_validator(mode="after")
    def _check(self) -> PConference:
        positive(self.ordinal)
        if self.term is not None and (not self.term or not ROMAN.fullmatch(self.term)):
            raise ValueError("term")
        return self


class PReference(pydantic.BaseModel):
    model_config = _STRICT
    type: Literal["reference"]
    start: int
    end: int
    kind: Kind | None = None
    notation: str | None = None
    date: datetime.date | None = None
    issuer: PBody | None = None
    title: Text | None = None

    @pydantic.field_validator("notation")
    @classmethod
    def _notation(cls, value: str | None) -> str | None:
        notation(value)
        return value


class PBodyMention(pydantic.BaseModel):
    model_config = _STRICT
    type: Literal["body_mention"]
    start: int
    end: int
    body: PBody


class PDateMention(pydantic.BaseModel):
    model_config = _STRICT
    type: Literal["date_mention"]
    start: int
    end: int
    date: datetime.date


PSpan = Annotated[Union[PReference, PBodyMention, PDateMention], pydantic.Field(discriminator="type")]  # noqa: UP007


class PParagraph(pydantic.BaseModel):
    model_config = _STRICT
    type: Literal["paragraph"]
    text: Text
    spans: tuple[PSpan, ...] = ()

    @pydantic.model_validator(mode="after")
    def _check(self) -> PParagraph:
        spans_fit(self.text, self.spans)
        return self


class PDeadline(pydantic.BaseModel):
    model_config = _STRICT
    text: Text
    date: datetime.date | None = None


class PTask(pydantic.BaseModel):
    model_config = _STRICT
    type: Literal["task"]
    text: Text
    spans: tuple[PSpan, ...] = ()
    lead: tuple[PBody, ...] = ()
    partners: tuple[PBody, ...] = ()
    report_to: PBody | None = None
    deadline: PDeadline | None = None

    @pydantic.model_validator(mode="after")
    def _check(self) -> PTask:
        spans_fit(self.text, self.spans)
        return self


class PTable(pydantic.BaseModel):
    model_config = _STRICT
    type: Literal["table"]
    rows: tuple[tuple[Text, ...], ...]


class PDivision(pydantic.BaseModel):
    model_config = _STRICT
    type: Literal["division"]
    numbering: Numbering
    marker: Text
    heading: Text | None = None
    children: tuple[PBlock, ...] = ()

    @pydantic.model_validator(mode="after")
    def _check(self) -> PDivision:
        marker(self.numbering, self.marker)
        return self


class PListItem(pydantic.BaseModel):
    model_config = _STRICT
    type: Literal["list_item"]
    marker: str = "-"
    text: Text
    spans: tuple[PSpan, ...] = ()
    children: tuple[PBlock, ...] = ()

    @pydantic.model_validator(mode="after")
    def _check(self) -> PListItem:
        if self.marker not in BULLETS:
            raise ValueError("bullet")
        spans_fit(self.text, self.spans)
        return self


PBlock = Annotated[
    Union[PDivision, PParagraph, PListItem, PTask, PTable],  # noqa: UP007
    pydantic.Field(discriminator="type"),
]


class PSignature(pydantic.BaseModel):
    model_config = _STRICT
    authority: Authority | None = None
    on_behalf_of: Text | None = None
    position: Text | None = None
    signer: Text | None = None
    note: Text | None = None


class PRecipient(pydantic.BaseModel):
    model_config = _STRICT
    name: Text
    purpose: Text | None = None


class PAppendix(pydantic.BaseModel):
    model_config = _STRICT
    title: Text | None = None
    body: tuple[PBlock, ...] = ()

    @pydantic.model_validator(mode="after")
    def _check(self) -> PAppendix:
        nesting(self.body)
        return self


class PWarning(pydantic.BaseModel):
    model_config = _STRICT
    message: Text
    line: int | None = None

    @pydantic.model_validator(mode="after")
    def _check(self) -> PWarning:
        positive(self.line)
        return self


class PDocument(pydantic.BaseModel):
    model_config = _STRICT
    format: Literal["nghiquyet/1"]
    kind: Kind | None = None
    system: System = "party"
    issuer: PBody | None = None
    notation: str | None = None
    place: Text | None = None
    date: datetime.date | None = None
    date_text: Text | None = None
    title: Text | None = None
    subject: Text | None = None
    subject_spans: tuple[PSpan, ...] = ()
    conference: PConference | None = None
    preamble: tuple[PBlock, ...] = ()
    body: tuple[PBlock, ...] = ()
    signatures: tuple[PSignature, ...] = ()
    recipients: tuple[PRecipient, ...] = ()
    appendices: tuple[PAppendix, ...] = ()
    secrecy: Secrecy | None = None
    urgency: Urgency | None = None
    circulation: Text | None = None
    draft: bool = False
    copies: int | None = None
    typist: Text | None = None
    warnings: tuple[PWarning, ...] = ()

    @pydantic.model_validator(mode="after")
    def _check(self) -> PDocument:
        notation(self.notation)
        spans_fit(self.subject or "", self.subject_spans)
        positive(self.copies)
        nesting(self.preamble)
        nesting(self.body)
        return self


for _model in (PDivision, PListItem, PAppendix, PDocument):
    _model.model_rebuild()
