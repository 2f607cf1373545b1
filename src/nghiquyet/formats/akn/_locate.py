"""Place the domain rules' findings in Akoma Ntoso: header fields by element, divisions by order.

In Akoma Ntoso written by this library every division is one element carrying
``nq:numbering``, in the order of the model's divisions, so a finding about a division of
the body is placed at its element; other findings in the body, and every body finding in
Akoma Ntoso from elsewhere, stay without a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ...model import Block, Division, Document, ListItem
from .._archival_locate import Position, archival_locator
from ._vocabulary import AKN, akn, nq

__all__ = ["AKN_FIELDS", "akn_locator"]

_STEP = re.compile(r"(\w+)(?:\[(\d+)\])?")

#: Model field → XPath of its element under the root, in Akoma Ntoso (the main document's
#: preface and conclusions, not an attachment's).
AKN_FIELDS = {
    "kind": "./*/a:preface//a:docType",
    "issuer": "./*/a:preface//a:docAuthority",
    "notation": "./*/a:preface//a:docNumber",
    "place": "./*/a:preface//a:location",
    "date": "./*/a:preface//a:docDate",
    "subject": "./*/a:preface//a:docTitle",
    "signatures": "./*/a:conclusions//a:signature",
    "recipients": "./*/a:conclusions/a:blockContainer[@class='recipients']",
}


def _divisions(blocks: tuple[Block, ...], found: list[Division]) -> list[Division]:
    """Every division under ``blocks``, in document order (as the AKN writer writes them)."""
    for block in blocks:
        if isinstance(block, Division):
            found.append(block)
        if isinstance(block, Division | ListItem):
            _divisions(block.children, found)
    return found


def _block_at(document: Document, where: str) -> object | None:
    """The block a path such as ``body[2].children[0]`` names, or None."""
    steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(where)]
    if not steps or steps[0][0] != "body":
        return None
    node: object = document
    for name, index in steps:
        if name not in ("body", "children") or index is None:
            return None
        children = getattr(node, name, ())
        if int(index) >= len(children):
            return None
        node = children[int(index)]
    return node


def _division_element(root: etree._Element, document: Document, where: str) -> etree._Element | None:
    target = _block_at(document, where)
    if not isinstance(target, Division):
        return None
    order = next((i for i, d in enumerate(_divisions(document.body, [])) if d is target), None)
    main_body = root.find(f"./*/{akn('mainBody')}")
    if order is None or main_body is None:
        return None
    numbered = [e for e in main_body.iter(etree.Element) if e.get(nq("numbering")) is not None]
    return numbered[order] if order < len(numbered) else None


def akn_locator(root: etree._Element, data: bytes, document: Document) -> Callable[[str], Position]:
    """Model paths of ``document`` to (line, column, element path) in ``data``."""
    return archival_locator(
        root, data, AKN_FIELDS, {"a": AKN}, body=lambda where: _division_element(root, document, where)
    )
