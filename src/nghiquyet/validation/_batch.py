"""Validating many files: on every core, streamed in order, in bounded memory."""

from __future__ import annotations

import datetime
import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .._parallel import map_in_order
from .._rules import today_in_vietnam
from . import Report, validate

__all__ = ["validate_many"]


def _validate_chunk(paths: list[str], today: datetime.date) -> list[Report]:
    return [validate(path, today=today) for path in paths]


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
    return map_in_order(work, (str(Path(p)) for p in paths), jobs=jobs, chunk_size=chunk_size)
