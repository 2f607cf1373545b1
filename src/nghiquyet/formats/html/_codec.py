"""The HTML page's codec for the registry: written only (HTML is a view, not an exchange format)."""

from __future__ import annotations

from ...model import Document
from . import to_html

__all__ = ["write"]


def write(document: Document) -> bytes:
    return to_html(document)
