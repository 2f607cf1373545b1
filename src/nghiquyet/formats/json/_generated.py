"""The JSON format's fast paths: a reader and a writer generated for each model class.

cattrs' detailed converter (``_converters``) is the reference: it knows the JSON path
of every failure. Reading a good document through it costs two or three calls per node
and then attrs' ``__init__``, whose converters check every string again; these generated
functions take one call per node instead. Like cattrs they are source code built from the
classes' attrs fields, compiled once (on first use):

- a reader per class reads a JSON object and builds the instance as attrs' ``__init__``
  would — each field's converter, then every validator of the class in field order — so
  every invariant of the model still holds. It refuses (:class:`Refused`, or any other
  exception) what the detailed converter refuses; from_json then asks that converter why.
- text: when the caller has checked the whole input for what XML cannot carry
  (:func:`xml_safe_json`), a string needs only its type and an NFC test here; a string
  that is not NFC, and every string of other input, goes through the model's own text
  converter.
- a writer per class gives the dict cattrs would give (fields at their default left out,
  tagged unions with their ``"type"``), ready for orjson.

Property tests hold both paths to the detailed converter's output and refusals.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Callable
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs

from ...model import Block, Document, Notation, Span
from ...model._fields import as_tuple, checks_text
from .._construct import Namespace, assembly, converted_default, converter_of
from ._wire import BLOCK_TYPES, SPAN_TYPES, TAGS, structure_date, structure_notation, wire_value

__all__ = ["Refused", "reader", "writer", "xml_safe_json"]


class Refused(Exception):  # noqa: N818 - not an error: the fast reader steps aside
    """The fast reader gives up on its input: the detailed converter will say why."""


# In JSON that orjson accepts, a character XML cannot carry (C0 controls but tab, LF and
# CR; surrogates; U+FFFE, U+FFFF) can only come from a \u, \b or \f escape or be U+FFFE or
# U+FFFF written as such: raw controls and encoded surrogates are not valid JSON.
_RISKY = frozenset(b"ubf")
_NONCHARACTERS = re.compile(b"\xef\xbf[\xbe\xbf]")


def xml_safe_json(data: bytes) -> bool:
    """Whether no string of the JSON text ``data`` (which orjson has read) can hold a
    character XML cannot carry; when one may, the reader checks every string on its own."""
    escape = data.find(b"\\")
    while escape >= 0:  # orjson has read data: a backslash begins a two-character escape
        if data[escape + 1] in _RISKY:
            return False
        escape = data.find(b"\\", escape + 2)
    return data.find(b"\xef") < 0 or not _NONCHARACTERS.search(data)


_MISSING = object()


class _Source:
    """The source of the generated functions, and the objects they refer to by name."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.space = Namespace()
        self.space.objects.update(Refused=Refused, MISSING=_MISSING)
        self.names: dict[Any, str] = {}

    def constant(self, value: Any, hint: str) -> str:
        return self.space.name(value, hint)

    def compile(self, what: str) -> dict[str, Any]:
        return self.space.compile(self.lines, f"JSON {what}")


def _optional(type_: Any) -> Any:
    """``T`` for ``T | None``, else ``None``."""
    args = get_args(type_)
    if get_origin(type_) in (UnionType, Union) and len(args) == 2 and NoneType in args:
        return next(arg for arg in args if arg is not NoneType)
    return None


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def _unions() -> dict[Any, tuple[type, ...]]:
    return {Block: BLOCK_TYPES, Span: SPAN_TYPES}


# The reader.


