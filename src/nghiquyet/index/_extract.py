"""What a worker does with one file: hash it, read it, and turn it into rows for the index.

Runs on the workers (local processes or a Dask cluster); everything it returns is plain
tuples of str, int and None, cheap to pickle back to the process that writes the database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import formats
from ..model import Block, Division, Document, ListItem, Organization, Paragraph, Reference, Span, Task
from .vocabulary import body_key, relation_before

__all__ = ["FileRows", "read_chunk"]

#: ``(path, size, mtime_ns, sha256, error, document, citations, tasks, recipients)``; ``document`` is
#: None when the content is the one already indexed (only size and time changed) or the file failed.
FileRows = tuple[str, int, int, str, str | None, Any, list[Any], list[Any], list[Any]]


def read_chunk(items: list[tuple[str, str | None]]) -> list[FileRows]:
    """Rows for each ``(path, sha256 already indexed or None)``, in order."""
    return [read_file(path, known) for path, known in items]


def read_file(path: str, known: str | None) -> FileRows:
    """Rows for one file; a file that cannot be read gives its error, never an exception."""
    try:
        file = Path(path)
        status = file.stat()
        # Read once: the bytes hashed are the bytes parsed, so the stored hash always
        # describes the indexed content, even when the file changes during the run.
        data = file.read_bytes()
    except (OSError, ValueError) as exc:
        return (path, 0, 0, "", f"cannot read: {getattr(exc, 'strerror', None) or exc}", None, [], [], [])
    sha = hashlib.sha256(data).hexdigest()
    size, mtime = status.st_size, status.st_mtime_ns
    if sha == known:
        return (path, size, mtime, sha, None, None, [], [], [])
    try:
        document = formats.read(data, name=file)
        return (path, size, mtime, sha, None, *_rows(document))
    except Exception as exc:  # noqa: BLE001 - one bad file is recorded and the run goes on, whatever the reader raised
        message = str(exc).removeprefix(f"{path}: ")
        error = message if _is_ours(exc) else f"{type(exc).__name__}: {message}"
        return (path, size, mtime, sha, error or type(exc).__name__, None, [], [], [])


def _is_ours(exc: Exception) -> bool:
    from ..errors import NghiquyetError

    return isinstance(exc, NghiquyetError)


def _rows(document: Document) -> tuple[Any, list[Any], list[Any], list[Any]]:
    issuer = document.issuer
    notation = document.notation
    head = (
        document.system.value,
        document.kind.code if document.kind else None,
        str(notation) if notation else None,
        notation.number if notation else None,
        issuer.name if issuer else None,
        body_key(issuer.name) if issuer else None,
        (issuer.code if issuer else None) or (notation.issuer_code if notation else None),
        document.date.isoformat() if document.date else None,
        document.subject,
    )
    citations = [_citation(text, spans, i) for text, spans in _texts(document) for i in _references(spans)]
    tasks = [_task(path, task) for path, task in _tasks(document)]
    recipients = [(r.name, body_key(r.name), r.purpose) for r in document.recipients]
    return head, citations, tasks, recipients


def _references(spans: tuple[Span, ...]) -> Iterator[int]:
    return (i for i, span in enumerate(spans) if isinstance(span, Reference))


def _citation(text: str, spans: tuple[Span, ...], index: int) -> tuple[Any, ...]:
    reference = spans[index]
    assert isinstance(reference, Reference)
    issuer = reference.issuer
    return (
        str(reference.notation) if reference.notation else None,
        reference.kind.code if reference.kind else None,
        reference.date.isoformat() if reference.date else None,
        issuer.name if issuer else None,
        body_key(issuer.name) if issuer else None,
        relation_before(text, spans, index),
    )


def _task(path: str, task: Task) -> tuple[Any, ...]:
    deadline, report_to = task.deadline, task.report_to
    return (
        path,
        task.text,
        deadline.date.isoformat() if deadline and deadline.date else None,
        deadline.text if deadline else None,
        report_to.name if report_to else None,
        body_key(report_to.name) if report_to else None,
        _bodies(task.lead),
        _bodies(task.partners),
    )


def _bodies(bodies: tuple[Organization, ...]) -> list[tuple[str, str]]:
    return [(body.name, body_key(body.name)) for body in bodies]


def _texts(document: Document) -> Iterator[tuple[str, tuple[Span, ...]]]:
    """Each text with its spans, in the order of :meth:`Document.references` (the trích yếu first)."""
    if document.subject_spans:
        yield document.subject or "", document.subject_spans
    for block in document.blocks():
        if isinstance(block, Paragraph | ListItem | Task) and block.spans:
            yield block.text, block.spans


def _tasks(document: Document) -> Iterator[tuple[str, Task]]:
    """Each task with the labels of the divisions that hold it, in the order of :meth:`Document.tasks`."""
    yield from _walk(document.preamble, ())
    yield from _walk(document.body, ())
    for appendix in document.appendices:
        yield from _walk(appendix.body, ())


def _walk(blocks: tuple[Block, ...], labels: tuple[str, ...]) -> Iterator[tuple[str, Task]]:
    for block in blocks:
        if isinstance(block, Task):
            yield "/".join(labels), block
        elif isinstance(block, Division):
            yield from _walk(block.children, (*labels, block.label))
        elif isinstance(block, ListItem):
            yield from _walk(block.children, labels)
