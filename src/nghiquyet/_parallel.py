"""Work on many files on every core, or on a Dask cluster: streamed in order, in bounded memory.

One engine for :func:`~nghiquyet.validate_many` and the corpus index. Items are cut into
chunks; a few chunks per worker are in flight at a time, and results come back in the
order the items were given, whichever worker finished first. The work runs on a local
:class:`~concurrent.futures.ProcessPoolExecutor`, or on a Dask ``distributed.Client``
(anything with ``submit(function, *args)`` returning futures with ``.result()``).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["map_in_order"]

T = TypeVar("T")
R = TypeVar("R")


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def map_in_order(
    function: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    jobs: int | None = None,
    chunk_size: int = 32,
    client: Any = None,
) -> Iterator[R]:
    """``function`` over chunks of ``items``, its results flattened in the order of ``items``.

    ``function`` takes a list of items and returns one result per item; it must be a
    module-level function (it is pickled to the workers). ``jobs`` is the number of local
    processes (default: every core; 1 runs in this process); ``client``, a Dask client,
    runs the chunks on its cluster instead.
    """
    chunks = _chunks(items, chunk_size)
    if client is not None:
        workers = max(1, sum(_threads(client).values()))
        yield from _windowed(lambda chunk: client.submit(function, chunk, pure=False), chunks, workers * 4)
        return
    workers = jobs or os.cpu_count() or 1
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if workers == 1 or second is None:
        # One chunk, or one process: no pool to start.
        for chunk in (first, *([second] if second else []), *chunks):
            yield from function(chunk)
        return
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing only when a pool is wanted

    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        yield from _windowed(lambda chunk: pool.submit(function, chunk), chain((first, second), chunks), workers * 4)
    finally:
        # A consumer that stops early (Ctrl-C, a closed pipe) leaves no queued work behind.
        pool.shutdown(wait=True, cancel_futures=True)


def _windowed(submit: Callable[[list[T]], Any], chunks: Iterator[list[T]], window: int) -> Iterator[R]:
    """Submit chunks, keeping at most ``window`` in flight, and yield their results in order."""
    pending: deque[Future[list[R]]] = deque()
    try:
        for chunk in chunks:
            pending.append(submit(chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _threads(client: Any) -> dict[str, int]:
    """How many tasks the cluster runs at once, by worker (none before workers join)."""
    found: dict[str, int] = client.nthreads()
    return found
