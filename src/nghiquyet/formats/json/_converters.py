"""The cattrs converter of the JSON format, and what it shares with the generated paths.

``from_json`` reads with the functions generated in ``_generated``; only when they
refuse does this converter (cattrs' detailed validation, which knows the JSON path) read
the same payload again, to explain the failure. Both take and refuse exactly the same
input, and the generated writer gives what this converter's unstructuring gives
(property tests hold them to it).
"""

from __future__ import annotations

import datetime
import enum
import operator
from typing import Any, get_origin

import attrs
from cattrs import BaseConverter
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.orjson import OrjsonConverter, make_converter
from cattrs.strategies import configure_tagged_union

from ...model import Block, Notation, Span
from ._wire import BLOCK_TYPES, SPAN_TYPES, TAGS, describe, structure_date, structure_notation, wire_value

__all__ = ["json_converter"]


def _expect(kind: type | tuple[type, ...], what: str) -> Any:
    def structure(value: Any, _type: Any) -> Any:
        # bool is an int in Python; JSON true is not a number here.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"expected {what}, got {describe(value)}")
        return value

    return structure


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


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def _enum_to_wire(enum_type: type[enum.Enum]) -> Any:
    wire = {member: wire_value(member) for member in enum_type}
    if all(value == member._value_ for member, value in wire.items()):
        return operator.attrgetter("_value_")  # no Python-level hash or property on the way
    return wire.__getitem__


def json_converter() -> OrjsonConverter:
    """cattrs' detailed converter of the format: strict hooks, JSON objects and arrays only,
    tagged unions whose unknown tags are named as such."""
    converter = make_converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=True)
    converter.register_structure_hook(str, _expect(str, "a string"))
    converter.register_structure_hook(int, _expect(int, "a whole number"))
    converter.register_structure_hook(bool, _expect(bool, "true or false"))
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date, structure_date)
    converter.register_unstructure_hook(Notation, str)
    converter.register_structure_hook(Notation, structure_notation)
    converter.register_unstructure_hook_factory(_is_enum, _enum_to_wire)
    converter.register_structure_hook_factory(_is_enum, lambda t: _structure_enum(t, {wire_value(m): m for m in t}))
    converter.register_structure_hook_factory(attrs.has, _object_of)
    converter.register_structure_hook_factory(_is_tuple, _array_of)
    for union, members in ((Span, SPAN_TYPES), (Block, BLOCK_TYPES)):
        configure_tagged_union(union, converter, tag_generator=TAGS.__getitem__, tag_name="type")
        _check_tags(converter, union, {TAGS[m] for m in members})
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