class _Reader(_Source):
    def __init__(self, *, clean: bool) -> None:
        super().__init__()
        self.clean = clean

    def function(self, type_: Any) -> str:
        """The name of the function that reads a JSON value as ``type_``."""
        if type_ in self.names:
            return self.names[type_]
        name = self.names[type_] = f"read_{len(self.names)}"
        if type_ in _unions():
            self._union(name, type_)
        elif attrs.has(type_):
            self._class(name, type_, tagged=False)
        elif get_origin(type_) is tuple:
            item = get_args(type_)[0]
            lines = [f"def {name}(value):", "    if value.__class__ is not list:", "        raise Refused"]
            if item in _unions():  # the dispatch on "type" inline (a value that is no object has no "type")
                self.function(item)
                table = self.names[("by_tag", item)]
                lines.append(f'    return tuple([{table}[item["type"]](item) for item in value])')
            elif attrs.has(item):
                lines.append(f"    return tuple([{self.function(item)}(item) for item in value])")
            else:  # scalars: read one by one
                lines += ["    items = []", "    for item in value:"]
                lines += ["        " + line for line in self.value(item, "item", None)]
                lines += ["        items.append(item)", "    return tuple(items)"]
            self.lines += lines
        else:
            lines = [f"def {name}(value):", *("    " + line for line in self.value(type_, "value", None))]
            self.lines += [*lines, "    return value"]
        return name

    def value(self, type_: Any, var: str, field: attrs.Attribute[Any] | None) -> list[str]:
        """Lines that turn the JSON value in ``var`` into the field's value before its converter."""
        inner = _optional(type_)
        if inner is not None:
            return [f"if {var} is not None:", *("    " + line for line in self.value(inner, var, field))]
        if field is not None and checks_text(field):
            converter = self.constant(field.converter.converter, "text")  # type: ignore[union-attr]
            attribute = self.constant(field, f"field_{field.name}")
            if not self.clean:  # the model's converter checks type, NFC and characters
                return [f"{var} = {converter}({var}, {attribute})"]
            return [  # the converter refuses what is not a string, and makes text NFC
                f'if {var}.__class__ is not str or not is_normalized("NFC", {var}):',
                f"    {var} = {converter}({var}, {attribute})",
            ]
        if type_ in (str, int, bool):
            return [f"if {var}.__class__ is not {type_.__name__}:", "    raise Refused"]
        if _is_enum(type_):
            return [f"{var} = {self.constant({wire_value(m): m for m in type_}, type_.__name__)}[{var}]"]
        if type_ is datetime.date:
            return [f"{var} = {self.constant(structure_date, 'date')}({var}, None)"]
        if type_ is Notation:
            return [f"{var} = {self.constant(structure_notation, 'notation')}({var}, None)"]
        if attrs.has(type_) or type_ in _unions() or get_origin(type_) is tuple:
            return [f"{var} = {self.function(type_)}({var})"]
        raise TypeError(f"no JSON reader for {type_!r}")  # pragma: no cover - a new kind of field

    def _union(self, name: str, union: Any) -> None:
        by_tag = {}
        for member in _unions()[union]:
            by_tag[TAGS[member]] = self.names[member] = member_name = f"read_{len(self.names)}"
            self._class(member_name, member, tagged=True)
        table = self.names["by_tag", union] = self.constant({}, "by_tag")
        self.lines += [
            f"def {name}(value):",
            "    if value.__class__ is not dict:",
            "        raise Refused",
            f'    return {table}[value["type"]](value)',
        ]
        self.lines += [f"{table}[{tag!r}] = {function}" for tag, function in by_tag.items()]

    def _class(self, name: str, cls: type, *, tagged: bool) -> None:
        types = get_type_hints(cls)
        fields = attrs.fields(cls)
        given: list[str] = []  # the required fields, read first
        optional: list[str] = []  # the others, each left out or given
        defaults: list[str] = []  # the others, all left out
        required = int(tagged)  # a union member's "type" is one of its keys
        for field in fields:
            if not field.init:
                continue
            var = f"f_{field.name}"
            value, convert = self.value(types[field.name], var, field), self._convert(field, var)
            read = value + convert
            if field.default is attrs.NOTHING:
                required += 1
                given += [f"{var} = value[{field.alias!r}]", *read]
            elif field.default is None and _optional(types[field.name]) is not None:
                # null or left out: the default; an explicit null is not counted (see below)
                optional += [f"{var} = value.get({field.alias!r})", f"if {var} is not None:", "    keys += 1"]
                optional += [*value[1:], *("    " + line for line in convert)]  # value[0] tested for None
                defaults.append(f"{var} = None")
            else:
                default = self.constant(converted_default(field), f"default_{field.name}")
                optional += [
                    f"{var} = value.get({field.alias!r}, MISSING)",
                    f"if {var} is MISSING:",
                    f"    {var} = {default}",
                    "else:",
                    "    keys += 1",
                    *("    " + line for line in read),
                ]
                defaults.append(f"{var} = {default}")
        lines = [f"def {name}(value):"]
        if not tagged:  # the union's reader has checked it
            lines += ["    if value.__class__ is not dict:", "        raise Refused"]
        lines += ["    " + line for line in given]
        known = self.constant(frozenset([f.alias for f in fields if f.init] + ["type"] * tagged), "keys")
        check = [  # more keys than read: an unknown key, or a null left out of the count
            f"if len(value) != keys and not value.keys() <= {known}:",
            "    raise Refused",
        ]
        if defaults:  # the common shape: the required keys alone (all read above), the rest left out
            lines += [f"    if len(value) == {required}:", *("        " + line for line in defaults), "    else:"]
            lines += ["        " + line for line in [f"keys = {required}", *optional, *check]]
        else:
            lines += ["    " + line for line in [f"keys = {required}", *check]]
        # Every value read above is of exactly its field's type: type checks are done.
        lines += assembly(cls, self.space, lambda field: f"f_{field.name}", typed=True)
        self.lines += [*lines, "    return self"]

    def _convert(self, field: attrs.Attribute[Any], var: str) -> list[str]:
        """The field's converter, unless it is a text converter (see value) or makes a
        tuple of the tuple already read."""
        converter: Any = field.converter
        if converter is None or converter is as_tuple or checks_text(field):
            return []
        function, takes_field = converter_of(field)
        name = self.constant(function, f"convert_{field.name}")
        if takes_field:
            return [f"{var} = {name}({var}, {self.constant(field, 'field')})"]
        return [f"{var} = {name}({var})"]


