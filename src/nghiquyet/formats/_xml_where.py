"""Where an element is in its source: line, column and a readable path, for error messages.

lxml tells the line an element's start tag ends on but no column, and schema errors
carry neither element nor column; so on the error path only, the n-th element in
document order is matched to the n-th start tag in the source text.
"""

from __future__ import annotations

import bisect
import re

from lxml import etree

__all__ = ["element_at", "element_path", "locate"]

# Comments, CDATA sections and processing instructions may contain "<"; skip them whole.
_MARKUP = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<(?=[^\s!?/])", re.S)


class _Source:
    """One input's start tags, line starts and elements, found once for all of its errors
    (an error log of 100,000 entries is then located in linear time)."""

    def __init__(self, data: bytes | str, root: etree._Element) -> None:
        self.data = data
        self.root = root
        text = _text(data, root)
        self.starts = [match.start() for match in _MARKUP.finditer(text) if match.group() == "<"]
        self.lines = [0, *(match.end() for match in _NEWLINE.finditer(text))]
        self.order: dict[etree._Element, int] | None = None

    def index(self, element: etree._Element) -> int | None:
        if self.order is None:
            self.order = {e: i for i, e in enumerate(self.root.iter(etree.Element))}
        return self.order.get(element)


class _Positions:
    """The position of each element among its same-named siblings, per parent, found once."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.parents: dict[etree._Element, dict[etree._Element, tuple[int, int]]] = {}
        self.elements: dict[etree._Element, list[etree._Element]] = {}

    def of(self, parent: etree._Element, node: etree._Element) -> tuple[int, int]:
        """(1-based position among the siblings with ``node``'s tag, how many there are)."""
        known = self.parents.get(parent)
        if known is None:
            counts: dict[object, int] = {}
            positions = {}
            for child in parent:
                counts[child.tag] = counts.get(child.tag, 0) + 1
                positions[child] = counts[child.tag]
            known = {child: (position, counts[child.tag]) for child, position in positions.items()}
            self.parents[parent] = known
        return known.get(node, (1, 1))

    def child(self, parent: etree._Element, index: int) -> etree._Element | None:
        """``parent``'s ``index``-th (1-based) child element, as XPath's ``*[index]`` counts."""
        elements = self.elements.get(parent)
        if elements is None:
            elements = self.elements[parent] = [child for child in parent if isinstance(child.tag, str)]
        return elements[index - 1] if 0 < index <= len(elements) else None


_NEWLINE = re.compile("\n")
# The last input located and the last tree whose paths were named: errors come in runs.
_last_source: list[_Source] = []
_last_positions: list[_Positions] = []


def _root(element: etree._Element) -> etree._Element:
    return element.getroottree().getroot()


def _positions(root: etree._Element) -> _Positions:
    if not _last_positions or _last_positions[0].root is not root:
        _last_positions[:] = [_Positions(root)]
    return _last_positions[0]


_STEP = re.compile(r"\*(?:\[(\d+)\])?")


def element_at(tree: etree._ElementTree, path: str) -> etree._Element | None:
    """The element at a libxml2 error path (``/*/*[3]/*[1]``), or None (also for a path XPath refuses).

    Such paths are positional; XPath takes time in the position to resolve each step, so the
    steps are resolved here, in constant time each; other paths go to XPath.
    """
    steps = path.split("/")
    matches = [_STEP.fullmatch(step) for step in steps[2:]]
    if steps[:2] != ["", "*"] or not all(matches):
        try:
            found = tree.xpath(path)
        except etree.XPathError:  # the path of a foreign element uses prefixes no query knows
            return None
        return found[0] if isinstance(found, list) and found and isinstance(found[0], etree._Element) else None
    node: etree._Element | None = tree.getroot()
    positions = _positions(tree.getroot())
    for match in matches:
        if node is None or match is None:
            return None
        node = positions.child(node, int(match.group(1) or 1))
    return node


def element_path(element: etree._Element) -> str:
    """An XPath-like path without namespaces: ``/Document/Content/Division[2]/Paragraph``."""
    positions = _positions(_root(element))
    steps = []
    node: etree._Element | None = element
    while node is not None:
        name = etree.QName(node).localname
        parent = node.getparent()
        if parent is not None:
            position, count = positions.of(parent, node)
            if count > 1:
                name += f"[{position}]"
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
    root = _root(element)
    if not _last_source or _last_source[0].data is not data or _last_source[0].root is not root:
        _last_source[:] = [_Source(data, root)]
    source = _last_source[0]
    index = source.index(element)
    if index is None or index >= len(source.starts):
        return element.sourceline, None
    offset = source.starts[index]
    line = bisect.bisect_right(source.lines, offset)
    return line, offset - source.lines[line - 1] + 1
