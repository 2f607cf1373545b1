"""Tasks: which bodies a sentence assigns work to ("Giao X chủ trì, phối hợp với Y …").

The forms are those of FACTS.md: "Giao X …", "X chủ trì(,) phối hợp với Y …", "X chủ trì
tham mưu …", "X có trách nhiệm …", "Đề nghị X …", "Yêu cầu X …"; X is a body or an office
named by its role ("Người được giao …"), not a person and not "các cấp ủy" style lists of
everyone unless introduced by Giao / Đề nghị / Yêu cầu.
"""

from __future__ import annotations

import datetime
import itertools
import re

import attrs

from ..grammar.dates import DATE_IN_TEXT, make_date
from .normalize import fold

__all__ = [
    "RUN_WINDOW",
    "TaskFound",
    "body_run",
    "find_headed_task",
    "find_task",
    "heading_body",
    "may_assign",
    "next_task_clause",
]

# --- bodies ------------------------------------------------------------------------------

_BODY_WORDS = set(
    """các cơ quan đơn vị ban ngành liên chức năng xã thị tỉnh huyện phường thành phố trực thuộc đảng ủy uỷ
    bộ cấp chi hội đoàn thể tổ chính trị phòng chuyên môn trưởng tham mưu giúp việc nhân dân đại biểu quốc
    hữu sở viên địa phương mặt trận hành chấp thường vụ văn dựng tuyên giáo kiểm tra vận nội
    bí thư kinh tế hóa hoá xã hội học công nghệ tài thông tin truyền an ninh quân sự phụ nữ nông cựu chiến binh
    thanh niên hiệp trung ương sự nghiệp cán đội ngũ ngang doanh nghiệp người đứng đầu lưu trữ lịch
    quận khu vực ngoại giao tư pháp y dục đào tạo đồng nhiệm nhà nước đạo tộc sử quyền báo hình huy
    trấn tâm sát án""".split()
    # the last syllables of the state's departments ("Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải",
    # "Bảo hiểm xã hội", "Kho bạc Nhà nước", "Cục Thuế", "Sở Văn hóa, Thể thao và Du lịch")
    + """trường môi nguyên thôn tải lịch thao dục tạo ngoại mại hàng bạc thuế kê hiểm phủ tịch""".split()
    # ("Hạt Kiểm lâm", "Chi cục Kiểm lâm", "Đội Quản lý thị trường", "Ban Quản lý dự án", "Chi cục Thuế")
    + ["lâm", "lý", "cục"]
    # and the persons the state addresses with its bodies: "các cơ quan, tổ chức, cá nhân có liên quan"
    + ["cá"]
)
_CONNECTORS = {"và", "của", "ở", "với"}
# Two-word verbs whose first word is also part of some names ("cơ quan tham mưu", "Ban Dân vận"):
# after any other word they begin the predicate.
_VERB_STARTS = {
    "tham": ("mưu",),
    "vận": ("động",),
    "giúp": ("việc",),
    "ủy": ("quyền",),
    "uỷ": ("quyền",),
    "tuyên": ("truyền",),
    "kiểm": ("tra", "soát"),  # "… huyện kiểm soát các tuyến đường"
    "báo": ("cáo",),  # "Hội Nhà báo" is a name, "… Tỉnh ủy báo cáo" a verb
    "huy": ("động",),  # "Ban Chỉ huy Quân sự", "… xã huy động nguồn lực"
    "quan": ("tâm",),  # "Trung tâm Chính trị", "… Tỉnh ủy quan tâm chỉ đạo"
    "tổ": ("chức",),  # "các tổ chức đảng", "… huyện tổ chức hội nghị"
    "phụ": ("trách",),  # "Hội Phụ nữ", "… Ban Thường vụ phụ trách địa bàn"
    "thường": ("xuyên",),  # "Ban Thường vụ", "… huyện thường xuyên kiểm tra"
}
_MAY_BEGIN_A_NAME = {"tổ"}  # "tổ chức cơ sở đảng …" opens a sentence as a body
_NOUNS_OF = {"quan", "ban", "các", "vị", "phòng", "dân", "cơ", "mưu"}
_UNIT_NUMBER = re.compile(r"\d{1,3}[A-Z]?")
_COUNTED = {"năm", "tháng", "ngày", "tuần", "quý", "lần", "người", "đồng", "%", "giờ"}
_LEVEL_WORDS = {"trên", "dưới", "cơ", "sở", "trực", "tiếp"}  # after "cấp"


