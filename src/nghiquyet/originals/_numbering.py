"""Word's automatic numbering: the labels ("I.", "1.", "a)", "-") that are not in a
paragraph's text but in numbering.xml, computed as Word computes them.

Each ``w:num`` points at an ``w:abstractNum`` whose levels give the format (``numFmt``),
the label's pattern (``lvlText``, "%1.%2."), the first value (``start``) and when a level
starts again (``lvlRestart``; by default after any shallower level). Lists that share an
abstract definition count on together, unless a ``w:num`` overrides a level's start.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs
from lxml import etree

from ..grammar.numerals import to_roman

__all__ = ["Numbering", "format_number", "number"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


_NUMBER = re.compile(r"\s*-?[0-9]{1,9}\s*")


def number(value: str | None) -> int | None:
    """An integer attribute value from the file (``w:ilvl``, ``w:val``); None when it is absent
    or damaged (not a plain decimal integer), so a damaged value reads as an absent one."""
    return int(value) if value is not None and _NUMBER.fullmatch(value) else None


def _val(element: etree._Element | None, child: str) -> str | None:
    if element is None:
        return None
    found = element.find(_w(child))
    return None if found is None else found.get(_w("val"))


@attrs.frozen(kw_only=True)
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # restart after this (1-based) level; None: after any shallower
    suffix: str = "tab"
    legal: bool = False


def _roman(n: int) -> str:
    return to_roman(n).lower() if 1 <= n <= 3999 else str(n)


def _letters(n: int) -> str:
    # Word's letter numbering (not the Vietnamese point letters, which have đ after d): a … z, then aa … zz, aaa …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": lambda n: _roman(n).upper(),
    "lowerRoman": _roman,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerLetter": _letters,
    "none": lambda n: "",
}


def format_number(value: int, fmt: str) -> str:
    """``value`` in a Word number format (decimal for the formats this reader does not know)."""
    return _FORMATS.get(fmt, str)(value)


class Numbering:
    """The numbering of one Word file; :meth:`label` is called for its paragraphs in order."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        if root is None:
            return
        for abstract in root.iter(_w("abstractNum")):
            levels = {}
            for lvl in abstract.iter(_w("lvl")):
                # A level whose ilvl is damaged is left out (it would replace level 0); a damaged
                # start or restart is the default.
                ilvl = number(lvl.get(_w("ilvl"), "0"))
                if ilvl is None:
                    continue
                restart = number(_val(lvl, "lvlRestart"))
                start = number(_val(lvl, "start"))
                levels[ilvl] = _Level(
                    fmt=_val(lvl, "numFmt") or "decimal",
                    text=_val(lvl, "lvlText") or "",
                    start=1 if start is None else start,
                    restart=restart if restart is not None and restart >= 0 else None,
                    suffix=_val(lvl, "suff") or "tab",
                    legal=lvl.find(_w("isLgl")) is not None,
                )
            self._abstract[abstract.get(_w("abstractNumId"), "")] = levels
        for num in root.iter(_w("num")):
            overrides = {}
            for override in num.iter(_w("lvlOverride")):
                start = number(_val(override, "startOverride"))
                ilvl = number(override.get(_w("ilvl"), "0"))
                if start is not None and ilvl is not None:  # a damaged override is ignored
                    overrides[ilvl] = start
            self._nums[num.get(_w("numId"), "")] = (_val(num, "abstractNumId") or "", overrides)

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next paragraph of list ``num_id`` at level ``ilvl`` ("" for none),
        with the space that follows it."""
        if num_id not in self._nums:
            return ""
        abstract_id, overrides = self._nums[num_id]
        levels = self._abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        if overrides and num_id not in self._started:
            self._started.add(num_id)
            for k, start in overrides.items():
                counters[k] = start - 1
            for k in [k for k in counters if k not in overrides and k > min(overrides)]:
                del counters[k]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or restart > ilvl:
                del counters[deeper]
        if level.fmt == "bullet":
            return _bullet(level.text) + " "

        def value(found: re.Match[str]) -> str:
            k = int(found.group(1)) - 1
            shown = levels.get(k, _Level())
            n = counters.get(k, shown.start)
            return format_number(n, "decimal" if level.legal else shown.fmt)

        text = re.sub(r"%([1-9])", value, level.text)
        return text + ("" if level.suffix == "nothing" or not text else " ")


def _bullet(text: str) -> str:
    # Symbol and Wingdings bullets are private-use characters: the parser knows "-" and "•".
    if not text or any("\ue000" <= c <= "\uf8ff" for c in text) or text in ("o", "§", "Ø", "ü"):
        return "•"
    return text
