"""What the JSON format's two paths share: the tags of the unions and how values are
written on the wire (enums by code, dates as YYYY-MM-DD, notations as printed)."""

from __future__ import annotations

import datetime
import enum
import re
from typing import Any

from ...model import BodyMention, DateMention, Division, ListItem, Notation, Paragraph, Reference, Table, Task

__all__ = ["BLOCK_TYPES", "SPAN_TYPES", "TAGS", "describe", "structure_date", "structure_notation", "wire_value"]

BLOCK_TYPES = (Division, Paragraph, ListItem, Task, Table)
SPAN_TYPES = (Reference, BodyMention, DateMention)
TAGS: dict[type, str] = {
    Division: "division",
    Paragraph: "paragraph",
    ListItem: "list_item",
    Task: "task",
    Table: "table",
    Reference: "reference",
    BodyMention: "body_mention",
    DateMention: "date_mention",
}


def describe(value: Any) -> str:
    """What a JSON value is, in words: \"a string\", \"an array\" …"""
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "an array"}.get(
        type(value), "an object"
    )


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def structure_date(value: Any, _type: Any) -> datetime.date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise TypeError(f"expected a date as YYYY-MM-DD, got {describe(value)}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None


def structure_notation(value: Any, _type: Any) -> Notation:
    if not isinstance(value, str):
        raise TypeError(f"expected a notation string such as '706-KL/TU', got {describe(value)}")
    return Notation.parse(value)


def wire_value(member: enum.Enum) -> str:
    code = getattr(member, "code", member.value)
    return str(code)