def _upper_start(token: str) -> bool:
    return token[:1].isupper()


def _names_a_function(taken: list[str]) -> bool:
    """Whether the words so far end in a noun that the verb-like word names ("cơ quan tham mưu")."""
    previous = [t.rstrip(",").lower() for t in taken[-2:]]
    if not previous or previous[-1] not in _NOUNS_OF:
        return False
    return previous[-1] != "quan" or previous[:1] == ["cơ"]  # "liên quan tuyên truyền": a verb follows


def _level_follows(word: str, taken: list[str]) -> bool:
    """ "cấp trên", "cấp trên cơ sở", "cấp trên trực tiếp": the level words after "cấp"."""
    previous = [t.rstrip(",").lower() for t in taken[-2:]]
    if word == "tiếp":
        return previous in (["trên", "trực"], ["cấp", "trực"])
    return previous[-1] in ("cấp", "trên", "sở")


# A run of names is read within this many characters: no list of bodies is longer, and the bound
# keeps the search linear when a sentence of thousands of words is tried at each of its commas.
RUN_WINDOW = 800


def body_run(text: str) -> str:
    """The longest prefix of ``text`` that reads as names of bodies ("UBND thị xã, các cơ quan …")."""
    tokens = text[:RUN_WINDOW].split()  # (the same tokens as re.findall(r"\S+"), without a regex)
    if len(text) > RUN_WINDOW and tokens and not text[RUN_WINDOW].isspace():
        tokens.pop()  # a word cut by the window
    taken: list[str] = []
    for index, raw in enumerate(tokens):
        token = raw.rstrip(",")
        stop_after = token.endswith((".", ";", ":"))
        word = token.rstrip(".;:/").strip("()")
        lower = word.lower()
        nxt = tokens[index + 1] if index + 1 < len(tokens) else ""
        if not word:
            break
        if (
            lower in _VERB_STARTS
            and word[:1].islower()
            and nxt.lower().rstrip(",.;:") in _VERB_STARTS[lower]
            # ("… đơn vị quan tâm", "Hội Nông dân tổ chức …": never a name)
            and (lower == "quan" or not _names_a_function(taken) or (lower == "tổ" and taken[-1].lower() == "dân"))
            and (lower not in _MAY_BEGIN_A_NAME or (bool(taken) and not taken[-1].endswith(",")))
        ):
            ok = False  # "… Tỉnh ủy tham mưu kế hoạch", "… đoàn thể vận động nhân dân": a verb follows the body
        elif word[:1].isdigit() and taken and _UNIT_NUMBER.fullmatch(word) and not taken[-1][:1].isdigit():
            # "Chi bộ Khối phố 5", "Phường 1": a number names the unit, not a count ("3 tháng")
            ok = nxt.lower().rstrip(",.;:") not in _COUNTED
        elif lower == "số" and taken and _UNIT_NUMBER.fullmatch(nxt.rstrip(",.;:")):
            ok = True  # "Đội Quản lý thị trường số 3", "Trường Tiểu học số 2": the unit's number follows
        elif (lower == "chí" and taken and taken[-1].lower() == "đồng") or lower == "đ/c":
            ok = True  # "các đồng chí Ủy viên …", "đ/c Bí thư": the holders of an office
        elif lower in _LEVEL_WORDS and taken and _level_follows(lower, taken):
            ok = True  # "cấp ủy cấp trên cơ sở", "cấp trên trực tiếp"
        elif (
            _upper_start(word)
            or lower in _BODY_WORDS
            or lower in ("-", "–")
            # (a capital inside the word: a lower-case word has none, told without a look at each letter)
            or (not word[1:].islower() and any(c.isupper() for c in word[1:]))
        ):
            ok = True
        elif lower in _CONNECTORS:
            ok = bool(taken) and (
                _upper_start(nxt)
                or nxt.lower() in ("các", "cơ", "đơn", "tổ", "ban", "sở", "phòng")
                # a department named in lower case: "các phòng giáo dục và đào tạo"
                or (lower == "và" and taken[-1].islower() and nxt.islower() and nxt.rstrip(",") in _BODY_WORDS)
            )
        elif lower == "có" and nxt.lower().startswith("liên") and taken:
            ok = True  # "đơn vị có liên quan"
        elif (
            word.isalpha()
            and taken
            and _upper_start(taken[-1])
            and not taken[-1].endswith(",")
            and _upper_start(nxt)
            and lower not in _CONNECTORS
            and any(t.rstrip(",").lower() in _BODY_WORDS for t in taken[-3:-1])
        ):
            # "phòng Quản lý Công nghiệp": a lower-case syllable inside the proper name of a body
            # (not "Huy hiệu Đảng": no word for a body comes before the name)
            ok = True
        else:
            ok = False
        if not ok:
            break
        taken.append(raw)
        if stop_after:
            break
    run = " ".join(taken).rstrip(" ,;.:")
    # do not end on a connector
    while run and run.rsplit(" ", 1)[-1].lower() in _CONNECTORS | {"-", "–"}:
        run = run.rsplit(" ", 1)[0] if " " in run else ""
    return run


