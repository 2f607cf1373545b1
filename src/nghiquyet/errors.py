"""The library's errors: every failure it reports is a :class:`NghiquyetError`."""

from __future__ import annotations

__all__ = ["DocumentError", "FormatError", "NghiquyetError"]


class NghiquyetError(Exception):
    """The base of every error this library raises on purpose.

    ``file`` is the file the error is about, when it is about one: set by the function that
    read or wrote it, which adds it as a note (PEP 678) too, leaving the message as it was.
    """

    file: str | None = None


class DocumentError(NghiquyetError, ValueError):
    """A value that cannot be part of a document (bad characters, spans, numbers)."""


class FormatError(NghiquyetError, ValueError):
    """Input in a serialised format (JSON, XML …) that cannot be read.

    ``path`` is a JSON path in wire names (``$.body[2].heading``) or an XPath-like
    element path; ``line`` and ``column`` are 1-based positions in the input when known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}" + (f", column {self.column}" if self.column is not None else ""))
        if self.path:
            where.append(self.path)
        return f"{': '.join(where)}: {self.message}" if where else self.message
