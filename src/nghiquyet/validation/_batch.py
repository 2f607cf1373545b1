"""Validating many files: on every core, streamed in order, in bounded memory."""

from __future__ import annotations

import datetime
import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .._parallel import map_in_order
from .._rules import today_in_vietnam
from . import Problem, Report, validate

__all__ = ["validate_many"]

# What a worker sends back for one file: its name, its format, and each problem as a tuple
# of its fields in this order (every problem names the report's file). Plain tuples pickle
# in a small fraction of the time attrs instances take, in the worker and in this process.
_FIELDS = ("rule", "severity", "message", "line", "column", "path")
_Compact = tuple[str | None, str | None, tuple[tuple[Any, ...], ...]]


def _compact(report: Report) -> _Compact:
    return report.file, report.format, tuple(tuple(getattr(p, name) for name in _FIELDS) for p in report.problems)


def _report(compact: _Compact) -> Report:
    file, format_title, problems = compact
    return Report(
        file=file,
        format=format_title,
        problems=tuple(Problem(file=file, **dict(zip(_FIELDS, fields, strict=True))) for fields in problems),
    )


def _validate_chunk(paths: list[str], today: datetime.date) -> list[_Compact]:
    return [_compact(validate(path, today=today)) for path in paths]


def validate_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    today: datetime.date | None = None,
    jobs: int | None = None,
    chunk_size: int = 32,
) -> Iterator[Report]:
    """One :class:`Report` per path, in the order given, validated on ``jobs`` processes.

    ``jobs`` defaults to every core; 1 validates in this process. Paths are consumed
    lazily and only a few chunks per worker are in flight, so memory stays bounded
    however many files there are.
    """
    if isinstance(paths, str | bytes | os.PathLike):
        raise TypeError("validate_many takes an iterable of paths, not one path")
    if today is not None and not isinstance(today, datetime.date):
        raise TypeError(f"today is a datetime.date, got {type(today).__name__}")
    work = functools.partial(_validate_chunk, today=today or today_in_vietnam())
    return map(_report, map_in_order(work, (str(Path(p)) for p in paths), jobs=jobs, chunk_size=chunk_size))
