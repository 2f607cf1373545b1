"""Names of the native XML: its namespace and qualified element names."""

from __future__ import annotations

__all__ = ["LOCAL", "NS", "T"]

#: The namespace of version 1 of the native XML. A later, incompatible version gets a new one.
NS = "urn:nghiquyet:xml:1"


def _q(local_name: str) -> str:
    return f"{{{NS}}}{local_name}"


class T:
    """Qualified element names: ``T.Paragraph == "{urn:nghiquyet:xml:1}Paragraph"``."""

    Annotations = _q("Annotations")
    Appendix = _q("Appendix")
    Cell = _q("Cell")
    Circulation = _q("Circulation")
    Citation = _q("Citation")
    Closing = _q("Closing")
    Code = _q("Code")
    CodeNotation = _q("CodeNotation")
    CodeNumber = _q("CodeNumber")
    Competence = _q("Competence")
    Conference = _q("Conference")
    Content = _q("Content")
    DateMention = _q("DateMention")
    DateText = _q("DateText")
    Deadline = _q("Deadline")
    Division = _q("Division")
    Document = _q("Document")
    DocumentType = _q("DocumentType")
    Draft = _q("Draft")
    FullName = _q("FullName")
    Header = _q("Header")
    Heading = _q("Heading")
    IssuerCode = _q("IssuerCode")
    KindCode = _q("KindCode")
    Lead = _q("Lead")
    ListItem = _q("ListItem")
    Name = _q("Name")
    Note = _q("Note")
    Organ = _q("Organ")
    OrganCode = _q("OrganCode")
    OrganMention = _q("OrganMention")
    OrganName = _q("OrganName")
    Paragraph = _q("Paragraph")
    ParentOrgan = _q("ParentOrgan")
    Partners = _q("Partners")
    Place = _q("Place")
    Position = _q("Position")
    Preamble = _q("Preamble")
    PromulgationAmount = _q("PromulgationAmount")
    PromulgationDate = _q("PromulgationDate")
    PromulgationInfo = _q("PromulgationInfo")
    Purpose = _q("Purpose")
    Recipient = _q("Recipient")
    Reference = _q("Reference")
    ReportTo = _q("ReportTo")
    Row = _q("Row")
    Secrecy = _q("Secrecy")
    SignerInfo = _q("SignerInfo")
    Subject = _q("Subject")
    Table = _q("Table")
    Task = _q("Task")
    Text = _q("Text")
    Title = _q("Title")
    ToPlaces = _q("ToPlaces")
    TyperNotation = _q("TyperNotation")
    Urgency = _q("Urgency")
    Warning = _q("Warning")
    Warnings = _q("Warnings")
    Year = _q("Year")


def _local_names() -> type[T]:
    local = {name: value.rpartition("}")[2] for name, value in vars(T).items() if not name.startswith("_")}
    return type("Local", (T,), local)


#: The same names without their namespace: ``LOCAL.Paragraph == "Paragraph"``. The writer
#: builds with them, which spares lxml a namespace look-up per element, and declares the
#: namespace once, on the root, as it serialises.
LOCAL: type[T] = _local_names()
