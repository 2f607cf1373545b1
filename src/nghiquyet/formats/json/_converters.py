"""The cattrs converters of the JSON format: one fast, one detailed.

``from_json`` tries the fast converter first; only when it fails does the detailed one
(cattrs' detailed validation, which knows the JSON path) read the same payload again, to
explain the failure. Both take and refuse exactly the same input (a property test holds
them to it). The fast converter's hooks take one call per node where cattrs' general ones
take two or three, and hand text straight to the model's converters, which check it.
"""

from __future__ import annotations

import datetime
import enum
import operator
import re
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs
from cattrs import BaseConverter
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn_from_attrs, override
from cattrs.preconf.orjson import OrjsonConverter, make_converter
from cattrs.strategies import configure_tagged_union

from ...model import (
    Block,
    BodyMention,
    DateMention,
    Division,
    ListItem,
    Notation,
    Paragraph,
    Reference,
    Span,
    Table,
    Task,
)
from ...model._fields import checks_text

__all__ = ["describe", "json_converter"]

_BLOCK_TYPES = (Division, Paragraph, ListItem, Task, Table)
_SPAN_TYPES = (Reference, BodyMention, DateMention)
_TAGS: dict[type, str] = {
    Division: "division",
    Paragraph: "paragraph",
    ListItem: "list_item",
    Task: "task",
    Table: "table",
    Reference: "reference",
    BodyMention: "body_mention",
    DateMention: "date_mention",
}


def _expect(kind: type | tuple[type, ...], what: str) -> Any:
    def structure(value: Any, _type: Any) -> Any:
        # bool is an int in Python; JSON true is not a number here.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"expected {what}, got {describe(value)}")
        return value

    return structure


