"""Document files on disk: find them, read one in whatever format it is, write one safely.

The format a file holds is told by its content through the registry
(:func:`nghiquyet.formats.recognise`), not trusted from its name; anything that is no
other format's is text for :func:`parse_text`. Writing goes through a temporary file in the
same folder and an atomic rename, so a reader never sees half a file and a failed write
leaves the old file in place.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import formats
from .errors import NghiquyetError
from .formats.originals import read_original
from .formats.text import decode_text
from .model import Document
from .originals import sniff

__all__ = [
    "decode_text",
    "document_files",
    "format_for",
    "read_bytes",
    "read_document",
    "write_atomically",
    "write_document",
]


def _suffixes(readable: bool) -> tuple[str, ...]:
    """The suffixes of the formats that are checked (or read), searched for in folders."""
    return tuple(s for f in formats.registered() if (f.reads if readable else f.checks) for s in f.suffixes)


def document_files(paths: Iterable[str | os.PathLike[str]], *, readable: bool = False) -> Iterator[Path]:
    """Every file named, and every file under every folder named whose suffix is one of a
    checked format's (``*.xml``, ``*.json``: what :func:`~nghiquyet.validate` checks), or
    with ``readable=True`` of a format :func:`read_document` reads (``*.txt`` too).

    A folder gives its own files in name order, then each subfolder's in name order;
    hidden files are skipped. Folders are walked lazily, one listing at a time, so that
    very large trees cost little memory. A folder that cannot be listed raises
    :class:`~nghiquyet.NghiquyetError` rather than being passed over.
    """
    if isinstance(paths, str | bytes | os.PathLike):
        raise TypeError("document_files takes an iterable of paths, not one path: document_files([path])")
    suffixes = _suffixes(readable)
    for given in paths:
        path = _path(given, "document_files")
        if not path.is_dir():
            yield path
            continue
        for folder, subfolders, names in os.walk(path, onerror=_unlisted):
            subfolders.sort()
            for name in sorted(names):
                if name.lower().endswith(suffixes) and not name.startswith("."):
                    yield Path(folder, name)


def _unlisted(error: OSError) -> None:
    # os.walk passes over a folder it cannot list; a check that says "all valid" must not.
    raise NghiquyetError(f"{error.filename}: cannot list the folder: {error.strerror or error}")


def _path(given: object, function: str) -> Path:
    if isinstance(given, bytes | bytearray | memoryview):
        raise TypeError(f"{function} takes a path (str or os.PathLike), not bytes: to read content, use formats.read")
    if not isinstance(given, str | os.PathLike):
        raise TypeError(f"{function} takes a path (str or os.PathLike), got {type(given).__name__}")
    return Path(given)


def read_document(path: str | os.PathLike[str], *, ocr: str = "auto") -> Document:
    """Read a document file of any kind this library knows, told by its content.

    JSON (``nghiquyet/1``), the native XML, Akoma Ntoso 3.0 and the edXML header are read
    by their readers; a PDF, a Word file (.docx) or an image (PNG, JPEG, TIFF) is turned
    into text by ``nghiquyet.originals`` (the ``originals`` extra) and parsed, with OCR for
    the pages that need it (``ocr``: "auto", "always" or "never"); any other file is taken
    as text (UTF-8, or UTF-16 with its byte order mark) and parsed with
    :func:`~nghiquyet.parse_text`. Raises
    :class:`~nghiquyet.NghiquyetError` when it cannot be read: the reader's own message, with
    the file in its ``file`` attribute and in a note.
    """
    path = _path(path, "read_document")
    try:
        data = path.read_bytes()
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise _in_file(NghiquyetError(f"cannot read: {getattr(exc, 'strerror', None) or exc}"), path) from None
    try:
        if ocr != "auto" and sniff(data) is not None:
            return read_original(data, ocr=ocr)
        return formats.read(data, name=path)
    except NghiquyetError as exc:
        raise _in_file(exc, path)  # noqa: B904 - the same error, now naming its file


def _in_file(error: NghiquyetError, path: Path) -> NghiquyetError:
    error.file = os.fspath(path)
    error.add_note(f"in the file {path}")
    return error


def read_bytes(data: bytes) -> Document:
    """Read a document from the bytes of a file, in whatever format they hold (see :func:`formats.read`)."""
    return formats.read(data)


def format_for(path: str | os.PathLike[str]) -> str | None:
    """The name of the format a file name implies by its suffix (the longest that fits), or None."""
    found = formats.for_path(path)
    return found.name if found is not None and found.writes else None


def write_document(document: Document, path: str | os.PathLike[str], *, format: str | None = None) -> None:
    """Write ``document`` to ``path`` in ``format`` (a registered format's name: json, xml, akn,
    edxml, html, text or outline), or in the format its suffix names; atomically, through a
    temporary file in the same folder."""
    target = _path(path, "write_document")
    if not isinstance(document, Document):
        raise TypeError(f"write_document expects a Document, got {type(document).__name__}")
    name = format or format_for(target)
    if name is None:
        known = ", ".join(f"{f.name} ({f.suffixes[0]})" for f in formats.registered() if f.writes)
        raise _in_file(NghiquyetError(f"unknown output format {os.fspath(target)!r} (known: {known})"), target)
    fmt = formats.get(name)
    if not fmt.writes:
        raise NghiquyetError(f"the {name} format is read only")
    write_atomically(target, fmt.write(document))


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, so that a
    reader never sees half a file and a failed write leaves the old one in place.

    A file replaced keeps its permissions, and a symbolic link stays a link: the file it
    points to is the one replaced."""
    named = path
    try:
        path = Path(os.path.realpath(path))
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            kept_mode: int | None = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            kept_mode = None
        # os.open with mode 0o666 lets the umask decide, as for any file the user creates.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(descriptor, "wb") as out:
                if kept_mode is not None:
                    os.fchmod(out.fileno(), kept_mode)
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            temporary.replace(path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise _in_file(NghiquyetError(f"cannot write: {getattr(exc, 'strerror', None) or exc}"), named) from None
