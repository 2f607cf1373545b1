"""The edXML header (QCVN 102:2016/BTTTT), both directions.

edXML is the envelope Vietnamese agencies exchange documents in (namespace
``http://www.mic.gov.vn/TBT/QCVN_102_2016``). The document itself travels as an attached
file; the header describes it. Written as the national exchange systems and the VPCP SDK
samples have it: root ``<edXML>`` in the default namespace, everything inside prefixed
``edXML:``.

What the header keeps, and where:

=============================================  ===============================================
Model                                          edXML (MessageHeader)
=============================================  ===============================================
issuer, its parent                             From/OrganName, From/OrganizationInCharge
notation                                       Code/CodeNumber (zero padding kept),
                                               Code/CodeNotation ("KL/TU", "2026/QĐ-UBND")
place, date                                    PromulgationInfo/Place, PromulgationDate
                                               (yyyy/MM/dd)
kind                                           DocumentType/TypeName (the Vietnamese name)
subject (trích yếu)                            Subject
signatures (authority, on behalf of,           SignerInfo/Competence ("T/M BAN THƯỜNG VỤ"),
position, signer), one SignerInfo each         Position, FullName
recipients (nơi nhận)                          ToPlaces/Place, "name (purpose)"
urgency                                        OtherInfo/Priority (0 thường, 1 khẩn, 2 thượng
                                               khẩn, 3 hỏa tốc)
typist, copies                                 OtherInfo/TyperNotation, PromulgationAmount
appendix titles                                OtherInfo/Appendixes/Appendix
earliest task deadline (written only)          DueDate
whether tasks are assigned (written only)      SteeringType (1 when the body assigns tasks)
notation, date (written only)                  DocumentId ("<issuer code>,<yyyy/MM/dd>,<notation>")
=============================================  ===============================================

What it cannot carry, and is lost: the body (preamble, divisions, paragraphs, tasks,
tables, spans — the header travels with the document file, not instead of it), the
printed type name (title) and date text, conference, signature notes, secrecy,
circulation, draft marker, the issuer's code, appendix bodies, system, warnings. A
recipient's purpose comes back from a final parenthesis, so a recipient whose name itself
ends in "(…)" and has no purpose, or whose purpose holds parentheses, does not come back
exactly; the same holds for a state notation without a type code whose issuer code holds
a dash, and for a Competence without an authority that starts with one ("T/M …").

Reading is lenient with real-world faults (a non-numeric CodeNumber, an impossible date):
the field is left out and the fault named in ``Document.warnings``. The exchange layer
(TraceHeaderList/Bussiness: revocation, update, replacement of an earlier document) has no
place in the model; it is named in the warnings too, as is an impossible date in any
DocumentId. A status message
(``status*.xml``: StatusCode, no document) is refused with a clear
:class:`~nghiquyet.errors.FormatError`.
"""

from __future__ import annotations

import datetime
import re
import time
from typing import Any

from lxml import etree

from ...errors import DocumentError, FormatError
from ...grammar.recipients import print_recipient, split_recipient
from ...model import (
    Appendix,
    Document,
    DocumentKind,
    DocumentSystem,
    Notation,
    Organization,
    ParseWarning,
    Recipient,
    Signature,
    SigningAuthority,
    Task,
    Urgency,
)
from .._signing import split_authority
from .._xmlsafe import parse_xml

__all__ = ["NAMESPACE", "from_edxml", "to_edxml"]

EDXML = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
#: The edXML namespace, of the root element ``edXML``.
NAMESPACE = EDXML

_PRIORITY: dict[Urgency | None, str] = {None: "0", Urgency.KHAN: "1", Urgency.THUONG_KHAN: "2", Urgency.HOA_TOC: "3"}
_URGENCY = {code: urgency for urgency, code in _PRIORITY.items()}
_DIGITS = re.compile(r"[0-9]+")
_CODE_NUMBER_DIGITS = 11  # the archival limit on CodeNumber (Nghị định 30/2020, Phụ lục VI)
_BUSINESS = {"1": "revokes (thu hồi)", "2": "updates (cập nhật)", "3": "replaces (thay thế)"}
_PARTY_CODE = re.compile(r"([^\W\d_]\w*)/(\w+(?:-\w+)*)")


