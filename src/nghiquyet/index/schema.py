"""The SQLite schema of the corpus index, version 1: documented, stable, checked on open.

One row per file in ``documents`` (a file that could not be read keeps its row, with
``error`` set and the document's fields empty); its citations, tasks and recipients hang
from it and go with it (``ON DELETE CASCADE``). Dates are ISO text (``YYYY-MM-DD``);
bodies' names are stored as printed (``name``) and under their key (``key``, see
:func:`nghiquyet.index.vocabulary.body_key`), by which they are looked up. ``position``
columns keep document order (0-based). A database of another schema version is refused,
never migrated silently.

documents
    ``id``, ``path`` (absolute, symbolic links resolved; unique), ``size``, ``mtime_ns`` and ``sha256`` (of the
    file's bytes), ``error`` (why it could not be read, or NULL), ``system`` ("party",
    "state"), ``kind`` (type code, "KL"), ``notation`` ("706-KL/TU"), ``number``,
    ``issuer`` and ``issuer_key``, ``issuer_code``, ``date``, ``subject``.
citations
    ``document_id``, ``position``, ``notation`` (NULL when the citation prints none, as
    "Điều lệ Đảng"), ``kind``, ``date``, ``issuer`` and ``issuer_key``, ``relation``
    (``căn cứ``, ``thực hiện``, ``tiếp tục thực hiện``, ``thay thế``, ``sửa đổi`` or NULL:
    see :mod:`nghiquyet.index.vocabulary`), ``cited_document_id`` (the cited document
    when it is in the index, resolved by notation, then date and issuer; else NULL).
tasks
    ``id``, ``document_id``, ``position``, ``path`` (the numbered divisions that hold the
    task, "II/3/a"; "" at the top), ``text``, ``deadline`` (the last day it allows, or
    NULL), ``deadline_text`` (as printed), ``report_to`` and ``report_to_key``.
task_bodies
    ``task_id``, ``role`` ("lead" or "partner"), ``position``, ``name``, ``key``.
recipients
    ``document_id``, ``position``, ``name``, ``key``, ``purpose`` ("để báo cáo" or NULL).
meta
    ``key``, ``value``: ``schema_version`` (:data:`SCHEMA_VERSION`) and ``library_version``
    (the nghiquyet that read the files: a new one re-reads them all).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import NghiquyetError

__all__ = ["SCHEMA", "SCHEMA_VERSION", "connect"]

#: The version of the schema below; a database of another version is refused.
SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    error TEXT,
    system TEXT,
    kind TEXT,
    notation TEXT,
    number INTEGER,
    issuer TEXT,
    issuer_key TEXT,
    issuer_code TEXT,
    date TEXT,
    subject TEXT
);
CREATE INDEX documents_notation ON documents (notation);
CREATE TABLE citations (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    notation TEXT,
    kind TEXT,
    date TEXT,
    issuer TEXT,
    issuer_key TEXT,
    relation TEXT,
    cited_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    PRIMARY KEY (document_id, position)
);
CREATE INDEX citations_notation ON citations (notation);
CREATE INDEX citations_cited ON citations (cited_document_id);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    text TEXT NOT NULL,
    deadline TEXT,
    deadline_text TEXT,
    report_to TEXT,
    report_to_key TEXT,
    UNIQUE (document_id, position)
);
CREATE INDEX tasks_deadline ON tasks (deadline);
CREATE TABLE task_bodies (
    task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (task_id, role, position)
);
CREATE INDEX task_bodies_key ON task_bodies (key);
CREATE TABLE recipients (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    purpose TEXT,
    PRIMARY KEY (document_id, position)
);
CREATE INDEX recipients_key ON recipients (key);
"""


def connect(path: str | os.PathLike[str], *, create: bool = True) -> sqlite3.Connection:
    """Open the index at ``path``, creating it (when ``create``) if it is missing or empty.

    Raises :class:`~nghiquyet.NghiquyetError` naming the file when it is not an index of
    this schema version.
    """
    where = os.fspath(path)
    if not create and not Path(where).exists():
        raise NghiquyetError(f"{where}: no such index (build one with `nghiquyet index`)")
    try:
        connection = sqlite3.connect(where)
    except sqlite3.Error as exc:
        raise NghiquyetError(f"{where}: cannot open the index: {exc}") from exc
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            with connection:
                connection.executescript(SCHEMA)
                connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            return connection
        found = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.Error as exc:
        connection.close()
        raise NghiquyetError(f"{where}: not a nghiquyet index: {exc}") from exc
    if found is None or found[0] != str(SCHEMA_VERSION):
        connection.close()
        version = found[0] if found else "none"
        raise NghiquyetError(f"{where}: index schema version {version}, this library reads {SCHEMA_VERSION}")
    return connection
