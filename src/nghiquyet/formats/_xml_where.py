"""Where an element is in its source: line, column and a readable path, for error messages.

lxml tells the line an element's start tag ends on but no column, and schema errors
carry neither element nor column; so on the error path only, the n-th element in
document order is matched to the n-th start tag in the source text.
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["element_path", "locate"]

# Comments, CDATA sections and processing instructions may contain "<"; skip them whole.
_MARKUP = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<(?=[^\s!?/])", re.S)


def element_path(element: etree._Element) -> str:
    """An XPath-like path without namespaces: ``/Document/Content/Division[2]/Paragraph``."""
    steps = []
    node: etree._Element | None = element
    while node is not None:
        name = etree.QName(node).localname
        parent = node.getparent()
        if parent is not None:
            same = [s for s in parent if s.tag == node.tag]
            if len(same) > 1:
                name += f"[{same.index(node) + 1}]"
        steps.append(name)
        node = parent
    return "/" + "/".join(reversed(steps))


def _text(data: bytes | str, element: etree._Element) -> str:
    if isinstance(data, str):
        return data
    encoding = element.getroottree().docinfo.encoding or "utf-8"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def locate(data: bytes | str, element: etree._Element) -> tuple[int | None, int | None]:
    """The 1-based line and column of ``element``'s start tag in ``data``."""
    root = element.getroottree().getroot()
    try:
        index = next(i for i, e in enumerate(root.iter(etree.Element)) if e is element)
    except StopIteration:
        return element.sourceline, None
    text = _text(data, element)
    count = -1
    for match in _MARKUP.finditer(text):
        if match.group() == "<":
            count += 1
            if count == index:
                offset = match.start()
                line_start = text.rfind("\n", 0, offset) + 1
                return text.count("\n", 0, offset) + 1, offset - line_start + 1
    return element.sourceline, None