def _e(local: str) -> str:
    return f"{{{EDXML}}}{local}"


def _line(element: etree._Element) -> int | None:
    """The element's line, when a warning can hold it (1 to 999999)."""
    line = element.sourceline
    return line if line is not None and 1 <= line <= 999_999 else None


def _date(value: datetime.date) -> str:
    return f"{value.year:04d}/{value.month:02d}/{value.day:02d}"


# -- writing ------------------------------------------------------------------------------


def to_edxml(document: Document) -> bytes:
    """The edXML envelope with ``document``'s header (UTF-8, with an XML declaration)."""
    if not isinstance(document, Document):
        raise TypeError(f"to_edxml expects a Document, got {type(document).__name__}")
    root = etree.Element(_e("edXML"), nsmap={None: EDXML})
    envelope = etree.SubElement(root, _e("edXMLEnvelope"), nsmap={"edXML": EDXML})
    header = etree.SubElement(etree.SubElement(envelope, _e("edXMLHeader")), _e("MessageHeader"))

    def add(parent: etree._Element, local: str, text: str | None = None) -> etree._Element:
        element = etree.SubElement(parent, _e(local))
        element.text = text
        return element

    doc = document
    if doc.issuer is not None:
        sender = add(header, "From")
        if doc.issuer.parent is not None:
            add(sender, "OrganizationInCharge", doc.issuer.parent.name)
        add(sender, "OrganName", doc.issuer.name)
    if doc.notation is not None:
        issuer_code = doc.issuer.code if doc.issuer is not None and doc.issuer.code else doc.notation.issuer_code
        day = "" if doc.date is None else _date(doc.date)
        add(header, "DocumentId", f"{issuer_code},{day},{doc.notation}")
        code = add(header, "Code")
        add(code, "CodeNumber", doc.notation.number_text)
        add(code, "CodeNotation", doc.notation.code)
    if doc.place is not None or doc.date is not None:
        promulgation = add(header, "PromulgationInfo")
        if doc.place is not None:
            add(promulgation, "Place", doc.place)
        if doc.date is not None:
            add(promulgation, "PromulgationDate", _date(doc.date))
    if doc.kind is not None:
        add(add(header, "DocumentType"), "TypeName", doc.kind.label)
    if doc.subject is not None:
        add(header, "Subject", doc.subject)
    for signature in doc.signatures:
        signer = add(header, "SignerInfo")
        competence = [part for part in (_code(signature.authority), signature.on_behalf_of) if part is not None]
        if competence:
            add(signer, "Competence", " ".join(competence))
        if signature.position is not None:
            add(signer, "Position", signature.position)
        if signature.signer is not None:
            add(signer, "FullName", signature.signer)
    tasks = [block for block in doc.blocks() if isinstance(block, Task)]
    deadlines = [t.deadline.date for t in tasks if t.deadline is not None and t.deadline.date is not None]
    if deadlines:
        add(header, "DueDate", _date(min(deadlines)))
    other = add(header, "OtherInfo")
    add(other, "Priority", _PRIORITY[doc.urgency])
    if doc.typist is not None:
        add(other, "TyperNotation", doc.typist)
    if doc.copies is not None:
        add(other, "PromulgationAmount", str(doc.copies))
    titles = [appendix.title for appendix in doc.appendices if appendix.title is not None]
    if titles:
        appendixes = add(other, "Appendixes")
        for title in titles:
            add(appendixes, "Appendix", title)
    add(header, "SteeringType", "1" if tasks else "0")
    if doc.recipients:
        places = add(header, "ToPlaces")
        for recipient in doc.recipients:
            add(places, "Place", print_recipient(recipient.name, recipient.purpose))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _code(authority: SigningAuthority | None) -> str | None:
    return None if authority is None else authority.code


