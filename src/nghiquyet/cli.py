"""The ``nghiquyet`` command: a thin layer over the public API.

Each subcommand is one ``_cmd_<name>`` function taking the parsed arguments and
returning the exit status, registered in :func:`_build_parser`. Exit status: 0 success,
1 the input is invalid or could not be read, 2 usage errors.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path

from . import formats
from .errors import NghiquyetError
from .formats.html import to_html
from .formats.json import to_json
from .model import Document
from .outline import outline
from .text import parse_text, to_text

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


def _cmd_show(args: argparse.Namespace) -> int:
    sys.stdout.write(outline(read_document(Path(args.file))))
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


def read_text(name: str) -> str:
    """The text of a file, or of standard input when ``name`` is "-" (UTF-8, BOM tolerated)."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise NghiquyetError(f"{name}: cannot read: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NghiquyetError(f"{name}: not UTF-8 text (byte {exc.start})") from None


_PARSE_OUTPUTS = {
    "json": lambda doc: to_json(doc, indent=True) + "\n",
    "text": to_text,
    "outline": outline,
}


def _cmd_parse(args: argparse.Namespace) -> int:
    document = parse_text(read_text(args.file))
    sys.stdout.write(_PARSE_OUTPUTS[args.to](document))
    for warning in document.warnings:
        where = f"line {warning.line}: " if warning.line else ""
        print(f"nghiquyet: {args.file}: {where}{warning.message}", file=sys.stderr)
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

    parse = commands.add_parser("parse", help="read a document from plain text (Word/PDF export, markdown, OCR)")
    parse.add_argument("file", help="a text file, or - for standard input")
    parse.add_argument("--to", choices=sorted(_PARSE_OUTPUTS), default="json", help="output format (default: json)")
    parse.set_defaults(run=_cmd_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except NghiquyetError as exc:
        print(f"nghiquyet: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `nghiquyet show … | head`
        return 0
    return status


if __name__ == "__main__":
    raise SystemExit(main())
