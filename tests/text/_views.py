"""Views of a parsed document that the text tests compare with facts written by hand."""

from __future__ import annotations

from collections import Counter

from nghiquyet import Document
from nghiquyet.text.normalize import fold, words

__all__ = ["signatures", "tasks", "word_keys"]


def tasks(doc: Document) -> list[tuple[list[str], list[str]]]:
    """Each task as (lead names, partner names)."""
    return [([b.name for b in t.lead], [b.name for b in t.partners]) for t in doc.tasks()]


def signatures(doc: Document) -> list[tuple[object, ...]]:
    """Each signature as (authority, on behalf of, position, signer)."""
    return [(s.authority, s.on_behalf_of, s.position, s.signer) for s in doc.signatures]


def word_keys(text: str) -> Counter[str]:
    """The words of ``text`` as comparison keys: folded, numbers by value."""
    return Counter(str(int(w)) if w.isdigit() else fold(w) for w in words(text))
