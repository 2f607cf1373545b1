"""Building the index from generated documents: it holds what the model says, and stays current."""

from __future__ import annotations

import datetime
import os
import tempfile
from pathlib import Path

import pytest
from _index_helpers import (
    by_path,
    index_citations,
    index_recipients,
    index_tasks,
    model_citations,
    model_tasks,
    write_documents,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nghiquyet as nq
from nghiquyet.testing import documents

_FEW = settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])


@_FEW
@given(st.lists(documents(), min_size=1, max_size=4))
def test_citations_tasks_and_recipients_in_the_index_are_those_of_the_documents(drawn: list[nq.Document]) -> None:
    with tempfile.TemporaryDirectory() as folder, nq.Index(":memory:") as index:
        paths = write_documents(Path(folder), drawn)
        summary = index.add([folder], jobs=1)
        assert (summary.found, summary.read, summary.failed) == (len(drawn), len(drawn), 0)
        for path in paths:
            document = nq.read_document(path)
            assert index_citations(index, path) == model_citations(document)
            assert index_tasks(index, path) == model_tasks(document)
            assert index_recipients(index, path) == [(r.name, r.purpose) for r in document.recipients]
            (row,) = [d for d in index.documents() if d.path == str(path)]
            assert row.notation == (str(document.notation) if document.notation else None)
            assert row.date == document.date
            assert row.kind == (document.kind.code if document.kind else None)


def _cited_document(notation: str, date: datetime.date, paragraph: str = "Nội dung.") -> nq.Document:
    return nq.Document(
        kind=nq.DocumentKind.NGHI_QUYET,
        notation=nq.Notation.parse(notation),
        date=date,
        body=(nq.Paragraph(text=paragraph),),
    )


def _citing_document(notation: str, date: datetime.date | None) -> nq.Document:
    text = f"Thực hiện Nghị quyết số {notation} của Tỉnh ủy, Đảng ủy xây dựng kế hoạch."
    start = text.index("Nghị quyết")
    reference = nq.Reference(start=start, end=text.index(" của"), notation=nq.Notation.parse(notation), date=date)
    return nq.Document(kind=nq.DocumentKind.KE_HOACH, body=(nq.Paragraph(text=text, spans=(reference,)),))


def _cited_path(index: nq.Index, notation: str) -> list[tuple[str | None, str | None]]:
    return [(c.relation, c.cited_path) for c in index.citing(notation)]


def test_a_citation_points_at_the_indexed_document_of_its_notation(tmp_path: Path) -> None:
    cited, citing = write_documents(
        tmp_path, [_cited_document("12-NQ/TU", datetime.date(2023, 4, 5)), _citing_document("12-NQ/TU", None)]
    )
    with nq.Index(tmp_path / "i.sqlite") as index:
        index.add([tmp_path], jobs=1)
        assert _cited_path(index, "12 - NQ/TU") == [("thực hiện", str(cited))]
        assert [c.path for c in index.citing("12-NQ/TU")] == [str(citing)]
        assert index.cited_by("12-NQ/TU") == []


def test_two_documents_of_one_notation_are_told_apart_by_the_date_cited_or_left_unresolved(tmp_path: Path) -> None:
    day = datetime.date(2023, 4, 5)
    first, second, _ = write_documents(
        tmp_path,
        [
            _cited_document("12-NQ/TU", day),
            _cited_document("12-NQ/TU", datetime.date(2019, 1, 2), "Một tỉnh khác."),
            _citing_document("12-NQ/TU", day),
        ],
    )
    with nq.Index(tmp_path / "i.sqlite") as index:
        index.add([tmp_path], jobs=1)
        assert _cited_path(index, "12-NQ/TU") == [("thực hiện", str(first))]
        nq.write_document(_citing_document("12-NQ/TU", None), tmp_path / "002.json")
        os.utime(tmp_path / "002.json", ns=(1, 1))
        index.add([tmp_path], jobs=1)
        assert _cited_path(index, "12-NQ/TU") == [("thực hiện", None)]  # either could be meant
        second.unlink()
        index.add([tmp_path], jobs=1)
        assert _cited_path(index, "12-NQ/TU") == [("thực hiện", str(first))]


