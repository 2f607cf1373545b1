"""Hypothesis strategies for every model type, for this library's tests and for yours.

``documents()`` draws whole valid documents; each model type has its own strategy
(``bodies()``, ``notations()``, ``paragraphs()`` …). Everything drawn passes the
model's validators, so a property such as ``from_json(to_json(d)) == d`` can be stated
for all of them::

    from hypothesis import given
    from nghiquyet.testing import documents

    @given(documents())
    def test_round_trip(doc):
        assert nq.from_json(nq.to_json(doc)) == doc

Requires the ``hypothesis`` package: ``pip install 'nghiquyet[testing]'``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import cache, partial
from typing import Any

from hypothesis import strategies as st

from .grammar.labels import KEYWORDS, to_letter
from .grammar.numerals import in_words, to_roman
from .model import (
    BULLETS,
    Appendix,
    Block,
    BodyMention,
    Conference,
    DateMention,
    Deadline,
    Division,
    Document,
    DocumentKind,
    DocumentSystem,
    ListItem,
    Notation,
    Numbering,
    Organization,
    Paragraph,
    ParseWarning,
    Recipient,
    Reference,
    Secrecy,
    Signature,
    SigningAuthority,
    Span,
    Table,
    Task,
    Urgency,
)

__all__ = [
    "appendices",
    "blocks",
    "bodies",
    "conferences",
    "dates",
    "deadlines",
    "divisions",
    "documents",
    "list_items",
    "markers",
    "notations",
    "paragraphs",
    "recipients",
    "references",
    "signatures",
    "spans_for",
    "tables",
    "tasks",
    "texts",
]

_WORDS = (
    "Ban Chấp hành Đảng bộ tỉnh thị xã Thường vụ Tỉnh ủy Văn phòng Thị ủy Nghị quyết Kết luận "
    "thực hiện nhiệm vụ chính trị phương hướng mục tiêu năm 2023 hòa hoà khóa khoá UBND MTTQ "
    "giao chủ trì phối hợp với các cơ quan báo cáo về trước ngày 30/12/2025 quý IV/2023 số 706-KL/TU "
    "ĐẢNG CỘNG SẢN VIỆT NAM – “ ” … ; , . : ( ) - + / % 81,75%"
).split()

# XML 1.0 characters only (the model refuses the rest); surrogates are not characters.
_CHARACTERS = st.characters(
    codec="utf-8",
    exclude_categories=["Cs"],
    exclude_characters="".join(map(chr, [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])),
)


@cache
def texts(*, min_size: int = 1, max_size: int = 60) -> st.SearchStrategy[str]:
    """Text as documents hold it: mostly Vietnamese words, sometimes any XML character."""
    words = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=max(1, max_size // 6)).map(" ".join)
    anything = st.text(_CHARACTERS, min_size=min_size, max_size=max_size)
    return st.one_of(words, words, anything).filter(lambda s: len(s) >= min_size)


@cache
def _names() -> st.SearchStrategy[str]:
    return texts(max_size=40).filter(str.strip)


@cache
def dates() -> st.SearchStrategy[datetime.date]:
    return st.dates(min_value=datetime.date(1930, 2, 3), max_value=datetime.date(2099, 12, 31))


# Codes such as TU, BTCTU, ĐĐQH15, QĐi (from_regex would be much slower to draw).
_CODES = st.tuples(
    st.sampled_from("ABCDĐHKLNQTUV"), st.text("ABCDĐHKLNQTUVir", max_size=5), st.sampled_from(["", "", "1", "15"])
).map("".join)


@cache
def bodies(*, max_depth: int = 2) -> st.SearchStrategy[Organization]:
    """Organisations, with parents up to ``max_depth`` levels."""
    parent = st.none() if max_depth <= 0 else st.none() | st.deferred(lambda: bodies(max_depth=max_depth - 1))
    return st.builds(Organization, name=_names(), parent=parent, code=st.none() | _CODES)


@st.composite
def notations(draw: st.DrawFn) -> Notation:
    """Party notations ("706-KL/TU", blank numbers, joint issuers) and state ones ("11/2026/QĐ-UBND")."""
    number = draw(st.none() | st.integers(1, 999_999))
    padded = 0 if number is None or number >= 10_000 else draw(st.integers(len(str(number)) + 1, 6))
    width = draw(st.sampled_from([0, 0, padded]))
    issuers = draw(st.lists(_CODES, min_size=1, max_size=3))
    if draw(st.booleans()):
        return Notation(number=number, width=width, kind_code=draw(_CODES), issuer_code="-".join(issuers))
    kind_code = draw(st.none() | _CODES)
    issuer_code = issuers[0] if kind_code is None else "-".join(issuers)
    year = draw(st.none() | st.integers(1945, 2099))
    return Notation(
        number=number,
        width=width,
        kind_code=kind_code,
        issuer_code=issuer_code,
        year=year,
        system=DocumentSystem.STATE,
    )


@cache
def conferences() -> st.SearchStrategy[Conference]:
    terms = st.integers(1, 3999).map(to_roman)
    return st.builds(
        Conference, ordinal=st.none() | st.integers(1, 99), body=st.none() | bodies(), term=st.none() | terms
    )


@st.composite
def spans_for(draw: st.DrawFn, text: str) -> tuple[Span, ...]:
    """Sorted, non-overlapping annotations over ``text``."""
    if not text:
        return ()
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=4)))
    result: list[Span] = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if end > start:
            result.append(draw(_span_makers())(start, end))
    return tuple(result)


@cache
def _span_makers() -> st.SearchStrategy[Callable[[int, int], Span]]:
    """Spans drawn without their offsets, which depend on the text they annotate."""
    return st.one_of(
        _reference_fields().map(lambda fields: partial(Reference, **fields)),
        bodies(max_depth=1).map(lambda body: partial(BodyMention, body=body)),
        dates().map(lambda date: partial(DateMention, date=date)),
    ).map(lambda make: lambda start, end: make(start=start, end=end))


@cache
def _reference_fields() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "kind": st.none() | st.sampled_from(DocumentKind),
            "notation": st.none() | notations(),
            "date": st.none() | dates(),
            "issuer": st.none() | bodies(max_depth=1),
            "title": st.none() | texts(),
        }
    )


def references(*, start: int = 0, end: int = 1) -> st.SearchStrategy[Reference]:
    """References spanning ``start`` to ``end`` of their text."""
    return _reference_fields().map(lambda fields: Reference(start=start, end=end, **fields))


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    text = draw(texts(max_size=200))
    return Paragraph(text=text, spans=draw(spans_for(text)))


@cache
def deadlines() -> st.SearchStrategy[Deadline]:
    return st.builds(Deadline, text=texts(), date=st.none() | dates())


@st.composite
def tasks(draw: st.DrawFn) -> Task:
    text = draw(texts(max_size=200))
    return Task(
        text=text,
        spans=draw(spans_for(text)),
        lead=draw(st.lists(bodies(max_depth=1), max_size=3)),
        partners=draw(st.lists(bodies(max_depth=1), max_size=3)),
        report_to=draw(st.none() | bodies(max_depth=1)),
        deadline=draw(st.none() | deadlines()),
    )


@cache
def tables() -> st.SearchStrategy[Table]:
    return st.builds(Table, rows=st.lists(st.lists(texts(min_size=0), min_size=1, max_size=4), max_size=4))


def _keyword_marker(numbering: Numbering, value: int, *, words: bool) -> st.SearchStrategy[str]:
    word = KEYWORDS[numbering]
    numbers = [str(value), to_roman(value)] + ([f"thứ {in_words(value, ordinal=True)}"] if words else [])
    return st.builds(
        lambda case, number, punctuation: case(f"{word} {number}") + punctuation,
        st.sampled_from([str.upper, lambda printed: printed]),
        st.sampled_from(numbers),
        st.sampled_from(["", ".", ":"]),
    )


_PRINTERS: dict[Numbering, Callable[[int], st.SearchStrategy[str]]] = {
    Numbering.PART: partial(_keyword_marker, Numbering.PART, words=True),
    Numbering.CHAPTER: partial(_keyword_marker, Numbering.CHAPTER, words=True),
    Numbering.SECTION: partial(_keyword_marker, Numbering.SECTION, words=False),
    Numbering.ARTICLE: lambda n: st.just(f"Điều {n}."),
    Numbering.CLAUSE: lambda n: st.just(f"Khoản {n}."),
    Numbering.UPPER_LETTER: lambda n: st.sampled_from([f"{to_letter(n).upper()}.", f"{to_letter(n).upper()}-"]),
    Numbering.ROMAN: lambda n: st.sampled_from([f"{to_roman(n)}.", f"{to_roman(n)}-", to_roman(n)]),
    Numbering.ARABIC: lambda n: st.sampled_from([f"{n}.", f"{n}-", f"{n})"]),
    Numbering.DECIMAL: lambda n: st.lists(st.integers(1, 20), min_size=1, max_size=3).map(
        lambda head: ".".join(map(str, [*head, n])) + "."
    ),
    Numbering.PARENTHESISED: lambda n: st.just(f"({n})"),
    Numbering.LETTER: lambda n: st.sampled_from([f"{to_letter(n)})", f"{to_letter(n)}.", f"{to_letter(n)}-"]),
}
# Ordinals in one word ("thứ nhất" … "thứ mười"); letters run to "y".
_HIGHEST = {Numbering.PART: 10, Numbering.CHAPTER: 10, Numbering.LETTER: 6, Numbering.UPPER_LETTER: 6}


@st.composite
def markers(draw: st.DrawFn, numbering: Numbering | None = None) -> tuple[Numbering, str, int]:
    """A division marker printed as documents print it ("PHẦN THỨ HAI", "IV.", "1.2.", "đ)"): its
    level, the marker, and the number it stands for."""
    level = numbering if numbering is not None else draw(st.sampled_from(Numbering))
    value = draw(st.integers(1, _HIGHEST.get(level, 39)))
    return level, draw(_PRINTERS[level](value)), value


@st.composite
def divisions(draw: st.DrawFn, *, max_depth: int = 2) -> Division:
    numbering = draw(st.sampled_from(Numbering))
    return Division(
        numbering=numbering,
        marker=draw(markers(numbering))[1],
        heading=draw(st.none() | texts(max_size=80)),
        children=draw(st.lists(blocks(max_depth=max_depth - 1), max_size=3)),
    )


@st.composite
def list_items(draw: st.DrawFn, *, max_depth: int = 1) -> ListItem:
    text = draw(texts(max_size=120))
    children = draw(st.lists(list_items(max_depth=max_depth - 1), max_size=2)) if max_depth > 0 else []
    return ListItem(
        marker=draw(st.sampled_from(sorted(BULLETS))), text=text, spans=draw(spans_for(text)), children=children
    )


@cache
def blocks(*, max_depth: int = 2) -> st.SearchStrategy[Block]:
    """Any block; divisions nest up to ``max_depth`` levels."""
    leaves: st.SearchStrategy[Block] = st.one_of(paragraphs(), tasks(), tables(), list_items())
    if max_depth <= 0:
        return leaves
    return st.one_of(leaves, divisions(max_depth=max_depth))


@cache
def recipients() -> st.SearchStrategy[Recipient]:
    return st.builds(Recipient, name=_names(), purpose=st.none() | texts(max_size=30))


@cache
def signatures() -> st.SearchStrategy[Signature]:
    optional = st.none() | texts(max_size=40)
    return st.builds(
        Signature,
        authority=st.none() | st.sampled_from(SigningAuthority),
        on_behalf_of=optional,
        position=optional,
        signer=optional,
        note=st.none() | st.just("(Đã ký)"),
    )


@cache
def appendices() -> st.SearchStrategy[Appendix]:
    return st.builds(Appendix, title=st.none() | texts(), body=st.lists(blocks(max_depth=1), max_size=3))


@cache
def _warnings() -> st.SearchStrategy[ParseWarning]:
    return st.builds(ParseWarning, message=texts(), line=st.none() | st.integers(1, 100_000))


def documents(**overrides: Any) -> st.SearchStrategy[Document]:
    """Whole valid documents. Pass a strategy for any field to pin it, e.g. ``body=st.just(())``."""
    optional_text = st.none() | texts(max_size=80)
    fields: dict[str, st.SearchStrategy[Any]] = {
        "kind": st.none() | st.sampled_from(DocumentKind),
        "system": st.sampled_from(DocumentSystem),
        "issuer": st.none() | bodies(),
        "notation": st.none() | notations(),
        "place": optional_text,
        "date": st.none() | dates(),
        "date_text": optional_text,
        "title": optional_text,
        "subject": st.none() | texts(max_size=200),
        "conference": st.none() | conferences(),
        "preamble": st.lists(blocks(max_depth=0), max_size=2),
        "body": st.lists(blocks(), max_size=4),
        "signatures": st.lists(signatures(), max_size=2),
        "recipients": st.lists(recipients(), max_size=4),
        "appendices": st.lists(appendices(), max_size=1),
        "secrecy": st.none() | st.sampled_from(Secrecy),
        "urgency": st.none() | st.sampled_from(Urgency),
        "circulation": st.none() | st.just("Lưu hành nội bộ"),
        "draft": st.booleans(),
        "copies": st.none() | st.integers(1, 500),
        "typist": st.none() | st.text("ABCDĐHKLMNQTUV", min_size=2, max_size=4),
        "warnings": st.lists(_warnings(), max_size=2),
    }
    fields.update(overrides)
    return _documents_from(fields)


@st.composite
def _documents_from(draw: st.DrawFn, fields: dict[str, st.SearchStrategy[Any]]) -> Document:
    values = draw(st.fixed_dictionaries(fields))
    if "subject_spans" not in values:  # annotations of the subject drawn, so they fit it
        values["subject_spans"] = draw(spans_for(values["subject"] or ""))
    return Document(**values)
