"""The index built on a Dask cluster is the index built here (a LocalCluster in this process)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _index_helpers import dump, write_documents

import nghiquyet as nq
from nghiquyet.cli import main

distributed = pytest.importorskip("distributed", reason="the dask extra (dask[distributed]) is not installed")

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None) as local:
        yield local


def _archive(folder: Path) -> Path:
    documents = [
        nq.Document(
            kind=nq.DocumentKind.NGHI_QUYET, notation=nq.Notation.parse(f"{n}-NQ/TU"), date=datetime.date(2025, 1, n)
        )
        for n in range(1, 25)
    ]
    text = "Thực hiện Nghị quyết số 5-NQ/TU, Văn phòng Tỉnh ủy chủ trì."
    documents.append(
        nq.Document(
            body=(
                nq.Task(
                    text=text,
                    spans=(nq.Reference(start=10, end=31, notation=nq.Notation.parse("5-NQ/TU")),),
                    lead=(nq.Organization(name="Văn phòng Tỉnh ủy"),),
                ),
            )
        )
    )
    write_documents(folder, documents)
    (folder / "bad.json").write_text("[", encoding="utf-8")
    return folder


def test_a_cluster_builds_the_database_a_local_run_builds(cluster: Any, tmp_path: Path) -> None:
    folder = _archive(tmp_path / "archive")
    with nq.Index(tmp_path / "local.sqlite") as local, distributed.Client(cluster) as client:
        local.add([folder], jobs=1)
        with nq.Index(tmp_path / "dask.sqlite") as remote:
            summary = remote.add([folder], client=client)
            assert (summary.read, summary.failed) == (25, 1)
            assert dump(remote.connection) == dump(local.connection)
            assert remote.citing("5-NQ/TW") == []
            assert len(remote.citing("5-NQ/TU")) == 1


def test_the_command_line_reads_on_a_scheduler(
    cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _archive(tmp_path / "archive")
    status = main(
        ["index", str(folder), "--db", str(tmp_path / "dask.sqlite"), "--scheduler", cluster.scheduler_address]
    )
    assert status == 0
    assert "26 files: 25 read, 0 unchanged, 1 failed" in capsys.readouterr().out
    with nq.Index(tmp_path / "local.sqlite") as local, nq.Index(tmp_path / "dask.sqlite") as remote:
        local.add([folder], jobs=1)
        assert dump(remote.connection) == dump(local.connection)


def test_an_unreachable_scheduler_is_an_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nghiquyet._cli_index._CONNECT_TIMEOUT", 1)
    folder = _archive(tmp_path / "archive")
    status = main(["index", str(folder), "--db", str(tmp_path / "x.sqlite"), "--scheduler", "tcp://127.0.0.1:9"])
    assert status == 1
    assert "tcp://127.0.0.1:9" in capsys.readouterr().err
