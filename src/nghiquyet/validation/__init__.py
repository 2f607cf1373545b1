"""Validation for archivists: is this file a sound document, and if not, where not?

:func:`validate` takes a file (a path: ``str`` or ``os.PathLike``) or its content
(``bytes``), tells the format by the content through the registry
(:mod:`nghiquyet.formats`), and returns a :class:`Report` whose :attr:`~Report.problems`
each name a rule id, a severity, the file, the line and a path. It never raises on bad
input: an unreadable, ill-formed or unknown file is a report with an error problem. A
wrong type of argument is a :class:`TypeError`.

Checks, in order: the format's own (syntax, schema, the model's rules: each format's
``check`` in the registry, on one parse of the input); then the domain rules of
``RULES`` (notation against kind and issuer, dates, numbering, archival field limits,
recipients and signature). Warnings do not make a report fail; errors do.

Another format plugs in with :func:`nghiquyet.formats.register`.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from .. import formats
from .._rules import RULES, Finding, check_document, today_in_vietnam
from ..formats import Checked, Problem

__all__ = ["RULES", "Problem", "Report", "validate"]


@attrs.frozen(kw_only=True)
class Report:
    """The result of validating one file: its format and every problem found."""

    file: str | None = None
    format: str | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no problem is an error (warnings alone pass)."""
        return not any(p.severity == "error" for p in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "ok": self.ok,
            "problems": [p.to_dict() for p in self.problems],
        }


def _findings(findings: Iterable[Finding], locate: formats.Locator, file: str | None) -> Iterable[Problem]:
    for finding in findings:
        line, column, path = locate(finding.where) if finding.where else (None, None, None)
        yield Problem(
            rule=finding.rule,
            severity=finding.severity,
            message=finding.message,
            file=file,
            line=line,
            column=column,
            path=path,
        )


def _read(source: str | os.PathLike[str] | bytes) -> tuple[bytes | None, str | None, Problem | None]:
    # (tuples, not unions: ``A | B`` builds a union object at every call)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None, None
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"validate takes a path (str or os.PathLike) or bytes, got {type(source).__name__}")
    path = os.fspath(source)
    if not isinstance(path, str):
        raise TypeError(f"validate takes a path (str or os.PathLike) or bytes, got a path of {type(path).__name__}")
    try:
        # unbuffered: one fstat and one read, where Path.read_bytes goes through the buffered io layers
        with Path(path).open("rb", buffering=0) as file:
            return file.readall(), path, None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        message = f"cannot read the file: {getattr(exc, 'strerror', None) or exc}"
        return None, path, Problem(rule="file-unreadable", severity="error", message=message, file=path)


def _check(data: bytes, file: str | None) -> Checked:
    try:
        return formats.check(data, name=file)
    except Exception as exc:  # noqa: BLE001 - one file's checker bug is reported, the folder goes on
        message = f"the checker failed ({type(exc).__name__}: {exc}); please report this as a bug"
        failed = Problem(rule="internal-error", severity="error", message=message)
        return Checked(format=None, document=None, problems=(failed,))


def validate(source: str | os.PathLike[str] | bytes, *, today: datetime.date | None = None) -> Report:
    """Validate a document file (a path: ``str`` or ``os.PathLike``) or its content (``bytes``).

    A ``str`` is always a path, whatever it starts with: ``validate("{draft}.json")`` reads
    that file. ``today`` is the date no document date may pass (default: today in Vietnam, UTC+7).
    """
    if today is not None and not isinstance(today, datetime.date):
        raise TypeError(f"today is a datetime.date, got {type(today).__name__}")
    data, file, failure = _read(source)
    if data is None:
        return Report(file=file, problems=(failure,) if failure else ())
    checked = _check(data, file)
    problems = [attrs.evolve(p, file=file) for p in checked.problems]
    if checked.document is not None:
        findings = check_document(checked.document, today=today or today_in_vietnam())
        problems.extend(_findings(findings, checked.locate, file))
    return Report(file=file, format=checked.format, problems=tuple(problems))