# How the name of a body begins: after "và" a word that begins none goes on with the name before
# ("Sở Nông nghiệp và Môi trường", "Bộ Khoa học và Công nghệ"), one that begins one starts another
# body ("… và Công an tỉnh").
_NAME_HEADS = re.compile(
    r"(?:các|cơ\s+quan|đơn\s+vị|ban|bộ|sở|phòng|văn\s+phòng|ủy\s+ban|uỷ\s+ban|ubnd|hđnd|hội|đoàn|đảng|chi|"
    r"công\s+an|quân|mặt\s+trận|tỉnh|thành|huyện|quận|thị|xã|phường|địa\s+phương|thường\s+trực|cục|vụ|viện|trung\s+tâm|"
    r"trường|thanh\s+tra|kho\s+bạc|ngân\s+hàng|người|tổ|cấp|đồng\s+chí|lãnh\s+đạo|bí\s+thư|chủ\s+tịch|"
    r"giám\s+đốc|thủ\s+trưởng|hiệu\s+trưởng|mttq|liên\s+đoàn|công\s+đoàn)\b",
    re.IGNORECASE,
)


_LIST_SEPARATOR = re.compile(r",\s+|;\s*")
_AND = re.compile(r"\s+và\s+")


# The administrative levels: "Ủy ban nhân dân các xã, phường, thị trấn" names one body at
# every such unit, so a level alone after a comma goes on the name before it.
_LEVEL = r"(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)"
_LEVEL_ALONE = re.compile(rf"{_LEVEL}$")
_ENDS_IN_A_LEVEL = re.compile(rf"(?<!\S){_LEVEL}$", re.IGNORECASE)


def _split_bodies(run: str) -> list[str]:
    parts: list[str] = []
    for piece in _LIST_SEPARATOR.split(run):
        if parts and _LEVEL_ALONE.match(piece.strip(" ,;.")) and _ENDS_IN_A_LEVEL.search(parts[-1].rstrip(" ,;")):
            parts[-1] = f"{parts[-1].rstrip(' ,;')}, {piece}"
            continue
        for index, part in enumerate(_AND.split(piece)):
            if index and parts and not _NAME_HEADS.match(part):
                parts[-1] = f"{parts[-1]} và {part}"
            else:
                parts.append(part)
    return [p.strip(" ,;.") for p in parts if p.strip(" ,;.") and any(c.isalpha() for c in p)]


@attrs.frozen
class TaskFound:
    """What a directive sentence says: who leads, who partners, whom to report to, by when."""

    lead: tuple[str, ...]
    partners: tuple[str, ...]
    report_to: str | None
    deadline: str | None
    deadline_date: datetime.date | None = None


