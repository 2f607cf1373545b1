"""Formats: each module owns both directions of one format."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Document

__all__ = ["readers", "writers"]


def readers() -> dict[str, Callable[[bytes], Document]]:
    """The document readers by file extension, for tools that open files by name."""
    from .json import from_json
    from .xml import from_xml

    return {".json": from_json, ".xml": from_xml}


def writers() -> dict[str, Callable[[Document], bytes]]:
    """The document writers by file extension, each giving the file's bytes."""
    from .json import to_json
    from .xml import to_xml

    def json_file(document: Document) -> bytes:
        return (to_json(document, indent=True) + "\n").encode("utf-8")

    return {".json": json_file, ".xml": to_xml}
