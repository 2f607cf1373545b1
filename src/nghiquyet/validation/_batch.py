"""Validating many files: on every core, streamed in order, in bounded memory."""

from __future__ import annotations

import datetime
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from .._rules import today_in_vietnam
from . import Report, validate

__all__ = ["validate_many"]


def _validate_chunk(paths: list[str], today: datetime.date) -> list[Report]:
    return [validate(path, today=today) for path in paths]


def _chunks(paths: Iterable[Path], size: int) -> Iterator[list[str]]:
    iterator = iter(paths)
    while chunk := [str(p) for p in islice(iterator, size)]:
        yield chunk


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
    return _validate_many(paths, today or today_in_vietnam(), jobs, chunk_size)


def _validate_many(
    paths: Iterable[str | os.PathLike[str]], day: datetime.date, jobs: int | None, chunk_size: int
) -> Iterator[Report]:
    workers = jobs or os.cpu_count() or 1
    chunks = _chunks((Path(p) for p in paths), chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if workers == 1 or second is None:
        for chunk in (first, *([second] if second else [])):
            yield from _validate_chunk(chunk, day)
        for chunk in chunks:
            yield from _validate_chunk(chunk, day)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        pending: deque[Future[list[Report]]] = deque()
        pending.append(pool.submit(_validate_chunk, first, day))
        pending.append(pool.submit(_validate_chunk, second, day))
        window = workers * 4
        for chunk in chunks:
            pending.append(pool.submit(_validate_chunk, chunk, day))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # A consumer that stops early (Ctrl-C, a closed pipe) leaves no queued work behind.
        pool.shutdown(wait=True, cancel_futures=True)