# ("Giao cho X", "Giao nhiệm vụ cho X", "giao trách nhiệm cho X": the lead follows "cho")
# (each opens with a look-ahead at its first letter: one the regex engine can skip ahead to)
_GIAO = re.compile(
    r"(?=[Gg])(?:^|(?<=[\s,;:(]))(?<!được )(?:[Gg]iao|GIAO)\s*(?:(?:nhiệm\s+vụ|trách\s+nhiệm)\s+cho\s+|cho\s+)?(?=\S)"
)
_ASK = re.compile(r"(?=[ĐđYy])(?:^|(?<=[\s,;:(]))(?:[Đđ]ề\s*nghị|[Yy]êu\s*cầu)\s*(?=\S)")
# Each opener with substrings one of which any match of it contains: the regex, slow to scan
# (a look-behind at every position), runs only when one is present.
_OPENERS = ((_GIAO, ("iao", "IAO")), (_ASK, ("nghị", "cầu")))
_DUTY_ANYWHERE = re.compile(r"có\s+trách\s+nhiệm|chủ\s*trì")  # (OCR glues "chủtrì")
# (but "có trách nhiệm cao", "… chưa cao" is praise or blame of how they work, not a duty)
# (nor "… có trách nhiệm." with no duty after it)
_RESPONSIBLE_DUTY = re.compile(r"\s+có\s+trách\s+nhiệm\b(?!\s+(?:cao|hơn|chưa\s+cao|rất\s+cao)\b|\s*[.;]|\s*$)")
# "X chủ trì, phối hợp với Y", "X chủ trì tham mưu", "X chủ trì, chỉ đạo … phối hợp với Y"
_PRESIDES = re.compile(r"\s+chủ\s*trì\s*(?:,|(?:phối\s+hợp|tham\s+mưu)\b)")
# "Các cơ quan chủ quản dữ liệu có trách nhiệm": a few words qualify the body before its duty
# … or, after a common noun, a relative clause ("cơ quan, tổ chức đã xác định bí mật nhà nước có trách nhiệm")
_QUALIFIED_DUTY = re.compile(r"(?P<gap>(?:\s+[^\W\d_]+){1,8}?)\s+có\s+trách\s+nhiệm\b")
_RELATIVE = ("đã", "được")
_NOT_QUALIFIERS = set(
    "đã sẽ cần phải được đang không chưa cũng vẫn đều tiếp tục thực hiện và hoặc là thì mà nên có này đó".split()
)
_PARTNER = re.compile(r"\bphối\s+hợp(?:\s+với)?\s+")
_PARTNER_NOUN = re.compile(r"(?:cơ\s+quan|đơn\s+vị|ban|ngành|sở|phòng|ủy\s+ban|uỷ\s+ban)\s")
_REPORT = re.compile(r"\bbáo\s+cáo\s+(?:về\s+|với\s+|lên\s+)?")
_DEADLINE = re.compile(
    r"\b(?:trước|chậm nhất(?: là)?|hoàn thành trong|trong)\s+(?:ngày\s+\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}|"
    r"quý\s+[IV]+(?:/\d{4})?|tháng\s+\d{1,2}/\d{4}|năm\s+\d{4})"
)
_LEADING_ADVERB = re.compile(r"^(?:[^\W\d_]+\s){0,2}[^\W\d_]+,\s+(?=[A-ZĐÀ-Ỹ])")
_BAD_LEAD_START = re.compile(r"^(?:của|được|theo|về|tại|trong)\b", re.IGNORECASE)


_COMRADE = re.compile(r"(?:đồng\s+chí|đ/c)\s+(?=[A-ZĐÀ-Ỹ])")
_OFFICE_WORDS = re.compile(
    r"\b(?:Bí\s+thư|Chủ\s+tịch|Trưởng|Phó|Giám\s+đốc|Chánh|Ủy\s+viên|Uỷ\s+viên|Thường\s+trực|Chủ\s+nhiệm"
    # a member of a committee: "Huyện ủy viên", "Đảng uỷ viên", "Tỉnh ủy viên", "Chi ủy viên"
    r"|[A-ZĐÀ-Ỹ]\w*\s*(?:ủy|uỷ)\s+viên)\b"
)


def _lead_at(text: str, *, strict: bool) -> str:
    """The bodies named at the start of ``text``; ``strict`` wants a capital or "các" first."""
    if _BAD_LEAD_START.match(text):
        return ""
    first = text.split(" ", 1)[0]
    second = text.split(" ", 2)[1].lower() if " " in text else ""
    if strict and not (
        _upper_start(first)
        or any(c.isupper() for c in first)
        or first.lower() == "các"
        or (first.lower() == "cấp" and second in ("ủy", "uỷ"))
        or _COMRADE.match(text)  # "đồng chí Bí thư", "đ/c Trưởng Ban": an office named by its holder
    ):
        return ""
    run = body_run(text)
    if run:
        run = _with_the_rest_of_its_name(text, run)
    tokens = run.split()
    if len(tokens) == 1 and not (tokens[0].isupper() and len(tokens[0]) >= 2):
        return ""  # a lone capitalised word ("Huy hiệu …") is not a body
    return run


