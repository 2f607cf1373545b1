"""Read Akoma Ntoso 3.0 into a :class:`~nghiquyet.model.Document` (see :mod:`nghiquyet.formats.akn`).

Two kinds of input: what :func:`~nghiquyet.formats.akn.to_akoma_ntoso` wrote (recognised by
``meta/proprietary/nq:document``), read back exactly; and any other Akoma Ntoso document
(acts, bills, debates …), read as far as it maps, with whitespace collapsed and the rest
reported in ``Document.warnings``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from ...errors import DocumentError, FormatError
from ...grammar.recipients import split_recipient
from ...model import (
    Appendix,
    Block,
    Conference,
    Document,
    DocumentKind,
    DocumentSystem,
    Notation,
    Organization,
    ParseWarning,
    Recipient,
    Secrecy,
    Signature,
    SigningAuthority,
    Urgency,
)
from .._signing import split_authority
from ._read_blocks import BlockReader, collapse, local_name, text_of
from ._vocabulary import AKN, KIND_BY_NAME, NO_KIND, akn, nq

__all__ = ["read_akoma_ntoso"]

_BODIES = ("mainBody", "body", "collectionBody", "debateBody", "judgmentBody", "amendmentBody", "portionBody")


def read_akoma_ntoso(root: etree._Element) -> Document:
    """The document in the ``<akomaNtoso>`` tree ``root``."""
    if root.tag != akn("akomaNtoso"):
        raise FormatError(
            f"not Akoma Ntoso 3.0: the root element is {root.tag!r}, expected akomaNtoso in {AKN}",
            line=root.sourceline,
            path="/" + etree.QName(root).localname,
        )
    return _Reader(root).document()


class _Reader(BlockReader):
    def __init__(self, root: etree._Element) -> None:
        documents = [child for child in root if local_name(child) is not None]
        if not documents:
            raise FormatError("Akoma Ntoso without a document inside akomaNtoso", line=root.sourceline)
        self.root = root
        self.top = documents[0]
        self.header = self.top.find(f"{akn('meta')}/{akn('proprietary')}/{nq('document')}")
        super().__init__(ours=self.header is not None)
        self.read_references()
        if self.ours:
            for task in self.top.iterfind(f".//{akn('otherAnalysis')}/{nq('tasks')}/{nq('task')}"):
                self.tasks[task.get("href", "").lstrip("#")] = task

    # -- meta ---------------------------------------------------------------------------

    def read_references(self) -> None:
        organizations: dict[str, etree._Element] = {}
        for references in self.top.iterfind(f"{akn('meta')}/{akn('references')}"):
            for element in references:
                eid, shown = element.get("eId"), element.get("showAs")
                if eid is None or shown is None:
                    continue
                if element.tag == akn("TLCOrganization"):
                    organizations[eid] = element

        def resolve(eid: str, seen: frozenset[str]) -> Organization | None:
            if eid in self.bodies:
                return self.bodies[eid]
            element = organizations.get(eid)
            if element is None or eid in seen or not element.get("showAs", "").strip():
                return None
            parent_ref = element.get(nq("parent"))
            parent = None if parent_ref is None else resolve(parent_ref.lstrip("#"), seen | {eid})
            if parent_ref is not None and parent is None:
                raise self.fail(element, f"nq:parent {parent_ref!r} names no TLCOrganization")
            name = element.get("showAs", "")
            body = self.build(element, Organization, name=self.clean(name), parent=parent, code=element.get(nq("code")))
            self.bodies[eid] = body
            return body  # type: ignore[no-any-return]

        for eid in organizations:
            resolve(eid, frozenset())

    # -- the document -------------------------------------------------------------------

    def document(self) -> Document:
        top, name = self.top, local_name(self.top)
        kind: DocumentKind | None = None
        if name == "statement" and top.get("name") in KIND_BY_NAME:
            kind = KIND_BY_NAME[top.get("name", "")]
        elif name != "statement" or top.get("name") != NO_KIND:
            self.warn(top, f"an Akoma Ntoso {name} named {top.get('name')!r} is no Party document kind; kind left out")
        fields: dict[str, Any] = {"kind": kind}
        fields |= self.preface(top.find(akn("preface")))
        preamble = top.find(akn("preamble"))
        fields["preamble"] = () if preamble is None else tuple(self.blocks(preamble))
        fields["body"] = tuple(self.main_body(top))
        conclusions = top.find(akn("conclusions"))
        if conclusions is not None:
            fields |= self.conclusions(conclusions)
        attachments = top.find(akn("attachments"))
        if attachments is not None:
            fields["appendices"] = tuple(self.appendices(attachments.iterfind(akn("attachment"))))
        if not self.ours:
            # A collection (bill with memorandum …) carries its documents as components.
            components = [c for c in self.root.iter(akn("component")) if self.embedded(c) is not None]
            fields["appendices"] = fields.get("appendices", ()) + tuple(self.appendices(components))
            for component in components:
                conclusions = self.embedded(component).find(akn("conclusions"))  # type: ignore[union-attr]
                if conclusions is not None:
                    fields["signatures"] = fields.get("signatures", ()) + self.conclusions(conclusions)["signatures"]
        if self.header is not None:
            fields |= self.proprietary(self.header)
        for local, line in self.unmapped.items():
            self.warnings.append(
                ParseWarning(message=f"<{local}> has no place in the model; its text is kept", line=line)
            )
        fields["warnings"] = tuple(fields.get("warnings", ())) + tuple(self.warnings)
        return self.build(top, Document, **fields)  # type: ignore[no-any-return]

    def preface(self, preface: etree._Element | None) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if preface is None:
            return fields
        for element in preface.iter():
            local = local_name(element)
            if local == "docAuthority" and "issuer" not in fields:
                body = self.body(element, element.get("refersTo"))
                if body is None and text_of(element).strip():
                    body = self.build(element, Organization, name=collapse(text_of(element)))
                fields["issuer"] = body
            elif local == "docNumber" and "notation" not in fields:
                fields["notation"] = self.notation(element) if self.ours else self.foreign_notation(element)
            elif local == "location" and "place" not in fields:
                fields["place"] = self.clean(text_of(element))
            elif local == "docDate" and "date" not in fields:
                fields["date"] = self.date(element, "date")
            elif local == "docType" and "title" not in fields:
                fields["title"] = self.clean(text_of(element))
            elif local == "docTitle" and "subject" not in fields:
                fields["subject"], fields["subject_spans"] = self.inline(element)
        return fields

    def foreign_notation(self, element: etree._Element) -> Notation | None:
        printed = collapse(text_of(element))
        try:
            return Notation.parse(printed)
        except DocumentError:
            self.warn(element, f"document number {printed!r} is not a Party or state notation; left out")
            return None

    def main_body(self, top: etree._Element) -> Iterator[Block]:
        for local in _BODIES:
            body = top.find(akn(local))
            if body is not None:
                return self.blocks(body)
        raise self.fail(top, "the document has no mainBody (or body)")

    def proprietary(self, header: etree._Element) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "system": self.enum(header, "system", DocumentSystem) or DocumentSystem.PARTY,
            "date_text": header.get("dateText"),
            "secrecy": self.enum(header, "secrecy", Secrecy),
            "urgency": self.enum(header, "urgency", Urgency),
            "circulation": header.get("circulation"),
            "draft": header.get("draft") == "true",
            "copies": self.integer(header, "copies"),
            "typist": header.get("typist"),
        }
        conference = header.find(nq("conference"))
        if conference is not None:
            fields["conference"] = self.build(
                conference,
                Conference,
                ordinal=self.integer(conference, "ordinal"),
                body=self.body(conference, conference.get("body")),
                term=conference.get("term"),
            )
        fields["warnings"] = tuple(
            self.build(w, ParseWarning, message=w.text or "", line=self.integer(w, "line"))
            for w in header.iterfind(nq("warning"))
        )
        return fields

    # -- blocks -------------------------------------------------------------------------

    def conclusions(self, conclusions: etree._Element) -> dict[str, Any]:
        signatures = [self.signature(s) for s in conclusions.iter(akn("signature"))]
        recipients = []
        for p in conclusions.iter(akn("p")):
            if p.get("class") != "recipient":
                continue
            name = p.find(akn("organization"))
            purpose = p.find(akn("span"))
            recipients.append(
                self.build(
                    p,
                    Recipient,
                    name="" if name is None else self.clean(text_of(name)),
                    purpose=None if purpose is None else self.clean(text_of(purpose)),
                )
            )
        if not recipients:
            recipients = list(self.listed_recipients(conclusions))
        return {"signatures": tuple(signatures), "recipients": tuple(recipients)}

    def listed_recipients(self, conclusions: etree._Element) -> Iterator[Recipient]:
        """Other Akoma Ntoso lists nơi nhận as printed: ``blockContainer class="recipients"``
        holding items "- name (purpose),"."""
        for container in conclusions.iter(akn("blockContainer")):
            if container.get("class") != "recipients":
                continue
            for item in container.iter(akn("item")):
                printed = self.clean(text_of(item)).lstrip("-–+• ").rstrip(",;. ")
                if not printed:
                    continue
                name, purpose = split_recipient(printed)
                yield self.build(item, Recipient, name=name, purpose=purpose)

    def signature(self, element: etree._Element) -> Signature:
        fields: dict[str, Any] = {}
        for child in element:
            local, css = local_name(child), child.get("class")
            # Other producers put the whole signing line in a role: "T/M BỘ CHÍNH TRỊ".
            authority, on_behalf_of = (
                (None, None) if self.ours or local != "role" else split_authority(self.clean(text_of(child)))
            )
            if authority is not None and "authority" not in fields:
                fields["authority"], fields["on_behalf_of"] = authority, on_behalf_of
            elif local == "role" and "position" not in fields:
                fields["position"] = self.clean(text_of(child))
            elif local == "person" and "signer" not in fields:
                fields["signer"] = self.clean(text_of(child))
            elif local == "span" and css == "authority":
                try:
                    fields["authority"] = SigningAuthority.from_code(text_of(child))
                except DocumentError as error:
                    raise self.fail(child, str(error)) from None
            elif local == "span" and css in ("onBehalfOf", "note"):
                fields["on_behalf_of" if css == "onBehalfOf" else "note"] = self.clean(text_of(child))
        return self.build(element, Signature, **fields)  # type: ignore[no-any-return]

    @staticmethod
    def embedded(container: etree._Element) -> etree._Element | None:
        """The document embedded in an attachment or component, if it holds one (not a reference)."""
        inner = next((child for child in container if local_name(child) not in (None, "num", "heading")), None)
        return inner if inner is not None and inner.find(akn("meta")) is not None else None

    def appendices(self, containers: Iterable[etree._Element]) -> Iterator[Appendix]:
        for attachment in containers:
            inner = self.embedded(attachment)
            if inner is None:
                self.warn(attachment, "an attachment that is not an embedded document is left out")
                continue
            title_element = inner.find(f"{akn('preface')}//{akn('docTitle')}")
            title = None if title_element is None else self.clean(text_of(title_element))
            yield self.build(attachment, Appendix, title=title, body=tuple(self.main_body(inner)))
