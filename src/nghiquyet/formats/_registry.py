"""The registry: one :class:`Format` record per format, and the functions that go through it.

A record says what a format is called, which file names and media type it has, how its
bytes are recognised (magic bytes; the namespace and root element of XML; a JSON object;
text is the fallback) and where its codec lives. The codec, a module with ``read``,
``write`` and ``check`` (XML formats: ``read_root`` and ``check_root``, given the tree parsed
once), is imported on first use, so registering a format costs nothing at import time.
"""

from __future__ import annotations

import codecs
import importlib
import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast

import attrs

from ..errors import FormatError, NghiquyetError
from ..model import Document
from ._checked import Checked, Problem, problem

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "Codec",
    "Format",
    "Recognised",
    "Syntax",
    "check",
    "for_path",
    "get",
    "read",
    "recognise",
    "register",
    "registered",
    "unregister",
    "utf16_without_bom",
]

#: How a format's bytes look: XML (recognised by its root), JSON (an object), text (the
#: fallback), or binary (recognised by its magic bytes).
Syntax = Literal["xml", "json", "text", "binary"]


class Codec(Protocol):
    """What a format's codec provides (each function only where the record says it can)."""

    def write(self, document: Document, /) -> bytes: ...
    def read(self, data: bytes, /) -> Document: ...
    def check(self, data: bytes, /) -> Checked: ...
    def read_root(self, root: etree._Element, data: bytes, /) -> Document: ...
    def check_root(self, root: etree._Element, data: bytes, /) -> Checked: ...


def _suffixes(_instance: object, _attribute: object, value: tuple[str, ...]) -> None:
    if not all(s.startswith(".") and s == s.lower() for s in value):
        raise ValueError(f"suffixes are lower case and start with a dot: {value!r}")


@attrs.frozen(kw_only=True)
class Format:
    """One format: its names, how it is recognised, and what it can do.

    ``name`` is what ``--to`` and ``write_document(format=)`` take; ``title`` is the name and
    version a :class:`~nghiquyet.Report` gives (``"nghiquyet-xml/1"``); the first of
    ``suffixes`` is the one written files get. ``root`` is the (namespace, local name) of the
    root element of an XML format, ``magic`` the byte strings a binary one starts with
    (``accepts`` may look further, e.g. into a ZIP). ``codec`` is the module holding the
    functions (a dotted name, imported on first use), or an object with them.
    """

    name: str
    title: str
    suffixes: tuple[str, ...] = attrs.field(validator=_suffixes)
    media_type: str
    syntax: Syntax
    codec: str | Any = attrs.field(eq=False)
    magic: tuple[bytes, ...] = ()
    root: tuple[str, str] | None = None
    accepts: Callable[[bytes], bool] | None = attrs.field(default=None, eq=False)
    reads: bool = True
    writes: bool = True
    checks: bool = True

    def __attrs_post_init__(self) -> None:
        if self.checks and not self.reads:
            raise ValueError(f"{self.name}: a format that is checked must be read too")
        if self.syntax == "xml" and self.root is None:
            raise ValueError(f"{self.name}: an XML format names its root (namespace, local name)")
        if self.syntax == "binary" and not self.magic:
            raise ValueError(f"{self.name}: a binary format names its magic bytes")

    def _codec(self) -> Codec:
        if not isinstance(self.codec, str):
            return cast(Codec, self.codec)
        loaded = _LOADED.get(self.codec)
        if loaded is None:
            module, _, name = self.codec.partition(":")
            imported = importlib.import_module(module)
            loaded = _LOADED[self.codec] = getattr(imported, name) if name else imported
        return cast(Codec, loaded)

    def _need(self, able: bool, what: str) -> Codec:
        if not able:
            raise NghiquyetError(f"the {self.name} format cannot be {what}")
        return self._codec()

    def write(self, document: Document) -> bytes:
        """``document`` in this format."""
        if not isinstance(document, Document):
            raise TypeError(f"{self.name}: write expects a Document, got {type(document).__name__}")
        return self._need(self.writes, "written").write(document)

    def read(self, data: bytes) -> Document:
        """The document in ``data``; raises :class:`~nghiquyet.FormatError` saying where it fails."""
        data = _bytes(data, f"{self.name}: read")
        codec = self._need(self.reads, "read")
        if self.syntax == "xml":
            return codec.read_root(_parse(data, "XML"), data)
        return codec.read(data)

    def check(self, data: bytes) -> Checked:
        """The format's own problems in ``data`` (syntax, schema, model), and its document if read."""
        data = _bytes(data, f"{self.name}: check")
        codec = self._need(self.checks, "checked")
        if self.syntax != "xml":
            return self._titled(codec.check(data))
        try:
            root = _parse(data, "XML")
        except FormatError as error:
            return Checked(format=self.title, document=None, problems=(problem("xml-syntax", error),))
        return self._titled(codec.check_root(root, data))

    def _titled(self, checked: Checked) -> Checked:
        return checked if checked.format is not None else attrs.evolve(checked, format=self.title)

    def _read_root(self, root: etree._Element, data: bytes) -> Document:
        return self._need(self.reads, "read").read_root(root, data)

    def _check_root(self, root: etree._Element, data: bytes) -> Checked:
        return self._titled(self._need(self.checks, "checked").check_root(root, data))


