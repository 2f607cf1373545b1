"""Recipients (nơi nhận) as printed: "- Thường trực Tỉnh ủy (để báo cáo)," — a name, then its purpose.

The purpose is the final parenthesis of the entry ("để báo cáo", "để thực hiện", "b/c");
each entry of the list ends in a comma, the last in a full stop.
"""

from __future__ import annotations

import re

__all__ = ["print_purpose", "print_recipient", "split_recipient"]

_TRAILING_PURPOSE = re.compile(r" ?\((?P<p>[^()]*)\)[\s,;.]*$")


def print_purpose(purpose: str) -> str:
    """ "(để báo cáo)": a purpose as printed after the name."""
    return f"({purpose})"


def print_recipient(name: str, purpose: str | None) -> str:
    """ "Thường trực Tỉnh ủy (để báo cáo)": the name, and the purpose in parentheses when there is one."""
    return name if purpose is None else f"{name} {print_purpose(purpose)}"


def split_recipient(printed: str) -> tuple[str, str | None]:
    """The name and the purpose of an entry as printed: "Ban Tuyên giáo (để thực hiện)," → name, purpose.

    The purpose is what the final parenthesis after the name holds, as printed (what
    follows it is the list's "," or "."); an entry that is a parenthesis alone has none.
    What :func:`print_recipient` prints comes back as it was.
    """
    m = _TRAILING_PURPOSE.search(printed)
    if m is None or not printed[: m.start()].strip():
        return printed, None
    return printed[: m.start()], m.group("p")
