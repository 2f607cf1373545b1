"""Write a :class:`~nghiquyet.model.Document` as Akoma Ntoso 3.0 (see :mod:`nghiquyet.formats.akn`)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from lxml import etree

from ...model import (
    Block,
    BodyMention,
    DateMention,
    Division,
    Document,
    ListItem,
    Notation,
    Organization,
    Paragraph,
    Reference,
    Signature,
    Span,
    Table,
    Task,
)
from ._identity import document_uri, reference_uri, title, work_date
from ._vocabulary import (
    AKN,
    ELEMENT_BY_NUMBERING,
    NAME_BY_KIND,
    NO_KIND,
    NQ,
    akn,
    nq,
)

__all__ = ["write_akoma_ntoso"]

_SOURCE = "#nghiquyet"


def write_akoma_ntoso(document: Document) -> etree._Element:
    """The ``<akomaNtoso>`` tree of ``document``, indented where whitespace carries no text."""
    root = _Writer(document).root()
    _indent(root, "\n")
    return root


# Elements whose content is elements only: indenting them changes no text of the document.
# Everything else (p, num, heading, docTitle, ref …) holds text and is left exactly as written.
_STRUCTURAL = frozenset(
    {akn(local) for local in (
        "akomaNtoso", "statement", "doc", "meta", "identification", "FRBRWork", "FRBRExpression",
        "FRBRManifestation", "references", "analysis", "otherAnalysis", "proprietary", "preface", "preamble",
        "mainBody", "content", "intro", "wrapUp", "tblock", "blockList", "item", "table", "tr", "td",
        "conclusions", "blockContainer", "attachments", "attachment", *set(ELEMENT_BY_NUMBERING.values()),
    )} | {nq("tasks"), nq("task"), nq("document")}
)  # fmt: skip


def _indent(element: etree._Element, indentation: str) -> None:
    if element.tag not in _STRUCTURAL or not len(element):
        return
    inner = indentation + "  "
    element.text = inner
    for child in element:
        _indent(child, inner)
        child.tail = inner
    element[-1].tail = indentation


def _sub(parent: etree._Element, local: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, akn(local), attributes)
    if text is not None:
        element.text = text
    return element


def _set_notation(element: etree._Element, notation: Notation) -> None:
    """A notation in full, as ``nq:`` attributes (its printed form loses the zero padding)."""
    if notation.number is not None:
        element.set(nq("number"), str(notation.number))
    if notation.width:
        element.set(nq("width"), str(notation.width))
    if notation.kind_code is not None:
        element.set(nq("kindCode"), notation.kind_code)
    element.set(nq("issuerCode"), notation.issuer_code)
    if notation.year is not None:
        element.set(nq("year"), str(notation.year))
    element.set(nq("notationSystem"), notation.system.value)


class _Writer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.ids = itertools.count(1)
        self.bodies: dict[Organization, str] = {}
        self.persons: list[tuple[str, str]] = []
        self.roles: list[tuple[str, str]] = []
        self.recipients: list[tuple[str, str]] = []
        self.tasks: list[tuple[str, Task]] = []
        self.place: str | None = None

    def new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self.ids)}"

    def body_ref(self, body: Organization) -> str:
        if body not in self.bodies:
            if body.parent is not None:
                self.body_ref(body.parent)
            self.bodies[body] = self.new_id("body")
        return "#" + self.bodies[body]

    # -- the document -------------------------------------------------------------------

    def root(self) -> etree._Element:
        doc = self.document
        root = etree.Element(akn("akomaNtoso"), nsmap={None: AKN, "nq": NQ})
        name = NO_KIND if doc.kind is None else NAME_BY_KIND[doc.kind]
        statement = _sub(root, "statement", name=name, contains="originalVersion")
        meta = _sub(statement, "meta")
        if doc.conference is not None and doc.conference.body is not None:
            self.body_ref(doc.conference.body)  # named in proprietary, listed in references before it
        self.preface(statement)
        if doc.preamble:
            self.blocks(_sub(statement, "preamble"), doc.preamble)
        self.main_body(_sub(statement, "mainBody"), doc.body)
        if doc.signatures or doc.recipients:
            self.conclusions(_sub(statement, "conclusions"))
        if doc.appendices:
            attachments = _sub(statement, "attachments")
            for index, appendix in enumerate(doc.appendices, 1):
                attached = _sub(_sub(attachments, "attachment"), "doc", name="appendix")
                component = f"/!appendix_{index}"
                self.identification(_sub(attached, "meta"), suffix=component)
                if appendix.title is not None:
                    _sub(_sub(_sub(attached, "preface"), "p", **{"class": "title"}), "docTitle", appendix.title)
                self.main_body(_sub(attached, "mainBody"), appendix.body)
        # Meta comes first in the tree but last in the writing: it lists what the rest named.
        self.identification(meta, suffix="")
        if self.tasks:
            self.analysis(_sub(meta, "analysis", source=_SOURCE))
        self.references(_sub(meta, "references", source=_SOURCE))
        self.proprietary(_sub(meta, "proprietary", source=_SOURCE))
        return root

    def identification(self, meta: etree._Element, *, suffix: str) -> None:
        doc = self.document
        uri = document_uri(doc)
        when = work_date(doc)
        date, date_name = when.date.isoformat(), when.name
        author = _SOURCE if doc.issuer is None else self.body_ref(doc.issuer)
        identification = _sub(meta, "identification", source=_SOURCE)
        work = _sub(identification, "FRBRWork")
        _sub(work, "FRBRthis", value=uri + (suffix or "/!main"))
        _sub(work, "FRBRuri", value=uri)
        _sub(work, "FRBRalias", value=title(doc), name="title")
        _sub(work, "FRBRdate", date=date, name=date_name)
        _sub(work, "FRBRauthor", href=author)
        _sub(work, "FRBRcountry", value="vn")
        _sub(work, "FRBRsubtype", value=NO_KIND if doc.kind is None else NAME_BY_KIND[doc.kind])
        if doc.notation is not None:
            _sub(work, "FRBRnumber", value=str(doc.notation))
        if doc.kind is not None:
            _sub(work, "FRBRname", value=doc.kind.label)
        expression = _sub(identification, "FRBRExpression")
        _sub(expression, "FRBRthis", value=uri + "/vie@" + (suffix or "/!main"))
        _sub(expression, "FRBRuri", value=uri + "/vie@")
        _sub(expression, "FRBRdate", date=date, name=date_name)
        _sub(expression, "FRBRauthor", href=author)
        _sub(expression, "FRBRlanguage", language="vie")
        manifestation = _sub(identification, "FRBRManifestation")
        _sub(manifestation, "FRBRthis", value=uri + "/vie@" + (suffix or "/!main") + ".xml")
        _sub(manifestation, "FRBRuri", value=uri + "/vie@.akn")
        _sub(manifestation, "FRBRdate", date=date, name=date_name)
        _sub(manifestation, "FRBRauthor", href=_SOURCE)
        _sub(manifestation, "FRBRformat", value="application/akn+xml")

    def preface(self, statement: etree._Element) -> None:
        doc = self.document
        lines: list[tuple[str, str, str | None, dict[str, str]]] = []
        if doc.issuer is not None:
            lines.append(("issuer", "docAuthority", doc.issuer.name, {"refersTo": self.body_ref(doc.issuer)}))
        if doc.notation is not None:
            lines.append(("notation", "docNumber", str(doc.notation), {}))
        if doc.place is not None:
            self.place = doc.place
            lines.append(("place", "location", doc.place, {"refersTo": "#place"}))
        if doc.date is not None:
            lines.append(("date", "docDate", doc.printed_date, {"date": doc.date.isoformat()}))
        elif doc.date_text is not None:
            lines.append(("date", "", doc.date_text, {}))
        if doc.title is not None:
            lines.append(("title", "docType", doc.title, {}))
        if doc.subject is not None:
            lines.append(("subject", "docTitle", doc.subject, {}))
        if not lines:
            return
        preface = _sub(statement, "preface")
        for css, local, text, attributes in lines:
            p = _sub(preface, "p", **{"class": css})
            if not local:
                p.text = text
                continue
            if local == "docTitle":
                # The trích yếu carries its annotations inline, as paragraphs do.
                self.inline(_sub(p, local), doc.subject or "", doc.subject_spans)
                continue
            inline = _sub(p, local, text, **attributes)
            if local == "docNumber" and doc.notation is not None:
                _set_notation(inline, doc.notation)

    # -- the body -----------------------------------------------------------------------

    def main_body(self, main: etree._Element, blocks: tuple[Block, ...]) -> None:
        if not blocks:
            # mainBody must hold something; an empty marker keeps "no body" apart from "one empty paragraph".
            _sub(main, "hcontainer", name="empty", **{nq("role"): "empty"})
            return
        for run_is_division, run in _runs(blocks):
            if run_is_division:
                for division in run:
                    assert isinstance(division, Division)
                    self.hierarchy(main, division)
            else:
                self.blocks(main, run)

    def hierarchy(self, parent: etree._Element, division: Division) -> None:
        """A division where AKN expects hierarchy: part, chapter … or hcontainer."""
        local = ELEMENT_BY_NUMBERING[division.numbering]
        attributes = {nq("numbering"): division.numbering.value}
        if local == "hcontainer":
            attributes["name"] = division.numbering.value
        element = _sub(parent, local, **attributes)
        _sub(element, "num", division.marker)
        if division.heading is not None:
            _sub(element, "heading", division.heading)
        runs = list(_runs(division.children))
        if not runs:
            return
        if len(runs) == 1 and not runs[0][0]:
            self.blocks(_sub(element, "content"), runs[0][1])
            return
        for index, (run_is_division, run) in enumerate(runs):
            if run_is_division:
                for child in run:
                    assert isinstance(child, Division)
                    self.hierarchy(element, child)
            elif index == 0:
                self.blocks(_sub(element, "intro"), run)
            elif index == len(runs) - 1:
                self.blocks(_sub(element, "wrapUp"), run)
            else:
                # Text between two subdivisions has no AKN slot of its own.
                wrapper = _sub(element, "hcontainer", name="text", **{nq("role"): "blocks"})
                self.blocks(_sub(wrapper, "content"), run)

    def blocks(self, parent: etree._Element, blocks: Iterable[Block]) -> None:
        """Blocks where AKN expects block elements (content, intro, item, preamble …)."""
        block_list: etree._Element | None = None
        for block in blocks:
            if isinstance(block, ListItem):
                if block_list is None:
                    block_list = _sub(parent, "blockList")
                self.list_item(block_list, block)
                continue
            block_list = None
            if isinstance(block, Paragraph):
                self.inline(_sub(parent, "p"), block.text, block.spans)
            elif isinstance(block, Task):
                task_id = self.new_id("task")
                self.tasks.append((task_id, block))
                self.inline(_sub(parent, "p", eId=task_id, **{"class": "task"}), block.text, block.spans)
            elif isinstance(block, Table):
                self.table(parent, block)
            else:
                self.block_division(parent, block)

    def block_division(self, parent: etree._Element, division: Division) -> None:
        element = _sub(parent, "tblock", **{nq("numbering"): division.numbering.value})
        _sub(element, "num", division.marker)
        if division.heading is not None:
            _sub(element, "heading", division.heading)
        if division.children:
            self.blocks(element, division.children)
        else:
            _sub(element, "p", **{nq("role"): "empty"})  # a tblock must hold a block

    def list_item(self, block_list: etree._Element, item: ListItem) -> None:
        element = _sub(block_list, "item", **{nq("marker"): item.marker})
        self.inline(_sub(element, "p"), item.text, item.spans)
        self.blocks(element, item.children)

    def table(self, parent: etree._Element, table: Table) -> None:
        element = _sub(parent, "table")
        if not table.rows:
            element.set(nq("role"), "empty")
        for row in table.rows or ((),):
            tr = _sub(element, "tr")
            if not row:
                tr.set(nq("role"), "empty")
                _sub(tr, "td")
            for cell in row:
                _sub(_sub(tr, "td"), "p", cell)

    def inline(self, holder: etree._Element, text: str, spans: tuple[Span, ...]) -> None:
        """Text with its spans as inline ``ref`` / ``organization`` / ``date`` elements."""
        holder.text = text[: spans[0].start] if spans else text
        for index, span in enumerate(spans):
            element = self.span(holder, span)
            element.text = text[span.start : span.end]
            following = spans[index + 1].start if index + 1 < len(spans) else len(text)
            element.tail = text[span.end : following]

    def span(self, holder: etree._Element, span: Span) -> etree._Element:
        if isinstance(span, BodyMention):
            return _sub(holder, "organization", refersTo=self.body_ref(span.body))
        if isinstance(span, DateMention):
            return _sub(holder, "date", date=span.date.isoformat())
        assert isinstance(span, Reference)
        element = _sub(holder, "ref", href=reference_uri(span))
        element.set(nq("reference"), "true")
        if span.kind is not None:
            element.set(nq("kind"), span.kind.code)
        if span.notation is not None:
            _set_notation(element, span.notation)
        if span.date is not None:
            element.set(nq("date"), span.date.isoformat())
        if span.issuer is not None:
            element.set(nq("issuer"), self.body_ref(span.issuer))
        if span.title is not None:
            element.set(nq("title"), span.title)
        return element

    # -- the closing --------------------------------------------------------------------

    def conclusions(self, conclusions: etree._Element) -> None:
        for signature in self.document.signatures:
            self.signature(_sub(_sub(conclusions, "p", **{"class": "signature"}), "signature"), signature)
        if self.document.recipients:
            container = _sub(conclusions, "blockContainer", **{"class": "recipients"})
            for recipient in self.document.recipients:
                p = _sub(container, "p", **{"class": "recipient"})
                eid = self.new_id("recipient")
                self.recipients.append((eid, recipient.name))
                _sub(p, "organization", recipient.name, refersTo="#" + eid)
                if recipient.purpose is not None:
                    _sub(p, "span", recipient.purpose, **{"class": "purpose"})

    def signature(self, element: etree._Element, signature: Signature) -> None:
        if signature.authority is not None:
            _sub(element, "span", signature.authority.code, **{"class": "authority"})
        if signature.on_behalf_of is not None:
            _sub(element, "span", signature.on_behalf_of, **{"class": "onBehalfOf"})
        role = None
        if signature.position is not None:
            role = self.new_id("role")
            self.roles.append((role, signature.position))
            _sub(element, "role", signature.position, refersTo="#" + role)
        if signature.signer is not None:
            person = self.new_id("person")
            self.persons.append((person, signature.signer))
            attributes = {"refersTo": "#" + person} | ({"as": "#" + role} if role else {})
            _sub(element, "person", signature.signer, **attributes)
        if signature.note is not None:
            _sub(element, "span", signature.note, **{"class": "note"})

    # -- meta ---------------------------------------------------------------------------

    def analysis(self, analysis: etree._Element) -> None:
        other = _sub(analysis, "otherAnalysis", source=_SOURCE)
        tasks = etree.SubElement(other, nq("tasks"))
        for task_id, task in self.tasks:
            element = etree.SubElement(tasks, nq("task"), href="#" + task_id)
            for relation, bodies in (("lead", task.lead), ("partner", task.partners)):
                for body in bodies:
                    etree.SubElement(element, nq(relation), href=self.body_ref(body))
            if task.report_to is not None:
                etree.SubElement(element, nq("reportTo"), href=self.body_ref(task.report_to))
            if task.deadline is not None:
                deadline = etree.SubElement(element, nq("deadline"))
                deadline.text = task.deadline.text
                if task.deadline.date is not None:
                    deadline.set("date", task.deadline.date.isoformat())

    def references(self, references: etree._Element) -> None:
        _sub(references, "TLCOrganization", eId="nghiquyet", href="/akn/ontology/organization/nghiquyet",
             showAs="nghiquyet")  # fmt: skip
        for body, eid in self.bodies.items():
            element = _sub(
                references, "TLCOrganization", eId=eid, href="/akn/ontology/organization/vn/" + eid, showAs=body.name
            )
            if body.code is not None:
                element.set(nq("code"), body.code)
            if body.parent is not None:
                element.set(nq("parent"), self.body_ref(body.parent))
        for eid, name in self.recipients:
            _sub(references, "TLCOrganization", eId=eid, href="/akn/ontology/organization/vn/" + eid, showAs=name)
        for eid, name in self.persons:
            _sub(references, "TLCPerson", eId=eid, href="/akn/ontology/person/vn/" + eid, showAs=name)
        for eid, name in self.roles:
            _sub(references, "TLCRole", eId=eid, href="/akn/ontology/role/vn/" + eid, showAs=name)
        if self.place is not None:
            _sub(references, "TLCLocation", eId="place", href="/akn/ontology/location/vn/place", showAs=self.place)

    def proprietary(self, proprietary: etree._Element) -> None:
        doc = self.document
        element = etree.SubElement(proprietary, nq("document"), system=doc.system.value)
        optional = {
            "dateText": doc.date_text,
            "secrecy": None if doc.secrecy is None else doc.secrecy.value,
            "urgency": None if doc.urgency is None else doc.urgency.value,
            "circulation": doc.circulation,
            "draft": "true" if doc.draft else None,
            "copies": None if doc.copies is None else str(doc.copies),
            "typist": doc.typist,
        }
        for name, value in optional.items():
            if value is not None:
                element.set(name, value)
        if doc.conference is not None:
            conference = etree.SubElement(element, nq("conference"))
            if doc.conference.ordinal is not None:
                conference.set("ordinal", str(doc.conference.ordinal))
            if doc.conference.body is not None:
                conference.set("body", self.body_ref(doc.conference.body))
            if doc.conference.term is not None:
                conference.set("term", doc.conference.term)
        for warning in doc.warnings:
            entry = etree.SubElement(element, nq("warning"))
            entry.text = warning.message
            if warning.line is not None:
                entry.set("line", str(warning.line))


def _runs(blocks: tuple[Block, ...]) -> Iterator[tuple[bool, list[Block]]]:
    """Consecutive blocks grouped into runs of divisions and runs of everything else."""
    for is_division, run in itertools.groupby(blocks, key=lambda block: isinstance(block, Division)):
        yield is_division, list(run)
