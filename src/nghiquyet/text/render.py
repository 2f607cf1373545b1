"""to_text: a Document as clean plain text in the standard layout of Hướng dẫn 36-HD/VPTW.

Header (its left column: parent and issuing body, "*", số, a Công văn's "V/v …"; then its
right column: tiêu đề or national motto, place and date), type name and trích
yếu, preamble, body with its markers, recipients, signatures, appendices — one block a
paragraph, blank lines between, no hard wraps. :func:`parse_text` reads it back.
"""

from __future__ import annotations

from ..grammar.recipients import print_recipient
from ..model import Block, Division, Document, DocumentSystem, ListItem, Organization, Paragraph, Reference, Table, Task
from .closing import is_authority, is_signing_remark
from .normalize import fold

__all__ = ["to_text"]

_PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"
_STATE_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def to_text(document: Document) -> str:
    """The document as plain text (UTF-8 str, lines ending in "\\n")."""
    if not isinstance(document, Document):
        raise TypeError(f"to_text expects a Document, got {type(document).__name__}")
    out: list[str] = []
    letter = _letter_subject(document)
    _header(document, out, letter)
    if document.title:
        out.extend(document.title.split("\n"))
    else:
        code = getattr(document.kind, "code", "")
        named = document.notation is not None and document.notation.kind_code == code
        if document.kind is not None and not (letter and (named or code == "CV")):
            out.append(document.kind.label.upper())  # (a Công văn's kind is in its number, or in its "V/v")
        if document.conference is not None:  # the title lines name the conference; without them, print it
            out.append(_conference(document))
    if document.subject and not letter:
        out.append(document.subject)
    if out:
        out.extend(["-----", ""])
    for block in document.preamble:
        _block(block, out)
    for block in document.body:
        _block(block, out)
    _closing(document, out)
    for appendix in document.appendices:
        if appendix.title:
            out.extend([*appendix.title.split("\n"), ""])
        for block in appendix.body:
            _block(block, out)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def _conference(document: Document) -> str:
    conference = document.conference
    assert conference is not None
    parts = ["HỘI NGHỊ"]
    if conference.ordinal is not None:
        parts.append(f"LẦN THỨ {conference.ordinal}")
    if conference.body is not None:
        parts.append(conference.body.name.upper())
    if conference.term is not None:
        parts.append(f"KHÓA {conference.term}")
    return " ".join(parts)


def _press_form(document: Document) -> bool:
    """A republication named in a running title ("Kết luận số 69-KL/TW ngày … của …"), not by a header."""
    return (
        document.issuer is None
        and document.place is None
        and document.notation is not None
        and document.title is not None
        and str(document.notation) in document.title.replace(" ", "")
    )


def _letter_subject(document: Document) -> bool:
    """A Công văn's "V/v …" trích yếu, printed under its number in the header."""
    return (
        document.title is None
        and document.subject is not None
        and document.notation is not None
        and fold(document.subject).startswith(("v/v", "ve viec"))
        and not _press_form(document)
    )


def _header(document: Document, out: list[str], letter: bool = False) -> None:
    if _press_form(document):
        return  # the title names the document; a header would be read as a second one
    if not (
        document.issuer
        or document.notation
        or document.place
        or document.date
        or document.date_text
        or document.secrecy
        or document.urgency
        or document.draft
        or document.circulation
    ):
        return
    # the left column (issuer, number, "V/v …"), then the right (motto, place and date)
    if document.issuer is not None:
        chain: list[str] = []
        body: Organization | None = document.issuer
        while body is not None:
            chain.append(body.name)
            body = body.parent
        out.extend(reversed(chain))
        out.append("*")
    if document.notation is not None:
        colon = ":" if document.system is DocumentSystem.STATE else ""
        out.append(f"Số{colon} {document.notation}")
    if letter:
        out.append(document.subject or "")
    if document.system is DocumentSystem.STATE:
        out.extend(_STATE_MOTTO)
    else:
        out.append(_PARTY_MOTTO)
    when = document.printed_date
    if document.place or when:
        out.append(", ".join(x for x in (document.place, when) if x))
    for mark in (document.secrecy, document.urgency):
        if mark is not None:
            out.append(mark.label)
    if document.draft:
        out.append("DỰ THẢO")
    if document.circulation:
        out.append(document.circulation)
    out.append("")


