"""The codecs of text and of the outline for the registry (the outline is written only)."""

from __future__ import annotations

from types import SimpleNamespace

from ...model import Document
from . import decode_text

__all__ = ["OUTLINE", "read", "write"]


def read(data: bytes) -> Document:
    from ...text import parse_text

    return parse_text(decode_text(data))


def write(document: Document) -> bytes:
    from ...text import to_text

    return to_text(document).encode("utf-8")


def _outline(document: Document) -> bytes:
    from ...outline import outline

    return outline(document).encode("utf-8")


#: The outline's codec: people's one-fact-a-line summary, written only.
OUTLINE = SimpleNamespace(write=_outline)
