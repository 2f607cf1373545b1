"""nghiquyet: Vietnamese Communist Party documents as a typed model.

Read them from the text people have (:func:`parse_text`), write and read them as JSON
(:func:`to_json`, :func:`from_json`) and XML, and check them (:func:`validate`).
"""

from .errors import DocumentError, FormatError, NghiquyetError
from .files import read_document, write_document
from .formats.akn import from_akoma_ntoso, to_akoma_ntoso
from .formats.edxml import from_edxml, to_edxml
from .formats.html import to_html
from .formats.json import from_json, to_json
from .formats.xml import from_xml, to_xml
from .index import Index
from .model import (
    Appendix,
    Block,
    Body,
    BodyMention,
    Conference,
    DateMention,
    Deadline,
    Division,
    Document,
    DocumentKind,
    DocumentSystem,
    ListItem,
    Notation,
    Numbering,
    Paragraph,
    ParseWarning,
    Recipient,
    Reference,
    Secrecy,
    Signature,
    SigningAuthority,
    Span,
    Table,
    Task,
    Urgency,
)
from .text import parse_text, to_text
from .text.normalize import fold
from .validation import Problem, Report, validate
from .validation._batch import validate_many

__all__ = [
    "Appendix",
    "Block",
    "Body",
    "BodyMention",
    "Conference",
    "DateMention",
    "Deadline",
    "Division",
    "Document",
    "DocumentError",
    "DocumentKind",
    "DocumentSystem",
    "FormatError",
    "Index",
    "ListItem",
    "NghiquyetError",
    "Notation",
    "Numbering",
    "Paragraph",
    "ParseWarning",
    "Problem",
    "Recipient",
    "Reference",
    "Report",
    "Secrecy",
    "Signature",
    "SigningAuthority",
    "Span",
    "Table",
    "Task",
    "Urgency",
    "fold",
    "from_akoma_ntoso",
    "from_edxml",
    "from_json",
    "from_xml",
    "parse_text",
    "read_document",
    "to_akoma_ntoso",
    "to_edxml",
    "to_html",
    "to_json",
    "to_text",
    "to_xml",
    "validate",
    "validate_many",
    "write_document",
]
