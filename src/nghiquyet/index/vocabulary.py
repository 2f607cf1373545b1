"""The small vocabulary of the index: how a text relates to what it cites, and body-name keys.

Relations. A citation's relation is what the citing document says it does with the cited
one, read from the words before the reference in its paragraph:

========================  ===========================================================
relation                  printed as (any letter case, with or without diacritics)
========================  ===========================================================
``căn cứ``                "Căn cứ Điều lệ Đảng; Căn cứ Quy định số 24-QĐ/TW …"
``thực hiện``             "Thực hiện Nghị quyết số 57-NQ/TW …", "triển khai thực hiện …"
``tiếp tục thực hiện``    "Kết luận … về tiếp tục thực hiện Nghị quyết số 20-NQ/TW"
``thay thế``              "Quy định này thay thế Quy định số 30-QĐ/TW …"
``sửa đổi``               "sửa đổi, bổ sung một số điều của Quy định số 24-QĐ/TW"
========================  ===========================================================

The rule (:func:`relation_before`): within the clause that holds the reference (from the
last sentence end or line break before it), the last of these phrases before the reference
is its relation when the phrase opens the clause ("Căn cứ A; B; C" gives all three "căn
cứ"), or when at most :data:`MAX_GAP` words stand between the phrase and the reference
("thực hiện có hiệu quả Nghị quyết số 57-NQ/TW"), the words of other references not counted.
Otherwise the citation has no relation (``None``): a mention, not a stated dependency.

Body keys. Offices spell the same body several ways: "Văn phòng Thị ủy", "VĂN PHÒNG THỊ
UỶ", "VP Thị uỷ". :func:`body_key` turns each into one key, "van phong thi uy":
:func:`nghiquyet.fold` (lower case, no diacritics, "đ" → "d", so "ủy" and "uỷ", "hòa" and
"hoà" meet), punctuation to spaces, runs of spaces to one, then each whole word found in
:data:`ABBREVIATIONS` spelt out ("vp" → "van phong"). The index stores the key beside
every name as printed, and looks bodies up by key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..grammar.folding import fold
from ..model import Reference, Span

__all__ = ["ABBREVIATIONS", "MAX_GAP", "RELATIONS", "body_key", "relation_before"]

#: The relations, by the folded phrase that prints them; the longest phrase wins where two overlap.
RELATIONS: dict[str, str] = {
    "can cu": "căn cứ",
    "tiep tuc thuc hien": "tiếp tục thực hiện",
    "thuc hien": "thực hiện",
    "thay the": "thay thế",
    "sua doi": "sửa đổi",
}

#: How many words may stand between a relation phrase and the reference it governs.
MAX_GAP = 6

#: Abbreviations of bodies' names, folded, as whole words → the words they stand for.
ABBREVIATIONS: dict[str, str] = {
    "vp": "van phong",
    "btv": "ban thuong vu",
    "bch": "ban chap hanh",
    "bcd": "ban chi dao",
    "ubkt": "uy ban kiem tra",
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "mttq": "mat tran to quoc",
    "tw": "trung uong",
}

_PHRASE = re.compile(
    r"(?<!\w)(" + "|".join(p.replace(" ", r"\s+") for p in sorted(RELATIONS, key=len, reverse=True)) + r")(?!\w)"
)
# A clause ends at a line break or a sentence end (". " before a capital); ";" and "," do not end it.
_CLAUSE_END = re.compile(r"\n|[.!?]\s+(?=[^\W\d_])")
_OPENING = re.compile(r"[\W\d_]*")  # bullets, numbers, punctuation before a clause's first word
_WORD = re.compile(r"[^\W_]+")
_NON_WORD = re.compile(r"[\W_]+")


def relation_before(text: str, spans: Sequence[Span], index: int) -> str | None:
    """The relation of the reference ``spans[index]`` of ``text``, or None (see the module's rule)."""
    reference = spans[index]
    start = 0
    for end in _CLAUSE_END.finditer(text, 0, reference.start):
        start = end.end()
    clause = fold(text[start : reference.start])
    found = None
    for found in _PHRASE.finditer(clause):  # noqa: B007 - the last one is wanted
        pass
    if found is None:
        return None
    relation = RELATIONS[re.sub(r"\s+", " ", found.group(1))]
    if _OPENING.fullmatch(clause, 0, found.start()):
        return relation
    gap_from, gap_to = start + found.end(), reference.start
    words = len(_WORD.findall(text, gap_from, gap_to))
    for other in spans[:index]:
        if isinstance(other, Reference) and other.start >= gap_from and other.end <= gap_to:
            words -= len(_WORD.findall(text, other.start, other.end))
    return relation if words <= MAX_GAP else None


def body_key(name: str) -> str:
    """The key under which the index files a body's name: "VP Thị uỷ" → "van phong thi uy"."""
    words = _NON_WORD.sub(" ", fold(name)).split()
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)
