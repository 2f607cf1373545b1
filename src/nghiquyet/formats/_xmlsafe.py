"""The one hardened XML parser: every XML that reaches the library goes through here.

XML from outside is hostile until proven otherwise: no DTD is loaded, no entity is
resolved, nothing is fetched from the network, nothing is "recovered", and a DOCTYPE is
refused outright (it is where entity bombs and external entities live). Failures become
:class:`~nghiquyet.errors.FormatError` with the line and column, never an lxml exception.
"""

from __future__ import annotations

import re
import threading

from lxml import etree

from ..errors import FormatError

__all__ = ["parse_xml", "utf8_bytes"]


def _parser(*, huge_tree: bool = False) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=huge_tree,
        recover=False,
        remove_blank_text=False,
        remove_comments=False,
        remove_pis=False,
        strip_cdata=True,
    )


_local = threading.local()

# libxml2 ends its messages with the position, which FormatError already states.
_TRAILING_POSITION = re.compile(r",? line \d+, column \d+$")


def _shared_parser() -> etree.XMLParser:
    """One parser per thread: lxml parsers are not thread-safe, and a parser that has
    parsed before sets up its next parse much faster than a new one (about 100 µs)."""
    parser: etree.XMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = _parser()
    return parser


#: The nesting libxml2 allows without huge_tree, kept when a document is re-read with it.
MAX_DEPTH = 256


def _parse_huge(data: bytes, what: str) -> etree._Element:
    """Parse a document whose text nodes or attribute values pass libxml2's 10 MB limit.

    The library writes whatever text a document holds, so it must read it back: such input
    is parsed again with huge_tree, which lifts that limit (to 1 GB) and the nesting limit;
    every other protection stays (no DTD, no entities, no network, no recovery, no DOCTYPE),
    and nesting deeper than :data:`MAX_DEPTH` is refused as before, so readers may recurse.
    """
    parser: etree.XMLParser | None = getattr(_local, "huge_parser", None)
    if parser is None:
        parser = _local.huge_parser = _parser(huge_tree=True)
    root = etree.fromstring(data, parser)
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            message = f"{what} is not well-formed: Excessive depth in document: more than {MAX_DEPTH} levels"
            raise FormatError(message, line=element.sourceline)
    return root


# The encoding named in an XML declaration: "<?xml version='1.0' encoding='latin-1'?>".
_DECLARED_ENCODING = re.compile(r"""\A(\ufeff?\s*<\?xml[^>]*?\sencoding\s*=\s*)(["'])[^"']*\2""")


def utf8_bytes(text: str) -> bytes:
    """XML that is already text, as the UTF-8 bytes the parser reads.

    The declaration's encoding said how the bytes were once decoded; applied again to the
    UTF-8 bytes it would garble the text, so it is rewritten to UTF-8. A lone surrogate
    (from a bad decode upstream) becomes bytes the parser refuses with their line and
    column, instead of a UnicodeEncodeError.
    """
    return _DECLARED_ENCODING.sub(r"\1\2UTF-8\2", text, count=1).encode("utf-8", "surrogatepass")


def parse_xml(data: bytes | str, *, what: str = "XML") -> etree._Element:
    """Parse ``data`` safely and return its root element.

    Nesting is bounded (256 levels: libxml2's limit without huge_tree, checked again when a
    text over 10 MB makes a second parse with huge_tree necessary), so readers may recurse
    over the tree.

    ``str`` input is read as the text it is, whatever encoding its declaration names
    (see :func:`utf8_bytes`). Raises :class:`FormatError` naming the line
    and column of the first fault.
    """
    if isinstance(data, str):
        data = utf8_bytes(data)
    elif not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what}: expected bytes or str, got {type(data).__name__}")
    try:
        try:
            root = etree.fromstring(bytes(data), _shared_parser())
        except etree.XMLSyntaxError as exc:
            if "XML_PARSE_HUGE" not in exc.msg or "depth" in exc.msg:
                raise
            root = _parse_huge(bytes(data), what)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        message = _TRAILING_POSITION.sub("", exc.msg)
        raise FormatError(f"{what} is not well-formed: {message}", line=line, column=column) from None
    except FormatError:
        raise
    except (ValueError, etree.LxmlError) as exc:
        raise FormatError(f"{what} cannot be read: {exc}") from None
    if root is None:
        raise FormatError(f"{what} is empty")
    docinfo = root.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.externalDTD is not None or docinfo.doctype:
        line, column = _doctype_position(bytes(data))
        raise FormatError(
            f"{what}: a DOCTYPE is not allowed (entities and external DTDs are refused)", line=line, column=column
        )
    return root


def _doctype_position(data: bytes) -> tuple[int, int]:
    """Line and column of ``<!DOCTYPE`` (ASCII-compatible encodings; else the start)."""
    offset = max(data.find(b"<!DOCTYPE"), 0)
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, len(data[line_start:offset].decode("utf-8", "replace")) + 1
