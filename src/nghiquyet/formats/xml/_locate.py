"""Find the native-XML element for a model path, so that validation names the file's line.

A model path is what the domain rules report: ``"subject"``, ``"notation.number"``,
``"signatures[1].signer"``, ``"body[2].children[0].spans[1]"``. Steps the tree does not
have (an absent element) stop at the nearest element that exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from .._xml_where import element_path, locate
from ._names import T

__all__ = ["locator"]

_STEP = re.compile(r"(\w+)(?:\[(\d+)\])?")

# Top-level model fields and where the writer puts them.
_FIELDS: dict[str, tuple[str, ...]] = {
    "kind": (T.Header, T.DocumentType),
    "issuer": (T.Header, T.Organ),
    "notation": (T.Header, T.Code),
    "place": (T.Header, T.PromulgationInfo, T.Place),
    "date": (T.Header, T.PromulgationInfo, T.PromulgationDate),
    "date_text": (T.Header, T.PromulgationInfo, T.DateText),
    "title": (T.Header, T.Title),
    "subject": (T.Header, T.Subject),
    "conference": (T.Header, T.Conference),
    "secrecy": (T.Header, T.Secrecy),
    "urgency": (T.Header, T.Urgency),
    "preamble": (T.Preamble,),
    "body": (T.Content,),
    "signatures": (T.Closing,),
    "recipients": (T.Closing, T.ToPlaces),
    "circulation": (T.Closing, T.Circulation),
    "copies": (T.Closing, T.PromulgationAmount),
    "typist": (T.Closing, T.TyperNotation),
    "warnings": (T.Warnings,),
}
# Fields inside an element, by the element's tag.
_INNER: dict[tuple[str, str], tuple[str, ...]] = {
    (T.Code, "number"): (T.CodeNumber,),
    (T.Code, "code"): (T.CodeNotation,),
    (T.Organ, "name"): (T.OrganName,),
    (T.Organ, "parent"): (T.ParentOrgan,),
    (T.ParentOrgan, "name"): (T.OrganName,),
    (T.ParentOrgan, "parent"): (T.ParentOrgan,),
    (T.SignerInfo, "on_behalf_of"): (T.Competence,),
    (T.SignerInfo, "position"): (T.Position,),
    (T.SignerInfo, "signer"): (T.FullName,),
    (T.SignerInfo, "note"): (T.Note,),
    (T.Division, "heading"): (T.Heading,),
    (T.Appendix, "title"): (T.Title,),
}
_INLINE = {T.Reference, T.OrganMention, T.DateMention}


def _child(element: etree._Element, tag: str) -> etree._Element | None:
    return element.find(tag)


def _blocks(element: etree._Element) -> list[etree._Element]:
    """The block children of a container: skipping a Division's Heading, a ListItem's Text …"""
    return [e for e in element if type(e.tag) is str and e.tag not in (T.Heading, T.Text, T.Title)]


def _step(element: etree._Element, name: str, index: int | None) -> etree._Element | None:
    tag = element.tag
    if tag == T.Document:
        if name == "signatures" and index is not None:
            closing = _child(element, T.Closing)
            signers = [] if closing is None else closing.findall(T.SignerInfo)
            return signers[index] if index < len(signers) else closing
        if name == "appendices" and index is not None:
            appendices = element.findall(T.Appendix)
            return appendices[index] if index < len(appendices) else None
        target: etree._Element | None = element
        for part in _FIELDS.get(name, ()):
            found = None if target is None else _child(target, part)
            if found is None:
                return target if target is not element else None
            target = found
        element = target if target is not None else element
    elif name in ("children", "body"):
        pass  # the blocks are the element's own children
    elif name == "spans":
        text = element if element.tag == T.Paragraph else _child(element, T.Text)
        inline = [] if text is None else [e for e in text if e.tag in _INLINE]
        return inline[index] if index is not None and index < len(inline) else text
    else:
        inner = _INNER.get((str(tag), name))
        return None if inner is None else _child(element, inner[0])
    if index is not None:
        items = element.findall(T.Recipient) if name == "recipients" else _blocks(element)
        return items[index] if index < len(items) else element
    return element


def locator(root: etree._Element, data: bytes | str) -> Callable[[str], tuple[int | None, int | None, str | None]]:
    """A function from model paths to (line, column, element path) in ``data``."""

    def find(where: str) -> tuple[int | None, int | None, str | None]:
        element = root
        for match in _STEP.finditer(where):
            name, index = match.group(1), match.group(2)
            found = _step(element, name, int(index) if index is not None else None)
            if found is None:
                break
            element = found
        line, column = locate(data, element)
        return line, column, element_path(element)

    return find
