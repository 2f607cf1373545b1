"""The ``enum-table`` directive: a table drawn from an enum of the library at build time.

The glossary lists the document kinds, signing authorities, secrecy and urgency marks
from the enums themselves, so the docs cannot fall behind the code::

    ```{enum-table} nghiquyet.DocumentKind
    :columns: name, code, label
    :headers: Member, Code, Vietnamese name
    ```
"""

from __future__ import annotations

import enum
import importlib
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

__all__ = ["setup"]


def _resolve(dotted: str) -> type[enum.Enum]:
    module_name, _, name = dotted.rpartition(".")
    found = getattr(importlib.import_module(module_name), name)
    if not (isinstance(found, type) and issubclass(found, enum.Enum)):
        raise ValueError(f"{dotted} is not an enum")
    return found


def _cell(member: enum.Enum, column: str) -> str:
    value = getattr(member, column)
    return str(value.value if isinstance(value, enum.Enum) else value)


class EnumTable(SphinxDirective):
    required_arguments = 1
    option_spec = {  # noqa: RUF012 - docutils reads it from the class
        "columns": directives.unchanged_required,
        "headers": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        enum_type = _resolve(self.arguments[0])
        columns = [c.strip() for c in self.options["columns"].split(",")]
        headers = [h.strip() for h in self.options.get("headers", self.options["columns"]).split(",")]
        if len(headers) != len(columns):
            raise self.error("enum-table: as many :headers: as :columns:")
        table = nodes.table(classes=["enum-table"])
        group = nodes.tgroup(cols=len(columns))
        table += group
        group.extend(nodes.colspec(colwidth=1) for _ in columns)
        group += nodes.thead("", self._row(headers))
        group += nodes.tbody("", *(self._row([_cell(m, c) for c in columns]) for m in enum_type))
        return [table]

    @staticmethod
    def _row(cells: list[str]) -> nodes.row:
        row = nodes.row()
        for text in cells:
            row += nodes.entry("", nodes.paragraph(text=text))
        return row


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("enum-table", EnumTable)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
