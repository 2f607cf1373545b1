"""Validation for archivists: is this file a sound document, and if not, where not?

:func:`validate` takes a file (a path), or its content (bytes, or a str that starts with
``<`` or ``{``), decides the format by content, and returns a :class:`Report` whose
:attr:`~Report.problems` each name a rule id, a severity, the file, the line and a path.
It never raises on bad input: an unreadable, ill-formed or unknown file is a report with
an error problem.

Checks, in order: the syntax; the format's schema (the XSD of the native XML, the JSON
reader's strict rules); the model's own rules; then the domain rules of ``RULES``
(notation against kind and issuer, dates, numbering, archival field limits, recipients
and signature). Warnings do not make a report fail; errors do.

XML formats are told apart by the namespace of the root element: the native XML, Akoma
Ntoso 3.0 (checked against the OASIS schema) and edXML are known; another XML format plugs
in with :func:`register_xml_checker`.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

import attrs
from lxml import etree

from .._rules import RULES, Finding, check_document
from ..errors import FormatError
from ..formats._archival_locate import AKN_FIELDS, EDXML_FIELDS, archival_locator
from ..formats._sniff import content_format, json_bytes
from ..formats._xmlsafe import parse_xml, utf8_bytes
from ..formats.akn import from_akoma_ntoso, validate_akoma_ntoso
from ..formats.akn._vocabulary import AKN
from ..formats.edxml import EDXML, from_edxml
from ..formats.json import from_json
from ..formats.xml import located, read_tree, schema_errors
from ..formats.xml._locate import locator
from ..formats.xml._names import NS
from ..model import Document

__all__ = ["RULES", "Checked", "Problem", "Report", "register_xml_checker", "validate"]

Severity = Literal["error", "warning"]


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a file.

    ``rule`` is a stable id (``"xsd"``, ``"numbering-gap"`` …; see ``RULES`` in this module and the
    format rules below), ``severity`` is ``"error"`` or ``"warning"``, ``line`` and
    ``column`` are 1-based positions in the file when known, and ``path`` names the place
    inside the document (an element path such as ``/Document/Header/Subject`` in XML, a
    JSON path such as ``$.subject`` in JSON).

    Format rules: ``file-unreadable``, ``format-unknown``, ``xml-syntax``, ``json-syntax``,
    ``xsd`` (the native XML schema), ``akn-xsd`` (the OASIS Akoma Ntoso schema),
    ``json-schema`` (the JSON format's rules), ``model`` (a value the document model
    refuses, or a file its reader cannot take).
    """

    rule: str
    severity: Severity
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    path: str | None = None

    def __str__(self) -> str:
        """``file:line: severity rule-id message``, the form editors and CI logs understand."""
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.severity} {self.rule} {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen(kw_only=True)
class Report:
    """The result of validating one file: its format and every problem found."""

    file: str | None = None
    format: str | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no problem is an error (warnings alone pass)."""
        return not any(p.severity == "error" for p in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "ok": self.ok,
            "problems": [p.to_dict() for p in self.problems],
        }


#: Turns a model path ("subject", "body[2].children[0]") into (line, column, path in the file).
Locator = Callable[[str], tuple[int | None, int | None, str | None]]


def _nowhere(_where: str) -> tuple[int | None, int | None, str | None]:
    return None, None, None


@attrs.frozen(kw_only=True)
class Checked:
    """What a format checker found: the format's name, the document when it could be read,
    the format's own problems, and how to place the domain rules' findings in the file."""

    format: str
    document: Document | None
    problems: tuple[Problem, ...] = ()
    locate: Locator = _nowhere


XmlChecker = Callable[[etree._Element, bytes], Checked]
_XML_CHECKERS: dict[str, XmlChecker] = {}


def register_xml_checker(namespace: str, checker: XmlChecker) -> None:
    """Make :func:`validate` hand XML whose root is in ``namespace`` to ``checker``.

    ``checker(root, data)`` gets the safely parsed root element and the raw bytes, and
    returns a :class:`Checked`; the domain rules then run on its document.
    """
    _XML_CHECKERS[namespace] = checker


def _problem(rule: str, error: FormatError, severity: Severity = "error") -> Problem:
    return Problem(
        rule=rule, severity=severity, message=error.message, line=error.line, column=error.column, path=error.path
    )


def _check_native_xml(root: etree._Element, data: bytes) -> Checked:
    name = "nghiquyet-xml/1"
    if etree.QName(root).localname != "Document":
        error = located(data, root, f"the root element is {etree.QName(root).localname!r}, not Document")
        return Checked(format=name, document=None, problems=(_problem("xsd", error),))
    errors = schema_errors(root, data)
    if errors:
        return Checked(format=name, document=None, problems=tuple(_problem("xsd", e) for e in errors))
    try:
        document = read_tree(root, data, schema_checked=True)
    except FormatError as error:
        return Checked(format=name, document=None, problems=(_problem("model", error),))
    return Checked(format=name, document=document, locate=locator(root, data))


register_xml_checker(NS, _check_native_xml)


def _check_akoma_ntoso(root: etree._Element, data: bytes) -> Checked:
    """Akoma Ntoso 3.0: the OASIS schema, then the reader; findings get their line (see _archival_locate)."""
    name = "akoma-ntoso/3.0"
    errors = validate_akoma_ntoso(root)
    if errors:
        return Checked(format=name, document=None, problems=tuple(_problem("akn-xsd", e) for e in errors))
    try:
        document = from_akoma_ntoso(data)
    except FormatError as error:
        return Checked(format=name, document=None, problems=(_problem("model", error),))
    return Checked(format=name, document=document, locate=archival_locator(root, data, AKN_FIELDS, document))


def _check_edxml(root: etree._Element, data: bytes) -> Checked:
    """edXML (QCVN 102:2016): the header as the reader understands it; no schema is shipped."""
    try:
        document = from_edxml(data)
    except FormatError as error:
        return Checked(format="edxml", document=None, problems=(_problem("model", error),))
    return Checked(format="edxml", document=document, locate=archival_locator(root, data, EDXML_FIELDS))


register_xml_checker(AKN, _check_akoma_ntoso)
register_xml_checker(EDXML, _check_edxml)


def _check_xml(data: bytes) -> Checked:
    try:
        root = parse_xml(data)
    except FormatError as error:
        return Checked(format="xml", document=None, problems=(_problem("xml-syntax", error),))
    namespace = etree.QName(root).namespace
    checker = _XML_CHECKERS.get(namespace or "")
    if checker is None:
        known = ", ".join(sorted(_XML_CHECKERS))
        unknown = located(data, root, f"no validator for XML in namespace {namespace!r} (known: {known})")
        return Checked(format="xml", document=None, problems=(_problem("format-unknown", unknown),))
    return checker(root, data)


# A string (with the colon that makes it a key), or a bracket; strings are matched whole
# so that brackets inside them do not count.
_JSON_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"(\s*:)?|[{}\[\]]')


def _top_level_keys(text: str) -> dict[str, int]:
    """The offset of each key of the outermost JSON object (a nested "date" is not the document's)."""
    keys: dict[str, int] = {}
    depth = 0
    for token in _JSON_TOKEN.finditer(text):
        first = token.group()[0]
        if first in "{[":
            depth += 1
        elif first in "}]":
            depth -= 1
        elif depth == 1 and token.group(2):
            keys.setdefault(token.group(1), token.start())
    return keys


def _json_locator(text: str) -> Locator:
    """JSON keeps no positions: place a finding at the line of its top-level key."""
    keys: dict[str, int] | None = None  # scanned on the first finding: most files have none

    def locate(where: str) -> tuple[int | None, int | None, str | None]:
        nonlocal keys
        keys = _top_level_keys(text) if keys is None else keys
        offset = keys.get(where.split(".", 1)[0].split("[", 1)[0])
        line = None if offset is None else text.count("\n", 0, offset) + 1
        return line, None, "$." + where

    return locate


def _check_json(data: bytes) -> Checked:
    name = "nghiquyet-json/1"
    data = json_bytes(data)
    try:
        document = from_json(data)
    except FormatError as error:
        if error.path is None and error.line is not None:
            return Checked(format=name, document=None, problems=(_problem("json-syntax", error),))
        problem = _problem("json-schema", error)
        if problem.line is None:
            text = data.decode("utf-8", "replace")
            path = error.path or "$"
            line = _json_locator(text)(path[2:])[0] if path.startswith("$.") else None
            if line is None:  # the document as a whole, or a key it lacks: where it starts
                line = text.count("\n", 0, len(text) - len(text.lstrip())) + 1
            problem = attrs.evolve(problem, line=line)
        return Checked(format=name, document=None, problems=(problem,))
    return Checked(format=name, document=document, locate=_json_locator(data.decode("utf-8", "replace")))


def _findings(findings: Iterable[Finding], locate: Locator, file: str | None) -> Iterable[Problem]:
    for finding in findings:
        line, column, path = locate(finding.where) if finding.where else (None, None, None)
        yield Problem(
            rule=finding.rule,
            severity=finding.severity,
            message=finding.message,
            file=file,
            line=line,
            column=column,
            path=path,
        )


def _read(source: str | os.PathLike[str] | bytes) -> tuple[bytes | None, str | None, Problem | None]:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), None, None
    if isinstance(source, str) and source.lstrip("\ufeff \t\r\n").startswith(("<", "{")):
        return utf8_bytes(source), None, None
    if not isinstance(source, str | os.PathLike):
        message = f"cannot validate a {type(source).__name__}: give a path, bytes or str"
        return None, None, Problem(rule="file-unreadable", severity="error", message=message)
    path = os.fspath(source)
    try:
        return Path(path).read_bytes(), path, None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        message = f"cannot read the file: {getattr(exc, 'strerror', None) or exc}"
        return None, path, Problem(rule="file-unreadable", severity="error", message=message, file=path)


def validate(source: str | os.PathLike[str] | bytes, *, today: datetime.date | None = None) -> Report:
    """Validate a document file (path) or content (bytes; str starting with ``<`` or ``{``).

    ``today`` is the date no document date may pass (default: the system's today).
    """
    data, file, failure = _read(source)
    if data is None:
        return Report(file=file, problems=(failure,) if failure else ())
    found = content_format(data)
    if found is None:
        problem = Problem(
            rule="format-unknown",
            severity="error",
            message="neither XML nor JSON: the file does not start with '<' or '{'",
            file=file,
            line=1,
            column=1,
        )
        return Report(file=file, problems=(problem,))
    checked = _check_xml(data) if found == "xml" else _check_json(data)
    problems = [attrs.evolve(p, file=file) for p in checked.problems]
    if checked.document is not None:
        findings = check_document(checked.document, today=today or datetime.date.today())
        problems.extend(_findings(findings, checked.locate, file))
    return Report(file=file, format=checked.format, problems=tuple(problems))