def test_a_re_run_reads_only_what_changed_and_drops_what_vanished(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    drawn = [_cited_document(f"{n}-NQ/TU", datetime.date(2024, 1, n)) for n in range(1, 6)]
    paths = write_documents(folder, drawn)
    with nq.Index(tmp_path / "i.sqlite") as index:
        first = index.add([folder], jobs=1)
        assert (first.found, first.read, first.unchanged) == (5, 5, 0)
        again = index.add([folder], jobs=1)
        assert (again.found, again.read, again.unchanged, again.dropped) == (5, 0, 5, 0)
        nq.write_document(_cited_document("99-NQ/TU", datetime.date(2025, 2, 2)), paths[1])  # changed
        os.utime(paths[1], ns=(10**18, 10**18))
        os.utime(paths[2], ns=(10**18, 10**18))  # touched, same content
        paths[3].unlink()  # vanished
        nq.write_document(drawn[0], folder / "new.json")  # new
        third = index.add([folder], jobs=1)
        assert (third.found, third.read, third.unchanged, third.dropped) == (5, 2, 3, 1)
        incremental = by_path(index.connection)
    with nq.Index(tmp_path / "fresh.sqlite") as fresh:
        fresh.add([folder], jobs=1)
        assert by_path(fresh.connection) == incremental
    assert {d.notation for d in nq.Index(tmp_path / "i.sqlite").documents()} == {
        "1-NQ/TU",
        "99-NQ/TU",
        "3-NQ/TU",
        "5-NQ/TU",
    }


def test_indexing_one_folder_leaves_the_others_in_the_index(tmp_path: Path) -> None:
    one = write_documents(tmp_path / "one", [_cited_document("1-NQ/TU", datetime.date(2024, 1, 1))])
    write_documents(tmp_path / "two", [_cited_document("2-NQ/TU", datetime.date(2024, 1, 2))])
    with nq.Index(tmp_path / "i.sqlite") as index:
        index.add([tmp_path / "one", tmp_path / "two"], jobs=1)
        one[0].unlink()
        assert index.add([tmp_path / "two"], jobs=1).dropped == 0
        assert index.add([tmp_path / "one"], jobs=1).dropped == 1
        assert [d.notation for d in index.documents()] == ["2-NQ/TU"]


def test_a_file_that_fails_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    write_documents(tmp_path, [_cited_document("7-NQ/TU", datetime.date(2024, 7, 7))])
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "nghiquyet/1", "kind": 12}', encoding="utf-8")
    (tmp_path / "notes.tsv").write_text("not a document suffix", encoding="utf-8")
    with nq.Index(tmp_path / "i.sqlite") as index:
        summary = index.add([tmp_path], jobs=1)
        assert (summary.found, summary.read, summary.failed) == (2, 1, 1)
        assert [path for path, _ in summary.errors] == [str(bad)]
        (failure,) = index.failures()
        assert failure.path == str(bad)
        assert failure.error
        assert str(bad) not in failure.error  # the path is in its own column
        assert index.add([tmp_path], jobs=1).failed == 0  # unchanged: not read again
        nq.write_document(_cited_document("8-NQ/TU", datetime.date(2024, 8, 8)), bad)
        os.utime(bad, ns=(10**18, 10**18))
        assert index.add([tmp_path], jobs=1).read == 1
        assert index.failures() == []


def test_local_processes_build_the_same_database_as_one_process(tmp_path: Path) -> None:
    drawn = [_cited_document(f"{n}-NQ/TU", datetime.date(2024, 1, n)) for n in range(1, 20)]
    drawn.append(_citing_document("3-NQ/TU", None))
    write_documents(tmp_path / "docs", drawn)
    with nq.Index(tmp_path / "one.sqlite") as one, nq.Index(tmp_path / "two.sqlite") as two:
        one.add([tmp_path / "docs"], jobs=1)
        two.add([tmp_path / "docs"], jobs=2)
        from _index_helpers import dump

        assert dump(one.connection) == dump(two.connection)