def describe(value: Any) -> str:
    """What a JSON value is, in words: \"a string\", \"an array\" …"""
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "an array"}.get(
        type(value), "an object"
    )


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _structure_date(value: Any, _type: Any) -> datetime.date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise TypeError(f"expected a date as YYYY-MM-DD, got {describe(value)}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None


def _structure_notation(value: Any, _type: Any) -> Notation:
    if not isinstance(value, str):
        raise TypeError(f"expected a notation string such as '706-KL/TU', got {describe(value)}")
    return Notation.parse(value)


def _structure_enum(enum_type: type[enum.Enum], wire: dict[str, enum.Enum]) -> Any:
    names = ", ".join(sorted(wire))

    def structure(value: Any, _type: Any) -> enum.Enum:
        if not isinstance(value, str):
            raise TypeError(f"expected one of {names}, got {describe(value)}")
        try:
            return wire[value]
        except KeyError:
            raise ValueError(f"{value!r} is not one of {names}") from None

    return structure


def _wire_value(member: enum.Enum) -> str:
    code = getattr(member, "code", member.value)
    return str(code)


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def _enum_to_wire(enum_type: type[enum.Enum]) -> Any:
    wire = {member: _wire_value(member) for member in enum_type}
    if all(value == member._value_ for member, value in wire.items()):
        return operator.attrgetter("_value_")  # no Python-level hash or property on the way
    return wire.__getitem__


def json_converter(*, detailed: bool) -> OrjsonConverter:
    # The fast converter hands text straight to the model's text converters, which check
    # the type themselves; the detailed one checks it first, to word the error.
    converter = make_converter(
        forbid_extra_keys=True,
        omit_if_default=True,
        detailed_validation=detailed,
        prefer_attrib_converters=not detailed,
    )
    converter.register_structure_hook(str, _expect(str, "a string"))
    converter.register_structure_hook(int, _expect(int, "a whole number"))
    converter.register_structure_hook(bool, _expect(bool, "true or false"))
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_unstructure_hook(Notation, str)
    converter.register_structure_hook(Notation, _structure_notation)
    converter.register_unstructure_hook_factory(_is_enum, _enum_to_wire)
    converter.register_structure_hook_factory(_is_enum, lambda t: _structure_enum(t, {_wire_value(m): m for m in t}))
    if detailed:
        converter.register_structure_hook_factory(attrs.has, _object_of)
        converter.register_structure_hook_factory(_is_tuple, _array_of)
        for union, members in ((Span, _SPAN_TYPES), (Block, _BLOCK_TYPES)):
            configure_tagged_union(union, converter, tag_generator=_TAGS.__getitem__, tag_name="type")
            _check_tags(converter, union, {_TAGS[m] for m in members})
    else:
        converter.register_structure_hook_factory(_is_optional, _optional_of)
        converter.register_structure_hook_factory(_is_tuple, _fast_array_of)
        converter.register_unstructure_hook_factory(_is_tuple, _unstructure_array_of)
        converter.register_unstructure_hook_factory(_is_optional, _unstructure_optional)
        converter.register_unstructure_hook_factory(attrs.has, _unstructure_fields)
        converter.register_structure_hook_factory(attrs.has, _text_to_converters)
        for union, members in ((Span, _SPAN_TYPES), (Block, _BLOCK_TYPES)):
            _tagged_union(converter, union, members)
    return converter


def _is_tuple(type_: Any) -> bool:
    origin: Any = get_origin(type_)
    return origin is tuple


def _array_of(type_: Any, converter: BaseConverter) -> Any:
    """Sequences are JSON arrays: an object or a string is not silently iterated."""
    structure_items = homogenous_tuple_structure_factory(type_, converter)

    def structure(value: Any, _type: Any) -> Any:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, got {describe(value)}")
        return structure_items(value, _type)

    return structure


def _object_of(cls: type, converter: BaseConverter) -> Any:
    """Objects are JSON objects: a string is not searched for key names."""
    structure_fields: Any = make_dict_structure_fn(cls, converter)

    def structure(value: Any, type_: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {describe(value)}")
        return structure_fields(value, type_)

    return structure


def _check_tags(converter: OrjsonConverter, union: Any, tags: set[str]) -> None:
    """Name an unknown or missing ``"type"`` tag as such, not as a missing key."""
    structure_tagged = converter.get_structure_hook(union)
    names = ", ".join(sorted(tags))

    def structure(value: Any, type_: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {describe(value)}")
        tag = value.get("type")
        if not isinstance(tag, str) or tag not in tags:
            found = "no type" if tag is None else f"type {tag!r}"
            raise ValueError(f"expected a type of {names}; found {found}")
        return structure_tagged(value, type_)

    converter.register_structure_hook(union, structure)


# The fast converter's hooks: one call per node where cattrs' general ones take two or
# three. They only have to tell good input from bad: _DETAILED explains what is bad.


def _is_optional(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) in (UnionType, Union) and len(args) == 2 and NoneType in args


def _optional_of(type_: Any, converter: BaseConverter) -> Any:
    (inner_type,) = (arg for arg in get_args(type_) if arg is not NoneType)
    inner: Any = None  # looked up on first use: the inner type may be the class being built

    def structure(value: Any, _type: Any) -> Any:
        nonlocal inner
        if value is None:
            return None
        if inner is None:
            inner = converter.get_structure_hook(inner_type)
        return inner(value, inner_type)

    return structure


def _fast_array_of(type_: Any, converter: BaseConverter) -> Any:
    item_type = get_args(type_)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: Any, _type: Any) -> tuple[Any, ...]:
        if value.__class__ is not list:
            raise TypeError(f"expected an array, got {describe(value)}")
        return tuple([structure_item(item, item_type) for item in value])

    return structure


def _unstructure_optional(type_: Any, converter: BaseConverter) -> Any:
    (inner_type,) = (arg for arg in get_args(type_) if arg is not NoneType)
    unstructure_inner = converter.get_unstructure_hook(inner_type)
    if unstructure_inner is identity:  # optional text: cattrs then copies the value as it is
        return identity
    return lambda value: None if value is None else unstructure_inner(value)


_GENERATING: set[type] = set()


def _unstructure_fields(cls: type, converter: BaseConverter) -> Any:
    """cattrs' unstructuring, leaving out text fields' converters: attrs calls them with
    their field, so cattrs would run them on the default at every call to compare."""
    if cls in _GENERATING:
        raise RecursionError  # as cattrs does: the field's hook is then looked up when called
    _GENERATING.add(cls)
    try:
        types = get_type_hints(cls)
        fields = [
            field.evolve(type=types[field.name], converter=None if checks_text(field) else field.converter)
            for field in attrs.fields(cls)
        ]
        return make_dict_unstructure_fn_from_attrs(fields, cls, converter, _cattrs_omit_if_default=True)
    finally:
        _GENERATING.discard(cls)


def _unstructure_array_of(type_: Any, converter: BaseConverter) -> Any:
    unstructure_item = converter.get_unstructure_hook(get_args(type_)[0])
    return lambda value: [unstructure_item(item) for item in value]


def _text_to_converters(cls: type, converter: BaseConverter, *, forbid_extra_keys: bool = True) -> Any:
    """Structure an attrs class; its text fields go as they are to the model's converters,
    which refuse what is not a string. Everything else goes through cattrs."""
    types = get_type_hints(cls)
    structured: dict[str, Any] = {
        field.name: override(struct_hook=converter.get_structure_hook(types[field.name]))
        for field in attrs.fields(cls)
        if field.converter is not None and not checks_text(field)
    }
    return make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=forbid_extra_keys, **structured)


def _tagged_union(converter: BaseConverter, union: Any, members: tuple[type, ...]) -> None:
    """Blocks and spans carry their type as ``"type"``: dispatch on it in one step."""
    by_tag: dict[str, tuple[Any, type, frozenset[str]]] = {}
    by_class: dict[type, tuple[Any, str]] = {}

    def structure(value: Any, _type: Any) -> Any:
        hook, member, keys = by_tag[value["type"]]
        if not value.keys() <= keys:
            raise ForbiddenExtraKeysError("", member, set(value) - keys)
        return hook(value, member)

    def structure_array(values: Any, _type: Any) -> tuple[Any, ...]:
        if values.__class__ is not list:
            raise TypeError(f"expected an array, got {describe(values)}")
        return tuple([structure(value, union) for value in values])

    def unstructure(value: Any) -> dict[str, Any]:
        hook, tag = by_class[value.__class__]
        result: dict[str, Any] = hook(value)
        result["type"] = tag
        return result

    def unstructure_array(values: tuple[Any, ...]) -> list[dict[str, Any]]:
        return [unstructure(value) for value in values]

    # Registered before the members' hooks are built: divisions hold blocks.
    converter.register_structure_hook(union, structure)
    converter.register_unstructure_hook(union, unstructure)
    array: Any = tuple[union, ...]
    converter.register_structure_hook_func(lambda type_: type_ == array, structure_array)
    converter.register_unstructure_hook_func(lambda type_: type_ == array, unstructure_array)
    for member in members:
        keys = frozenset(field.name for field in attrs.fields(member) if field.init) | {"type"}
        hook = _text_to_converters(member, converter, forbid_extra_keys=False)
        by_tag[_TAGS[member]] = (hook, member, keys)
        by_class[member] = (converter.get_unstructure_hook(member), _TAGS[member])
