"""Every typed field of the model refuses a value of another type with a DocumentError naming
the field (issue 12: a wrong value is refused where it is given, not a crash of every writer)."""

from __future__ import annotations

import datetime
import enum
import types
import typing
from typing import Any

import attrs
import pytest

import nghiquyet as nq

_BODY = nq.Organization(name="Văn phòng Thị ủy")
_REFERENCE = nq.Reference(start=0, end=3, notation=nq.Notation.parse("87-NQ/TU"))
_TASK = nq.Task(text="Giao Văn phòng chủ trì", lead=[_BODY], deadline=nq.Deadline(text="trước ngày 30/12/2025"))

#: One instance of every class of the model, from which each field is given a wrong value.
INSTANCES: list[Any] = [
    nq.Document(subject="về tình hình", body=[nq.Paragraph(text="Nội dung")]),
    nq.Signature(signer="Văn Quốc Cường"),
    nq.Recipient(name="Thường trực Tỉnh ủy"),
    nq.Appendix(title="PHỤ LỤC"),
    nq.ParseWarning(message="not placed"),
    _BODY,
    nq.Conference(ordinal=13),
    nq.Notation.parse("706-KL/TU"),
    _REFERENCE,
    nq.BodyMention(start=0, end=3, body=_BODY),
    nq.DateMention(start=0, end=3, date=datetime.date(2023, 10, 6)),
    nq.Deadline(text="trước ngày 30/12/2025"),
    _TASK,
    nq.Paragraph(text="Nội dung"),
    nq.ListItem(text="Nội dung"),
    nq.Division(numbering=nq.Numbering.ROMAN, marker="I."),
    nq.Table(rows=[["a", "b"]]),
]


def _typed(hint: Any) -> type | None:
    """The class a field holds when it is one of the model's own, an enum or a date (None elsewhere)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        classes = [a for a in typing.get_args(hint) if a is not type(None)]
        return _typed(classes[0]) if len(classes) == 1 else None
    if isinstance(hint, type) and (attrs.has(hint) or issubclass(hint, enum.Enum | datetime.date)):
        return hint
    return None


def _fields() -> list[tuple[Any, str, bool]]:
    """(instance, field, whether the field is a tuple of such items) for every typed field."""
    found = []
    for instance in INSTANCES:
        hints = typing.get_type_hints(type(instance))
        for field in attrs.fields(type(instance)):
            if not field.init:
                continue
            hint = hints[field.name]
            if typing.get_origin(hint) is tuple:
                item = typing.get_args(hint)[0]
                if _typed(item) is not None or typing.get_origin(item) in (typing.Union, types.UnionType):
                    found.append((instance, field.name, True))
            elif _typed(hint) is not None:
                found.append((instance, field.name, False))
    return found


FIELDS = _fields()


def test_the_fields_found_include_those_writers_read() -> None:
    names = {(type(i).__name__, f) for i, f, _ in FIELDS}
    assert {("Document", "kind"), ("Document", "date"), ("Document", "recipients"), ("Organization", "parent")} <= names
    assert {("Signature", "authority"), ("Reference", "notation"), ("Task", "deadline")} <= names


@pytest.mark.parametrize(("instance", "field", "many"), FIELDS, ids=[f"{type(i).__name__}.{f}" for i, f, _ in FIELDS])
def test_a_value_of_another_type_is_refused_naming_the_field(instance: Any, field: str, many: bool) -> None:
    wrong: object = ("x",) if many else "x"
    with pytest.raises(nq.DocumentError, match=field):
        attrs.evolve(instance, **{field: wrong})


def _dated(instance: Any) -> bool:
    return any(_typed(hint) is datetime.date for hint in typing.get_type_hints(type(instance)).values())


@pytest.mark.parametrize("instance", [i for i in INSTANCES if _dated(i)], ids=lambda i: type(i).__name__)
def test_a_date_is_a_day_not_a_moment(instance: Any) -> None:
    field = next(n for n, h in typing.get_type_hints(type(instance)).items() if _typed(h) is datetime.date)
    with pytest.raises(nq.DocumentError, match=field):
        attrs.evolve(instance, **{field: datetime.datetime(2023, 10, 6, 9, 30, tzinfo=datetime.UTC)})


def test_a_kind_given_as_its_code_is_refused_not_written() -> None:
    with pytest.raises(nq.DocumentError, match="kind: expected a DocumentKind, got str"):
        nq.Document(kind="KL")  # type: ignore[arg-type]
