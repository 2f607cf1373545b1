"""Formats: one subpackage per format, and the registry that knows them all.

Each format is a subpackage (``json/``, ``xml/``, ``akn/``, ``edxml/``, ``html/``, ``text/``)
whose ``__init__`` is its public face (``to_X`` returns bytes, ``from_X`` takes bytes or
str) and whose private ``_codec`` module plugs it into the registry. The registry holds
one :class:`Format` record per format: its names, suffixes and media type, how its bytes
are recognised, and its codec. :func:`~nghiquyet.read_document`,
:func:`~nghiquyet.write_document`, :func:`~nghiquyet.validate` and the command line go
through the registry only, so adding a format is one subpackage plus one entry below
(see the design page of the docs).
"""

from __future__ import annotations

from ..originals.sniff import IMAGE_MAGIC, is_word
from ._checked import Checked, Locator, Problem
from ._registry import (
    Format,
    Recognised,
    check,
    for_path,
    get,
    read,
    recognise,
    register,
    registered,
    unregister,
)

__all__ = [
    "Checked",
    "Format",
    "Locator",
    "Problem",
    "Recognised",
    "check",
    "for_path",
    "get",
    "read",
    "recognise",
    "register",
    "registered",
    "unregister",
]

# The registry's entries, in the order formats are tried and listed. The codecs are
# imported on first use. The namespaces are written out so that no format is imported here.
for _entry in (
    Format(
        name="json",
        title="nghiquyet-json/1",
        suffixes=(".json",),
        media_type="application/json",
        syntax="json",
        codec="nghiquyet.formats.json._codec",
    ),
    Format(
        name="xml",
        title="nghiquyet-xml/1",
        suffixes=(".xml",),
        media_type="application/xml",
        syntax="xml",
        root=("urn:nghiquyet:xml:1", "Document"),
        codec="nghiquyet.formats.xml._codec",
    ),
    Format(
        name="akn",
        title="akoma-ntoso/3.0",
        suffixes=(".akn.xml",),
        media_type="application/akn+xml",
        syntax="xml",
        root=("http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "akomaNtoso"),
        codec="nghiquyet.formats.akn._codec",
    ),
    Format(
        name="edxml",
        title="edxml",
        suffixes=(".edxml.xml",),
        media_type="application/xml",
        syntax="xml",
        root=("http://www.mic.gov.vn/TBT/QCVN_102_2016", "edXML"),
        codec="nghiquyet.formats.edxml._codec",
    ),
    # Originals, told by their magic bytes (a ZIP only when it holds word/document.xml).
    Format(
        name="pdf",
        title="pdf",
        suffixes=(".pdf",),
        media_type="application/pdf",
        syntax="binary",
        magic=(b"%PDF-",),
        codec="nghiquyet.formats.originals._codec",
        writes=False,
        checks=False,
    ),
    Format(
        name="docx",
        title="docx",
        suffixes=(".docx",),
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        syntax="binary",
        magic=(b"PK\x03\x04",),
        accepts=is_word,
        codec="nghiquyet.formats.originals._codec",
        writes=False,
        checks=False,
    ),
    Format(
        name="image",
        title="image",
        suffixes=(".png", ".jpg", ".jpeg", ".tif", ".tiff"),
        media_type="image/*",
        syntax="binary",
        magic=IMAGE_MAGIC,
        codec="nghiquyet.formats.originals._codec",
        writes=False,
        checks=False,
    ),
    Format(
        name="html",
        title="html",
        suffixes=(".html",),
        media_type="text/html",
        syntax="text",
        codec="nghiquyet.formats.html._codec",
        reads=False,
        checks=False,
    ),
    Format(
        name="text",
        title="text",
        suffixes=(".txt", ".md"),
        media_type="text/plain",
        syntax="text",
        codec="nghiquyet.formats.text._codec",
        checks=False,
    ),
    Format(
        name="outline",
        title="outline",
        suffixes=(".outline.txt",),
        media_type="text/plain",
        syntax="text",
        codec="nghiquyet.formats.text._codec:OUTLINE",
        reads=False,
        checks=False,
    ),
):
    register(_entry)
del _entry
