"""The checks every peer of benchmarks/peers.py makes, as nghiquyet's model makes them."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Literal

import nghiquyet as nq
from nghiquyet.formats.json._wire import wire_value
from nghiquyet.grammar.labels import is_marker
from nghiquyet.model.blocks import BULLETS, MAX_DEPTH

__all__ = [
    "BULLETS",
    "ROMAN",
    "Authority",
    "Kind",
    "Numbering",
    "Secrecy",
    "System",
    "Urgency",
    "depth",
    "marker",
    "nesting",
    "notation",
    "optional_text",
    "positive",
    "spans_fit",
    "text",
]

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


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
    if not is_marker(nq.Numbering(numbering), value):
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