def _at_sentence_start(sentence: str, at: int) -> bool:
    before = sentence[:at].rstrip()
    return not before or (before.endswith((",", ";", ":", "(")) and len(before.split()) <= 4) or not before.strip()


# a person holding a role, named by the role: "Người đứng đầu cơ quan, tổ chức …", "Người được giao …"
_ROLE_HOLDER = re.compile(
    r"(?P<role>(?:[Nn]gười|[Tt]hủ\s+trưởng|[Cc]án\s+bộ|[Cc]ông\s+chức)\s+(?:đứng\s+đầu|được\s+giao|phụ\s+trách)\b"
    r"[^.;:()]{0,140}?)(?=\s*\(|\s+(?:trong\s+phạm\s+vi|căn\s+cứ|cần\s+cứ)\b|\s+có\s+trách\s+nhiệm\b)"
)
# what may stand between the bodies and "có trách nhiệm"
_INSERTION = re.compile(
    r"^\s*(?:\([^()]{0,200}\))?\s*(?:(?:trong\s+phạm\s+vi|căn\s+cứ|cần\s+cứ|theo)\s[^.;:()]{0,140}?(?=\s+có\s+trách\s+nhiệm))?"
)
_MAYBE_TASK = re.compile(r"[Gg]iao|GIAO|[Đđ]ề\s*nghị|[Yy]êu\s*cầu|chủ\s*trì|trách\s+nhiệm")


def may_assign(text: str) -> bool:
    """Whether ``text`` holds a word that assigns work; substring tests first, being many times faster."""
    # (written out rather than any() over a tuple: this runs for every sentence and paragraph)
    return (
        "iao" in text
        or "IAO" in text
        or "ề nghị" in text
        or "ềnghị" in text
        or "cầu" in text
        or "trì" in text
        or "trách" in text
    ) and (
        # each a match of _MAYBE_TASK: finding one is an answer without a regex scan of the whole text
        "giao" in text
        or "Giao" in text
        or "GIAO" in text
        or "Đề nghị" in text
        or "đề nghị" in text
        or "Yêu cầu" in text
        or "yêu cầu" in text
        or "chủ trì" in text
        or "trách nhiệm" in text
        or _glued_or_spaced_otherwise(text)
    )


def _glued_or_spaced_otherwise(text: str) -> bool:
    """Whether ``text`` holds a match of _MAYBE_TASK that none of the words may_assign looks for is."""
    if "  " not in text and text.isprintable():
        # single spaces are the only white space: what is left to match is a word glued ("chủtrì")
        return "Đềnghị" in text or "đềnghị" in text or "Yêucầu" in text or "yêucầu" in text or "chủtrì" in text
    return _MAYBE_TASK.search(text) is not None


_HEAD_NOUNS = re.compile(
    r"\b(?:cơ quan|đơn vị|ban|ngành|[uủ][ỷy]|bộ|hội|phòng|chính quyền|đoàn thể|địa phương|thường trực|"
    r"tổ chức|tổ|đội|nhà nước|cấp ủy|cấp uỷ|thành viên)\b",
    re.IGNORECASE,
)


# "Công an xã", "Thanh tra tỉnh", "Thuế tỉnh", "Quân sự huyện": a body named by its work and its level alone
_AT_A_LEVEL = re.compile(
    r"(?!Nhân\s+dân\b)[A-ZĐÀ-Ỹ]\w*(?:\s+\w+){0,2}?\s+(?:tỉnh|huyện|xã|phường|quận|thị\s+xã|thị\s+trấn|thành\s+phố)(?:$|[\s,;])"
)


def _names_a_body(run: str) -> bool:
    """A lead names a body: a proper name (a capital inside it), a word for an organisation, or a
    body of the state named by its level ("Công an xã").

    Held by a comrade ("đồng chí Bí thư", "các đồng chí Ủy viên Ban Thường vụ"), it must name the
    office, not a person ("đồng chí Nguyễn Văn An").
    """
    if comrade := _COMRADE.search(run):
        return bool(_OFFICE_WORDS.match(run, comrade.end()))
    return any(c.isupper() for c in run[1:]) or bool(_HEAD_NOUNS.search(run)) or bool(_AT_A_LEVEL.match(run))


