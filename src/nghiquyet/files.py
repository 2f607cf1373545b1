"""Document files on disk: find them, read one in whatever format it is, write one safely.

The formats a file may hold are told by its content, not trusted from its name: JSON
starts with ``{`` or ``[``; XML is told apart by the namespace of its root element (the native
XML, Akoma Ntoso 3.0, the edXML header); anything else is text for :func:`parse_text`.
Writing goes through a temporary file in the same folder and an atomic rename, so a
reader never sees half a file and a failed write leaves the old file in place.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import attrs
from lxml import etree

from .errors import NghiquyetError
from .formats._sniff import content_format, json_bytes
from .formats._xmlsafe import parse_xml
from .formats.akn import to_akoma_ntoso
from .formats.akn._reader import read_akoma_ntoso
from .formats.akn._vocabulary import AKN
from .formats.edxml import EDXML, read_edxml, to_edxml
from .formats.html import to_html
from .formats.json import from_json, to_json
from .formats.xml import read_tree, to_xml
from .formats.xml._names import NS
from .model import Document, ParseWarning
from .originals import extract, sniff
from .outline import outline
from .text import parse_text, to_text

__all__ = [
    "FORMATS",
    "ORIGINALS",
    "decode_text",
    "document_files",
    "format_for",
    "read_bytes",
    "read_document",
    "read_original",
    "write_atomically",
    "write_document",
]

#: The extensions of document files a folder is searched for (by ``nghiquyet validate``).
DOCUMENT_SUFFIXES = (".xml", ".json")

#: What :func:`write_document` can write, by format name, with the file extension it implies.
FORMATS: dict[str, tuple[str, Callable[[Document], bytes]]] = {
    "json": (".json", lambda document: (to_json(document, indent=True) + "\n").encode("utf-8")),
    "xml": (".xml", to_xml),
    "akn": (".akn.xml", to_akoma_ntoso),
    "edxml": (".edxml.xml", to_edxml),
    "html": (".html", lambda document: to_html(document).encode("utf-8")),
    "text": (".txt", lambda document: to_text(document).encode("utf-8")),
    "outline": (".outline.txt", lambda document: outline(document).encode("utf-8")),
}

# Readers of a tree parsed once, to tell its format by the root's namespace.
_XML_READERS: dict[str, Callable[[etree._Element, bytes], Document]] = {
    NS: read_tree,
    AKN: lambda root, _data: read_akoma_ntoso(root),
    EDXML: lambda root, _data: read_edxml(root),
}


def document_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Every file named, and every *.xml and *.json under every folder named.

    A folder gives its own files in name order, then each subfolder's in name order;
    hidden files are skipped. Folders are walked lazily, one listing at a time, so that
    very large trees cost little memory. A folder that cannot be listed raises
    :class:`~nghiquyet.NghiquyetError` rather than being passed over.
    """
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        for folder, subfolders, names in os.walk(path, onerror=_unlisted):
            subfolders.sort()
            for name in sorted(names):
                if name.lower().endswith(DOCUMENT_SUFFIXES) and not name.startswith("."):
                    yield Path(folder, name)


def _unlisted(error: OSError) -> None:
    # os.walk passes over a folder it cannot list; a check that says "all valid" must not.
    raise NghiquyetError(f"{error.filename}: cannot list the folder: {error.strerror or error}")


def read_document(source: str | os.PathLike[str], *, ocr: str = "auto") -> Document:
    """Read a document file of any kind this library knows, told by its content.

    A PDF, a Word file (.docx) or an image (PNG, JPEG, TIFF) is turned into text by
    ``nghiquyet.originals`` (the ``originals`` extra; ``ocr`` is "auto", "always" or
    "never") and parsed. JSON (``nghiquyet/1``), the native XML, Akoma Ntoso 3.0 and the
    edXML header are read by their readers; any other file is taken as text (UTF-8, or
    UTF-16 with its byte order mark) and parsed with :func:`~nghiquyet.parse_text`. Raises
    :class:`~nghiquyet.NghiquyetError` naming the file when it cannot be read.
    """
    path = Path(source)
    try:
        data = path.read_bytes()
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise NghiquyetError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        return read_bytes(data, ocr=ocr)
    except NghiquyetError as exc:
        exc.args = (f"{path}: {exc}",)  # the same error, naming the file
        raise


def read_bytes(data: bytes, *, ocr: str = "auto") -> Document:
    """Read a document from the bytes of a file, in whatever format they hold.

    Their signature first: a PDF, Word file or image is read by ``nghiquyet.originals``;
    JSON and XML only by theirs (``{`` or ``[`` then a JSON value; ``<?xml`` or a start tag
    with an ASCII name), so that a text starting with "[" or "<" stays text; anything else is text.
    """
    kind = sniff(data)
    if kind in ORIGINALS:
        return read_original(data, ocr=ocr)
    if kind == "text":
        return parse_text(decode_text(data))
    found = content_format(data)
    if found == "json":
        return from_json(json_bytes(data))
    if found == "xml":
        root = parse_xml(data)
        namespace = root.tag.partition("}")[0].lstrip("{") if isinstance(root.tag, str) else ""
        reader = _XML_READERS.get(namespace)
        if reader is None:
            raise NghiquyetError(
                f"XML in namespace {namespace or '(none)'!r} is not a document format this library reads"
            )
        return reader(root, data)
    return parse_text(decode_text(data))


#: The kinds of file ``nghiquyet.originals`` turns into text (see :func:`~nghiquyet.originals.sniff`).
ORIGINALS = ("pdf", "docx", "image")


def read_original(data: bytes, *, ocr: str = "auto") -> Document:
    """Parse a PDF, Word file or image: the text :func:`nghiquyet.originals.extract` gives,
    with its notes (pages OCR'd and their confidence, running lines left out) as warnings."""
    extracted = extract(data, ocr=ocr)
    document = parse_text(extracted.text)
    notes = tuple(ParseWarning(message=note.message, line=note.line) for note in extracted.notes)
    return attrs.evolve(document, warnings=notes + document.warnings) if notes else document


def decode_text(data: bytes) -> str:
    """The text of a text file: UTF-8 (a BOM tolerated), or UTF-16 when it starts with its
    byte order mark, as Word's and Notepad's "Unicode" text is saved."""
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise NghiquyetError(f"not {'UTF-16' if encoding == 'utf-16' else 'UTF-8'} text (byte {exc.start})") from None


def format_for(path: str | os.PathLike[str]) -> str | None:
    """The format name ``FORMATS`` gives a file name by its extension (the longest that fits)."""
    name = os.fspath(path).lower()
    fitting = [(len(suffix), fmt) for fmt, (suffix, _) in FORMATS.items() if name.endswith(suffix)]
    return max(fitting)[1] if fitting else None


def write_document(document: Document, target: str | os.PathLike[str], *, format: str | None = None) -> None:
    """Write ``document`` to ``target`` in ``format`` (json, xml, akn, edxml, html, text or outline), or in the
    format its extension names; atomically, through a temporary file in the same folder."""
    name = format or format_for(target)
    if name not in FORMATS:
        known = ", ".join(f"{fmt} ({suffix})" for fmt, (suffix, _) in FORMATS.items())
        raise NghiquyetError(f"{target}: unknown output format {name or os.fspath(target)!r} (known: {known})")
    write_atomically(Path(target), FORMATS[name][1](document))


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
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise NghiquyetError(f"{path}: cannot write: {getattr(exc, 'strerror', None) or exc}") from None
