"""The registry's codec of the originals: read only, with OCR where a page needs it."""

from __future__ import annotations

from ...model import Document
from . import read_original

__all__ = ["read"]


def read(data: bytes) -> Document:
    return read_original(data)
