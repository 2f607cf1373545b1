"""The :class:`Index`: a corpus index in one SQLite file, and the questions it answers."""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from . import queries
from .queries import Citation, IndexedDocument, TaskEntry

if TYPE_CHECKING:
    import sqlite3

    from .build import BuildSummary

__all__ = ["Index"]


class Index:
    """A corpus index and task register in the SQLite file ``path`` (created when missing).

    >>> with Index(":memory:") as index:          # doctest: +SKIP
    ...     index.add(["archive/"])                # every file read_document reads, on every core
    ...     index.citing("57-NQ/TW")               # who cites it, with the relation ("thực hiện" …)
    ...     index.tasks(body="VP Thị uỷ", due_before=datetime.date(2026, 1, 1))

    The schema is documented in :mod:`nghiquyet.index.schema`; ``connection`` is
    the ``sqlite3`` connection, for questions of your own in SQL. With ``create=False`` a missing file is
    an error. Raises :class:`~nghiquyet.NghiquyetError` when the file is not an index of
    this schema version.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        from .schema import connect

        self.path = Path(path)
        self.connection: sqlite3.Connection = connect(path, create=create)

    def add(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        jobs: int | None = None,
        client: Any = None,
        rehash: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> BuildSummary:
        """Index every file below ``paths`` that :func:`~nghiquyet.read_document` reads.

        Only new and changed files are read (a file whose size and modification time are
        unchanged is not opened; ``rehash=True`` hashes them all); files that vanished from
        below ``paths`` are dropped; a file that cannot be read is recorded with its error.
        Reading runs on ``jobs`` local processes (default: every core), or on the Dask
        cluster of ``client`` (a ``distributed.Client``; extra ``nghiquyet[dask]``), whose
        workers must see the same paths; this process writes the database. ``progress``
        is called with (files done, files found).
        """
        from .build import build

        return build(self.connection, paths, jobs=jobs, client=client, rehash=rehash, progress=progress)

    def documents(self) -> list[IndexedDocument]:
        """Every file indexed, in path order (those that failed with their ``error``)."""
        return queries.documents(self.connection)

    def failures(self) -> list[IndexedDocument]:
        """The files that could not be read, with why."""
        return [document for document in self.documents() if document.error is not None]

    def citing(self, notation: str) -> list[Citation]:
        """Every citation of the document ``notation`` ("57-NQ/TW"), by which file, with what relation."""
        return queries.citing(self.connection, notation)

    def cited_by(self, notation: str) -> list[Citation]:
        """What the documents of ``notation`` cite."""
        return queries.cited_by(self.connection, notation)

    def sent_to(self, body: str) -> list[IndexedDocument]:
        """The documents whose recipients (nơi nhận) name ``body``, compared by key."""
        return queries.sent_to(self.connection, body)

    def tasks(
        self,
        *,
        body: str | None = None,
        role: str | None = None,
        due_before: datetime.date | None = None,
        notation: str | None = None,
    ) -> list[TaskEntry]:
        """The task register: every task, or those of ``body`` (leading or partnering, or in
        ``role`` "lead"/"partner"; "VP Thị uỷ" finds "Văn phòng Thị ủy", see
        :func:`~nghiquyet.index.vocabulary.body_key`), due before ``due_before``, of ``notation``."""
        return queries.tasks(self.connection, body=body, role=role, due_before=due_before, notation=notation)

    def export_tasks(self, format: str, **where: Any) -> bytes:
        """The tasks chosen by ``where`` (as :meth:`tasks` takes) as ``format``: "table",
        "csv" (UTF-8 with BOM), "xlsx" or "ics" (one VTODO per task with a deadline)."""
        from ..errors import NghiquyetError
        from .exports import EXPORTS

        if format not in EXPORTS:
            raise NghiquyetError(f"unknown export format {format!r} (known: {', '.join(EXPORTS)})")
        data: bytes = EXPORTS[format](self.tasks(**where))
        return data

    def close(self) -> None:
        """Close the database."""
        self.connection.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
