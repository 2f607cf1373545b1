"""Formats: each module owns both directions of one format."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Document

__all__ = ["readers"]


def readers() -> dict[str, Callable[[bytes], Document]]:
    """The document readers by file extension, for tools that open files by name."""
    from .json import from_json
    from .xml import from_xml

    return {".json": from_json, ".xml": from_xml}
