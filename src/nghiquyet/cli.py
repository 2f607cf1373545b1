"""The ``nghiquyet`` command: a thin layer over the public API.

Each subcommand is one ``_cmd_<name>`` function taking the parsed arguments and
returning the exit status, registered in :func:`_build_parser`. Exit status: 0 success,
1 the input is invalid or could not be read, 2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import formats
from .errors import NghiquyetError
from .model import Document
from .outline import outline

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


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nghiquyet",
        description="Read, convert and validate Vietnamese Party documents (văn bản của Đảng).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    show = commands.add_parser("show", help="print a document's outline: header, divisions, tasks, references")
    show.add_argument("file", help="a document file (.json)")
    show.set_defaults(run=_cmd_show)
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