# -- reading ------------------------------------------------------------------------------


def from_edxml(data: bytes | str) -> Document:
    """Read the header of an edXML envelope; faults in its fields become warnings.

    Raises :class:`~nghiquyet.errors.FormatError` (with line and column where known) for
    input that is not well-formed, not edXML, or an edXML status message.
    """
    return read_edxml(parse_xml(data, what="edXML"))


def read_edxml(root: etree._Element) -> Document:
    """The document header in the parsed ``<edXML>`` tree ``root`` (see :func:`from_edxml`)."""
    if root.tag != _e("edXML"):
        raise FormatError(
            f"not edXML: the root element is {root.tag!r}, expected edXML in {EDXML}", line=root.sourceline
        )
    header = root.find(f"{_e('edXMLEnvelope')}/{_e('edXMLHeader')}/{_e('MessageHeader')}")
    if header is None:
        raise FormatError("edXML without edXMLEnvelope/edXMLHeader/MessageHeader", line=root.sourceline)
    status = header.find(_e("StatusCode"))
    if status is not None:
        raise FormatError(
            f"an edXML status message (StatusCode {status.text}), not a document header", line=status.sourceline
        )
    return _HeaderReader(header).document(exchange=root.find(f"{_e('edXMLEnvelope')}/{_e('edXMLHeader')}"))


