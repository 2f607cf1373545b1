"""Akoma Ntoso 3.0 (OASIS LegalDocML), both directions, valid against the OASIS schema.

A document becomes ``<akomaNtoso><statement name="…">`` (the name by kind is tabled in
``_vocabulary.py``; the FRBR URI rule ``/akn/vn/statement/<name>/<issuer>/<date>/<number>``,
the work's date and title are in ``_identity.py``). Where each part of the model goes:

* ``meta/identification``: FRBRWork (with an ``FRBRalias name="title"``) / FRBRExpression /
  FRBRManifestation (language ``vie``).
* ``meta/references``: a ``TLCOrganization`` for every body named (issuer, bodies in the
  text, task leads and partners, citation issuers, the conference body, their parents)
  and every recipient, a ``TLCPerson`` per signer, a ``TLCRole`` per position, a
  ``TLCLocation`` for the place. A body's code and parent ride on its TLCOrganization as
  ``nq:code`` / ``nq:parent``.
* ``preface``: ``docAuthority`` (issuer), ``docNumber`` (notation; its parts in ``nq:``
  attributes), ``location`` (place), ``docDate``, ``docType`` (the type name as printed),
  ``docTitle`` (trích yếu).
* ``preamble`` and ``mainBody``: divisions as part / chapter / section / article / clause
  / paragraph / point or ``hcontainer`` (``num``, ``heading``, then ``content``, or
  ``intro`` / subdivisions / ``wrapUp``), paragraphs as ``p``, list items as
  ``blockList/item``, tables as ``table``; spans as inline ``ref`` (citation details in
  ``nq:`` attributes), ``organization`` and ``date``. A division inside a list item or the
  preamble is a ``tblock``.
* Tasks are ``p class="task"`` paragraphs; who leads, partners, reports and the deadline
  sit in ``meta/analysis/otherAnalysis/nq:tasks``, pointing at the paragraphs by eId.
* ``conclusions``: one ``p/signature`` per signature (authority, on behalf of, ``role``,
  ``person``, note) and a ``blockContainer class="recipients"``.
* ``attachments``: one embedded ``doc name="appendix"`` per appendix.
* ``meta/proprietary/nq:document``: what AKN has no place for — system, printed date
  text, secrecy, urgency, circulation, draft, copies, typist, conference, warnings.

``nq`` is this library's namespace, ``urn:nghiquyet:akn:1``; the OASIS schema admits
foreign attributes on content elements and foreign elements in proprietary and
otherAnalysis, so the output stays valid. The output is written without indentation: the
text of the document, whitespace included, is exactly the model's, so
``from_akoma_ntoso(to_akoma_ntoso(d)) == d``.

Other Akoma Ntoso documents (acts, bills, debates …) are read as far as they map: preface
fields, divisions whose numbers fit Party numbering (the others kept as paragraphs),
paragraphs, lists, tables, inline refs / organizations / dates, signatures, recipients
listed as items; the rest is named in ``Document.warnings``.
"""

from __future__ import annotations

from lxml import etree

from ...model import Document
from .._xmlsafe import parse_xml
from ._reader import read_akoma_ntoso
from ._schema import validate_akoma_ntoso
from ._vocabulary import AKN
from ._writer import write_akoma_ntoso

__all__ = ["NAMESPACE", "from_akoma_ntoso", "to_akoma_ntoso", "validate_akoma_ntoso"]

#: The Akoma Ntoso 3.0 namespace, of the root element ``akomaNtoso``.
NAMESPACE = AKN


def to_akoma_ntoso(document: Document) -> bytes:
    """``document`` as Akoma Ntoso 3.0 XML (UTF-8, with an XML declaration)."""
    if not isinstance(document, Document):
        raise TypeError(f"to_akoma_ntoso expects a Document, got {type(document).__name__}")
    return etree.tostring(write_akoma_ntoso(document), xml_declaration=True, encoding="UTF-8")


def from_akoma_ntoso(data: bytes | str) -> Document:
    """Read Akoma Ntoso 3.0 XML; raises :class:`~nghiquyet.errors.FormatError` naming the line."""
    return read_akoma_ntoso(parse_xml(data, what="Akoma Ntoso"))
