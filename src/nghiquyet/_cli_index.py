"""The index subcommands of ``nghiquyet``: ``index``, ``cites`` and ``tasks`` (see :mod:`nghiquyet.index`).

Registered by :func:`add_index_commands`; each ``_cmd_*`` takes the parsed arguments and
returns the exit status, as in :mod:`nghiquyet.cli`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

from ._cli_io import STDIO, UsageError, refuse_output, write_output
from .cli import _date, _jobs, _Progress
from .errors import NghiquyetError
from .index import Index

__all__ = ["add_index_commands"]

#: Seconds to wait for a Dask scheduler to answer.
_CONNECT_TIMEOUT = 30

_EXPORT_SUFFIXES = {".txt": "table", ".csv": "csv", ".xlsx": "xlsx", ".ics": "ics"}


def _client(address: str) -> Any:
    try:
        client_type = importlib.import_module("distributed").Client
    except ImportError:
        raise NghiquyetError("--scheduler needs Dask: pip install 'nghiquyet[dask]'") from None
    try:
        return client_type(address, timeout=_CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise NghiquyetError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def _cmd_index(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    bar: list[_Progress] = []

    def progress(done: int, total: int) -> None:
        if not bar:
            bar.append(_Progress(total, sys.stderr))
        bar[0].update(done)

    show = sys.stderr.isatty() and not args.quiet
    client = _client(args.scheduler) if args.scheduler else None
    try:
        with Index(args.db) as index:
            summary = index.add(
                args.paths, jobs=args.jobs, client=client, rehash=args.rehash, progress=progress if show else None
            )
    finally:
        if bar:
            bar[0].close()
        if client is not None:
            client.close()
    for path, error in summary.errors:
        print(f"nghiquyet: {path}: {error}", file=sys.stderr)
    print(
        f"{summary.found} files: {summary.read} read, {summary.unchanged} unchanged, {summary.failed} failed, "
        f"{summary.dropped} dropped; index {args.db}"
    )
    return 0


def _cmd_cites(args: argparse.Namespace) -> int:
    with Index(args.db, create=False) as index:
        found = index.citing(args.notation)
    for citation in found:
        dated = f" ngày {citation.date:%d/%m/%Y}" if citation.date else ""
        print(f"{citation.path}\t{citation.notation or '-'}\t{citation.relation or '-'}{dated}")
    print(f"{len(found)} citation(s) of {args.notation}", file=sys.stderr)
    return 0


def _cmd_tasks(args: argparse.Namespace) -> int:
    if args.role is not None and args.body is None:
        raise UsageError("--role chooses how --body takes part in a task: give --body too")
    to_file = args.output not in (None, STDIO)
    chosen = args.format or (_EXPORT_SUFFIXES.get(Path(args.output).suffix.lower()) if to_file else "table")
    if chosen is None:
        raise UsageError(f"{args.output}: say the format with --format, or use .txt, .csv, .xlsx or .ics")
    if chosen == "xlsx" and args.output in (None, STDIO):
        raise UsageError("--format xlsx writes a file: give it with -o")
    if args.output:
        refuse_output(args.db, args.output, force=args.force)
    where = {"body": args.body, "role": args.role, "due_before": args.due_before, "notation": args.notation}
    with Index(args.db, create=False) as index:
        data = index.export_tasks(chosen, **where)
    write_output(data, args.output or STDIO)
    return 0


def add_index_commands(commands: Any) -> None:
    """Add ``index``, ``cites`` and ``tasks`` to the subcommands of the ``nghiquyet`` parser."""
    db = {"required": True, "metavar": "FILE.sqlite", "help": "the index (SQLite)"}
    index = commands.add_parser(
        "index",
        help="index documents: citations, tasks, recipients into an SQLite file (incremental)",
        description="Read every document below PATH (text, Word, PDF, scans, JSON, XML) on every core, or on a "
        "Dask cluster, into the SQLite index --db. A re-run reads only new and changed files and drops vanished "
        "ones; a file that cannot be read is recorded with its error and listed, and the run goes on.",
    )
    index.add_argument("paths", nargs="+", metavar="PATH", help="a document file or a folder of them")
    index.add_argument("--db", **db)
    index.add_argument("--scheduler", metavar="ADDRESS", help="read on this Dask scheduler's cluster (tcp://…)")
    index.add_argument("--jobs", type=_jobs, default=None, help="local processes (default: every core)")
    index.add_argument("--rehash", action="store_true", help="hash every file, even those whose size and time match")
    index.add_argument("--quiet", action="store_true", help="no progress bar")
    index.set_defaults(run=_cmd_index)

    cites = commands.add_parser("cites", help="list the indexed documents that cite a notation, with the relation")
    cites.add_argument("notation", metavar="NOTATION", help='the cited document\'s số và ký hiệu, e.g. "57-NQ/TW"')
    cites.add_argument("--db", **db)
    cites.set_defaults(run=_cmd_cites)

    tasks = commands.add_parser(
        "tasks",
        help="the task register: tasks of the index by body and deadline, as a table, CSV, XLSX or iCalendar",
        description="One row per task (document, notation, division, task, lead, partners, deadline); iCalendar: "
        "one VTODO per task with a known deadline. Files are written atomically, never over the index.",
    )
    tasks.add_argument("--db", **db)
    tasks.add_argument(
        "--body", metavar="NAME", help='tasks this body leads or partners ("VP Thị uỷ" = "Văn phòng Thị ủy")'
    )
    tasks.add_argument("--role", choices=("lead", "partner"), help="with --body: only as lead, or only as partner")
    tasks.add_argument("--due-before", type=_date, metavar="DATE", help="tasks due before this day (YYYY-MM-DD)")
    tasks.add_argument("--notation", help="tasks of the documents of this notation")
    tasks.add_argument("--format", choices=("table", "csv", "xlsx", "ics"), help="default: -o's extension, or table")
    tasks.add_argument(
        "-o", "--output", metavar="FILE", help="write to this file (atomically) instead of standard output"
    )
    tasks.add_argument("--force", action="store_true", help="replace FILE even when it is read-only")
    tasks.set_defaults(run=_cmd_tasks)
