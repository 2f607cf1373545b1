"""Place the domain rules' findings in an Akoma Ntoso or edXML file.

The rules name model paths (``"notation"``, ``"signatures[1].position"``,
``"body[2].children[0]"``). In these two formats each header field has one element, so a
header finding is placed at the element of its top-level field, and at the n-th one for
``signatures[n]``. In Akoma Ntoso written by this library every division is one element
carrying ``nq:numbering``, in the order of the model's divisions, so a finding about a
division of the body is placed at its element; other findings in the body, and every
body finding in Akoma Ntoso from elsewhere, stay without a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from lxml import etree

from ._xml_where import element_path, locate

__all__ = ["Position", "archival_locator"]

_STEP = re.compile(r"(\w+)(?:\[(\d+)\])?")

Position = tuple[int | None, int | None, str | None]


def archival_locator(
    root: etree._Element,
    data: bytes | str,
    fields: Mapping[str, str],
    namespaces: Mapping[str, str],
    body: Callable[[str], etree._Element | None] | None = None,
) -> Callable[[str], Position]:
    """A function from model paths to (line, column, element path) in ``data``.

    ``fields`` maps top-level model fields to XPaths (with the prefixes of ``namespaces``);
    ``body``, when given, finds the element of a path into the body (``body[2]…``).
    """

    def at(element: etree._Element) -> Position:
        line, column = locate(data, element)
        return line, column, element_path(element)

    def find(where: str) -> Position:
        if body is not None and where.startswith("body["):
            element = body(where)
            return (None, None, None) if element is None else at(element)
        step = _STEP.match(where)
        xpath = fields.get(step.group(1)) if step else None
        if step is None or xpath is None:
            return None, None, None
        found = root.xpath(xpath, namespaces=dict(namespaces))
        if not isinstance(found, list) or not found:
            return None, None, None
        index = int(step.group(2) or 0)
        element = found[index] if index < len(found) else found[0]
        return at(element) if isinstance(element, etree._Element) else (None, None, None)

    return find
