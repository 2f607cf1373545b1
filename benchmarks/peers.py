"""The JSON round trip of nghiquyet beside the libraries a user would pick instead.

Run: python benchmarks/peers.py [--seconds N]   (needs msgspec and pydantic installed)

Each peer reads and writes the very JSON nghiquyet writes (same keys, tagged unions on
"type", fields at their default left out) into a model of the same shape, with the same
checks: exact JSON types (no coercion), unknown keys refused, text stored NFC and free of
characters XML cannot carry, notations read with Notation.parse, and the model's
invariants (division markers, bullets, spans sorted and inside their text, positive
numbers, Roman terms, named bodies, nesting depth). The peers:

- cattrs: nghiquyet's own attrs model (so the very same validators) with a cattrs
  orjson converter as its documentation suggests: strict hooks, tagged unions, extra
  keys forbidden, defaults omitted;
- pydantic v2, strict mode, frozen models, extra="forbid", discriminated unions,
  validators for text and invariants;
- msgspec, frozen Structs, forbid_unknown_fields, tagged unions, checks in
  __post_init__; and msgspec with no checks but its types, for scale.

All are measured in the same run, as ratios against raw orjson (dumps + loads of the same
dict; higher is better).
"""

from __future__ import annotations

import argparse
import datetime
import re
import unicodedata
from typing import Annotated, Any, Literal, Union

import msgspec
import orjson
import pydantic
from _timing import best_per_call, documents
from cattrs.preconf.orjson import make_converter
from cattrs.strategies import configure_tagged_union

import nghiquyet as nq
from nghiquyet.formats.json._wire import TAGS, wire_value
from nghiquyet.model.blocks import _MARKERS, BULLETS, MAX_DEPTH

# The checks every peer makes, as the model makes them.

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def text(value: str) -> str:
    if not (value.isascii() or unicodedata.is_normalized("NFC", value)):
        value = unicodedata.normalize("NFC", value)
    if not value.isprintable() and _NOT_XML.search(value):
        raise ValueError("a character XML cannot carry")
    return value


def optional_text(value: str | None) -> str | None:
    return None if value is None else text(value)


def positive(value: int | None) -> None:
    if value is not None and not 1 <= value <= 999_999:
        raise ValueError(f"{value} is not a possible number")


def spans_fit(within: str, spans: Any) -> None:
    previous = 0
    for span in spans:
        if span.start < 0 or span.end <= span.start or span.start < previous or span.end > len(within):
            raise ValueError("spans out of order or outside their text")
        previous = span.end


def depth(blocks: Any) -> int:
    deepest = 0
    for block in blocks:
        children = getattr(block, "children", None)
        if children is not None:
            deepest = max(deepest, 1 + depth(children))
    return deepest


def nesting(blocks: Any) -> None:
    if depth(blocks) > MAX_DEPTH:
        raise ValueError("nested too deeply")


def marker(numbering: str, value: str) -> None:
    if not _MARKERS[nq.Numbering(numbering)].fullmatch(value):
        raise ValueError(f"{value!r} is not a {numbering} number")


def notation(value: str | None) -> None:
    if value is not None:
        nq.Notation.parse(value)


def _wire(enum_type: Any) -> Any:
    return Literal[tuple(wire_value(member) for member in enum_type)]


Kind = _wire(nq.DocumentKind)
Numbering = _wire(nq.Numbering)
Authority = _wire(nq.SigningAuthority)
Secrecy = _wire(nq.Secrecy)
Urgency = _wire(nq.Urgency)
System = _wire(nq.DocumentSystem)


# msgspec.


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
        if self.term is not None and (not self.term or not _ROMAN.fullmatch(self.term)):
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


# pydantic v2, strict.

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
        if self.term is not None and (not self.term or not _ROMAN.fullmatch(self.term)):
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


# cattrs, on nghiquyet's own attrs model.


def cattrs_converter() -> Any:
    converter = make_converter(forbid_extra_keys=True, omit_if_default=True)

    def strict(kind: type) -> Any:
        def structure(value: Any, _type: Any) -> Any:
            if value.__class__ is not kind:
                raise TypeError(f"expected {kind.__name__}")
            return value

        return structure

    for kind in (str, int, bool):
        converter.register_structure_hook(kind, strict(kind))
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date, lambda value, _: datetime.date.fromisoformat(value))
    converter.register_unstructure_hook(nq.Notation, str)
    converter.register_structure_hook(nq.Notation, lambda value, _: nq.Notation.parse(value))
    for enum_type in (nq.DocumentKind, nq.Numbering, nq.SigningAuthority, nq.Secrecy, nq.Urgency, nq.DocumentSystem):
        wire = {member: wire_value(member) for member in enum_type}
        back = {value: member for member, value in wire.items()}
        converter.register_unstructure_hook(enum_type, wire.__getitem__)
        converter.register_structure_hook(enum_type, lambda value, _, back=back: back[value])
    for union in (nq.Span, nq.Block):
        configure_tagged_union(union, converter, tag_generator=TAGS.__getitem__, tag_name="type")
    return converter


def measure(name: str, document: nq.Document, seconds: float) -> None:
    converter = cattrs_converter()
    m_decoder, m_encoder = msgspec.json.Decoder(MDocument), msgspec.json.Encoder()
    plain_decoder = msgspec.json.Decoder()  # no checks at all: any JSON, for scale
    serializer = PDocument.__pydantic_serializer__
    data = nq.to_json(document)
    raw = orjson.loads(data)
    via_cattrs = converter.structure({k: v for k, v in raw.items() if k != "format"}, nq.Document)
    via_msgspec, via_pydantic = m_decoder.decode(data), PDocument.model_validate_json(data)
    # Every peer reads the document and writes back the same JSON.
    assert via_cattrs == document
    assert orjson.loads(m_encoder.encode(via_msgspec)) == raw
    assert orjson.loads(serializer.to_json(via_pydantic, exclude_defaults=True)) == raw
    plain = plain_decoder.decode(data)

    def cattrs_round_trip() -> object:
        payload = orjson.loads(orjson.dumps({"format": "nghiquyet/1", **converter.unstructure(document)}))
        del payload["format"]
        return converter.structure(payload, nq.Document)

    times = best_per_call(
        {
            "raw orjson": lambda: orjson.loads(orjson.dumps(raw)),
            "nghiquyet": lambda: nq.from_json(nq.to_json(document)),
            "nghiquyet, via str": lambda: nq.from_json(nq.to_json(document).decode()),
            "cattrs + orjson": cattrs_round_trip,
            "pydantic v2 strict": lambda: PDocument.model_validate_json(
                serializer.to_json(via_pydantic, exclude_defaults=True)
            ),
            "msgspec, same checks": lambda: m_decoder.decode(m_encoder.encode(via_msgspec)),
            "msgspec, no checks": lambda: plain_decoder.decode(m_encoder.encode(plain)),
        },
        seconds,
    )
    baseline = times["raw orjson"]
    print(f"{name}: {len(data):,} bytes of JSON; round trip (write + read), ratio = raw orjson / it")
    for peer, taken in times.items():
        print(f"  {peer:22s} {taken * 1e6:9.1f} µs   ratio {baseline / taken:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=1.0, help="time to spend on each measurement")
    args = parser.parse_args()
    for name, document in documents():
        measure(name, document, args.seconds)


if __name__ == "__main__":
    main()
