"""The FRBR identity of a document in Akoma Ntoso: its work URI, its date and its title.

Work URIs: ``/akn/vn/statement/<name>/<issuer>/<date>/<number>``.

- ``<issuer>`` is the notation's issuer code (else the issuer's code), then the issuing
  body as the header prints it, from its parent down, each name folded to a slug:
  ``TU.dang-bo-tinh-lao-cai.tinh-uy-lao-cai``. Codes repeat across provinces (every Tỉnh
  ủy is "TU"): the names keep one committee's works apart from another's. A central code
  (``TW``, ``VPTW``, ``BTCTW`` …) names one body in the country and stands alone, so that a
  citation "của Bộ Chính trị" points at the work the Ban Chấp hành Trung ương issued.
  ``unknown`` when neither is known.
- ``<date>`` is the date as far as the document prints it: the ISO date, or ``YYYY-MM``
  (``YYYY``) when the day (and the month) is left blank for a digital signature, as the
  Akoma Ntoso naming convention allows. A document that prints no date of its own is
  dated by the latest date it mentions (it cannot be older). ``undated`` only for a
  document that mentions no date at all.
- ``<number>`` is the number as printed, zero padding kept, else ``nn`` (a blank number,
  ``Số    -HD/BTCTU``) followed by a digest of the trích yếu (``nn-3f9a1c2e``): one
  committee's unnumbered documents of one month keep apart.

Non-ASCII letters (Đ) are percent-encoded. ``FRBRdate`` holds a whole date: the issue
date (``name="adoption"``), the first day of the printed month or year
(``"adoptionMonth"``, ``"adoptionYear"``), or the latest date the text mentions
(``"notBefore"``); ``0001-01-01`` (``"undated"``) only when there is none. ``FRBRalias``
(``name="title"``) is the title a citation gives it: "Kết luận số 706-KL/TU về …".
"""

from __future__ import annotations

import datetime
import hashlib
import re
from typing import NamedTuple
from urllib.parse import quote

from ...grammar.dates import partial_date
from ...grammar.folding import fold
from ...model import DateMention, Document, DocumentKind, ListItem, Notation, Organization, Paragraph, Reference, Task
from ._vocabulary import NAME_BY_KIND, NO_KIND

__all__ = ["WorkDate", "document_uri", "reference_uri", "title", "work_date"]

UNDATED = datetime.date(1, 1, 1)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class WorkDate(NamedTuple):
    """The date of a work: its part of the URI, the ``FRBRdate`` and what that date is."""

    uri: str
    date: datetime.date
    name: str


def work_date(document: Document) -> WorkDate:
    """The work's date as far as ``document`` prints it (see the module's description)."""
    if document.date is not None:
        return WorkDate(document.date.isoformat(), document.date, "adoption")
    known = partial_date(document.date_text) if document.date_text else None
    if known is not None:
        year, month = known
        if month is None:
            return WorkDate(f"{year:04d}", datetime.date(year, 1, 1), "adoptionYear")
        return WorkDate(f"{year:04d}-{month:02d}", datetime.date(year, month, 1), "adoptionMonth")
    mentioned = [span.date for span in _spans(document) if span.date is not None]
    if mentioned:
        latest = max(mentioned)
        return WorkDate(latest.isoformat(), latest, "notBefore")
    return WorkDate("undated", UNDATED, "undated")


def _spans(document: Document) -> list[Reference | DateMention]:
    found = [span for span in document.subject_spans if isinstance(span, Reference | DateMention)]
    for block in document.blocks():
        if isinstance(block, Paragraph | ListItem | Task):
            found.extend(span for span in block.spans if isinstance(span, Reference | DateMention))
    return found


def _slug(name: str) -> str:
    return _NOT_SLUG.sub("-", fold(name)).strip("-")


def _issuer(notation: Notation | None, issuer: Organization | None) -> str:
    code = notation.issuer_code if notation is not None else issuer.code if issuer is not None else None
    if code and all(part.endswith("TW") for part in code.split("-")):
        return code  # a central body: one in the country
    names: list[str] = []
    body = issuer
    while body is not None:
        names.insert(0, _slug(body.name))
        body = body.parent
    return ".".join(part for part in (code, *names) if part) or "unknown"


def _work_uri(
    kind: DocumentKind | None, notation: Notation | None, issuer: Organization | None, day: str, subject: str | None
) -> str:
    name = NO_KIND if kind is None else NAME_BY_KIND[kind]
    if notation is not None and notation.number is not None:
        number = notation.number_text
    elif subject:
        number = "nn-" + hashlib.blake2s(" ".join(subject.split()).encode("utf-8"), digest_size=4).hexdigest()
    else:
        number = "nn"
    parts = (name, _issuer(notation, issuer), day, number)
    return "/akn/vn/statement/" + "/".join(quote(part, safe="-.") for part in parts)


def document_uri(document: Document) -> str:
    """The FRBR work URI of ``document``."""
    return _work_uri(document.kind, document.notation, document.issuer, work_date(document).uri, document.subject)


def reference_uri(reference: Reference) -> str:
    """The work URI a citation points to, from what it prints (``undated`` when it prints no date)."""
    day = "undated" if reference.date is None else reference.date.isoformat()
    return _work_uri(reference.kind, reference.notation, reference.issuer, day, reference.title)


def title(document: Document) -> str:
    """The title a citation gives the document: kind, number and trích yếu ("Kết luận số 706-KL/TU về …")."""
    if document.kind is not None:
        head = document.kind.label
    elif document.title:
        head = document.title.split("\n", 1)[0].strip().capitalize() or "Văn bản"
    else:
        head = "Văn bản"
    parts = [head, f"số {document.notation}" if document.notation is not None else None, document.subject]
    return " ".join(" ".join(part.split()) for part in parts if part)
