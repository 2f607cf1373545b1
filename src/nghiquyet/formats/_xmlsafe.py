"""The one hardened XML parser: every XML that reaches the library goes through here.

XML from outside is hostile until proven otherwise: no DTD is loaded, no entity is
resolved, nothing is fetched from the network, nothing is "recovered", and a DOCTYPE is
refused outright (it is where entity bombs and external entities live). Failures become
:class:`~nghiquyet.errors.FormatError` with the line and column, never an lxml exception.
"""

from __future__ import annotations

import threading

from lxml import etree

from ..errors import FormatError

__all__ = ["parse_xml"]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=False,
        remove_blank_text=False,
        remove_comments=False,
        remove_pis=False,
        strip_cdata=True,
    )


_local = threading.local()


def _shared_parser() -> etree.XMLParser:
    """One parser per thread: lxml parsers are not thread-safe, and a parser that has
    parsed before sets up its next parse much faster than a new one (about 100 µs)."""
    parser: etree.XMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = _parser()
    return parser


def parse_xml(data: bytes | str, *, what: str = "XML") -> etree._Element:
    """Parse ``data`` safely and return its root element.

    Nesting is bounded by libxml2 itself (256 levels without huge_tree), so readers may
    recurse over the tree.

    ``str`` input must not carry an encoding declaration other than UTF-8; it is encoded
    to UTF-8 first so that lxml sees bytes. Raises :class:`FormatError` naming the line
    and column of the first fault.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    elif not isinstance(data, bytes | bytearray | memoryview):
        raise FormatError(f"{what}: expected bytes or str, got {type(data).__name__}")
    try:
        root = etree.fromstring(bytes(data), _shared_parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        raise FormatError(f"{what} is not well-formed: {exc.msg}", line=line, column=column) from None
    except (ValueError, etree.LxmlError) as exc:
        raise FormatError(f"{what} cannot be read: {exc}") from None
    if root is None:
        raise FormatError(f"{what} is empty")
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None or tree.docinfo.externalDTD is not None:
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
