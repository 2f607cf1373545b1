"""``nghiquyet index``, ``cites`` and ``tasks`` from the command line."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from _index_helpers import write_documents

import nghiquyet as nq
from nghiquyet.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    cited = nq.Document(
        kind=nq.DocumentKind.NGHI_QUYET, notation=nq.Notation.parse("34-NQ/TU"), date=datetime.date(2025, 12, 27)
    )
    text = "Thực hiện Nghị quyết số 34-NQ/TU, Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy báo cáo."
    reference = nq.Reference(start=10, end=32, notation=nq.Notation.parse("34-NQ/TU"))
    task = nq.Task(
        text=text,
        spans=(reference,),
        lead=(nq.Organization(name="Văn phòng Tỉnh ủy"),),
        partners=(nq.Organization(name="Ban Tổ chức Tỉnh ủy"),),
        deadline=nq.Deadline(text="trước ngày 31/3/2026", date=datetime.date(2026, 3, 31)),
    )
    undated = nq.Task(text="Các chi bộ triển khai.", lead=(nq.Organization(name="Các chi bộ"),))
    citing = nq.Document(kind=nq.DocumentKind.KE_HOACH, notation=nq.Notation.parse("12-KH/TU"), body=(task, undated))
    write_documents(tmp_path / "archive", [cited, citing])
    (tmp_path / "archive" / "broken.json").write_text("{", encoding="utf-8")
    return tmp_path / "archive"


def test_index_then_ask_who_cites_and_what_is_due(
    capsys: pytest.CaptureFixture[str], archive: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "corpus.sqlite")
    status, out, err = _run(capsys, "index", str(archive), "--db", db, "--jobs", "1")
    assert status == 0
    assert "3 files: 2 read, 0 unchanged, 1 failed, 0 dropped" in out
    assert "broken.json" in err
    status, out, _ = _run(capsys, "index", str(archive), "--db", db)
    assert "3 files: 0 read, 3 unchanged" in out

    status, out, err = _run(capsys, "cites", "34-NQ/TU", "--db", db)
    assert status == 0
    assert out == f"{archive / '001.json'}\t12-KH/TU\tthực hiện\n"
    assert "1 citation(s)" in err

    status, out, _ = _run(capsys, "tasks", "--db", db, "--body", "VP Tỉnh uỷ")
    assert status == 0
    assert "2026-03-31" in out
    assert out.endswith("1 task(s)\n")

    openpyxl = pytest.importorskip("openpyxl", reason="the index extra is not installed")
    icalendar = pytest.importorskip("icalendar", reason="the index extra is not installed")
    assert _run(capsys, "tasks", "--db", db, "-o", str(tmp_path / "t.xlsx"))[0] == 0
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").active.max_row == 3  # a header and two tasks
    assert _run(capsys, "tasks", "--db", db, "--format", "ics", "-o", str(tmp_path / "t.cal"))[0] == 0
    calendar = icalendar.Calendar.from_ical((tmp_path / "t.cal").read_bytes())
    assert [todo.decoded("due") for todo in calendar.walk("VTODO")] == [datetime.date(2026, 3, 31)]
    status, out, _ = _run(capsys, "tasks", "--db", db, "--due-before", "2026-03-31", "--format", "csv")
    assert out.splitlines() == ["\ufeffdocument,notation,division,task,lead,partners,deadline,deadline as printed"]


def test_usage_errors_and_unreadable_indexes(capsys: pytest.CaptureFixture[str], archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "corpus.sqlite"
    status, _, err = _run(capsys, "tasks", "--db", str(db))
    assert status == 1
    assert "no such index" in err
    assert _run(capsys, "index", str(archive), "--db", str(db), "--jobs", "1")[0] == 0
    before = db.read_bytes()
    status, _, err = _run(capsys, "tasks", "--db", str(db), "-o", str(db), "--format", "csv")
    assert status == 2
    assert "refusing to overwrite the input" in err
    assert db.read_bytes() == before
    assert _run(capsys, "tasks", "--db", str(db), "--format", "xlsx")[0] == 2
    assert _run(capsys, "tasks", "--db", str(db), "-o", str(tmp_path / "t.pdf"))[0] == 2
    assert _run(capsys, "index", str(tmp_path / "absent"), "--db", str(db))[0] == 2
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all, not even close" * 40)
    status, _, err = _run(capsys, "cites", "1-NQ/TW", "--db", str(tmp_path / "junk.sqlite"))
    assert status == 1
    assert "junk.sqlite" in err


def test_tasks_refuse_role_without_body(capsys: pytest.CaptureFixture[str], archive: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "corpus.sqlite")
    assert _run(capsys, "index", str(archive), "--db", db, "--jobs", "1")[0] == 0
    status, out, err = _run(capsys, "tasks", "--db", db, "--role", "lead")
    assert status == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "--body" in err
    assert "Traceback" not in err


def test_the_output_file_is_written_atomically(
    capsys: pytest.CaptureFixture[str], archive: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "corpus.sqlite")
    _run(capsys, "index", str(archive), "--db", db, "--jobs", "1")
    target = tmp_path / "tasks.csv"
    target.write_text("old", encoding="utf-8")
    assert _run(capsys, "tasks", "--db", db, "-o", str(target))[0] == 0
    rows = io.StringIO(target.read_text(encoding="utf-8-sig")).read().splitlines()
    assert len(rows) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_tasks_refuse_to_replace_a_read_only_file_before_reading_the_index(
    capsys: pytest.CaptureFixture[str], archive: Path, tmp_path: Path
) -> None:
    db = tmp_path / "corpus.sqlite"
    target = tmp_path / "tasks.csv"
    target.write_text("kept", encoding="utf-8")
    target.chmod(0o444)
    status, _, err = _run(capsys, "tasks", "--db", str(db), "-o", str(target))  # no index yet: refused first
    assert status == 2
    assert err.count("\n") == 1
    assert "read-only" in err
    assert target.read_text(encoding="utf-8") == "kept"
    assert _run(capsys, "index", str(archive), "--db", str(db), "--jobs", "1")[0] == 0
    assert _run(capsys, "tasks", "--db", str(db), "-o", str(target), "--force")[0] == 0
    assert target.read_text(encoding="utf-8-sig").startswith("document,")


def test_tasks_write_standard_output_with_dash(
    capsys: pytest.CaptureFixture[str], archive: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "corpus.sqlite")
    assert main(["index", str(archive), "--db", db, "--jobs", "1"]) == 0
    capsys.readouterr()
    status, out, _ = _run(capsys, "tasks", "--db", db, "--format", "csv", "-o", "-")
    assert status == 0
    assert "Văn phòng Tỉnh ủy" in out
    assert not (Path.cwd() / "-").exists()
    status, out, _ = _run(capsys, "tasks", "--db", db, "-o", "-")  # the table, as without -o
    assert status == 0
    assert out == _run(capsys, "tasks", "--db", db)[1]
    assert out.endswith("task(s)\n")
