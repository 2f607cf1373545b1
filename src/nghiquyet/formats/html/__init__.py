"""HTML: a document as one self-contained page in the layout of Hướng dẫn 36-HD/VPTW.

:func:`to_html` writes the page a reader or an archivist looks at: the two-column header
(issuer over its parent and "*", the số và ký hiệu; "ĐẢNG CỘNG SẢN VIỆT NAM" over the
place and date), the type name and trích yếu (subject), the body with its numbering,
and the recipients beside the signature. The stylesheet is inline (A4 paper, Times New
Roman), so the page needs nothing else to print. Annotations stay in the markup: a
citation is a ``<cite class="reference">`` with ``data-notation``/``data-date``, a date a
``<time datetime>``, a task a ``<p class="task">`` with its bodies as JSON in ``data-lead``.

HTML is a view for people, not an exchange format: there is no reader for it.
Every text goes through lxml's element builder, so it is always escaped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from importlib.resources import files

import lxml.html
from lxml.html import HtmlElement
from lxml.html.builder import E

from ...grammar.recipients import print_purpose
from ...model import (
    Block,
    BodyMention,
    Conference,
    DateMention,
    Division,
    Document,
    DocumentSystem,
    ListItem,
    Notation,
    Organization,
    Paragraph,
    Recipient,
    Reference,
    Signature,
    Span,
    Table,
    Task,
)

__all__ = ["pdf_engine", "to_html", "to_pdf"]

_STYLESHEET = files(__package__).joinpath("html.css").read_text(encoding="utf-8")

_Child = HtmlElement | str | None


def pdf_engine() -> str | None:
    """The program :func:`to_pdf` prints with (headless Chromium, found on ``PATH``), or None."""
    from ._pdf import pdf_engine as found

    return found()


def to_pdf(document: Document) -> bytes:
    """``document``'s HTML page (:func:`to_html`) printed to PDF by headless Chromium, as a
    browser prints it (A4, the page's own margins); :class:`~nghiquyet.NghiquyetError` when no
    engine is installed (see :func:`pdf_engine`)."""
    from ._pdf import print_pdf

    return print_pdf(to_html(document))


def to_html(document: Document) -> bytes:
    """Return ``document`` as a complete HTML page (``<!DOCTYPE html>``, ``lang="vi"``).

    The page carries its own stylesheet and loads nothing from elsewhere.
    """
    if not isinstance(document, Document):
        raise TypeError(f"to_html expects a Document, got {type(document).__name__}")
    sheet = _el(
        "article",
        _header(document),
        _title(document),
        _section("preamble", document.preamble),
        _section("document-body", document.body),
        _closing(document),
        *(_appendix(appendix.title, appendix.body) for appendix in document.appendices),
        cls="sheet document",
        attrs={"data-kind": document.kind.code if document.kind else None, "data-system": document.system.value},
    )
    page = _el(
        "html",
        _el(
            "head",
            _el("meta", attrs={"charset": "utf-8"}),
            _el("meta", attrs={"name": "viewport", "content": "width=device-width, initial-scale=1"}),
            _el("meta", attrs={"name": "generator", "content": "nghiquyet"}),
            _el("title", _page_title(document)),
            _el("style", _STYLESHEET),
        ),
        _el("body", sheet),
        attrs={"lang": "vi"},
    )
    return lxml.html.tostring(page, doctype="<!DOCTYPE html>", encoding="UTF-8", method="html") + b"\n"


def _el(
    tag: str, *children: _Child, cls: str | None = None, attrs: Mapping[str, str | None] | None = None
) -> HtmlElement:
    """An element with ``children`` (elements and text, ``None`` skipped) and the attributes that are set."""
    element = E(tag)
    if cls:
        element.set("class", cls)
    for name, value in (attrs or {}).items():
        if value is not None:
            element.set(name, value)
    for child in children:
        if child is None:
            continue
        if isinstance(child, str):
            if len(element):
                element[-1].tail = (element[-1].tail or "") + child
            else:
                element.text = (element.text or "") + child
        else:
            element.append(child)
    return element


# --- Components 1–4: the header ------------------------------------------------------------------


def _header(document: Document) -> HtmlElement:
    issuer = document.issuer
    left = _el(
        "div",
        _el("p", issuer.parent.name, cls="issuer-parent") if issuer and issuer.parent else None,
        _el("p", issuer.name, cls="issuer-name", attrs={"data-code": issuer.code}) if issuer else None,
        _el("p", "*", cls="issuer-star", attrs={"aria-hidden": "true"}) if issuer else None,
        _notation(document.notation),
        _el("p", document.secrecy.label, cls="mark secrecy") if document.secrecy else None,
        _el("p", document.urgency.label, cls="mark urgency") if document.urgency else None,
        cls="issuer-column",
    )
    if document.system is DocumentSystem.STATE:
        motto: list[_Child] = [
            _el("p", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cls="party-title"),
            _el("p", "Độc lập - Tự do - Hạnh phúc", cls="motto"),
        ]
    else:
        motto = [_el("p", "ĐẢNG CỘNG SẢN VIỆT NAM", cls="party-title")]
    right = _el(
        "div",
        _el("p", "DỰ THẢO", cls="draft") if document.draft else None,
        *motto,
        _place_and_date(document),
        cls="party-column",
    )
    return _el("header", left, right, cls="document-header")


def _notation(notation: Notation | None) -> HtmlElement | None:
    if notation is None:
        return None
    prefix = "Số: " if notation.system is DocumentSystem.STATE else "Số "
    # A blank number (digitally signed copies) leaves room to write it in, as on paper.
    blank = "\u00a0" * 4 if notation.number is None else ""
    return _el("p", prefix + blank + str(notation), cls="notation", attrs={"data-notation": str(notation)})


def _place_and_date(document: Document) -> HtmlElement | None:
    printed = document.printed_date
    if document.place is None and printed is None:
        return None
    date = _el("time", printed, attrs={"datetime": document.date.isoformat() if document.date else None})
    if document.place is None:
        return _el("p", date, cls="place-date")
    return _el("p", document.place, ", " if printed else None, date if printed else None, cls="place-date")


# --- Component 5: type name, conference, trích yếu --------------------------------------------------


def _title(document: Document) -> HtmlElement | None:
    kind = document.title or (document.kind.label if document.kind else None)
    parts = [
        _el("span", kind, cls="kind") if kind else None,
        _conference(document.conference) if document.conference else None,
        _el("span", *_inline(document.subject, document.subject_spans), cls="subject") if document.subject else None,
    ]
    if all(part is None for part in parts):
        return None
    return _el("h1", *parts, cls="document-title")


def _conference(conference: Conference) -> HtmlElement:
    """ "Hội nghị lần thứ 13" over "Ban Chấp hành Đảng bộ thị xã khóa XXIII", as printed."""
    meeting = "Hội nghị" if conference.ordinal is None else f"Hội nghị lần thứ {conference.ordinal}"
    who = " ".join(
        part
        for part in (
            conference.body.name if conference.body else None,
            f"khóa {conference.term}" if conference.term else None,
        )
        if part
    )
    return _el(
        "span",
        meeting,
        " " if who else None,
        _el("span", who, cls="conference-body") if who else None,
        cls="conference",
    )


def _page_title(document: Document) -> str:
    words = [document.kind.label if document.kind else "Văn bản"]
    if document.notation is not None:
        words.append(f"số {document.notation}")
    if document.subject:
        words.append(document.subject)
    return " ".join(words)


# --- Component 6: preamble, body, appendices --------------------------------------------------------


def _section(cls: str, blocks: tuple[Block, ...]) -> HtmlElement | None:
    if not blocks:
        return None
    return _el("section", *_blocks(blocks, 0), cls=cls)


def _appendix(title: str | None, blocks: tuple[Block, ...]) -> HtmlElement:
    return _el("section", _el("h2", title or "Phụ lục", cls="appendix-title"), *_blocks(blocks, 1), cls="appendix")


def _blocks(blocks: Iterable[Block], depth: int) -> Iterator[HtmlElement]:
    """The blocks as elements; consecutive list items share one ``<ul>``."""
    items: list[ListItem] = []
    for block in blocks:
        if isinstance(block, ListItem):
            items.append(block)
            continue
        if items:
            yield _list(items, depth)
            items = []
        yield _block(block, depth)
    if items:
        yield _list(items, depth)


def _block(block: Block, depth: int) -> HtmlElement:
    if isinstance(block, Division):
        return _division(block, depth)
    if isinstance(block, Paragraph):
        return _el("p", *_inline(block.text, block.spans))
    if isinstance(block, Task):
        return _task(block)
    if isinstance(block, Table):
        rows = (_el("tr", *(_el("td", cell) for cell in row)) for row in block.rows)
        return _el("table", _el("tbody", *rows), cls="cells")
    return _list([block], depth)


def _division(division: Division, depth: int) -> HtmlElement:
    marker = _el("span", division.marker, cls="marker")
    children = division.children
    if division.heading is not None:
        opening = _el(f"h{min(depth + 2, 6)}", marker, " ", division.heading, cls="heading")
    elif children and isinstance(children[0], Paragraph | Task):
        # No heading: the number opens the first paragraph, on the same line as on paper.
        opening = _block(children[0], depth + 1)
        marker.tail = " " + (opening.text or "")
        opening.text = None
        opening.insert(0, marker)
        children = children[1:]
    else:
        opening = _el("p", marker, cls="marker-line")
    return _el(
        "section",
        opening,
        *_blocks(children, depth + 1),
        cls="division",
        attrs={"data-numbering": division.numbering.value, "data-label": division.label},
    )


def _list(items: list[ListItem], depth: int) -> HtmlElement:
    return _el(
        "ul",
        *(
            _el(
                "li",
                _el("span", item.marker, cls="marker"),
                " ",
                *_inline(item.text, item.spans),
                *_blocks(item.children, depth + 1),
                attrs={"data-marker": item.marker},
            )
            for item in items
        ),
        cls="items",
    )


def _task(task: Task) -> HtmlElement:
    deadline = task.deadline
    return _el(
        "p",
        *_inline(task.text, task.spans),
        cls="task",
        attrs={
            "data-lead": _names(task.lead),
            "data-partners": _names(task.partners),
            "data-report-to": task.report_to.name if task.report_to else None,
            "data-deadline": deadline.text if deadline else None,
            "data-deadline-date": deadline.date.isoformat() if deadline and deadline.date else None,
        },
    )


def _names(bodies: tuple[Organization, ...]) -> str | None:
    """Names of bodies as a JSON list: a name may hold any punctuation, so no separator would do."""
    return json.dumps([body.name for body in bodies], ensure_ascii=False) if bodies else None


def _inline(text: str, spans: tuple[Span, ...]) -> list[_Child]:
    """``text`` with each span wrapped in its element (spans are sorted and never overlap)."""
    pieces: list[_Child] = []
    position = 0
    for span in spans:
        pieces.append(text[position : span.start])
        pieces.append(_span(span, text[span.start : span.end]))
        position = span.end
    pieces.append(text[position:])
    return pieces


def _span(span: Span, text: str) -> HtmlElement:
    if isinstance(span, Reference):
        return _el(
            "cite",
            text,
            cls="reference",
            attrs={
                "data-kind": span.kind.code if span.kind else None,
                "data-notation": str(span.notation) if span.notation else None,
                "data-date": span.date.isoformat() if span.date else None,
                "data-issuer": span.issuer.name if span.issuer else None,
                "data-title": span.title,
            },
        )
    if isinstance(span, BodyMention):
        return _el("span", text, cls="body-mention", attrs={"data-body": span.body.name, "data-code": span.body.code})
    assert isinstance(span, DateMention)
    return _el("time", text, cls="date-mention", attrs={"datetime": span.date.isoformat()})


# --- Components 7–12: recipients, signatures, marks of issuance -------------------------------------


def _closing(document: Document) -> HtmlElement | None:
    issuance = [part for part in (document.typist, f"{document.copies} bản" if document.copies else None) if part]
    parts = [
        _recipients(document.recipients),
        _el("div", *(_signature(s) for s in document.signatures), cls="signatures") if document.signatures else None,
        _el("p", ", ".join(issuance), cls="issuance") if issuance else None,
        _el("p", document.circulation, cls="circulation") if document.circulation else None,
    ]
    if all(part is None for part in parts):
        return None
    return _el("footer", *parts, cls="document-closing")


def _recipients(recipients: tuple[Recipient, ...]) -> HtmlElement | None:
    if not recipients:
        return None
    last = len(recipients) - 1
    lines = []
    for index, recipient in enumerate(recipients):
        # Each line ends with a comma, the last with a full stop, unless the name brings its own.
        end = "" if recipient.name[-1:] in ",;.:" and recipient.purpose is None else ("." if index == last else ",")
        purpose = _el("span", print_purpose(recipient.purpose), cls="purpose") if recipient.purpose else None
        lines.append(_el("li", "- ", recipient.name, " " if purpose is not None else None, purpose, end))
    return _el("section", _el("p", "Nơi nhận:", cls="recipients-label"), _el("ul", *lines), cls="recipients")


def _signature(signature: Signature) -> HtmlElement:
    authority = " ".join(
        part for part in (signature.authority.code if signature.authority else None, signature.on_behalf_of) if part
    )
    return _el(
        "div",
        _el("p", authority, cls="authority") if authority else None,
        _el("p", signature.position, cls="position") if signature.position else None,
        # Room for the signature and the seal (components 7 and 8).
        _el("p", signature.note, cls="seal"),
        _el("p", signature.signer, cls="signer") if signature.signer else None,
        cls="signature",
        attrs={"data-authority": signature.authority.code if signature.authority else None},
    )
