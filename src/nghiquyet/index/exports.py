"""The task register out of the index: a text table, CSV for Excel, XLSX, and iCalendar.

One row per task in the table, CSV and XLSX: document (file), notation, division, task
text, lead, partners, deadline (ISO date) and deadline as printed. The iCalendar file holds
one VTODO per task whose deadline is a known day, with DUE on that day, SUMMARY the start
of its text, DESCRIPTION the whole text with its lead and partners, and a UID that stays
the same while the document's content does (its SHA-256 and the task's position). openpyxl
and icalendar are imported only here, when an export is asked for (extra ``nghiquyet[index]``).
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
from collections.abc import Sequence
from typing import Any

from ..errors import NghiquyetError
from .queries import TaskEntry

__all__ = ["COLUMNS", "EXPORTS", "tasks_csv", "tasks_ics", "tasks_table", "tasks_xlsx"]

#: The columns of the table, CSV and XLSX exports, in order.
COLUMNS = ("document", "notation", "division", "task", "lead", "partners", "deadline", "deadline as printed")


def _cells(entry: TaskEntry) -> tuple[Any, ...]:
    return (
        entry.path,
        entry.notation or "",
        entry.division,
        entry.text,
        "; ".join(entry.lead),
        "; ".join(entry.partners),
        entry.deadline,
        entry.deadline_text or "",
    )


def tasks_csv(entries: Sequence[TaskEntry]) -> bytes:
    """CSV in UTF-8 with a byte order mark, so that Excel opens the Vietnamese text as such."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for entry in entries:
        writer.writerow(
            ("" if cell is None else cell.isoformat() if isinstance(cell, datetime.date) else cell)
            for cell in _cells(entry)
        )
    return out.getvalue().encode("utf-8-sig")


def _need(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise NghiquyetError(f"this export needs {module}: pip install 'nghiquyet[index]'") from None


def tasks_xlsx(entries: Sequence[TaskEntry]) -> bytes:
    """An Excel workbook, one sheet "Tasks": a header row, then one row per task."""
    openpyxl = _need("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Tasks"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = openpyxl.styles.Font(bold=True)
    for entry in entries:
        sheet.append(_cells(entry))
    for row in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        row[0].number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def tasks_ics(entries: Sequence[TaskEntry], *, stamp: datetime.datetime | None = None) -> bytes:
    """An iCalendar file: one VTODO with DUE per task that has a known deadline day."""
    icalendar = _need("icalendar")
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//nghiquyet//task register//VI")
    calendar.add("version", "2.0")
    now = stamp or datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    for entry in entries:
        if entry.deadline is None:
            continue
        todo = icalendar.Todo()
        todo.add("uid", _uid(entry))
        todo.add("dtstamp", now)
        todo.add("due", entry.deadline)
        todo.add("summary", _summary(entry))
        lines = [entry.text, f"Chủ trì: {'; '.join(entry.lead)}" if entry.lead else ""]
        lines += [f"Phối hợp: {'; '.join(entry.partners)}" if entry.partners else "", entry.path]
        todo.add("description", "\n".join(line for line in lines if line))
        todo.add("status", "NEEDS-ACTION")
        calendar.add_component(todo)
    data: bytes = calendar.to_ical()
    return data


def _uid(entry: TaskEntry) -> str:
    """The task's iCalendar UID: the file's content and path (two copies of one file at two
    paths are two documents, so their tasks must not merge) and the task's position; the same
    on every run over the same file."""
    where = hashlib.sha256(entry.path.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{entry.sha256[:16]}-{where}-{entry.position}@nghiquyet"


def _summary(entry: TaskEntry, width: int = 120) -> str:
    head = f"{entry.notation}: " if entry.notation else ""
    text = entry.text if len(entry.text) <= width else entry.text[: width - 1].rstrip() + "…"
    return head + text


def tasks_table(entries: Sequence[TaskEntry], *, width: int = 70) -> str:
    """A plain text table for a terminal: deadline, notation, lead, and the start of the task."""
    lines = []
    for entry in entries:
        due = entry.deadline.isoformat() if entry.deadline else (entry.deadline_text or "-")[:10]
        text = entry.text if len(entry.text) <= width else entry.text[: width - 1] + "…"
        lead = "; ".join(entry.lead) or "-"
        lines.append(f"{due:<10}  {entry.notation or '-':<14}  {lead[:30]:<30}  {text}")
    return "".join(line + "\n" for line in lines) + f"{len(entries)} task(s)\n"


#: The exports by format name: what :meth:`Index.export <nghiquyet.Index.export>` and the CLI offer.
EXPORTS = {
    "table": lambda entries: tasks_table(entries).encode("utf-8"),
    "csv": tasks_csv,
    "xlsx": tasks_xlsx,
    "ics": tasks_ics,
}