class _HeaderReader:
    def __init__(self, header: etree._Element) -> None:
        self.header = header
        self.warnings: list[ParseWarning] = []

    def text(self, path: str) -> str | None:
        element = self.header.find("/".join(_e(part) for part in path.split("/")))
        if element is None:
            return None
        return "".join(element.itertext())

    def warn(self, path: str, message: str) -> None:
        element = self.header.find("/".join(_e(part) for part in path.split("/")))
        line = None if element is None else _line(element)
        self.warnings.append(ParseWarning(message=f"{path}: {message}", line=line))

    def check_exchange(self, envelope_header: etree._Element | None) -> None:
        """Name what the exchange layer says that the model does not keep, and its faults.

        DocumentId ("organ,yyyy/MM/dd,notation") appears for this document, the one
        answered and the ones revoked, updated or replaced; Bussiness says which.
        """
        if envelope_header is None:
            return
        found: list[ParseWarning] = []
        for element in envelope_header.iter(_e("DocumentId")):
            parts = "".join(element.itertext()).split(",")
            if len(parts) == 3 and parts[1]:
                try:
                    time.strptime(parts[1].strip(), "%Y/%m/%d")
                except ValueError:
                    message = f"DocumentId: {parts[1]!r} in {','.join(parts)!r} is not a date (yyyy/MM/dd)"
                    found.append(ParseWarning(message=message, line=_line(element)))
        for business in envelope_header.iter(_e("Bussiness")):
            kind = business.findtext(_e("BussinessDocType"))
            if kind in _BUSINESS:
                reason = business.findtext(_e("BussinessDocReason")) or ""
                message = f"Bussiness: the envelope {_BUSINESS[kind]} an earlier document ({reason}); not kept"
                found.append(ParseWarning(message=message.replace(" ()", ""), line=_line(business)))
        self.warnings.extend(sorted(found, key=lambda warning: warning.line or 0))

    def document(self, *, exchange: etree._Element | None) -> Document:
        fields: dict[str, Any] = {
            "issuer": self.issuer(),
            "notation": self.notation(),
            "place": self.text("PromulgationInfo/Place"),
            "date": self.date(),
            "kind": self.kind(),
            "subject": self.text("Subject"),
            "signatures": tuple(self.signature(e) for e in self.header.iterfind(_e("SignerInfo"))),
            "recipients": tuple(self.recipient(e) for e in self.header.iterfind(f"{_e('ToPlaces')}/{_e('Place')}")),
            "urgency": self.urgency(),
            "typist": self.text("OtherInfo/TyperNotation"),
            "copies": self.copies(),
            "appendices": tuple(
                Appendix(title="".join(e.itertext()))
                for e in self.header.iterfind(f"{_e('OtherInfo')}/{_e('Appendixes')}/{_e('Appendix')}")
            ),
        }
        self.check_exchange(exchange)
        notation = fields["notation"]
        if notation is not None and notation.system is DocumentSystem.STATE:
            fields["system"] = DocumentSystem.STATE
        try:
            return Document(**fields | {"warnings": self.warnings})
        except DocumentError as error:
            raise FormatError(str(error), line=self.header.sourceline) from None

    def issuer(self) -> Organization | None:
        name = self.text("From/OrganName")
        if name is None or not name.strip():
            return None
        parent_name = self.text("From/OrganizationInCharge")
        if parent_name is None or not parent_name.strip() or parent_name == name:
            return Organization(name=name)
        return Organization(name=name, parent=Organization(name=parent_name))

    def notation(self) -> Notation | None:
        number, notation = self.text("Code/CodeNumber"), self.text("Code/CodeNotation")
        if notation is None:
            return None
        number = (number or "").strip()
        # The length check also keeps int() from a digit run longer than it takes (4300).
        if number and not (_DIGITS.fullmatch(number) and len(number) <= _CODE_NUMBER_DIGITS):
            shown = number if len(number) <= 20 else number[:20] + "…"
            self.warn(
                "Code/CodeNumber",
                f"{shown!r} is not a number of at most {_CODE_NUMBER_DIGITS} digits; the notation is left out",
            )
            return None
        try:
            if (party := _PARTY_CODE.fullmatch(notation)) is not None:
                return Notation(
                    number=int(number) if number else None,
                    width=len(number) if number.startswith("0") else 0,
                    kind_code=party.group(1),
                    issuer_code=party.group(2),
                )
            return Notation.parse(f"{number}/{notation}")
        except DocumentError as error:
            self.warn("Code", f"{number}/{notation} is not a notation ({error}); left out")
            return None

    def date(self) -> datetime.date | None:
        printed = self.text("PromulgationInfo/PromulgationDate")
        if printed is None:
            return None
        try:
            return datetime.date(*time.strptime(printed.strip(), "%Y/%m/%d")[:3])
        except ValueError:
            self.warn("PromulgationInfo/PromulgationDate", f"{printed!r} is not a date (yyyy/MM/dd); left out")
            return None

    def kind(self) -> DocumentKind | None:
        name = self.text("DocumentType/TypeName")
        if name is None:
            return None
        try:
            return DocumentKind.from_label(name)
        except DocumentError:
            self.warn("DocumentType/TypeName", f"{name!r} is not a Party document kind; left out")
            return None

    def signature(self, element: etree._Element) -> Signature:
        def part(local: str) -> str | None:
            found = element.find(_e(local))
            return None if found is None else "".join(found.itertext())

        competence = part("Competence")
        authority, on_behalf_of = (None, None) if competence is None else split_authority(competence)
        return Signature(
            authority=authority, on_behalf_of=on_behalf_of, position=part("Position"), signer=part("FullName")
        )

    def recipient(self, element: etree._Element) -> Recipient:
        name, purpose = split_recipient("".join(element.itertext()))
        return Recipient(name=name, purpose=purpose)

    def urgency(self) -> Urgency | None:
        priority = self.text("OtherInfo/Priority")
        if priority is None:
            return None
        if priority.strip() not in _URGENCY:
            self.warn("OtherInfo/Priority", f"{priority!r} is not a known priority (0 to 3); left out")
            return None
        return _URGENCY[priority.strip()]

    def copies(self) -> int | None:
        printed = self.text("OtherInfo/PromulgationAmount")
        if printed is None:
            return None
        digits = printed.strip()
        if not (_DIGITS.fullmatch(digits) and len(digits) <= 6 and int(digits) >= 1):
            shown = printed if len(printed) <= 20 else printed[:20] + "…"
            self.warn("OtherInfo/PromulgationAmount", f"{shown!r} is not a number of copies; left out")
            return None
        return int(digits)