_NOMINATION = re.compile(r"\s*(?:xem\s+xét|xét|truy\s+tặng|tặng|khen\s+thưởng)\b")
_CLAUSE_BREAK = re.compile(r"[,;:]")
_AUXILIARY_END = re.compile(r"\s+(?:đã|cũng|tiếp\s+tục)$")
_CLAUSE_OPENERS = re.compile(r"^(?:theo\s+đó|đồng\s+thời|sau\s+đó|trong\s+đó)\s+", re.IGNORECASE)


def _names_assigner(before: str) -> bool:
    """ "…, theo đó Bộ Chính trị giao …": the clause before "giao" is the body that assigns."""
    clause = _CLAUSE_BREAK.split(before[-120:])[-1].strip()
    clause = _AUXILIARY_END.sub("", _CLAUSE_OPENERS.sub("", clause))
    return bool(clause) and _upper_start(clause) and body_run(clause) == clause and _names_a_body(clause)


# Wider openings, tried when the sentence as it stands names no body with a duty: an adverbial
# phrase and a comma ("Trong thời hạn 5 năm,", "Đối với chi bộ thôn Trung Lương,"), after which the
# body may begin in lower case, or a schedule's label and a colon ("Thứ Tư, ngày 13/01/2027:", "Sáng:")
_MOST_OPENING_PHRASES = 3
_OPENING_PHRASE = re.compile(r"^[^.:;]{1,60}:\s+(?=[A-ZĐÀ-Ỹ])|^(?:[^\s,;:.]+\s){0,7}[^\s,;:.]+,\s+(?=\w)")


def _duty_subject(sentence: str) -> tuple[str, int, bool] | None:
    """(the bodies, where they end, whether they are a role-holder) of "X có trách nhiệm …", "X chủ trì, …"."""
    adverb = _LEADING_ADVERB.match(sentence)
    opening = adverb.group().rstrip(" ,") if adverb else ""
    # "Đồng thời, X có trách nhiệm …" — but "Sở Nội vụ, Sở Tài chính có trách nhiệm …" lists bodies
    found = _duty_subject_at(sentence, adverb.end() if adverb and body_run(opening) != opening else 0, strict=True)
    start = 0
    # (a few phrases may open it: "Năm 2027, trên cơ sở kết quả đạt được, các chi bộ có trách nhiệm …")
    for _ in range(_MOST_OPENING_PHRASES):
        if found is not None or not (wider := _OPENING_PHRASE.match(sentence[start:])):
            break
        opening = wider.group().rstrip(" ,:")
        if _DUTY_ANYWHERE.search(opening) or body_run(opening) == opening:
            break
        start += wider.end()
        found = _duty_subject_at(sentence, start, strict=False)
    return found


# Words that begin a predicate, say how or relate, never a lower-case syllable of a body's name
_PREDICATE_WORDS = frozenset(
    """chỉ tổ kiểm hướng phối thực tham xây rà bố theo chủ có triển tiếp tăng đẩy lãnh quán tuyên vận nghiên
    đề báo tập giám đôn cân nâng đánh tổng phát làm sớm chịu phụ hoàn bảo ban quyết thống trình cử giao yêu
    tạo hỗ khắc cùng khẩn kịp nghiêm tích xuyên nhìn luôn rất được về tại trong đối""".split()
).union(_NOT_QUALIFIERS, _CONNECTORS)
_MOST_UNKNOWN_SYLLABLES = 3


def _with_the_rest_of_its_name(text: str, run: str) -> str:
    """``run``, the bodies read at the start of ``text``, with the lower-case syllables of their name
    that no list of words knows, when the duty follows the name: "Giao Tổ công tác chủ trì, …",
    "Giao Chi nhánh Ngân hàng Chính sách xã hội huyện chủ trì, …" (not "Giao UBND huyện chỉ đạo …")."""
    end = len(run)
    near = text[end : end + 120]
    if "chủ" not in near and "trách" not in near:
        return run  # no duty follows near enough (the test most runs end with)
    for unknown in range(_MOST_UNKNOWN_SYLLABLES + 1):
        following = text[end:]
        if _PRESIDES.match(following) or _RESPONSIBLE_DUTY.match(following):
            return run if "," in text[len(run) : end] else text[:end]  # (one name: no list goes on here)
        word = following.split(maxsplit=1)[0] if following.strip() else ""
        if unknown == _MOST_UNKNOWN_SYLLABLES or not (word.isalpha() and word.islower()) or word in _PREDICATE_WORDS:
            return run
        end += following.index(word) + len(word)
        more = text[end:]
        if name := body_run(more.lstrip()):  # the name goes on with words the list knows
            end += len(more) - len(more.lstrip()) + len(name)
    return run