def reader(*, clean: bool) -> Callable[[dict[str, Any]], Document]:
    """The generated reader of a document's JSON object (its ``"format"`` key removed).

    ``clean``: the input passed :func:`xml_safe_json`, so strings need no character check.
    """
    source = _Reader(clean=clean)
    name = source.function(Document)
    function: Callable[[dict[str, Any]], Document] = source.compile(f"reader (clean={clean})")[name]
    return function


# The writer.


class _Writer(_Source):
    def function(self, type_: Any) -> str:
        """The name of the function that turns a ``type_`` value into JSON data."""
        if type_ in self.names:
            return self.names[type_]
        name = self.names[type_] = f"write_{len(self.names)}"
        if type_ in _unions():
            table = self.names["by_class", type_] = self.constant({}, "by_class")
            self.lines += [f"def {name}(value):", f"    return {table}[value.__class__](value)"]
            for member in _unions()[type_]:
                self.names[member] = member_name = f"write_{len(self.names)}"
                self._class(member_name, member, tag=TAGS[member])
                self.lines.append(f"{table}[{self.constant(member, member.__name__)}] = {member_name}")
        elif attrs.has(type_):
            self._class(name, type_, tag=None)
        else:
            self.lines += [f"def {name}(value):", f"    return {self.value(type_, 'value')}"]
        return name

    def value(self, type_: Any, expression: str) -> str:
        """The JSON form of ``expression``, a value of ``type_`` (not None)."""
        inner = _optional(type_)
        if inner is not None:
            return self.value(inner, expression)
        if type_ in (str, int, bool):
            return expression
        if _is_enum(type_):
            wire = {member: wire_value(member) for member in type_}
            if all(value == member.value for member, value in wire.items()):
                return f"{expression}._value_"
            if all(value == member.value[0] for member, value in wire.items()):
                return f"{expression}._value_[0]"
            return f"{self.constant(wire, type_.__name__)}[{expression}]"  # pragma: no cover
        if type_ is datetime.date:
            return f"{expression}.isoformat()"
        if type_ is Notation:
            return f"str({expression})"
        if get_origin(type_) is tuple:
            item = get_args(type_)[0]
            if item in _unions():  # the dispatch on the class inline
                self.function(item)
                return f"[{self.names['by_class', item]}[item.__class__](item) for item in {expression}]"
            return f"[{self.value(item, 'item')} for item in {expression}]"
        if attrs.has(type_) or type_ in _unions():
            return f"{self.function(type_)}({expression})"
        raise TypeError(f"no JSON writer for {type_!r}")  # pragma: no cover - a new kind of field

    def _class(self, name: str, cls: type, *, tag: str | None, first: dict[str, str] | None = None) -> None:
        types = get_type_hints(cls)
        lines = [f"def {name}(value):", "    data = {"]
        lines += [f"        {key!r}: {value!r}," for key, value in (first or {}).items()]
        later: list[str] = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            type_ = types[field.name]
            key = field.alias
            if field.default is attrs.NOTHING:
                lines.append(f"        {key!r}: {self.value(type_, f'value.{field.name}')},")
                continue
            # cattrs' omit_if_default: a field equal to its default is left out.
            if field.default is None:
                test = "v is not None"
            elif field.default == ():
                test = "v"
            elif isinstance(field.default, enum.Enum | bool):
                test = f"v is not {self.constant(field.default, 'default')}"
            else:
                test = f"v != {self.constant(field.default, 'default')}"
            later += [
                f"    v = value.{field.name}",
                f"    if {test}:",
                f"        data[{key!r}] = {self.value(type_, 'v')}",
            ]
        lines += ["    }", *later]
        if tag is not None:
            lines.append(f'    data["type"] = {tag!r}')
        self.lines += [*lines, "    return data"]


def writer(first: dict[str, str]) -> Callable[[Document], dict[str, Any]]:
    """The generated writer of a document as JSON data, beginning with the keys ``first``."""
    source = _Writer()
    name = source.names[Document] = "write_document"
    source._class(name, Document, tag=None, first=first)
    function: Callable[[Document], dict[str, Any]] = source.compile("writer")[name]
    return function
