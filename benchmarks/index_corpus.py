"""The corpus index: its citations against the facts, re-run cost, and throughput per core.

Run: python benchmarks/index_corpus.py [CORPUS_DIR] [--copies N] [--dask]

CORPUS_DIR defaults to ../shared/corpus beside the repository. Prints:

- citations: precision, recall and F1 of the distinct notations each indexed text cites
  (its own left out) against ``facts/*.json`` "references", and the citations of corpus
  documents that resolve to the file holding that notation;
- tasks and exports: task rows against the tasks the parser finds, CSV/XLSX rows and
  iCalendar VTODOs read back with csv, openpyxl and icalendar;
- re-run: the time of a re-run of the unchanged folder as a fraction of the first run;
- throughput: files per second indexing N copies of the corpus texts with 1 process and
  with every core (and, with --dask, on a LocalCluster of one process per core); the
  ratio of the two is how reading scales on this machine, measured in the same run.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import nghiquyet as nq

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def citations_f1(index: nq.Index, corpus: Path) -> tuple[float, float, float, int, int]:
    hit = found_total = gold_total = resolved = resolvable = 0
    facts = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((corpus / "facts").glob("*.json"))]
    by_notation: dict[str, list[str]] = {}
    for fact in facts:
        if fact["notation"]:
            by_notation.setdefault(fact["notation"], []).append(str((corpus / fact["file"]).absolute()))
    rows = {d.path: d for d in index.documents()}
    for fact in facts:
        path = str((corpus / fact["file"]).absolute())
        document = rows.get(path)
        cites = list(
            index.connection.execute(
                "SELECT c.notation, cited.path FROM citations c JOIN documents d ON d.id = c.document_id "
                "LEFT JOIN documents cited ON cited.id = c.cited_document_id WHERE d.path = ?",
                (path,),
            )
        )
        found = {n for n, _ in cites if n} - {document.notation if document else None}
        wanted = set(fact["references"] or [])
        hit, found_total, gold_total = hit + len(found & wanted), found_total + len(found), gold_total + len(wanted)
        for notation in wanted:
            if len(by_notation.get(notation, [])) == 1:
                resolvable += 1
                resolved += {p for n, p in cites if n == notation} == set(by_notation[notation])
    precision, recall = hit / max(found_total, 1), hit / max(gold_total, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9), resolved, resolvable


def timed_build(folder: Path, db: Path, **options: object) -> tuple[float, nq.Index]:
    index = nq.Index(db)
    start = time.perf_counter()
    index.add([folder], **options)  # type: ignore[arg-type]
    return time.perf_counter() - start, index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--copies", type=int, default=10, help="copies of the corpus texts for the throughput")
    parser.add_argument("--dask", action="store_true", help="also time a Dask LocalCluster")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nq-index-"))
    try:
        first, index = timed_build(args.corpus, work / "corpus.sqlite")
        start = time.perf_counter()
        again = index.add([args.corpus])
        rerun = time.perf_counter() - start
        summary = index.documents()
        print(
            f"corpus: {len(summary)} files, {sum(d.error is not None for d in summary)} failed "
            f"(recorded); first run {first:.3f} s, re-run {rerun:.4f} s = {rerun / first:.3f} of the first "
            f"({again.read} read, {again.unchanged} unchanged)"
        )
        precision, recall, f1, resolved, resolvable = citations_f1(index, args.corpus)
        print(
            f"citations vs facts: P={precision:.3f} R={recall:.3f} F1={f1:.3f}; "
            f"resolved inside the corpus {resolved}/{resolvable}"
        )
        parsed = sum(len(list(nq.read_document(d.path).tasks())) for d in summary if d.error is None)
        entries = index.tasks()
        dated = sum(t.deadline is not None for t in entries)
        csv_rows = len(list(csv.reader(io.StringIO(index.export_tasks("csv").decode("utf-8-sig"))))) - 1
        import icalendar
        import openpyxl

        xlsx_rows = openpyxl.load_workbook(io.BytesIO(index.export_tasks("xlsx"))).active.max_row - 1
        todos = len(icalendar.Calendar.from_ical(index.export_tasks("ics")).walk("VTODO"))
        print(
            f"tasks: {len(entries)} rows, parser finds {parsed}; csv {csv_rows} rows, xlsx {xlsx_rows} rows, "
            f"ics {todos} VTODO for {dated} dated tasks"
        )
        index.close()

        many = work / "many"
        texts = sorted(args.corpus.glob("*.txt"))
        for copy in range(args.copies):
            (many / f"{copy:03}").mkdir(parents=True)
            for text in texts:
                shutil.copyfile(text, many / f"{copy:03}" / text.name)
        files = len(texts) * args.copies
        megabytes = sum(t.stat().st_size for t in texts) * args.copies / 1e6
        cores = os.cpu_count() or 1
        cpu = time.process_time()
        one, _ = timed_build(many, work / "one.sqlite", jobs=1)
        cpu = time.process_time() - cpu
        print(
            f"throughput, {files} files ({megabytes:.1f} MB): 1 process {files / one:.0f} files/s "
            f"({megabytes / one:.2f} MB/s); per CPU second (steadier on a loaded machine): "
            f"{files / cpu:.0f} files, {megabytes / cpu:.2f} MB"
        )
        every, _ = timed_build(many, work / "all.sqlite", jobs=cores)
        print(f"  {cores} processes {files / every:.0f} files/s: {one / every:.2f}x one process")
        if args.dask:
            from distributed import Client, LocalCluster

            with (
                LocalCluster(n_workers=cores, threads_per_worker=1, dashboard_address=None) as cluster,
                Client(cluster) as client,
            ):
                client.run(importlib.import_module, "nghiquyet.index._extract")  # workers warm before the clock
                client.run(nq.parse_text, texts[0].read_text(encoding="utf-8"))
                on_dask, remote = timed_build(many, work / "dask.sqlite", client=client)
            local = nq.Index(work / "one.sqlite")
            same = all(
                sorted(local.connection.execute(f"SELECT * FROM {table}"))
                == sorted(remote.connection.execute(f"SELECT * FROM {table}"))
                for table in ("documents", "citations", "tasks", "task_bodies", "recipients")
            )
            print(f"  the database built on Dask equals the one-process database: {same}")
            print(
                f"  Dask LocalCluster, {cores} workers: {files / on_dask:.0f} files/s: {one / on_dask:.2f}x one process"
            )
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
