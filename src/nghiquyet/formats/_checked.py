"""What a format's check returns: the document when it could be read, and the problems found.

These types belong to the formats, not to validation: each format's ``check`` finds its own
syntax and schema problems with their line, column or JSON path, and says how to place the
domain rules' findings in its file (:data:`Locator`). :func:`nghiquyet.validate` adds the
domain rules and the file name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import attrs

from ..errors import FormatError
from ..model import Document

__all__ = ["Checked", "Locator", "Problem", "Severity", "nowhere", "problem"]

Severity = Literal["error", "warning"]


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a file.

    ``rule`` is a stable id (``"xsd"``, ``"numbering-gap"`` …; see ``RULES`` in
    ``nghiquyet.validation`` and the format rules below), ``severity`` is ``"error"`` or
    ``"warning"``, ``line`` and ``column`` are 1-based positions in the file when known, and
    ``path`` names the place inside the document (an element path such as
    ``/Document/Header/Subject`` in XML, a JSON path such as ``$.subject`` in JSON).

    Format rules: ``file-unreadable``, ``format-unknown``, ``xml-syntax``, ``json-syntax``,
    ``xsd`` (the native XML schema), ``akn-xsd`` (the OASIS Akoma Ntoso schema),
    ``json-schema`` (the JSON format's rules), ``model`` (a value the document model
    refuses, or a file its reader cannot take).
    """

    rule: str
    severity: Severity
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    path: str | None = None

    def __str__(self) -> str:
        """``file:line: severity rule-id message``, the form editors and CI logs understand."""
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.severity} {self.rule} {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


#: Turns a model path ("subject", "body[2].children[0]") into (line, column, path in the file).
Locator = Callable[[str], tuple[int | None, int | None, str | None]]


def nowhere(_where: str) -> tuple[int | None, int | None, str | None]:
    """The locator of a format that keeps no positions."""
    return None, None, None


@attrs.frozen(kw_only=True)
class Checked:
    """What a format's check found: the document when it could be read, the format's own
    problems, and how to place the domain rules' findings in the file. ``format`` is the
    format's title (``"nghiquyet-xml/1"``), filled in from its registry record; None when
    the content is of no checked format."""

    document: Document | None
    problems: tuple[Problem, ...] = ()
    format: str | None = None
    locate: Locator = nowhere


def problem(rule: str, error: FormatError, severity: Severity = "error") -> Problem:
    """The :class:`Problem` of a reader's :class:`~nghiquyet.FormatError`, at its place."""
    return Problem(
        rule=rule, severity=severity, message=error.message, line=error.line, column=error.column, path=error.path
    )