def _inline(blocks: tuple[Block, ...]) -> tuple[str, tuple[Block, ...]]:
    """The running text printed on a marker's line, and the blocks after it."""
    texts: list[str] = []
    index = 0
    while index < len(blocks) and isinstance(blocks[index], Paragraph | Task):
        block = blocks[index]
        assert isinstance(block, Paragraph | Task)
        texts.append(block.text)
        index += 1
    return " ".join(texts), blocks[index:]


def _repeats_heading(block: Block, heading: str) -> bool:
    """Whether ``block`` is the run-in heading kept as a task or a citing paragraph (the parser's way)."""
    if isinstance(block, Task):
        return block.text == heading
    return (
        isinstance(block, Paragraph)
        and block.text == heading
        and any(isinstance(span, Reference) for span in block.spans)
    )


def _printed_by_heading(blocks: tuple[Block, ...], heading: str) -> int:
    """How many of the first ``blocks`` the run-in heading prints: the task or citation it is kept as,
    or the tasks of its clauses ("Giao X …;" "Y chủ trì, …") one after the other."""
    if blocks and _repeats_heading(blocks[0], heading):
        return 1
    joined = ""
    for count, block in enumerate(blocks, start=1):
        if not isinstance(block, Task) or not heading.startswith(joined := f"{joined} {block.text}".lstrip()):
            return 0
        if joined == heading:
            return count
    return 0


def _block(block: Block, out: list[str]) -> None:
    if isinstance(block, Division):
        if block.heading is not None:
            out.extend([f"{block.marker} {block.heading}".strip(), ""])
            rest = block.children[_printed_by_heading(block.children, block.heading) :]
        elif block.children and isinstance(block.children[0], Paragraph | Task):
            first = block.children[0]
            assert isinstance(first, Paragraph | Task)
            out.extend([f"{block.marker} {first.text}".strip(), ""])
            rest = block.children[1:]
        else:
            out.extend([block.marker, ""])
            rest = block.children
        for child in rest:
            _block(child, out)
    elif isinstance(block, ListItem):
        text, rest = (block.text, block.children) if block.text else _inline(block.children)
        out.extend([f"{block.marker} {text}".rstrip(), ""])
        for child in rest:
            _block(child, out)
    elif isinstance(block, Paragraph | Task):
        out.extend([block.text, ""])
    elif isinstance(block, Table):
        for row in block.rows:
            out.append("| " + " | ".join(row) + " |")
        out.append("")


def _closing(document: Document, out: list[str]) -> None:
    if document.recipients:
        out.append("Nơi nhận:")
        last = len(document.recipients) - 1
        for index, recipient in enumerate(document.recipients):
            out.append(f"- {print_recipient(recipient.name, recipient.purpose)}{'.' if index == last else ','}")
        out.append("")
    for signature in document.signatures:
        first = " ".join(
            x for x in (signature.authority.code if signature.authority else None, signature.on_behalf_of) if x
        )
        notes = signature.note.split("; ") if signature.note else []  # "(Đã ký)", the seal: a line each
        # Each note where the parser reads it back: an inner mark ("KT. THỦ TƯỚNG") under the outer
        # one, "(Đã ký)" and a bracketed remark above the signer, anything else (a seal's or an
        # e-signature's text, a footer) below the name.
        inner = [n for n in notes if is_authority(n)]
        above = [n for n in notes if n not in inner and is_signing_remark(n)]
        below = [n for n in notes if n not in inner and n not in above]
        for line in (first, *inner, signature.position, *above):
            if line:
                out.append(line)
        if signature.signer:
            if signature.signer.isupper():
                out.append("")  # a name in capitals is told from a position by the space signed in
            out.append(signature.signer)
        out.extend(below)
        out.append("")
    if document.appendices and any(s.note for s in document.signatures):
        out.extend(["-----", ""])  # what follows the rule is an annex, not the signer's remarks
