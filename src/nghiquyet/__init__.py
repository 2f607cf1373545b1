"""nghiquyet: Vietnamese Communist Party documents as a typed model.

Read them from the text people have (:func:`parse_text`), write and read them as JSON
(:func:`to_json`, :func:`from_json`) and XML, and check them (:func:`validate`).
"""

import importlib
from typing import TYPE_CHECKING, Any

from .errors import DocumentError, FormatError, NghiquyetError

if TYPE_CHECKING:
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
        Organization,
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

# Where each public name lives. A name is imported on first use (PEP 562), so that
# ``import nghiquyet`` costs little and a program pays for the parts it uses: one that
# only reads JSON never compiles the XML schema nor the text parser's patterns.
_HOMES = {
    "Appendix": ".model",
    "Block": ".model",
    "Body": ".model",
    "Organization": ".model",
    "BodyMention": ".model",
    "Conference": ".model",
    "DateMention": ".model",
    "Deadline": ".model",
    "Division": ".model",
    "Document": ".model",
    "DocumentKind": ".model",
    "DocumentSystem": ".model",
    "Index": ".index",
    "ListItem": ".model",
    "Notation": ".model",
    "Numbering": ".model",
    "Paragraph": ".model",
    "ParseWarning": ".model",
    "Problem": ".validation",
    "Recipient": ".model",
    "Reference": ".model",
    "Report": ".validation",
    "Secrecy": ".model",
    "Signature": ".model",
    "SigningAuthority": ".model",
    "Span": ".model",
    "Table": ".model",
    "Task": ".model",
    "Urgency": ".model",
    "fold": ".text.normalize",
    "from_akoma_ntoso": ".formats.akn",
    "from_edxml": ".formats.edxml",
    "from_json": ".formats.json",
    "from_xml": ".formats.xml",
    "parse_text": ".text",
    "read_document": ".files",
    "to_akoma_ntoso": ".formats.akn",
    "to_edxml": ".formats.edxml",
    "to_html": ".formats.html",
    "to_json": ".formats.json",
    "to_text": ".text",
    "to_xml": ".formats.xml",
    "validate": ".validation",
    "validate_many": ".validation._batch",
    "write_document": ".files",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value  # the next look-up is an ordinary one
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
    "Organization",
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
