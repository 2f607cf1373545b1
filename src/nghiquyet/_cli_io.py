"""The command line's inputs and outputs: ``-`` for standard input and output, and every
refusal of an output (unknown suffix, the input itself, a read-only file) made before any
input is read, so that a long parse is never wasted on a command that cannot finish."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from . import formats
from .errors import NghiquyetError
from .files import format_for, read_document, write_atomically
from .formats.originals import read_original
from .model import Document
from .originals import sniff

__all__ = [
    "STDIO",
    "UsageError",
    "check_output",
    "print_warnings",
    "read_input",
    "read_input_document",
    "refuse_input",
    "shown_name",
    "write_output",
]

#: The file name that means standard input (as an input) or standard output (as an output).
STDIO = "-"


class UsageError(Exception):
    """A command line that cannot be run as given (exit status 2)."""


def shown_name(name: str) -> str:
    """How messages name an input or output: standard input and output have no file name."""
    return "<stdin>" if name == STDIO else name


def read_input(name: str) -> bytes:
    """The bytes of the file ``name``, or of standard input when it is ``-``."""
    try:
        return sys.stdin.buffer.read() if name == STDIO else Path(name).read_bytes()
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        error = NghiquyetError(f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        error.file = shown_name(name)
        raise error from None


def read_input_document(name: str, *, ocr: str = "auto") -> Document:
    """The document in the file ``name`` (any format, told by its content), or on standard input;
    ``ocr`` for an original (PDF, Word file, image) that needs it."""
    if name != STDIO:
        return read_document(name, ocr=ocr)
    try:
        data = read_input(name)
        return read_original(data, ocr=ocr) if sniff(data) is not None else formats.read(data)
    except NghiquyetError as exc:
        exc.file = exc.file or shown_name(name)
        raise


def check_output(source: str, target: str, *, to: str | None, force: bool, default: str | None = None) -> str:
    """The format to write ``target`` in, or :class:`UsageError` if it must not be written.

    ``to`` (``--to``) wins; else the suffix of ``target`` names the format; ``-`` (standard
    output) takes ``default``. Refused: a target whose format cannot be told, the input
    itself however its path is spelled, and an existing read-only file unless ``force``.
    """
    chosen = to or (default if target == STDIO else format_for(target))
    if chosen is None:
        known = ", ".join(f.suffixes[0] for f in formats.registered() if f.writes)
        where = "standard output" if target == STDIO else target
        raise UsageError(f"{where}: say the output format with --to, or use a known extension ({known})")
    refuse_output(source, target, force=force)
    return chosen


def refuse_output(source: str, target: str, *, force: bool) -> None:
    """Never write over the input, nor over a read-only file unless ``force`` (standard output is never refused)."""
    if target == STDIO:
        return
    refuse_input(source, target)
    if not force and _read_only(target):
        raise UsageError(f"{target}: refusing to replace a read-only file (use --force)")


def refuse_input(source: str, target: str) -> None:
    """Never write over the file being read, however its path is spelled."""
    if source != STDIO and target != STDIO and _same_file(source, target):
        raise UsageError(f"{target}: refusing to overwrite the input file")


def _same_file(source: str, target: str) -> bool:
    first, second = Path(source), Path(target)
    try:
        return first.resolve() == second.resolve() or (second.exists() and first.samefile(second))
    except OSError:
        return False


def _read_only(target: str) -> bool:
    """An existing file without write permission (for root too, who could write it anyway)."""
    try:
        mode = Path(target).stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(target, os.W_OK))


def write_output(data: bytes, target: str) -> None:
    """Write ``data`` to ``target`` atomically, or to standard output when it is ``-``."""
    if target == STDIO:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomically(Path(target), data)


def print_warnings(document: Document, name: str) -> None:
    """What the reader could not place, one line each on standard error, as ``parse`` prints it."""
    for warning in document.warnings:
        where = f"line {warning.line}: " if warning.line else ""
        print(f"nghiquyet: {shown_name(name)}: {where}{warning.message}", file=sys.stderr)
