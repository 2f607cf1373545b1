"""Questions asked of the index, and the rows they answer with."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import DocumentError
from ..model import Notation
from .vocabulary import body_key

if TYPE_CHECKING:
    import sqlite3

__all__ = ["Citation", "IndexedDocument", "TaskEntry", "cited_by", "citing", "documents", "sent_to", "tasks"]


@attrs.frozen(kw_only=True)
class IndexedDocument:
    """One file of the index: where it is, its content hash, what it is (``error``: why it
    could not be read, the other fields then None)."""

    id: int
    path: str
    sha256: str
    error: str | None
    kind: str | None
    notation: str | None
    issuer: str | None
    date: datetime.date | None
    subject: str | None


@attrs.frozen(kw_only=True)
class Citation:
    """A citation: the citing file and its notation, the notation cited (with the date the
    citation prints), its relation ("thực hiện" …, or None), and the cited file when indexed."""

    path: str
    notation: str | None
    cited: str | None
    date: datetime.date | None
    relation: str | None
    cited_path: str | None


@attrs.frozen(kw_only=True)
class TaskEntry:
    """A task of an indexed document: the file, its notation and sha256, the task's place
    (``position`` in the document, ``division`` "II/3"), its text, lead and partner bodies
    as printed, the deadline (``deadline``: the last day, ``deadline_text``: as printed)."""

    id: int
    path: str
    sha256: str
    notation: str | None
    position: int
    division: str
    text: str
    lead: tuple[str, ...]
    partners: tuple[str, ...]
    deadline: datetime.date | None
    deadline_text: str | None
    report_to: str | None


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _notation(printed: str) -> str:
    """The notation as the index stores it ("57 – NQ/TW" → "57-NQ/TW"); as given if it is none."""
    try:
        return str(Notation.parse(printed))
    except DocumentError:
        return printed.strip()


def documents(connection: sqlite3.Connection) -> list[IndexedDocument]:
    """Every file in the index, in path order."""
    rows = connection.execute(
        "SELECT id, path, sha256, error, kind, notation, issuer, date, subject FROM documents ORDER BY path"
    )
    return [IndexedDocument(**{**_named(row, _DOCUMENT), "date": _date(row[7])}) for row in rows]


_DOCUMENT = ("id", "path", "sha256", "error", "kind", "notation", "issuer", "date", "subject")


def _named(row: tuple[Any, ...], names: tuple[str, ...]) -> dict[str, Any]:
    return dict(zip(names, row, strict=True))


_CITATIONS = (
    "SELECT d.path, d.notation, c.notation, c.date, c.relation, cited.path FROM citations c "
    "JOIN documents d ON d.id = c.document_id LEFT JOIN documents cited ON cited.id = c.cited_document_id "
)


def _citations(connection: sqlite3.Connection, where: str, value: str) -> list[Citation]:
    rows = connection.execute(_CITATIONS + where + " ORDER BY d.path, c.position", (value,))
    return [
        Citation(path=p, notation=n, cited=c, date=_date(d), relation=r, cited_path=cp) for p, n, c, d, r, cp in rows
    ]


def citing(connection: sqlite3.Connection, notation: str) -> list[Citation]:
    """Every citation of ``notation`` ("57-NQ/TW"), by the citing files in path order."""
    return _citations(connection, "WHERE c.notation = ?", _notation(notation))


def cited_by(connection: sqlite3.Connection, notation: str) -> list[Citation]:
    """Every citation made by the documents of ``notation``, in document order."""
    return _citations(connection, "WHERE d.notation = ?", _notation(notation))


def sent_to(connection: sqlite3.Connection, body: str) -> list[IndexedDocument]:
    """The documents whose Nơi nhận (recipients) names ``body`` (compared by key)."""
    wanted = {
        row[0] for row in connection.execute("SELECT document_id FROM recipients WHERE key = ?", (body_key(body),))
    }
    return [document for document in documents(connection) if document.id in wanted]


def tasks(
    connection: sqlite3.Connection,
    *,
    body: str | None = None,
    role: str | None = None,
    due_before: datetime.date | None = None,
    notation: str | None = None,
) -> list[TaskEntry]:
    """Tasks in path and document order; filtered to those where ``body`` (by key) leads or
    partners (``role`` "lead" or "partner" to choose), due before ``due_before`` (deadline
    earlier than that day; tasks without a known deadline left out), of ``notation``."""
    if role not in (None, "lead", "partner"):
        raise ValueError(f"role must be 'lead', 'partner' or None, not {role!r}")
    if role is not None and body is None:
        raise ValueError("role chooses how body takes part in a task: give body too")
    where, values = [], []
    if body is not None:
        where.append(
            "EXISTS (SELECT 1 FROM task_bodies b WHERE b.task_id = t.id AND b.key = ?"
            + (" AND b.role = ?)" if role else ")")
        )
        values += [body_key(body), *([role] if role else [])]
    if due_before is not None:
        where.append("t.deadline < ?")
        values.append(due_before.isoformat())
    if notation is not None:
        where.append("d.notation = ?")
        values.append(_notation(notation))
    chosen = "FROM tasks t JOIN documents d ON d.id = t.document_id " + (
        "WHERE " + " AND ".join(where) if where else ""
    )
    rows = connection.execute(
        "SELECT t.id, d.path, d.sha256, d.notation, t.position, t.path, t.text, t.deadline, t.deadline_text, "
        "t.report_to " + chosen + " ORDER BY d.path, t.position",
        values,
    ).fetchall()
    bodies: dict[int, dict[str, list[str]]] = {}
    for task_id, role_name, name in connection.execute(
        "SELECT task_id, role, name FROM task_bodies WHERE task_id IN (SELECT t.id " + chosen + ") "
        "ORDER BY task_id, role, position",
        values,
    ):
        bodies.setdefault(task_id, {"lead": [], "partner": []})[role_name].append(name)
    entries = []
    for task_id, path, sha, doc_notation, position, division, text, deadline, deadline_text, report_to in rows:
        named = bodies.get(task_id, {"lead": [], "partner": []})
        entries.append(
            TaskEntry(
                id=task_id,
                path=path,
                sha256=sha,
                notation=doc_notation,
                position=position,
                division=division,
                text=text,
                lead=tuple(named["lead"]),
                partners=tuple(named["partner"]),
                deadline=_date(deadline),
                deadline_text=deadline_text,
                report_to=report_to,
            )
        )
    return entries