_REGISTERED: dict[str, Format] = {}
# Codecs by their dotted name, once imported: a folder's files ask for the same few.
_LOADED: dict[str, Any] = {}


def _bytes(data: object, what: str) -> bytes:
    if not isinstance(data, (bytes, bytearray, memoryview)):  # (a tuple: a union is built per call)
        raise TypeError(f"{what} expects bytes, got {type(data).__name__}")
    return bytes(data)


def register(fmt: Format, *, replace: bool = False) -> None:
    """Add ``fmt`` to the registry (``replace=True`` replaces the format of the same name)."""
    if not isinstance(fmt, Format):
        raise TypeError(f"register expects a Format, got {type(fmt).__name__}")
    if fmt.name in _REGISTERED and not replace:
        raise NghiquyetError(f"a format named {fmt.name!r} is already registered")
    _REGISTERED[fmt.name] = fmt


def unregister(name: str) -> None:
    """Remove the format named ``name`` (for tests and plug-ins)."""
    _REGISTERED.pop(name, None)


def registered() -> tuple[Format, ...]:
    """Every registered format, in the order registered."""
    return tuple(_REGISTERED.values())


def get(name: str) -> Format:
    """The format named ``name``; :class:`~nghiquyet.NghiquyetError` naming the known ones if none is."""
    if not isinstance(name, str):
        raise TypeError(f"a format name is a str, got {type(name).__name__}")
    try:
        return _REGISTERED[name]
    except KeyError:
        known = ", ".join(f"{f.name} ({f.suffixes[0]})" for f in _REGISTERED.values() if f.writes)
        raise NghiquyetError(f"unknown format {name!r} (known: {known})") from None


def for_path(path: str | os.PathLike[str]) -> Format | None:
    """The format a file name implies by its suffix (the longest that fits), or None."""
    name = os.fspath(path).lower()
    fitting = [(len(s), i, f) for i, f in enumerate(_REGISTERED.values()) for s in f.suffixes if name.endswith(s)]
    return max(fitting, key=lambda fit: (fit[0], -fit[1]))[2] if fitting else None


@attrs.frozen(kw_only=True)
class Recognised:
    """What :func:`recognise` found: the format (None when the bytes are no format's), the XML
    tree when it was parsed to tell, or the problem that stopped it (``rule`` and ``error``)."""

    format: Format | None
    root: etree._Element | None = None
    rule: str | None = None
    error: FormatError | None = None


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# The start of XML that is XML whatever follows: a declaration, a comment, a DOCTYPE (refused by
# the parser, not read as text), or a start tag that declares a namespace.
_SURELY_XML = re.compile(r"<\?xml[\s?]|<!|<[\w.:-]+\s[^>]*\bxmlns[:=]")
_DECLARED_XML = re.compile(r"<\?xml[\s?]")
_START_TAG = re.compile(r"<(?:[\w.-]+:)?([\w.-]+)[\s/>]")
# A JSON object starts with a key or is empty; "{draft}" or "[a banner]" is text.
_JSON_OBJECT = re.compile(r"\{\s*[\"}]")


