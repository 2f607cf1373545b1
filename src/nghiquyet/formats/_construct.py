"""Generated constructors of the model's classes, for readers of parsed markup.

attrs' ``__init__`` runs each field's converter, then every validator. The text converter
checks the type, makes the text NFC and refuses characters XML cannot carry. Text that
libxml2 has parsed cannot hold such a character (it refuses them, literal or as character
references), so a reader of parsed XML needs only the type and NFC tests: a constructor
from :func:`constructor` makes those inline and sends any other text to the model's own
converter, runs the other converters, sets the slots and runs every validator in field
order, as attrs does. The JSON reader builds its instances the same way
(:func:`assembly`). Property tests hold both to the classes' own ``__init__``.
"""

from __future__ import annotations

import linecache
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from ..model._fields import as_tuple, checks_text, only_checks_type, passes_on_default

__all__ = ["Namespace", "assembly", "constructor", "converter_of"]

C = TypeVar("C")


class Namespace:
    """The objects generated source refers to, each by a name of its own."""

    def __init__(self) -> None:
        self.objects: dict[str, Any] = {"new": object.__new__, "is_normalized": unicodedata.is_normalized}

    def name(self, value: Any, hint: str) -> str:
        name = f"{''.join(c if c.isalnum() else '_' for c in hint)}_{len(self.objects)}"
        self.objects[name] = value
        return name

    def compile(self, lines: list[str], what: str) -> dict[str, Any]:
        source = "\n".join(lines) + "\n"
        filename = f"<nghiquyet generated {what}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)  # tracebacks show it
        exec(compile(source, filename, "exec"), self.objects)
        return self.objects


def converter_of(field: attrs.Attribute[Any]) -> tuple[Callable[..., Any], bool]:
    """A field's converter as a function, and whether it takes the field too."""
    converter: Any = field.converter
    if not isinstance(converter, attrs.Converter):
        return converter, False
    wrapped: Any = converter
    if wrapped.takes_self:  # pragma: no cover - none in the model
        raise TypeError(f"{field.name}: converters that take self are not generated")
    return wrapped.converter, wrapped.takes_field


def converted_default(field: attrs.Attribute[Any]) -> Any:
    """The field's default as attrs' ``__init__`` stores it: converted."""
    if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # pragma: no cover - none in the model
        raise TypeError(f"{field.name}: factory defaults are not generated")
    if field.converter is None:
        return field.default
    function, takes_field = converter_of(field)
    return function(field.default, field) if takes_field else function(field.default)


def _validators(validator: Any, *, typed: bool) -> list[Any]:
    """The validators to run of a field's (attrs' and_ of a list taken apart); with ``typed``,
    those that only check the value's type (:func:`~nghiquyet.model._fields.type_check`) left out."""
    parts = list(getattr(validator, "_validators", (validator,)))  # attrs' and_ of a list
    return [part for part in parts if not (typed and only_checks_type(part))]


def assembly(
    cls: type, namespace: Namespace, value: Callable[[attrs.Attribute[Any]], str], *, typed: bool = False
) -> list[str]:
    """Lines that make an instance ``self`` of ``cls`` from converted field values
    (``value(field)`` names each), as attrs' ``__init__`` does after its converters.

    ``typed``: every value is of exactly its field's annotated type (None where optional),
    so the validators that check only that are not run; every other still is, but those
    its default passes (:func:`~nghiquyet.model._fields.default_passes`) only on another value."""
    if hasattr(cls, "__attrs_pre_init__") or hasattr(cls, "__attrs_post_init__"):  # pragma: no cover
        raise TypeError(f"{cls.__name__}: generated constructors do not run init hooks")
    lines = [f"    self = new({namespace.name(cls, cls.__name__)})"]
    fields = attrs.fields(cls)
    for field in fields:
        # The slot's own descriptor sets it on the frozen instance, as attrs' __init__ does.
        setter = namespace.name(getattr(cls, field.name).__set__, f"set_{field.name}")
        current = value(field) if field.init else namespace.name(converted_default(field), "default")
        lines.append(f"    {setter}(self, {current})")
    for field in fields:  # attrs runs validators once every field is set, in field order
        for part in [] if field.validator is None else _validators(field.validator, typed=typed):
            validator = namespace.name(part, f"validate_{field.name}")
            current = value(field) if field.init else f"self.{field.name}"
            call = f"{validator}(self, {namespace.name(field, 'field')}, {current})"
            if typed and field.init and passes_on_default(part):
                default = namespace.name(converted_default(field), f"default_{field.name}")
                call = f"if {current} is not {default}: {call}"  # None, (): the very default
            lines.append(f"    {call}")
    return lines


def text_lines(field: attrs.Attribute[Any], var: str, namespace: Namespace) -> list[str]:
    """Lines that check the text in ``var`` (a string or None where the field allows it)
    for its type and NFC, handing anything else to the field's converter."""
    function = namespace.name(converter_of(field)[0], f"text_{field.name}")
    attribute = namespace.name(field, f"field_{field.name}")
    test = f'{var}.__class__ is not str or not is_normalized("NFC", {var})'
    if field.default is None:
        test = f"{var} is not None and ({test})"
    return [f"    if {test}:", f"        {var} = {function}({var}, {attribute})"]


def constructor(cls: type[C], *, typed: bool = False) -> Callable[..., C]:
    """A keyword-only constructor of ``cls`` for text parsed from XML (see the module).

    ``typed``: the caller passes every value as exactly its field's annotated type (None
    where optional), so the validators that check only that are not run (:func:`assembly`)."""
    namespace = Namespace()
    parameters, body = [], []
    fields: Any = attrs.fields(cls)  # type: ignore[arg-type]  # cls is an attrs class
    for field in fields:
        if not field.init:
            continue
        var = str(field.alias)  # no field is called "self", "new" or "is_normalized"
        if field.default is attrs.NOTHING:
            parameters.append(var)
        else:
            parameters.append(f"{var}={namespace.name(field.default, f'default_{field.name}')}")
        if checks_text(field):
            body += text_lines(field, var, namespace)
        elif field.converter is not None:
            function, takes_field = converter_of(field)
            arguments = f"{var}, {namespace.name(field, 'field')}" if takes_field else var
            call = f"{var} = {namespace.name(function, f'convert_{field.name}')}({arguments})"
            # as_tuple returns a tuple as it is: the readers pass tuples, so the call is spared.
            body.append(f"    if type({var}) is not tuple: {call}" if function is as_tuple else f"    {call}")
    made_from = assembly(cls, namespace, lambda f: str(f.alias), typed=typed)
    lines = [f"def make(*, {', '.join(parameters)}):", *body, *made_from]
    made: Callable[..., C] = namespace.compile([*lines, "    return self"], f"constructor of {cls.__name__}")["make"]
    return made
