"""What the index tests share: documents written to a folder, and what the model says of them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import nghiquyet as nq

TABLES = ("documents", "citations", "tasks", "task_bodies", "recipients")


def write_documents(folder: Path, documents: list[nq.Document]) -> list[Path]:
    """Each document as JSON in ``folder``: 000.json, 001.json …"""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, document in enumerate(documents):
        path = folder / f"{i:03}.json"
        nq.write_document(document, path)
        paths.append(path)
    return paths


def dump(connection: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a fixed order: two equal dumps are the same database."""
    return {table: sorted(connection.execute(f"SELECT * FROM {table}"), key=repr) for table in TABLES}


def by_path(connection: sqlite3.Connection) -> dict[str, Any]:
    """The database's content keyed by file, without row ids: equal for equal content however built."""
    out = {}
    for document_id, path, *fields in connection.execute("SELECT * FROM documents"):
        citations = connection.execute(
            "SELECT c.position, c.notation, c.kind, c.date, c.issuer, c.relation, cited.path FROM citations c "
            "LEFT JOIN documents cited ON cited.id = c.cited_document_id WHERE c.document_id = ? ORDER BY position",
            (document_id,),
        ).fetchall()
        tasks = [
            (
                *task,
                connection.execute(
                    "SELECT role, position, name, key FROM task_bodies WHERE task_id = ? ORDER BY role, position",
                    (task_id,),
                ).fetchall(),
            )
            for task_id, *task in connection.execute(
                "SELECT id, position, path, text, deadline, deadline_text, report_to FROM tasks "
                "WHERE document_id = ? ORDER BY position",
                (document_id,),
            )
        ]
        recipients = connection.execute(
            "SELECT * FROM recipients WHERE document_id = ? ORDER BY position", (document_id,)
        ).fetchall()
        out[path] = (fields[2:], citations, tasks, [r[1:] for r in recipients])  # size and time left out
    return out


def model_citations(document: nq.Document) -> list[tuple[Any, ...]]:
    return [
        (
            str(r.notation) if r.notation else None,
            r.kind.code if r.kind else None,
            r.date.isoformat() if r.date else None,
            r.issuer.name if r.issuer else None,
        )
        for r in document.references()
    ]


def index_citations(index: nq.Index, path: Path) -> list[tuple[Any, ...]]:
    return index.connection.execute(
        "SELECT c.notation, c.kind, c.date, c.issuer FROM citations c JOIN documents d ON d.id = c.document_id "
        "WHERE d.path = ? ORDER BY c.position",
        (str(path),),
    ).fetchall()


def model_tasks(document: nq.Document) -> list[tuple[Any, ...]]:
    return [
        (
            t.text,
            tuple(b.name for b in t.lead),
            tuple(b.name for b in t.partners),
            t.deadline.date if t.deadline else None,
            t.deadline.text if t.deadline else None,
        )
        for t in document.tasks()
    ]


def index_tasks(index: nq.Index, path: Path) -> list[tuple[Any, ...]]:
    return [(t.text, t.lead, t.partners, t.deadline, t.deadline_text) for t in index.tasks() if t.path == str(path)]


def index_recipients(index: nq.Index, path: Path) -> list[tuple[Any, ...]]:
    return index.connection.execute(
        "SELECT r.name, r.purpose FROM recipients r JOIN documents d ON d.id = r.document_id "
        "WHERE d.path = ? ORDER BY r.position",
        (str(path),),
    ).fetchall()
