"""Field helpers shared by the model classes: NFC text, XML-safe characters, numbers."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from ..errors import DocumentError

__all__ = [
    "a_date",
    "as_tuple",
    "checks_text",
    "default_passes",
    "items_of",
    "nfc",
    "nfc_or_none",
    "one_of",
    "only_checks_type",
    "passes_on_default",
    "positive",
    "text",
    "text_or_none",
    "type_check",
    "xml_safe",
]

# Characters XML 1.0 cannot carry: C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
V = TypeVar("V", bound=Validator)


def type_check(validator: V) -> V:
    """Mark ``validator`` as one that refuses a value only when it is not of the field's
    annotated type (or None where the field is optional), whatever the other fields hold.

    A reader that builds every value with exactly that type (the generated JSON reader)
    has made the check already and skips the call; ``__init__`` still runs it.
    """
    validator.only_checks_type = True  # type: ignore[attr-defined]
    return validator


def only_checks_type(validator: object) -> bool:
    """Whether ``validator`` was marked by :func:`type_check`."""
    return getattr(validator, "only_checks_type", False) is True


def default_passes(validator: V) -> V:
    """Mark ``validator`` as one that the field's default passes, whatever the other fields
    hold, and that then changes nothing: a reader that left the default in place skips it."""
    validator.default_passes = True  # type: ignore[attr-defined]
    return validator


def passes_on_default(validator: object) -> bool:
    """Whether ``validator`` was marked by :func:`default_passes`."""
    return getattr(validator, "default_passes", False) is True


def nfc(value: str) -> str:
    """Return ``value`` in Unicode NFC (real files mix NFD and NFC)."""
    if not isinstance(value, str):
        raise DocumentError(f"expected a string, got {type(value).__name__}")
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def nfc_or_none(value: str | None) -> str | None:
    return None if value is None else nfc(value)


def xml_safe(_instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Reject characters that XML 1.0 cannot carry, so every document can be written as XML."""
    if value is None:
        return
    bad = _NOT_XML.search(value)
    if bad is not None:
        raise DocumentError(
            f"{attribute.name}: character U+{ord(bad.group()):04X} at offset {bad.start()} cannot be stored in XML"
        )


@default_passes
def positive(_instance: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Numbers printed on documents (số, lần thứ, copies) start at 1."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise DocumentError(f"{attribute.name}: expected a whole number, got {value!r}")
    if not 1 <= value <= 999_999:
        raise DocumentError(f"{attribute.name}: {value} is not a possible number (1 to 999999)")


def _text(value: object, attribute: attrs.Attribute[Any]) -> str:
    """:func:`nfc` and :func:`xml_safe` in one call: text fields are the bulk of a document."""
    if not isinstance(value, str):
        raise DocumentError(f"expected a string, got {type(value).__name__}")
    if not (value.isascii() or unicodedata.is_normalized("NFC", value)):
        value = unicodedata.normalize("NFC", value)
    # Every character XML refuses is unprintable: printable text needs no closer look.
    if not value.isprintable():
        xml_safe(None, attribute, value)
    return value


def _text_or_none(value: Any, attribute: attrs.Attribute[Any]) -> str | None:
    return None if value is None else _text(value, attribute)


_TEXT = attrs.Converter(_text, takes_field=True)
_TEXT_OR_NONE = attrs.Converter(_text_or_none, takes_field=True)


def checks_text(field: attrs.Attribute[Any]) -> bool:
    """Whether ``field`` is a text field, whose converter refuses anything but a string."""
    return field.converter is _TEXT or field.converter is _TEXT_OR_NONE


def text(**kwargs: Any) -> Any:
    """A required text field: stored NFC, XML-safe."""
    return attrs.field(converter=_TEXT, **kwargs)


def text_or_none(**kwargs: Any) -> Any:
    """An optional text field: stored NFC, XML-safe, ``None`` when absent."""
    return attrs.field(default=None, converter=_TEXT_OR_NONE, **kwargs)


def as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Sequences are stored as tuples, so documents stay immutable and hashable."""
    if type(value) is tuple:  # already immutable: the common case when reading
        return value
    if isinstance(value, str | bytes):
        raise DocumentError(f"expected a sequence of items, got {type(value).__name__}")
    return tuple(value)


def one_of(kind: type, *, optional: bool = True) -> Validator:
    """A validator: the value is a ``kind`` (or None when ``optional``); anything else is a
    :class:`~nghiquyet.DocumentError` naming the field, not a crash of a writer later."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind) and not (optional and value is None):
            raise DocumentError(f"{attribute.name}: expected a {kind.__name__}, got {type(value).__name__}")

    return type_check(check)


def items_of(kind: type) -> Validator:
    """A validator of a tuple field: every item is a ``kind``."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], values: tuple[Any, ...]) -> None:
        for value in values:
            if not isinstance(value, kind):
                raise DocumentError(f"{attribute.name}: expected {kind.__name__} items, got {type(value).__name__}")

    return type_check(check)


@type_check
def a_date(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A calendar day or None: a ``datetime`` (a time of day, a time zone) is not a printed date."""
    if value is not None and (not isinstance(value, datetime.date) or isinstance(value, datetime.datetime)):
        raise DocumentError(f"{attribute.name}: expected a datetime.date, got {type(value).__name__}")
