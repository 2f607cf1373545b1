"""The ``nghiquyet`` command: a thin layer over the public API.

Each subcommand is one ``_cmd_<name>`` function taking the parsed arguments and
returning the exit status, registered in :func:`_build_parser`. Exit status: 0 success,
1 the input is invalid or could not be read, 2 usage errors, 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import io
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

import attrs

from . import formats
from ._cli_io import (
    STDIO,
    UsageError,
    check_output,
    print_warnings,
    read_input,
    read_input_document,
    shown_name,
    write_output,
)
from .errors import NghiquyetError
from .files import document_files
from .formats.html import pdf_engine, to_pdf
from .formats.originals import read_original
from .originals import OCR_MODES, sniff
from .outline import outline
from .validation import Report, validate
from .validation._batch import validate_many

__all__ = ["main"]


def _cmd_show(args: argparse.Namespace) -> int:
    document = read_input_document(args.file, ocr=args.ocr)
    print_warnings(document, args.file)
    sys.stdout.write(outline(document))
    return 0


def _cmd_parse(args: argparse.Namespace) -> int:
    target = args.output or STDIO
    chosen = check_output(args.file, target, to=args.to, force=args.force, default="json")
    try:
        data = read_input(args.file)
        # An original (PDF, Word file, image) is turned into text first; anything else is text.
        document = read_original(data, ocr=args.ocr) if sniff(data) is not None else formats.get("text").read(data)
    except NghiquyetError as exc:
        exc.file = exc.file or shown_name(args.file)  # the reader's message, naming the file where it is printed
        raise
    print_warnings(document, args.file)
    write_output(formats.get(chosen).write(document), target)
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
    if STDIO in args.paths and len(args.paths) > 1:
        raise UsageError("- (standard input) is validated alone, not with other paths")
    missing = [p for p in args.paths if p != STDIO and not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    progress = None
    if sys.stderr.isatty() and not args.quiet and args.paths != [STDIO]:
        progress = _Progress(sum(1 for _ in document_files(args.paths)), sys.stderr)
    reports: Iterable[Report]
    if args.paths == [STDIO]:
        report = validate(read_input(STDIO), today=args.today)
        problems = tuple(attrs.evolve(p, file=shown_name(STDIO)) for p in report.problems)
        reports = [attrs.evolve(report, file=shown_name(STDIO), problems=problems)]
    else:
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
        f"{_count_of(counts['files'], 'file')} checked: {valid} valid, {counts['invalid']} invalid "
        f"({_count_of(counts['errors'], 'error')}, {_count_of(counts['warnings'], 'warning')})\n"
    )


def _count_of(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _cmd_convert(args: argparse.Namespace) -> int:
    if (args.output is None) == (args.output_option is None):
        raise UsageError("name the output once: OUT or -o OUT")
    output = args.output or args.output_option
    chosen = check_output(args.input, output, to=args.to, force=args.force)
    document = read_input_document(args.input, ocr=args.ocr)
    print_warnings(document, args.input)
    write_output(formats.get(chosen).write(document), output)
    return 0


def _cmd_render(args: argparse.Namespace) -> int:
    pdf = args.output != STDIO and args.output.lower().endswith(".pdf")
    check_output(args.file, args.output, to="html", force=args.force)
    if not pdf and not args.output.lower().endswith((".html", ".htm")) and args.output != STDIO:
        raise UsageError(f"{args.output}: render writes HTML (.html) or PDF (.pdf)")
    if pdf and pdf_engine() is None:
        raise UsageError(
            f"{args.output}: no PDF engine (install Chromium); render to .html and print it from a browser"
        )
    document = read_input_document(args.file, ocr=args.ocr)
    print_warnings(document, args.file)
    write_output(to_pdf(document) if pdf else formats.get("html").write(document), args.output)
    return 0


_FORCE = "replace OUT even when it is read-only"


def _version() -> str:
    try:
        return importlib.metadata.version("nghiquyet")
    except importlib.metadata.PackageNotFoundError:  # run from a checkout that is not installed
        return "(not installed)"


_SUFFIXES = ", ".join(f.suffixes[0] for f in formats.registered() if f.writes)
_CHECKED = " and ".join(f"*{s}" for f in formats.registered() if f.checks for s in f.suffixes[:1] if s.count(".") == 1)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nghiquyet",
        description="Read, convert and validate Vietnamese Party documents (văn bản của Đảng). "
        "Every FILE may be - for standard input, and every output - for standard output.",
    )
    parser.add_argument("--version", action="version", version=f"nghiquyet {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    writable = sorted(f.name for f in formats.registered() if f.writes)
    any_file = f"a document file ({', '.join(f.name for f in formats.registered() if f.reads)}), told by its content"
    ocr_help = "OCR (Tesseract, vie) for pages with no usable text layer: auto, always or never (default: auto)"

    show = commands.add_parser("show", help="print a document's outline: header, divisions, tasks, references")
    show.add_argument("file", help=f"{any_file}, or - for standard input")
    show.add_argument("--ocr", choices=OCR_MODES, default="auto", help=ocr_help)
    show.set_defaults(run=_cmd_show)

    parse = commands.add_parser("parse", help="read a document from plain text (Word/PDF export, markdown, OCR)")
    parse.add_argument("file", help="a text file, PDF, Word file (.docx) or image, or - for standard input")
    parse.add_argument("--ocr", choices=OCR_MODES, default="auto", help=ocr_help)
    parse.add_argument("--to", choices=writable, default=None, help="output format (default: -o's extension, or json)")
    parse.add_argument(
        "-o", "--output", metavar="OUT", help="write to this file (atomically) instead of standard output (-)"
    )
    parse.add_argument("--force", action="store_true", help=_FORCE)
    parse.set_defaults(run=_cmd_parse)

    render = commands.add_parser(
        "render",
        help="write a document as one self-contained HTML page in the official layout (A4, print-ready), "
        "or that page printed to PDF by headless Chromium",
    )
    render.add_argument("file", help=f"{any_file}, or - for standard input")
    render.add_argument(
        "-o", "--output", required=True, metavar="OUT.html|OUT.pdf", help="the file to write, or - (HTML)"
    )
    render.add_argument("--force", action="store_true", help=_FORCE)
    render.add_argument("--ocr", choices=OCR_MODES, default="auto", help=ocr_help)
    render.set_defaults(run=_cmd_render)

    validate = commands.add_parser(
        "validate",
        help="check document files (XML, JSON) against the schema and the domain rules",
        description=f"Check files and folders (recursing over {_CHECKED}). Prints one line per "
        "problem as 'file:line: severity rule-id message' and a summary. Exit status 0 when every "
        "file is valid (warnings allowed), 1 when any is not, 2 on usage errors.",
    )
    validate.add_argument(
        "paths", nargs="+", metavar="PATH", help="a document file or a folder of them, or - for standard input"
    )
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
        "and is never the input file. IN and OUT may be - (standard input and output; OUT - needs --to).",
    )
    convert.add_argument("input", metavar="IN", help="the document to read, or -")
    convert.add_argument("output", metavar="OUT", nargs="?", help="the file to write, or -")
    convert.add_argument("-o", "--output", dest="output_option", metavar="OUT", help="the same as OUT")
    convert.add_argument("--to", choices=writable, default=None, help="the output format")
    convert.add_argument("--force", action="store_true", help=_FORCE)
    convert.add_argument("--ocr", choices=OCR_MODES, default="auto", help=ocr_help)
    convert.set_defaults(run=_cmd_convert)
    from ._cli_index import add_index_commands  # index, cites, tasks

    add_index_commands(commands)
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
    except UsageError as exc:  # one line: the command cannot run as given, and nothing was read
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
