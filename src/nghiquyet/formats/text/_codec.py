"""The codecs of text and of the outline for the registry (the outline is written only)."""

from __future__ import annotations

from types import SimpleNamespace

import attrs

from ...errors import FormatError
from ...model import Document, ParseWarning
from . import LEGACY, decoded_text

__all__ = ["OUTLINE", "read", "write"]


# Characters that show nothing and that str.strip keeps: byte order marks and zero-width spaces.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))


def read(data: bytes) -> Document:
    """The document of a text file; an empty or blank one is an error, not an empty document."""
    from ...text import parse_text

    text, encoding = decoded_text(data)
    if not text.translate(_INVISIBLE).strip():
        raise FormatError("the text is empty" if not text else "the text is only white space")
    document = parse_text(text)
    if encoding in LEGACY:
        converted = ParseWarning(message=f"read as {LEGACY[encoding]} and converted to Unicode: check the diacritics")
        document = attrs.evolve(document, warnings=(converted, *document.warnings))
    return document


def write(document: Document) -> bytes:
    from ...text import to_text

    return to_text(document).encode("utf-8")


def _outline(document: Document) -> bytes:
    from ...outline import outline

    return outline(document).encode("utf-8")


#: The outline's codec: people's one-fact-a-line summary, written only.
OUTLINE = SimpleNamespace(write=_outline)
