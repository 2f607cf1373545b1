"""The task register exported: CSV for Excel, XLSX and iCalendar, read back with their own readers."""

from __future__ import annotations

import csv
import datetime
import io
import tempfile
from pathlib import Path

import pytest
from _index_helpers import write_documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nghiquyet as nq
from nghiquyet.index import TaskEntry
from nghiquyet.index.exports import COLUMNS
from nghiquyet.testing import documents, tasks

openpyxl = pytest.importorskip("openpyxl", reason="the index extra (openpyxl) is not installed")
icalendar = pytest.importorskip("icalendar", reason="the index extra (icalendar) is not installed")

_WITH_TASKS = documents(body=st.lists(tasks(), min_size=1, max_size=4))


def _register(drawn: list[nq.Document]) -> tuple[list[TaskEntry], dict[str, bytes]]:
    with tempfile.TemporaryDirectory() as folder, nq.Index(":memory:") as index:
        write_documents(Path(folder), drawn)
        index.add([folder], jobs=1)
        return index.tasks(), {name: index.export_tasks(name) for name in ("table", "csv", "xlsx", "ics")}


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WITH_TASKS, min_size=1, max_size=3))
def test_each_export_has_one_row_per_task_and_one_todo_per_dated_task(drawn: list[nq.Document]) -> None:
    entries, exports = _register(drawn)
    expected = [t for d in drawn for t in d.tasks()]
    assert len(entries) == len(expected)

    data = exports["csv"]
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(COLUMNS)
    assert [row[3] for row in rows[1:]] == [t.text for t in expected]
    assert [row[6] for row in rows[1:]] == [
        t.deadline.date.isoformat() if t.deadline and t.deadline.date else "" for t in expected
    ]

    sheet = openpyxl.load_workbook(io.BytesIO(exports["xlsx"])).active
    cells = list(sheet.iter_rows(values_only=True))
    assert cells[0] == COLUMNS
    assert [row[3] for row in cells[1:]] == [t.text for t in expected]
    assert [row[4] or "" for row in cells[1:]] == ["; ".join(b.name for b in t.lead) for t in expected]
    assert [row[5] or "" for row in cells[1:]] == ["; ".join(b.name for b in t.partners) for t in expected]

    calendar = icalendar.Calendar.from_ical(exports["ics"])
    todos = list(calendar.walk("VTODO"))
    dated = [t for t in expected if t.deadline and t.deadline.date]
    assert sorted(todo.decoded("due") for todo in todos) == sorted(t.deadline.date for t in dated)
    assert len({str(todo["uid"]) for todo in todos}) == len(todos)

    assert exports["table"].decode("utf-8").endswith(f"{len(expected)} task(s)\n")


def test_the_calendar_keeps_its_ids_while_the_document_does(tmp_path: Path) -> None:
    task = nq.Task(
        text="Giao Văn phòng Thị ủy theo dõi, báo cáo trước ngày 30/12/2025.",
        lead=(nq.Organization(name="Văn phòng Thị ủy"),),
        deadline=nq.Deadline(text="trước ngày 30/12/2025", date=datetime.date(2025, 12, 30)),
    )
    write_documents(tmp_path / "docs", [nq.Document(body=(task,))])
    ids = []
    for name in ("one.sqlite", "two.sqlite"):
        with nq.Index(tmp_path / name) as index:
            index.add([tmp_path / "docs"], jobs=1)
            calendar = icalendar.Calendar.from_ical(index.export_tasks("ics"))
            (todo,) = calendar.walk("VTODO")
            assert todo.decoded("due") == datetime.date(2025, 12, 30)
            assert "Văn phòng Thị ủy" in str(todo["description"])
            ids.append(str(todo["uid"]))
    assert ids[0] == ids[1]


def test_two_copies_of_one_file_at_two_paths_give_their_tasks_different_ids(tmp_path: Path) -> None:
    task = nq.Task(
        text="Giao Văn phòng Thị ủy theo dõi, báo cáo trước ngày 30/12/2025.",
        deadline=nq.Deadline(text="trước ngày 30/12/2025", date=datetime.date(2025, 12, 30)),
    )
    (one,) = write_documents(tmp_path / "a", [nq.Document(body=(task,))])
    (two,) = write_documents(tmp_path / "b", [nq.Document(body=(task,))])
    assert one.read_bytes() == two.read_bytes()
    runs = []
    for _ in range(2):
        with nq.Index(":memory:") as index:
            index.add([tmp_path], jobs=1)
            calendar = icalendar.Calendar.from_ical(index.export_tasks("ics"))
            runs.append([str(todo["uid"]) for todo in calendar.walk("VTODO")])
    assert len(runs[0]) == 2
    assert len(set(runs[0])) == 2  # a calendar app would merge or drop the second
    assert runs[0] == runs[1]  # and the same on every run


def test_tasks_are_chosen_by_body_role_and_deadline(tmp_path: Path) -> None:
    def task(lead: str, partner: str, due: datetime.date | None) -> nq.Task:
        deadline = nq.Deadline(text="trước ngày …", date=due) if due else None
        return nq.Task(
            text=f"{lead} chủ trì.",
            lead=(nq.Organization(name=lead),),
            partners=(nq.Organization(name=partner),),
            deadline=deadline,
        )

    body = (
        task("Văn phòng Thị ủy", "Ban Tổ chức Thị ủy", datetime.date(2025, 6, 30)),
        task("Ban Tổ chức Thị ủy", "VP Thị uỷ", datetime.date(2026, 6, 30)),
        task("Ban Tuyên giáo Thị ủy", "Ủy ban Kiểm tra Thị ủy", None),
    )
    write_documents(tmp_path / "docs", [nq.Document(body=body)])
    with nq.Index(":memory:") as index:
        index.add([tmp_path / "docs"], jobs=1)
        texts = lambda **where: [t.text for t in index.tasks(**where)]  # noqa: E731
        assert texts(body="VĂN PHÒNG THỊ UỶ") == ["Văn phòng Thị ủy chủ trì.", "Ban Tổ chức Thị ủy chủ trì."]
        assert texts(body="VP Thị ủy", role="lead") == ["Văn phòng Thị ủy chủ trì."]
        assert texts(body="Văn phòng Thị ủy", role="partner") == ["Ban Tổ chức Thị ủy chủ trì."]
        assert texts(due_before=datetime.date(2026, 1, 1)) == ["Văn phòng Thị ủy chủ trì."]
        assert len(texts()) == 3
        with pytest.raises(ValueError, match="role"):
            index.tasks(role="chair")
        with pytest.raises(ValueError, match=r"role.*body"):
            index.tasks(role="lead")  # would otherwise be ignored, all tasks returned