def test_an_index_refuses_what_is_not_one(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    import sqlite3

    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(nq.NghiquyetError, match=r"other\.sqlite"):
        nq.Index(other)
    with pytest.raises(nq.NghiquyetError, match="no such index"):
        nq.Index(tmp_path / "missing.sqlite", create=False)
    with pytest.raises(nq.NghiquyetError, match="no such file"), nq.Index(":memory:") as index:
        index.add([tmp_path / "absent"])
    with pytest.raises(TypeError, match="one path"), nq.Index(":memory:") as index:
        index.add(str(tmp_path))


def test_importing_nghiquyet_loads_no_database_export_or_cluster_library() -> None:
    import subprocess
    import sys

    heavy = ("sqlite3", "openpyxl", "icalendar", "dask", "distributed", "multiprocessing")
    code = f"import sys, nghiquyet; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_progress_is_told_of_every_file(tmp_path: Path) -> None:
    write_documents(tmp_path / "docs", [_cited_document(f"{n}-NQ/TU", datetime.date(2024, 1, n)) for n in (1, 2, 3)])
    seen: list[tuple[int, int]] = []
    with nq.Index(":memory:") as index:
        index.add([tmp_path / "docs"], jobs=1, progress=lambda done, total: seen.append((done, total)))
        assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
        seen.clear()
        index.add([tmp_path / "docs"], jobs=1, progress=lambda done, total: seen.append((done, total)))
        assert seen == [(3, 3)]


def test_a_file_that_is_not_a_database_or_of_another_schema_is_refused_by_name(tmp_path: Path) -> None:
    import sqlite3

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all, not even close" * 40)
    with pytest.raises(nq.NghiquyetError, match=r"junk\.sqlite: not a nghiquyet index") as caught:
        nq.Index(junk)
    assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)
    newer = tmp_path / "newer.sqlite"
    nq.Index(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    connection.close()
    with pytest.raises(nq.NghiquyetError, match=r"newer\.sqlite: index schema version 99"):
        nq.Index(newer)


def test_a_locked_database_is_a_nghiquyet_error_naming_the_file(tmp_path: Path) -> None:
    import sqlite3

    from nghiquyet.index.build import build

    write_documents(tmp_path / "docs", [_cited_document("7-NQ/TU", datetime.date(2024, 7, 7))])
    db = tmp_path / "shared.sqlite"
    nq.Index(db).close()
    other = sqlite3.connect(db)
    other.execute("BEGIN IMMEDIATE")  # another run is writing
    mine = sqlite3.connect(db, timeout=0)
    try:
        with pytest.raises(nq.NghiquyetError, match=r"shared\.sqlite.*locked") as caught:
            build(mine, [tmp_path / "docs"], jobs=1)
        assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    finally:
        mine.close()
        other.rollback()
        other.close()


class _FailingCommit:
    """A connection whose commit fails (a full disk): all else goes to the real one."""

    def __init__(self, connection: object) -> None:
        self._connection = connection

    def commit(self) -> None:
        import sqlite3

        raise sqlite3.OperationalError("database or disk is full")

    def __getattr__(self, name: str) -> object:
        return getattr(self._connection, name)


def test_a_broken_process_pool_is_reported_and_not_masked_by_the_cleanup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3
    from concurrent.futures.process import BrokenProcessPool

    from nghiquyet.index import build as build_module

    def broken(*args: object, **kwargs: object) -> object:
        raise BrokenProcessPool("a worker died")

    write_documents(tmp_path / "docs", [_cited_document("7-NQ/TU", datetime.date(2024, 7, 7))])
    monkeypatch.setattr(build_module, "map_in_order", broken)
    with nq.Index(tmp_path / "pool.sqlite") as index:
        with pytest.raises(nq.NghiquyetError, match=r"pool\.sqlite.*a worker died") as caught:
            build_module.build(index.connection, [tmp_path / "docs"], jobs=2)
        assert isinstance(caught.value.__cause__, BrokenProcessPool)
        connection: sqlite3.Connection = _FailingCommit(index.connection)  # type: ignore[assignment]
        with pytest.raises(nq.NghiquyetError, match="a worker died") as caught:
            build_module.build(connection, [tmp_path / "docs"], jobs=2)
        assert isinstance(caught.value.__cause__, BrokenProcessPool)  # not the failed commit
