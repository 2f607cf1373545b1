"""JSON: the document as a JSON object, written and read with cattrs and orjson.

The wire form is the model's own field names, with a ``"format"`` key naming the format
version. Body blocks and spans are tagged unions (``"type": "division"`` …). Reading is
strict: no coercion (``12`` is not ``"12"``, ``"false"`` is not ``False``), unknown keys
and unknown tags are refused, and every failure is a :class:`~nghiquyet.errors.FormatError`
naming the JSON path in wire names, e.g. ``$.body[2].children[0].heading: expected a string``.
A JSON Schema of this format ships in the package (:func:`json_schema`).
"""

from __future__ import annotations

import contextlib
import json as _stdlib_json
import re
from functools import cache
from importlib import resources
from typing import Any

import orjson

from ...errors import DocumentError, FormatError
from ...model import Document
from ._generated import reader, writer, xml_safe_json
from ._wire import describe

__all__ = ["FORMAT", "from_json", "json_schema", "to_json"]

#: The value of the ``"format"`` key of every document this version writes and reads.
FORMAT = "nghiquyet/1"


@cache
def _reader(*, clean: bool) -> Any:
    """The generated reader of clean input (see from_json) or of any other, each generated
    on first use, not on import."""
    return reader(clean=clean)


@cache
def _writer() -> Any:
    """The generated writer, on first use."""
    return writer({"format": FORMAT})


@cache
def _detailed() -> Any:
    """cattrs' detailed converter, which only explains a failure (cattrs is imported then)."""
    from ._converters import json_converter

    return json_converter()


def to_json(document: Document, *, indent: bool = False) -> bytes:
    """The document as JSON: UTF-8 bytes, compact or indented by two spaces."""
    if not isinstance(document, Document):
        raise TypeError(f"to_json expects a Document, got {type(document).__name__}")
    return orjson.dumps(_writer()(document), option=orjson.OPT_INDENT_2 if indent else 0)


def from_json(data: str | bytes) -> Document:
    """Read a document from JSON (bytes, or str); raises :class:`FormatError` naming the JSON path.

    Bytes are read as they are; a str is encoded to UTF-8 first (orjson reads a str much
    more slowly than the same text as bytes).
    """
    if isinstance(data, str):
        with contextlib.suppress(UnicodeEncodeError):  # orjson refuses such a str below
            data = data.encode("utf-8")
    elif not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"from_json expects JSON as bytes or str, got {type(data).__name__}")
    try:
        payload = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise FormatError(f"not valid JSON: {exc.msg}", line=exc.lineno, column=exc.colno) from None
    if not isinstance(payload, dict):
        raise FormatError(f"expected a JSON object, got {describe(payload)}", path="$")
    version = payload.pop("format", None)
    if version != FORMAT:
        found = "no format key" if version is None else f"format {version!r}"
        raise FormatError(f"expected format {FORMAT!r}, found {found}", path="$.format")
    # Strings of clean input cannot hold a character XML refuses: the reader skips that test.
    read = _reader(clean=isinstance(data, bytes) and xml_safe_json(data))
    try:
        document: Document = read(payload)
        return document
    except Exception:  # noqa: BLE001 - any failure of the fast pass: the detailed pass below explains it
        pass
    raise _explain(payload)


def _explain(payload: dict[str, Any]) -> FormatError:
    from cattrs import transform_error

    try:
        _detailed().structure(payload, Document)
    except Exception as exc:  # noqa: BLE001 - cattrs groups every kind of failure; explained from exc
        messages = transform_error(exc, path="$", format_exception=_format_exception)
        first = messages[0] if messages else str(exc)
        message, _, path = first.rpartition(" @ ")
        message, path = message or first, path or "$"
        # The model's own checks name their field first ("copies: …"): make it part of the path.
        if field := re.match(r"(\w+): ", message):
            path, message = f"{path}.{field.group(1)}", message[field.end() :]
        more = f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""
        return FormatError(f"{message}{more}", path=path)
    return FormatError("the document could not be read", path="$")  # pragma: no cover - fast pass failed alone


def _format_exception(exc: BaseException, _type: type | None) -> str:
    from cattrs.errors import ForbiddenExtraKeysError

    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown key(s): {', '.join(sorted(exc.extra_fields))}"
    if isinstance(exc, KeyError):
        return f"required key missing: {exc.args[0]}" if exc.args else "required key missing"
    if isinstance(exc, DocumentError | TypeError | ValueError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


@cache
def _schema_text() -> str:
    return resources.files("nghiquyet.formats.schemas").joinpath("nghiquyet-1.schema.json").read_text("utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of this format, as shipped in the package."""
    schema: dict[str, Any] = _stdlib_json.loads(_schema_text())
    return schema
