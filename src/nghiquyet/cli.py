"""The ``nghiquyet`` command: a thin layer over the public API.

Each subcommand is one ``_cmd_<name>`` function taking the parsed arguments and
returning the exit status, registered in :func:`_build_parser`. Exit status: 0 success,
1 the input is invalid or could not be read, 2 usage errors, 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import formats
from .errors import NghiquyetError
from .files import decode_text, document_files, format_for, read_document, write_document
from .outline import outline
from .text import parse_text
from .validation import Report
from .validation._batch import validate_many

__all__ = ["main"]


class UsageError(Exception):
    """A command line that cannot be run as given (exit status 2)."""


def _cmd_show(args: argparse.Namespace) -> int:
    sys.stdout.write(outline(read_document(args.file)))
    return 0


def _read_text(name: str) -> str:
    """The text of a file, or of standard input when ``name`` is "-" (see :func:`decode_text`)."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        error = NghiquyetError(f"cannot read: {exc.strerror}")
        error.file = name
        raise error from None
    try:
        return decode_text(data)
    except NghiquyetError as exc:
        exc.file = name  # the decoder's message, naming the file where it is printed
        raise


def _cmd_parse(args: argparse.Namespace) -> int:
    document = parse_text(_read_text(args.file))
    for warning in document.warnings:
        where = f"line {warning.line}: " if warning.line else ""
        print(f"nghiquyet: {args.file}: {where}{warning.message}", file=sys.stderr)
    if args.output:
        _refuse_input(args.file, args.output)
        write_document(document, args.output, format=_output_format(args.to, args.output))
    else:
        sys.stdout.buffer.write(formats.get(args.to or "json").write(document))
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


# A file name that is not UTF-8 reaches Python as lone surrogates ("\udcff").
_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_line(record: dict[str, object]) -> str:
    """One JSON line, UTF-8 whatever the file names: their undecodable bytes become
    ``\\udcXX`` escapes, which json.loads turns back into the same name."""
    return _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", json.dumps(record, ensure_ascii=False))


def _print_report(report: Report, output: str) -> None:
    if output == "json":
        sys.stdout.write(_json_line(report.to_dict()) + "\n")
    else:
        for problem in report.problems:
            sys.stdout.write(f"{problem}\n")


def _print_summary(counts: dict[str, int], output: str) -> None:
    if output == "json":
        sys.stdout.write(_json_line({"summary": {**counts, "valid": counts["files"] - counts["invalid"]}}) + "\n")
        return
    valid = counts["files"] - counts["invalid"]
    sys.stdout.write(
        f"{counts['files']} files checked: {valid} valid, {counts['invalid']} invalid "
        f"({counts['errors']} errors, {counts['warnings']} warnings)\n"
    )


def _output_format(to: str | None, output: str) -> str:
    """--to, or else the format the output's extension names; a guess would write JSON into "x.htm"."""
    chosen = to or format_for(output)
    if chosen is None:
        raise UsageError(f"{output}: say the output format with --to, or use a known extension ({_SUFFIXES})")
    return chosen


def _cmd_convert(args: argparse.Namespace) -> int:
    chosen = _output_format(args.to, args.output)
    _refuse_input(args.input, args.output)
    write_document(read_document(args.input), args.output, format=chosen)
    return 0


def _cmd_render(args: argparse.Namespace) -> int:
    _refuse_input(args.file, args.output)
    write_document(read_document(args.file), args.output, format="html")
    return 0


def _refuse_input(source: str, target: str) -> None:
    """Never write over the file being read, however its path is spelled."""
    first, second = Path(source), Path(target)
    try:
        same = first.resolve() == second.resolve() or (second.exists() and first.samefile(second))
    except OSError:
        same = False
    if same:
        raise UsageError(f"{target}: refusing to overwrite the input file")


_SUFFIXES = ", ".join(f.suffixes[0] for f in formats.registered() if f.writes)
_CHECKED = " and ".join(f"*{s}" for f in formats.registered() if f.checks for s in f.suffixes[:1] if s.count(".") == 1)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nghiquyet",
        description="Read, convert and validate Vietnamese Party documents (văn bản của Đảng).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    writable = sorted(f.name for f in formats.registered() if f.writes)
    any_file = f"a document file ({', '.join(f.name for f in formats.registered() if f.reads)}), told by its content"

    show = commands.add_parser("show", help="print a document's outline: header, divisions, tasks, references")
    show.add_argument("file", help=any_file)
    show.set_defaults(run=_cmd_show)

    parse = commands.add_parser("parse", help="read a document from plain text (Word/PDF export, markdown, OCR)")
    parse.add_argument("file", help="a text file, or - for standard input")
    parse.add_argument("--to", choices=writable, default=None, help="output format (default: -o's extension, or json)")
    parse.add_argument(
        "-o", "--output", metavar="OUT", help="write to this file (atomically) instead of standard output"
    )
    parse.set_defaults(run=_cmd_parse)

    render = commands.add_parser(
        "render", help="write a document as one self-contained HTML page in the official layout (A4, print-ready)"
    )
    render.add_argument("file", help=any_file)
    render.add_argument("-o", "--output", required=True, metavar="OUT.html", help="the HTML file to write")
    render.set_defaults(run=_cmd_render)

    validate = commands.add_parser(
        "validate",
        help="check document files (XML, JSON) against the schema and the domain rules",
        description=f"Check files and folders (recursing over {_CHECKED}). Prints one line per "
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
        help="convert a document from one format to another",
        description="Read IN (JSON, XML, Akoma Ntoso, edXML or text, told by its content) and write OUT in "
        f"the format --to names, or else its extension names ({_SUFFIXES}). OUT is written atomically "
        "and is never the input file.",
    )
    convert.add_argument("input", metavar="IN", help="the document to read")
    convert.add_argument("output", metavar="OUT", help="the file to write")
    convert.add_argument("--to", choices=writable, default=None, help="the output format")
    convert.set_defaults(run=_cmd_convert)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        # Print a file name that is not UTF-8 as its bytes, as ls does, not a UnicodeEncodeError.
        sys.stdout.reconfigure(errors="surrogateescape")
    try:
        status: int = args.run(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"nghiquyet {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except NghiquyetError as exc:
        print(f"nghiquyet: {f'{exc.file}: ' if exc.file else ''}{exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `nghiquyet show … | head`
        return 0
    except KeyboardInterrupt:  # Ctrl-C on a long validate: the shell's status, not a traceback
        print(file=sys.stderr)
        return 130
    return status


if __name__ == "__main__":
    raise SystemExit(main())
