"""The JSON format's codec for the registry: read, write and check bytes."""

from __future__ import annotations

import codecs
import re

import attrs

from ...errors import FormatError
from ...model import Document
from .._checked import Checked, Locator, problem
from .._registry import utf16_without_bom
from . import from_json, to_json

__all__ = ["check", "json_bytes", "read", "write"]

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def json_bytes(data: bytes) -> bytes:
    """JSON as the BOM-less UTF-8 the JSON reader takes.

    RFC 8259 lets a reader ignore a byte order mark, and Windows tools write one (and
    "Unicode" means UTF-16 there, with or without the mark: JSON starts in ASCII, so UTF-16
    shows by its zero bytes); bytes that do not decode are left for the reader to refuse.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    encoding = "utf-16" if data.startswith(_UTF16_BOMS) else utf16_without_bom(data)
    if encoding is not None:
        try:
            return data.decode(encoding).encode("utf-8")
        except UnicodeError:
            return data
    return data


def read(data: bytes) -> Document:
    return from_json(json_bytes(data))


def write(document: Document) -> bytes:
    return to_json(document, indent=True) + b"\n"


# A string (with the colon that makes it a key), or a bracket; strings are matched whole
# so that brackets inside them do not count.
_JSON_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"(\s*:)?|[{}\[\]]')


def _top_level_keys(text: str) -> dict[str, int]:
    """The offset of each key of the outermost JSON object (a nested "date" is not the document's)."""
    keys: dict[str, int] = {}
    depth = 0
    for token in _JSON_TOKEN.finditer(text):
        first = token.group()[0]
        if first in "{[":
            depth += 1
        elif first in "}]":
            depth -= 1
        elif depth == 1 and token.group(2):
            keys.setdefault(token.group(1), token.start())
    return keys


def _locator(text: str) -> Locator:
    """JSON keeps no positions: place a finding at the line of its top-level key."""
    keys: dict[str, int] | None = None  # scanned on the first finding: most files have none

    def locate(where: str) -> tuple[int | None, int | None, str | None]:
        nonlocal keys
        keys = _top_level_keys(text) if keys is None else keys
        offset = keys.get(where.split(".", 1)[0].split("[", 1)[0])
        line = None if offset is None else text.count("\n", 0, offset) + 1
        return line, None, "$." + where

    return locate


def check(data: bytes) -> Checked:
    """The JSON reader's verdict on ``data``: syntax (with line and column) or schema (with a JSON path)."""
    data = json_bytes(data)
    try:
        document = from_json(data)
    except FormatError as error:
        if error.path is None and error.line is not None:
            return Checked(document=None, problems=(problem("json-syntax", error),))
        found = problem("json-schema", error)
        if found.line is None:
            text = data.decode("utf-8", "replace")
            path = error.path or "$"
            line = _locator(text)(path[2:])[0] if path.startswith("$.") else None
            if line is None:  # the document as a whole, or a key it lacks: where it starts
                line = text.count("\n", 0, len(text) - len(text.lstrip())) + 1
            found = attrs.evolve(found, line=line)
        return Checked(document=None, problems=(found,))
    return Checked(document=document, locate=_locator(data.decode("utf-8", "replace")))
