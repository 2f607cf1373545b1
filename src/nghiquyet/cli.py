"""The ``nghiquyet`` command: a thin layer over the public API.

Each subcommand is one ``_cmd_<name>`` function taking the parsed arguments and
returning the exit status, registered in :func:`_build_parser`. Exit status: 0 success,
1 the input is invalid or could not be read, 2 usage errors.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import secrets
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import formats
from ._batch import validate_many
from ._files import document_files
from .errors import NghiquyetError
from .formats.html import to_html
from .model import Document
from .outline import outline
from .validate import Report

__all__ = ["main"]


def read_document(path: Path) -> Document:
    """Read a document file by its extension (.json; other formats as they are added)."""
    readers = formats.readers()
    reader = readers.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(readers))
        raise NghiquyetError(f"{path}: unknown file type {path.suffix!r} (known: {known})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NghiquyetError(f"{path}: cannot read: {exc.strerror}") from None
    return reader(data)


class UsageError(Exception):
    """A command line that cannot be run as given (exit status 2)."""


def _cmd_show(args: argparse.Namespace) -> int:
    sys.stdout.write(outline(read_document(Path(args.file))))
    return 0


class _Progress:
    """A one-line progress bar on a terminal's stderr; silent when stderr is piped."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.shown = 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if now - self.shown < 0.1 and done < self.total:
            return
        self.shown = now
        width = 30
        filled = width * done // max(self.total, 1)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} files")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar (before other output on the same terminal, and at the end)."""
        self.stream.write("\r\033[K")
        self.stream.flush()
        self.shown = 0.0


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return int(text)


def _cmd_validate(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    progress = None
    if sys.stderr.isatty() and not args.quiet:
        progress = _Progress(sum(1 for _ in document_files(args.paths)), sys.stderr)
    reports = validate_many(document_files(args.paths), today=args.today, jobs=args.jobs)
    counts = {"files": 0, "invalid": 0, "errors": 0, "warnings": 0}
    try:
        for report in reports:
            _count(report, counts)
            if progress is not None and (report.problems or args.format == "json"):
                progress.close()
                sys.stdout.flush()
            _print_report(report, args.format)
            if progress is not None:
                sys.stdout.flush()
                progress.update(counts["files"])
    finally:
        if progress is not None:
            progress.close()
    _print_summary(counts, args.format)
    return 1 if counts["invalid"] else 0


def _count(report: Report, counts: dict[str, int]) -> None:
    counts["files"] += 1
    counts["invalid"] += not report.ok
    for problem in report.problems:
        counts["errors" if problem.severity == "error" else "warnings"] += 1


def _print_report(report: Report, output: str) -> None:
    if output == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        for problem in report.problems:
            sys.stdout.write(f"{problem}\n")


def _print_summary(counts: dict[str, int], output: str) -> None:
    if output == "json":
        sys.stdout.write(json.dumps({"summary": {**counts, "valid": counts["files"] - counts["invalid"]}}) + "\n")
        return
    valid = counts["files"] - counts["invalid"]
    sys.stdout.write(
        f"{counts['files']} files checked: {valid} valid, {counts['invalid']} invalid "
        f"({counts['errors']} errors, {counts['warnings']} warnings)\n"
    )


def _cmd_convert(args: argparse.Namespace) -> int:
    source, target = Path(args.input), Path(args.output)
    writer = formats.writers().get(target.suffix.lower())
    if writer is None:
        known = ", ".join(sorted(formats.writers()))
        raise UsageError(f"{target}: unknown output type {target.suffix!r} (known: {known})")
    if source.suffix.lower() not in formats.readers():
        known = ", ".join(sorted(formats.readers()))
        raise UsageError(f"{source}: unknown input type {source.suffix!r} (known: {known})")
    if _same_file(source, target):
        raise UsageError(f"{target}: refusing to overwrite the input file")
    write_atomically(target, writer(read_document(source)))
    return 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, so that a
    reader never sees half a file and a failed write leaves the old one in place."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        # os.open with mode 0o666 lets the umask decide, as for any file the user creates.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(descriptor, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise NghiquyetError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve() or (second.exists() and first.samefile(second))
    except OSError:
        return False


def _cmd_render(args: argparse.Namespace) -> int:
    source, target = Path(args.file), Path(args.output)
    if _same_file(source, target):
        raise NghiquyetError(f"{target}: refusing to overwrite the input file")
    write_atomically(target, to_html(read_document(source)).encode("utf-8"))
    return 0


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nghiquyet",
        description="Read, convert and validate Vietnamese Party documents (văn bản của Đảng).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    show = commands.add_parser("show", help="print a document's outline: header, divisions, tasks, references")
    show.add_argument("file", help="a document file (.json)")
    show.set_defaults(run=_cmd_show)

    render = commands.add_parser(
        "render", help="write a document as one self-contained HTML page in the official layout (A4, print-ready)"
    )
    render.add_argument("file", help="a document file (.json)")
    render.add_argument("-o", "--output", required=True, metavar="OUT.html", help="the HTML file to write")
    render.set_defaults(run=_cmd_render)

    validate = commands.add_parser(
        "validate",
        help="check document files (XML, JSON) against the schema and the domain rules",
        description="Check files and folders (recursing over *.xml and *.json). Prints one line per "
        "problem as 'file:line: severity rule-id message' and a summary. Exit status 0 when every "
        "file is valid (warnings allowed), 1 when any is not, 2 on usage errors.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="a document file or a folder of them")
    validate.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: one JSON object per file, then a summary"
    )
    validate.add_argument("--today", type=_date, default=None, help="the date no document may pass (YYYY-MM-DD)")
    validate.add_argument("--jobs", type=_jobs, default=None, help="processes to use (default: every core)")
    validate.add_argument("--quiet", action="store_true", help="no progress bar")
    validate.set_defaults(run=_cmd_validate)

    convert = commands.add_parser(
        "convert",
        help="convert a document between JSON and XML, by the files' extensions",
        description="Read IN and write OUT in the format their extensions name (.json, .xml). OUT is "
        "written atomically and is never the input file.",
    )
    convert.add_argument("input", metavar="IN", help="the document to read")
    convert.add_argument("output", metavar="OUT", help="the file to write")
    convert.set_defaults(run=_cmd_convert)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"nghiquyet {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except NghiquyetError as exc:
        print(f"nghiquyet: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `nghiquyet show … | head`
        return 0
    return status


if __name__ == "__main__":
    raise SystemExit(main())
