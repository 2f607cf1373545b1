"""A short outline of a document for people: header, divisions, tasks, references, closing."""

from __future__ import annotations

from .grammar.recipients import print_recipient
from .model import Block, Division, Document, ListItem, Paragraph, Task

__all__ = ["outline"]


def outline(document: Document) -> str:
    """The document's outline as plain text, one fact per line.

    Header (kind, notation, issuer, place and date, subject, conference), the numbered
    divisions indented by level, the tasks with their lead and partner bodies, the cited
    documents, the recipients and the signatures.
    """
    if not isinstance(document, Document):
        raise TypeError(f"outline expects a Document, got {type(document).__name__}")
    lines: list[str] = []
    add = lines.append
    kind = document.kind.label if document.kind else "Document"
    add(f"{kind} {document.notation}" if document.notation else kind)
    if document.issuer:
        parent = f" ({document.issuer.parent.name})" if document.issuer.parent else ""
        add(f"  issuer: {document.issuer.name}{parent}")
    if document.place or document.date or document.date_text:
        when = document.date.isoformat() if document.date else document.date_text or ""
        add(f"  place and date: {', '.join(x for x in (document.place, when) if x)}")
    if document.subject:
        add(f"  subject: {document.subject}")
    if conference := document.conference:
        body = f" {conference.body.name}" if conference.body else ""
        term = f" khóa {conference.term}" if conference.term else ""
        add(f"  conference: lần thứ {conference.ordinal or '?'}{body}{term}")
    _divisions(document.body, lines, depth=1)
    tasks = list(document.tasks())
    if tasks:
        add("Tasks")
        for task in tasks:
            lead = ", ".join(b.name for b in task.lead) or "?"
            partners = f"; with {', '.join(b.name for b in task.partners)}" if task.partners else ""
            report = f"; reports to {task.report_to.name}" if task.report_to else ""
            due = f"; due {task.deadline.text}" if task.deadline else ""
            add(f"  - {lead}{partners}{report}{due}")
    references = list(document.references())
    if references:
        add("References")
        for ref in references:
            what = " ".join(x for x in (ref.kind.label if ref.kind else None, str(ref.notation or "")) if x)
            date = f", {ref.date.isoformat()}" if ref.date else ""
            issuer = f", {ref.issuer.name}" if ref.issuer else ""
            add(f"  - {what or '(unnumbered)'}{date}{issuer}")
    if document.recipients:
        add("Recipients")
        for recipient in document.recipients:
            add(f"  - {print_recipient(recipient.name, recipient.purpose)}")
    for signature in document.signatures:
        parts = [
            " ".join(
                x for x in (signature.authority.code if signature.authority else None, signature.on_behalf_of) if x
            ),
            signature.position or "",
            signature.signer or "",
        ]
        add("Signature: " + " / ".join(p for p in parts if p))
    return "\n".join(lines) + "\n"


def _divisions(blocks: tuple[Block, ...], lines: list[str], *, depth: int) -> None:
    for block in blocks:
        if isinstance(block, Division):
            heading = f" {block.heading}" if block.heading else _first_words(block)
            lines.append(f"{'  ' * depth}{block.marker}{heading}")
            _divisions(block.children, lines, depth=depth + 1)


def _first_words(division: Division, count: int = 8) -> str:
    for child in division.children:
        if isinstance(child, Paragraph | Task | ListItem):
            words = child.text.split()
            return " " + " ".join(words[:count]) + (" …" if len(words) > count else "")
    return ""