def _qualifies(run: str, gap: list[str]) -> bool:
    """Whether the words ``gap`` between the bodies ``run`` and "có trách nhiệm" still name them."""
    # (a proper name needs no relative clause: "Ban Tổ chức đã phối hợp tốt và có trách nhiệm cao" is praise)
    relative = gap[0] in _RELATIVE and not any(c.isupper() for c in run[1:])
    words = gap[1:] if relative else gap
    return (relative or len(gap) <= 4) and not any(w in _NOT_QUALIFIERS or not w.islower() for w in words)


def _duty_subject_at(sentence: str, offset: int, *, strict: bool) -> tuple[str, int, bool] | None:
    body = sentence[offset:]
    role = _ROLE_HOLDER.match(body)
    run = role.group("role") if role else _lead_at(body, strict=strict)
    role_holder = role is not None
    following = body[len(run) :]
    if (inserted := _INSERTION.match(following)) and inserted.group().strip():
        following = " " + following[inserted.end() :].lstrip()  # "(…)", "trong phạm vi …", "căn cứ chức năng …"
    elif (
        run
        and not role_holder
        and not (_RESPONSIBLE_DUTY.match(following) or _PRESIDES.match(following))
        and (qualified := _QUALIFIED_DUTY.match(following))
        and _qualifies(run, qualified.group("gap").split())
    ):
        run += qualified.group("gap")  # "Cơ quan, tổ chức khai thác dữ liệu có trách nhiệm …"
        following = following[qualified.end("gap") :]
    everyone = fold(run).startswith(
        # (and the state's formula for every ministry and province: "Các bộ, cơ quan ngang bộ, …")
        ("cac cap uy", "cap uy", "cac to chuc dang", "cac cap", "cac dang vien", "cac bo, co quan ngang bo")
    )
    if (
        run
        and not everyone  # "các cấp ủy …" count only when introduced by Giao / Đề nghị / Yêu cầu
        and len(run.split()) <= 60
        and (_RESPONSIBLE_DUTY.match(following) or _PRESIDES.match(following))
    ):
        return run, offset + len(run), role_holder
    return None


def find_task(sentence: str) -> TaskFound | None:
    """The assignment of work ``sentence`` makes, if it makes one."""
    if not may_assign(sentence):
        return None
    lead_run = ""
    after = 0
    role_holder = False
    leading = len(sentence) - len(sentence.lstrip())  # where the sentence's first word begins
    for pattern, (needed, also) in _OPENERS:
        if needed not in sentence and also not in sentence:
            continue
        for m in pattern.finditer(sentence):
            start = m.start()
            # (bounded looks back and ahead: a sentence with the word a thousand times stays linear)
            first = start <= leading  # nothing before the opener
            before = "" if first else sentence[max(0, start - 200) : start].rstrip()
            if (
                pattern is _GIAO
                and not first
                and not before.endswith((",", ";", ":", "("))  # "(Giao …)" too
                and not _names_assigner(before)
            ):
                continue  # "phương án giao Bộ …" hands over, it does not assign
            strict = not (first or before.endswith((";", ":")))
            run = _lead_at(sentence[m.end() : m.end() + RUN_WINDOW], strict=strict)
            if run and pattern is _ASK and not first and _NOMINATION.match(sentence, m.end() + len(run)):
                continue  # "…, xét đủ tiêu chuẩn thì đề nghị cấp ủy cấp trên xem xét tặng …": a submission
            if run:
                lead_run, after = run, m.end() + len(run)
                break
        if lead_run:
            break
    if not lead_run and _DUTY_ANYWHERE.search(sentence) and (subject := _duty_subject(sentence)) is not None:
        lead_run, after, role_holder = subject
    if not lead_run:
        return None
    # a role-holder is one name, commas and all ("Người đứng đầu cơ quan, tổ chức")
    lead = [lead_run.strip(" ,;.")] if role_holder else _split_bodies(lead_run)
    if not lead or not (role_holder or _names_a_body(lead_run)):
        return None
    return _with_details(tuple(lead), sentence[after:])


