"""The document as a whole: header, body, closing (Hướng dẫn 36-HD/VPTW components 1–13)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import attrs

from ..errors import DocumentError
from ..grammar.dates import print_date
from ._fields import a_date, as_tuple, default_passes, items_of, one_of, positive, text, text_or_none, type_check
from .blocks import Block, Division, ListItem, Paragraph, Reference, Span, Task, _only_blocks, check_spans, walk
from .identifiers import (
    Conference,
    DocumentKind,
    DocumentSystem,
    Notation,
    Organization,
    Secrecy,
    SigningAuthority,
    Urgency,
)

__all__ = ["Appendix", "Document", "ParseWarning", "Recipient", "Signature"]


def _blocks() -> Any:
    return attrs.field(default=(), converter=as_tuple, validator=_only_blocks)


@attrs.frozen(kw_only=True)
class Recipient:
    """An entry under "Nơi nhận": "- Thường trực Tỉnh ủy (để báo cáo),".

    ``purpose`` is what the parentheses say ("để báo cáo", "để thực hiện"), without them.
    """

    name: str = text()
    purpose: str | None = text_or_none()


@attrs.frozen(kw_only=True)
class Signature:
    """A signing block: "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC / Văn Quốc Cường".

    ``authority`` is the mark (T/M, K/T, T/L, TUQ, Q.); ``on_behalf_of`` the collective
    body or head it signs for; ``position`` the signer's own position; ``signer`` the
    name; ``note`` a printed remark such as "(Đã ký)".
    """

    authority: SigningAuthority | None = attrs.field(default=None, validator=one_of(SigningAuthority))
    on_behalf_of: str | None = text_or_none()
    position: str | None = text_or_none()
    signer: str | None = text_or_none()
    note: str | None = text_or_none()


@attrs.frozen(kw_only=True)
class Appendix:
    """Phụ lục: material after the signature, with its own title and body."""

    title: str | None = text_or_none()
    body: tuple[Block, ...] = _blocks()


@attrs.frozen(kw_only=True)
class ParseWarning:
    """Something a reader could not place with certainty, and where (1-based input line)."""

    message: str = text()
    line: int | None = attrs.field(default=None, validator=positive)


@attrs.frozen(kw_only=True)
class Document:
    """A Party document (văn bản của Đảng).

    The header: ``issuer`` (tên cơ quan ban hành, with its parent), ``notation`` (số và
    ký hiệu), ``place`` and ``date`` (địa danh, ngày tháng; ``date_text`` keeps the
    printed date when it is incomplete, as with a blank day), ``kind`` and ``title`` (the
    type name as printed, "KẾT LUẬN"), ``subject`` (trích yếu) with ``subject_spans``
    (the documents and bodies it names, "… thực hiện Nghị quyết số 57-NQ/TW …"),
    ``conference``. The
    content: ``preamble`` (căn cứ …), ``body``, ``appendices``. The closing:
    ``signatures``, ``recipients`` (nơi nhận), ``secrecy``, ``urgency``, ``circulation``
    ("Lưu hành nội bộ"), ``draft``, ``copies`` and ``typist`` (initials). ``warnings``
    say what a reader could not place.
    """

    kind: DocumentKind | None = attrs.field(default=None, validator=one_of(DocumentKind))
    system: DocumentSystem = attrs.field(default=DocumentSystem.PARTY, validator=one_of(DocumentSystem, optional=False))
    issuer: Organization | None = attrs.field(default=None, validator=one_of(Organization))
    notation: Notation | None = attrs.field(default=None, validator=one_of(Notation))
    place: str | None = text_or_none()
    date: datetime.date | None = attrs.field(default=None, validator=a_date)
    date_text: str | None = text_or_none()
    title: str | None = text_or_none()
    subject: str | None = text_or_none()
    subject_spans: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)
    conference: Conference | None = attrs.field(default=None, validator=one_of(Conference))
    preamble: tuple[Block, ...] = _blocks()
    body: tuple[Block, ...] = _blocks()
    signatures: tuple[Signature, ...] = attrs.field(default=(), converter=as_tuple, validator=items_of(Signature))
    recipients: tuple[Recipient, ...] = attrs.field(default=(), converter=as_tuple, validator=items_of(Recipient))
    appendices: tuple[Appendix, ...] = attrs.field(default=(), converter=as_tuple, validator=items_of(Appendix))
    secrecy: Secrecy | None = attrs.field(default=None, validator=one_of(Secrecy))
    urgency: Urgency | None = attrs.field(default=None, validator=one_of(Urgency))
    circulation: str | None = text_or_none()
    draft: bool = attrs.field(default=False)
    copies: int | None = attrs.field(default=None, validator=positive)
    typist: str | None = text_or_none()
    warnings: tuple[ParseWarning, ...] = attrs.field(default=(), converter=as_tuple, validator=items_of(ParseWarning))

    @subject_spans.validator
    @default_passes
    def _check_subject_spans(self, _attribute: attrs.Attribute[tuple[Span, ...]], spans: tuple[Span, ...]) -> None:
        if spans:
            check_spans("subject_spans", self.subject or "", spans)

    @draft.validator
    @type_check
    def _check_draft(self, _attribute: attrs.Attribute[bool], value: bool) -> None:
        if not isinstance(value, bool):
            raise DocumentError(f"draft: expected True or False, got {value!r}")

    @property
    def printed_date(self) -> str | None:
        """The date as the header prints it: ``date_text`` when kept, else ``date`` in the standard form
        ("ngày 06 tháng 10 năm 2023", :func:`~nghiquyet.grammar.dates.print_date`); None without either."""
        if self.date_text is not None:
            return self.date_text
        return None if self.date is None else print_date(self.date)

    def blocks(self) -> Iterator[Block]:
        """Every block of the preamble, the body and the appendices, in document order."""
        yield from walk(self.preamble)
        yield from walk(self.body)
        for appendix in self.appendices:
            yield from walk(appendix.body)

    def divisions(self) -> Iterator[Division]:
        """Every numbered division, in document order."""
        return (b for b in self.blocks() if isinstance(b, Division))

    def references(self) -> Iterator[Reference]:
        """Every citation of another document, in document order (the trích yếu first)."""
        for span in self.subject_spans:
            if isinstance(span, Reference):
                yield span
        for block in self.blocks():
            if isinstance(block, Paragraph | ListItem | Task):
                for span in block.spans:
                    if isinstance(span, Reference):
                        yield span

    def tasks(self) -> Iterator[Task]:
        """Every task (assignment of work), in document order."""
        return (b for b in self.blocks() if isinstance(b, Task))