def _start(data: bytes, size: int = 4096) -> str:
    """The first characters, blanks and byte order mark left out (UTF-8, or UTF-16 by its BOM
    or, without one, by the zero byte beside the first character, as JSON and XML start in ASCII)."""
    head = data[:size]
    encoding = "utf-16" if head.startswith(_UTF16_BOMS) else utf16_without_bom(head) or "utf-8-sig"
    return head.decode(encoding, errors="ignore").lstrip(" \t\r\n")


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` starts with an ASCII character in UTF-16
    without a byte order mark (one zero byte beside it: RFC 4627's rule), else None."""
    if len(data) < 2 or (data[0] == 0) == (data[1] == 0) or max(data[:2]) > 0x7F:
        return None
    return "utf-16-be" if data[0] == 0 else "utf-16-le"


def _parse(data: bytes, what: str) -> etree._Element:
    from ._xmlsafe import parse_xml

    return parse_xml(data, what=what)


def _first(syntax: Syntax) -> Format | None:
    return next((f for f in _REGISTERED.values() if f.syntax == syntax and f.reads), None)


def recognise(data: bytes, *, name: str | os.PathLike[str] | None = None) -> Recognised:
    """Which registered format ``data`` holds, told by its content.

    In order: magic bytes (binary formats); XML, by the namespace of its root element (parsed
    once, and handed on as ``Recognised.root``); JSON, an object; else text. Text that
    merely starts with ``<`` or ``[`` stays text: ``<`` is XML only when the whole parses, or
    when it declares itself (``<?xml``, a namespace, a format's root element), ``{`` is JSON
    only when a key or ``}`` follows. A file ``name`` only settles what the content leaves
    open: in ``*.json`` any ``{`` or ``[`` is JSON (``[`` refused as not an object), in ``*.xml`` any
    ``<`` is XML (so a broken file is reported as broken XML, not read as text).
    """
    data = _bytes(data, "recognise")
    for fmt in _REGISTERED.values():
        if fmt.reads and fmt.magic and data.startswith(fmt.magic) and (fmt.accepts is None or fmt.accepts(data)):
            return Recognised(format=fmt)
    # An XML declaration settles what the rest of the first characters would: most files
    # have one, and are spared decoding the rest of the head.
    start = _start(data, 64)
    if not _DECLARED_XML.match(start):
        start = _start(data)
    if start.startswith("<"):
        found = _recognise_xml(data, start, name)
        if found is not None:
            return found
    elif _JSON_OBJECT.match(start) or (_named_syntax(name) == "json" and start.startswith(("{", "["))):
        return Recognised(format=_first("json"))
    return Recognised(format=_first("text"))


def _named_syntax(name: str | os.PathLike[str] | None) -> Syntax | None:
    named = for_path(name) if name is not None else None
    return None if named is None else named.syntax


def _surely_xml(start: str, name: str | os.PathLike[str] | None) -> bool:
    if _SURELY_XML.match(start):
        return True
    tag = _START_TAG.match(start)
    if tag is not None and tag.group(1) in {f.root[1] for f in _REGISTERED.values() if f.root}:
        return True
    return _named_syntax(name) == "xml"


def _recognise_xml(data: bytes, start: str, name: str | os.PathLike[str] | None) -> Recognised | None:
    try:
        root = _parse(data, "XML")
    except FormatError as error:
        return Recognised(format=None, rule="xml-syntax", error=error) if _surely_xml(start, name) else None
    from lxml import etree

    namespace = etree.QName(root).namespace or ""
    fmt = next((f for f in _REGISTERED.values() if f.reads and f.root and f.root[0] == namespace), None)
    if fmt is None:
        known = ", ".join(f.root[0] for f in _REGISTERED.values() if f.root)
        unknown = FormatError(
            f"XML in namespace {namespace or '(none)'!r} is not a document format this library reads (known: {known})",
            line=root.sourceline,
        )
        return Recognised(format=None, root=root, rule="format-unknown", error=unknown)
    return Recognised(format=fmt, root=root)


def read(data: bytes, *, name: str | os.PathLike[str] | None = None) -> Document:
    """The document in ``data``, in whichever registered format it is (XML parsed once; ``name``
    as for :func:`recognise`)."""
    data = _bytes(data, "read")
    found = recognise(data, name=name)
    if found.error is not None:
        raise found.error
    if found.format is None:
        raise FormatError("no registered format reads this content")
    if found.root is not None:
        return found.format._read_root(found.root, data)
    return found.format.read(data)


def check(data: bytes, *, name: str | os.PathLike[str] | None = None) -> Checked:
    """The format's own problems in ``data`` and its document, whichever format it is (``name``
    as for :func:`recognise`)."""
    data = _bytes(data, "check")
    found = recognise(data, name=name)
    if found.error is not None and found.rule is not None:
        return Checked(format="xml", document=None, problems=(problem(found.rule, found.error),))
    fmt = found.format
    if fmt is None or not fmt.checks:
        checked = ", ".join(f.title for f in _REGISTERED.values() if f.checks)
        what = "of no known format" if fmt is None else f"{fmt.name}"
        message = f"the content is {what}, not one of the formats that are checked ({checked})"
        if not data.strip():
            message = f"the file is {'blank' if data else 'empty'}: there is no document to check"
        unknown = Problem(rule="format-unknown", severity="error", message=message, line=1, column=1)
        return Checked(format=None, document=None, problems=(unknown,))
    if found.root is not None:
        return fmt._check_root(found.root, data)
    return fmt.check(data)
