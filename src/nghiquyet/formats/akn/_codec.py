"""The Akoma Ntoso format's codec for the registry: the tree parsed once is read or checked."""

from __future__ import annotations

from lxml import etree

from ...errors import FormatError
from ...model import Document
from .._checked import Checked, problem
from . import to_akoma_ntoso
from ._locate import akn_locator
from ._reader import read_akoma_ntoso
from ._schema import validate_akoma_ntoso

__all__ = ["check_root", "read_root", "write"]


def write(document: Document) -> bytes:
    return to_akoma_ntoso(document)


def read_root(root: etree._Element, _data: bytes) -> Document:
    return read_akoma_ntoso(root)


def check_root(root: etree._Element, data: bytes) -> Checked:
    """The OASIS schema, then the reader, on the one tree; findings get their line."""
    errors = validate_akoma_ntoso(root)
    if errors:
        return Checked(document=None, problems=tuple(problem("akn-xsd", e) for e in errors))
    try:
        document = read_akoma_ntoso(root)
    except FormatError as error:
        return Checked(document=None, problems=(problem("model", error),))
    return Checked(document=document, locate=akn_locator(root, data, document))