def _with_details(lead: tuple[str, ...], rest: str) -> TaskFound:
    """The task of ``lead``, with the partners, report-to and deadline ``rest`` of its sentence names."""
    partners: list[str] = []
    # each "phối hợp (với)" of the sentence names partners ("… phối hợp với Sở Tài chính …; phối hợp với Sở
    # Tài nguyên và Môi trường …"); a few at most, so that a sentence with the words many times stays linear
    for partner in itertools.islice(_PARTNER.finditer(rest), 4) if "phối" in rest else ():
        after_partner = rest[partner.end() : partner.end() + RUN_WINDOW]
        # "phối hợp cơ quan liên quan …": after "phối hợp" a body may open with its common noun, and
        # after "phối hợp với" with any word of a body ("… với lưu trữ lịch sử của Đảng")
        strict = "với" not in partner.group() and _PARTNER_NOUN.match(after_partner) is None
        partners.extend(
            name
            for name in _split_bodies(_lead_at(after_partner, strict=strict))
            if name not in partners and name not in lead
        )
    report_to = None
    if "báo" in rest and (report := _REPORT.search(rest)):
        run = _lead_at(rest[report.end() :], strict=True)
        report_to = run or None
    deadline = deadline_date = None
    if ("trước" in rest or "chậm" in rest or "trong" in rest) and (due := _DEADLINE.search(rest)):
        deadline = due.group()
        dm = DATE_IN_TEXT.search(deadline)
        if dm and dm.group("d2"):
            deadline_date = make_date(dm.group("y2"), dm.group("m2"), dm.group("d2"))
    return TaskFound(lead, tuple(partners), report_to, deadline, deadline_date)


# "- Chủ trì, phối hợp với Y …" under an item headed by a body ("2. Sở Xây dựng"): that body presides
_PRESIDES_UNNAMED = re.compile(r"^[Cc]hủ\s*trì\s*(?:,\s*)?(?:phối\s+hợp|tham\s+mưu)\b")


def heading_body(heading: str) -> str | None:
    """The body an item's heading names and nothing more ("Sở Nông nghiệp và Môi trường:"), if it does."""
    name = heading.strip().rstrip(":").strip()
    if not name or len(name.split()) > 14 or not _upper_start(name):
        return None
    return name if body_run(name) == name and _names_a_body(name) else None


def find_headed_task(text: str, lead: str) -> TaskFound | None:
    """A duty without its subject ("Chủ trì, phối hợp với Y …") under an item headed by the body ``lead``."""
    found = _PRESIDES_UNNAMED.match(text.strip())
    return None if found is None else _with_details((lead,), text.strip()[found.start() :])


_CLAUSE_SEPARATOR = re.compile(r"[;,]\s+(?=[A-ZĐÀ-Ỹ])")
_ASK_OPENS = re.compile(r"(?:Giao|Đề\s*nghị|Yêu\s*cầu)\s")


def names_bodies_only(clause: str) -> bool:
    """Whether ``clause`` is an opener and bodies and nothing more ("Giao Ủy ban nhân dân huyện,"):
    the bodies of the clause after it join that list ("…, Công an huyện chủ trì, phối hợp …")."""
    opened = _GIAO.match(clause) or _ASK.match(clause)
    if opened is None:
        return False
    bodies = clause[opened.end() :].rstrip(" ,")
    return bool(bodies) and _lead_at(bodies, strict=True) == bodies


def next_task_clause(sentence: str, start: int = 0) -> int | None:
    """Where a later clause of ``sentence`` (after ``start``) opens an assignment of its own, if one does."""
    for m in _CLAUSE_SEPARATOR.finditer(sentence, start + 12):
        clause = sentence[m.end() : m.end() + RUN_WINDOW + 200]  # (a bounded look: linear in long sentences)
        if sentence[m.start()] == ";" and _ASK_OPENS.match(clause):
            return m.end()
        if "trách" not in clause and "chủ" not in clause:
            continue  # neither "có trách nhiệm" nor "chủ trì" follows: no duty opens here
        run = _lead_at(clause, strict=True)
        following = clause[len(run) :]
        if run and _names_a_body(run) and (_RESPONSIBLE_DUTY.match(following) or _PRESIDES.match(following)):
            return m.end()
    return None
