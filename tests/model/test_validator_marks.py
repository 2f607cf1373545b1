"""The marks on the model's validators hold: what a reader may skip it can really skip.

A validator marked ``type_check`` refuses only values not of the field's type, whatever
the other fields hold: given any instance, it accepts the value another instance of the
class holds there. A validator marked ``default_passes`` accepts the field's default on
any instance and changes nothing. The generated JSON reader relies on both (it skips the
first kind, and the second when the default is in place).
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nghiquyet as nq
from nghiquyet.errors import DocumentError
from nghiquyet.model import _fields
from nghiquyet.model._fields import only_checks_type, passes_on_default
from nghiquyet.testing import documents


def _instances(node: Any, found: dict[type, list[Any]]) -> dict[type, list[Any]]:
    """Every model instance under ``node``, by class."""
    if attrs.has(type(node)):
        found.setdefault(type(node), []).append(node)
        for field in attrs.fields(type(node)):
            _instances(getattr(node, field.name), found)
    elif isinstance(node, tuple):
        for item in node:
            _instances(item, found)
    return found


def _marked(cls: type, mark: Any) -> list[tuple[attrs.Attribute[Any], Any]]:
    marked = []
    for field in attrs.fields(cls):
        for part in getattr(field.validator, "_validators", (field.validator,)):
            if part is not None and mark(part):
                marked.append((field, part))
    return marked


def _slots(instance: Any) -> dict[str, Any]:
    return {name: getattr(instance, name) for name in type(instance).__slots__ if name != "__weakref__"}


def test_the_model_marks_validators_of_both_kinds() -> None:
    classes = [nq.Document, nq.Task, nq.Division, nq.Paragraph, nq.Reference, nq.Conference, nq.Organization]
    assert any(_marked(cls, only_checks_type) for cls in classes)
    assert any(_marked(cls, passes_on_default) for cls in classes)


@given(documents(), st.data())
def test_type_checks_accept_any_value_of_the_type(doc: nq.Document, data: st.DataObject) -> None:
    for cls, instances in _instances(doc, {}).items():
        for field, validator in _marked(cls, only_checks_type):
            instance = data.draw(st.sampled_from(instances), label=f"{cls.__name__} instance")
            donor = data.draw(st.sampled_from(instances), label=f"{cls.__name__} donor")
            validator(instance, field, getattr(donor, field.name))


@given(documents())
def test_defaults_pass_and_change_nothing(doc: nq.Document) -> None:
    for cls, instances in _instances(doc, {}).items():
        for field, validator in _marked(cls, passes_on_default):
            for instance in instances:
                before = _slots(instance)
                validator(instance, field, field.default)
                assert _slots(instance) == before


def test_a_type_check_still_refuses_another_type() -> None:
    with pytest.raises(DocumentError, match="issuer"):
        nq.Document(issuer="Thị ủy")  # type: ignore[arg-type]
    assert only_checks_type(_fields.one_of(nq.Organization))
    assert not only_checks_type(_fields.positive)
    assert passes_on_default(_fields.positive)
