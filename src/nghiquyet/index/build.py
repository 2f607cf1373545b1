"""Building the index: find the files, read the changed ones on all cores, write the rows.

The files indexed below a folder are those whose suffix is one of a format
:func:`nghiquyet.read_document` reads, as the formats' registry lists them
(:func:`nghiquyet.files.document_files` with ``readable=True``).

What runs where: this process lists the folders, compares each file's size and
modification time with the index, and sends only new or changed files to the workers
(local processes, or a Dask cluster's workers, which must see the same paths). A worker
hashes the file (SHA-256), and reads and parses it only when the hash differs from the one
indexed; it sends back plain rows. This process alone writes the SQLite database, in the
order the files were listed (so ids, and the whole database, are the same however the work
was spread), committing every few hundred files; then it drops the files that vanished from
the folders given and resolves citations to the documents the index holds.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

import attrs

from .._parallel import map_in_order
from ..errors import NghiquyetError
from ..files import document_files
from ._extract import FileRows, read_chunk

__all__ = ["BuildSummary", "build", "resolve_citations"]

_COMMIT_EVERY = 500


@attrs.frozen(kw_only=True)
class BuildSummary:
    """What one :meth:`Index.add <nghiquyet.Index.add>` did: files ``found`` below the paths;
    ``read`` (new or changed, parsed), ``unchanged`` (skipped, or re-hashed to the same
    content), ``failed`` (recorded with their error), ``dropped`` (vanished since the last run); ``errors``:
    (path, error) of each file that failed in this run."""

    found: int = 0
    read: int = 0
    unchanged: int = 0
    failed: int = 0
    dropped: int = 0
    errors: tuple[tuple[str, str], ...] = ()


def _library_version() -> str:
    try:
        return metadata.version("nghiquyet")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a source tree without installing
        return "unknown"


def build(
    connection: sqlite3.Connection,
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    client: Any = None,
    rehash: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> BuildSummary:
    """Index every file below ``paths`` into ``connection`` (see the module's description).

    ``rehash`` hashes every file even when its size and time are unchanged; ``progress``
    is called with (files done, files found) as the run goes.
    """
    if isinstance(paths, str | bytes | os.PathLike):
        raise TypeError("Index.add takes an iterable of paths, not one path: add([path])")
    roots = [str(Path(p).resolve()) for p in paths]
    missing = [root for root in roots if not Path(root).exists()]
    if missing:
        raise NghiquyetError(f"no such file or folder: {', '.join(missing)}")
    try:
        return _build(connection, roots, jobs=jobs, client=client, rehash=rehash, progress=progress)
    except (sqlite3.Error, BrokenExecutor) as exc:
        raise NghiquyetError(f"{_database_file(connection)}: the index could not be built: {exc}") from exc


def _database_file(connection: sqlite3.Connection) -> str:
    """The file of the connection's main database, for messages (":memory:" when it has none)."""
    try:
        for _, name, file in connection.execute("PRAGMA database_list"):
            if name == "main":
                return str(file) or ":memory:"
    except sqlite3.Error:
        pass
    return "the index database"


def _build(
    connection: sqlite3.Connection,
    roots: list[str],
    *,
    jobs: int | None,
    client: Any,
    rehash: bool,
    progress: Callable[[int, int], None] | None,
) -> BuildSummary:
    version = _library_version()
    stored = connection.execute("SELECT value FROM meta WHERE key = 'library_version'").fetchone()
    stale = stored is None or stored[0] != version  # another reader: every file is read again
    known = {
        row[0]: row[1:] for row in connection.execute("SELECT path, id, size, mtime_ns, sha256, error FROM documents")
    }
    files = sorted(dict.fromkeys(os.fspath(p) for p in document_files(roots, readable=True)))
    counts = {"read": 0, "unchanged": 0, "failed": 0}
    errors: list[tuple[str, str]] = []
    todo: list[tuple[str, str | None]] = []
    for path in files:
        before = known.get(path)
        if before is not None and not stale and not rehash and _same_stat(path, before[1], before[2]):
            counts["unchanged"] += 1
        else:
            todo.append((path, before[3] if before is not None and not stale and before[4] is None else None))
    done = counts["unchanged"]
    if progress is not None:
        progress(done, len(files))
    last_commit = time.monotonic()
    try:
        for rows in map_in_order(read_chunk, todo, jobs=jobs, client=client, chunk_size=8):
            _write(connection, rows, known.get(rows[0]), counts)
            if rows[4] is not None:
                errors.append((rows[0], rows[4]))
            done += 1
            if progress is not None:
                progress(done, len(files))
            if done % _COMMIT_EVERY == 0 or time.monotonic() - last_commit > 5:
                connection.commit()
                last_commit = time.monotonic()
        dropped = _drop_vanished(connection, roots, known, set(files))
        resolve_citations(connection)
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('library_version', ?)", (version,))
        connection.commit()
    except BaseException:
        # What was written stays: a re-run goes on from there. If that commit fails too
        # (the same locked or full database), the first error is the one reported.
        with contextlib.suppress(sqlite3.Error):
            connection.commit()
        raise
    return BuildSummary(found=len(files), dropped=dropped, errors=tuple(errors), **counts)


def _same_stat(path: str, size: int, mtime_ns: int) -> bool:
    try:
        status = Path(path).stat()
    except OSError:
        return False
    return status.st_size == size and status.st_mtime_ns == mtime_ns


def _write(
    connection: sqlite3.Connection, rows: FileRows, before: tuple[Any, ...] | None, counts: dict[str, int]
) -> None:
    path, size, mtime, sha, error, head, citations, tasks, recipients = rows
    if error is None and head is None:  # the same content as indexed: only its time moved
        connection.execute("UPDATE documents SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime, path))
        counts["unchanged"] += 1
        return
    counts["failed" if error else "read"] += 1
    fields = (size, mtime, sha, error, *(head or (None,) * 9))
    if before is None:
        cursor = connection.execute(
            "INSERT INTO documents (size, mtime_ns, sha256, error, system, kind, notation, number, issuer, "
            "issuer_key, issuer_code, date, subject, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*fields, path),
        )
        document_id = cursor.lastrowid
    else:
        document_id = before[0]
        connection.execute(
            "UPDATE documents SET size = ?, mtime_ns = ?, sha256 = ?, error = ?, system = ?, kind = ?, notation = ?, "
            "number = ?, issuer = ?, issuer_key = ?, issuer_code = ?, date = ?, subject = ? WHERE id = ?",
            (*fields, document_id),
        )
        for table in ("citations", "tasks", "recipients"):
            connection.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
    connection.executemany(
        "INSERT INTO citations (document_id, position, notation, kind, date, issuer, issuer_key, relation) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(document_id, i, *citation) for i, citation in enumerate(citations)],
    )
    for i, (task_path, text, deadline, deadline_text, report_to, report_key, lead, partners) in enumerate(tasks):
        task_id = connection.execute(
            "INSERT INTO tasks (document_id, position, path, text, deadline, deadline_text, report_to, report_to_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, i, task_path, text, deadline, deadline_text, report_to, report_key),
        ).lastrowid
        connection.executemany(
            "INSERT INTO task_bodies (task_id, role, position, name, key) VALUES (?, ?, ?, ?, ?)",
            [
                (task_id, role, j, name, key)
                for role, bodies in (("lead", lead), ("partner", partners))
                for j, (name, key) in enumerate(bodies)
            ],
        )
    connection.executemany(
        "INSERT INTO recipients (document_id, position, name, key, purpose) VALUES (?, ?, ?, ?, ?)",
        [(document_id, i, *recipient) for i, recipient in enumerate(recipients)],
    )


def _drop_vanished(connection: sqlite3.Connection, roots: list[str], known: dict[str, Any], seen: set[str]) -> int:
    """Delete the indexed files below ``roots`` that were not found this time."""
    prefixes = tuple(root.rstrip(os.sep) + os.sep for root in roots)
    gone = [(path,) for path in known if path not in seen and (path in roots or path.startswith(prefixes))]
    connection.executemany("DELETE FROM documents WHERE path = ?", gone)
    return len(gone)


def resolve_citations(connection: sqlite3.Connection) -> None:
    """Point each citation at the indexed document it cites, where exactly one fits.

    Candidates are the other documents of the same notation. A candidate whose date differs
    from a date the citation prints is not the one cited. Among several, those of the same
    date, then those of the issuer the citation names (by key), are preferred; a citation
    that still fits several documents, or none, stays unresolved (NULL).
    """
    rows = connection.execute(
        "SELECT c.document_id, c.position, c.date, c.issuer_key, c.cited_document_id, d.id, d.date, d.issuer_key "
        "FROM citations c LEFT JOIN documents d ON d.notation = c.notation AND d.id != c.document_id "
        "WHERE d.id IS NOT NULL OR c.cited_document_id IS NOT NULL ORDER BY c.document_id, c.position, d.id"
    )
    changes = []
    for key, current, candidates in _grouped(rows):
        chosen = _choose(*candidates)
        if chosen != current:
            changes.append((chosen, *key))
    connection.executemany("UPDATE citations SET cited_document_id = ? WHERE document_id = ? AND position = ?", changes)


def _grouped(rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[tuple[int, int], int | None, tuple[Any, ...]]]:
    key: tuple[int, int] | None = None
    current = None
    wanted: tuple[Any, Any] = (None, None)
    candidates: list[tuple[int, str | None, str | None]] = []
    for document_id, position, date, issuer_key, cited, candidate, candidate_date, candidate_issuer in rows:
        if (document_id, position) != key:
            if key is not None:
                yield key, current, (wanted, candidates)
            key, current, wanted, candidates = (document_id, position), cited, (date, issuer_key), []
        if candidate is not None:
            candidates.append((candidate, candidate_date, candidate_issuer))
    if key is not None:
        yield key, current, (wanted, candidates)


def _choose(wanted: tuple[str | None, str | None], candidates: list[tuple[int, str | None, str | None]]) -> int | None:
    date, issuer_key = wanted
    fitting = [c for c in candidates if not (date and c[1] and c[1] != date)]
    if len(fitting) > 1 and date:
        fitting = [c for c in fitting if c[1] == date] or fitting
    if len(fitting) > 1 and issuer_key:
        fitting = [c for c in fitting if c[2] == issuer_key] or fitting
    return fitting[0][0] if len(fitting) == 1 else None
