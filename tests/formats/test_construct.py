"""Generated constructors build what the classes' own __init__ builds, and refuse what it refuses.

The XML reader builds the model with them (text parsed by libxml2 cannot hold a character
XML refuses); a constructor laxer than attrs' __init__ would let a broken document through.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

import nghiquyet as nq
from nghiquyet.formats._construct import constructor
from nghiquyet.formats.xml import _read
from nghiquyet.model._fields import checks_text
from nghiquyet.testing import documents

_CLASSES = (
    nq.Document,
    nq.Organization,
    nq.Conference,
    nq.Signature,
    nq.Recipient,
    nq.Appendix,
    nq.ParseWarning,
    nq.Deadline,
    nq.Division,
    nq.Paragraph,
    nq.ListItem,
    nq.Task,
    nq.Table,
    nq.Reference,
    nq.BodyMention,
    nq.DateMention,
    nq.Notation,
)
_MADE = {cls: constructor(cls) for cls in _CLASSES}
_TYPED = {cls: constructor(cls, typed=True) for cls in _CLASSES}


def _objects(value: Any) -> list[Any]:
    """Every model object in ``value``, depth first."""
    found = []
    if attrs.has(type(value)):
        found.append(value)
        for field in attrs.fields(type(value)):
            found += _objects(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            found += _objects(item)
    return found


def _fields(obj: Any) -> dict[str, Any]:
    return {field.alias: getattr(obj, field.name) for field in attrs.fields(type(obj)) if field.init}


def _outcome(make: Any, fields: dict[str, Any]) -> tuple[bool, Any]:
    try:
        return True, make(**fields)
    except Exception as exc:  # noqa: BLE001 - any failure counts as a refusal
        return False, type(exc)


@given(documents())
def test_constructors_build_what_init_builds(doc: nq.Document) -> None:
    for obj in _objects(doc):
        if type(obj) in _MADE:
            for made in (_MADE[type(obj)](**_fields(obj)), _TYPED[type(obj)](**_fields(obj))):
                assert made == obj
                assert getattr(made, "_depth", None) == getattr(obj, "_depth", None)


# Characters XML cannot carry are left out: the constructors are for text libxml2 has
# parsed, and it refuses them (see the last test).
_VALUES = st.sampled_from([None, "", " ", 0, -1, 12, True, "I.", "a)", "-", "Cafe\u0301", (), [1]])


@given(documents(), st.data())
def test_constructors_refuse_what_init_refuses(doc: nq.Document, data: st.DataObject) -> None:
    objects = [obj for obj in _objects(doc) if type(obj) in _MADE]
    obj = data.draw(st.sampled_from(objects), label="object")
    fields = _fields(obj)
    name = data.draw(st.sampled_from(sorted(fields)), label="field")
    fields[name] = data.draw(_VALUES, label="value")
    made, built = _outcome(_MADE[type(obj)], fields), _outcome(type(obj), fields)
    assert made[0] == built[0], f"constructor {made}, __init__ {built}"
    if made[0]:
        assert made[1] == built[1]
        for field in attrs.fields(type(obj)):
            value = getattr(made[1], field.name)
            if checks_text(field) and value is not None:
                assert unicodedata.is_normalized("NFC", value)


@given(st.sampled_from(["&#1;", "&#x1F;", "&#xFFFE;", "&#xFFFF;", "\x01", "\ufffe", "\uffff"]))
def test_parsed_xml_holds_no_character_xml_refuses(character: str) -> None:
    xml = nq.to_xml(nq.Document(subject="x")).replace(b">x<", f">x{character}<".encode())
    try:
        nq.from_xml(xml)
    except nq.FormatError:
        return
    raise AssertionError(f"{character!r} was read")


def _held_to_init(made: Any) -> Any:
    def make(**fields: Any) -> Any:
        built = made(**fields)
        expected = type(built)(**fields)  # raises where a validator the walk skips would refuse
        assert built == expected
        assert getattr(built, "_depth", None) == getattr(expected, "_depth", None)
        return built

    return make


@given(documents())
def test_the_xml_walk_passes_only_what_init_takes(doc: nq.Document) -> None:
    # The XML walk's constructors are typed: they skip the validators that check only a
    # value's type, so every value the walk passes must be one attrs' __init__ takes too.
    generated = {
        name: value
        for name, value in vars(_read).items()
        if getattr(getattr(value, "__code__", None), "co_filename", "").startswith("<nghiquyet generated")
    }
    assert len(generated) >= len(_CLASSES) - 1  # every class but Table, which the walk builds itself
    _read._body.cache_clear()  # cached bodies would not pass through the constructor
    try:
        for name, made in generated.items():
            setattr(_read, name, _held_to_init(made))
        assert nq.from_xml(nq.to_xml(doc)) == doc
    finally:
        for name, made in generated.items():
            setattr(_read, name, made)
        _read._body.cache_clear()
