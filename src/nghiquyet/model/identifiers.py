"""Who issues a document and how it is identified: kinds, notations, bodies, conferences.

Vietnamese terms: loại văn bản (document kind), số và ký hiệu (notation), cơ quan ban
hành (issuing body), thẩm quyền ký (signing authority), độ mật (secrecy), độ khẩn
(urgency), hội nghị (conference).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from functools import cache
from typing import Any, Self

import attrs

from ..errors import DocumentError
from ..grammar.numerals import is_roman
from ._fields import default_passes, nfc, nfc_or_none, one_of, positive, text, text_or_none, type_check

__all__ = [
    "Body",
    "Conference",
    "DocumentKind",
    "DocumentSystem",
    "Notation",
    "Organization",
    "Secrecy",
    "SigningAuthority",
    "Urgency",
]


class _CodedEnum(enum.Enum):
    """Members are ``(code, label)`` pairs: the mark as printed and its Vietnamese name."""

    @property
    def code(self) -> str:
        """The code or mark, e.g. ``"KL"`` or ``"T/M"``."""
        return str(self.value[0])

    @property
    def label(self) -> str:
        """The Vietnamese name, e.g. ``"Kết luận"`` or ``"thay mặt"``."""
        return str(self.value[1])

    @classmethod
    def from_code(cls, code: str) -> Self:
        """The member with this code; raises :class:`DocumentError` when there is none."""
        member: Self | None = _members_by_code(cls).get(nfc(code))
        if member is None:
            what = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()
            raise DocumentError(f"unknown {what} code {code!r}")
        return member


@cache
def _members_by_code(enum_type: type[_CodedEnum]) -> dict[str, Any]:
    return {member.code: member for member in enum_type}


class DocumentKind(_CodedEnum):
    """A type of document: the Party's (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW), then the
    state's administrative kinds (Nghị định 30/2020/NĐ-CP, Phụ lục III) and a few more that
    state bodies issue (Nghị định, Giấy phép).

    ``code`` is this library's unique code ("KL"), ``label`` the Vietnamese name ("Kết
    luận"). Quy định is ``"QĐi"`` although it is often
    printed ``"QĐ"`` in notations, like Quyết định (and ``"QyĐ"`` in state notations): the
    printed code lives in :class:`Notation` and the kind here, so the two never get
    confused. A state kind's code is the one its notations print ("2507/GP-UBND": GP).
    :attr:`is_state` tells the kinds only state bodies issue.
    """

    NGHI_QUYET = ("NQ", "Nghị quyết")
    KET_LUAN = ("KL", "Kết luận")
    CHI_THI = ("CT", "Chỉ thị")
    QUYET_DINH = ("QĐ", "Quyết định")
    QUY_DINH = ("QĐi", "Quy định")
    QUY_CHE = ("QC", "Quy chế")
    THONG_BAO = ("TB", "Thông báo")
    THONG_TRI = ("TT", "Thông tri")
    HUONG_DAN = ("HD", "Hướng dẫn")
    BAO_CAO = ("BC", "Báo cáo")
    KE_HOACH = ("KH", "Kế hoạch")
    CHUONG_TRINH = ("CTr", "Chương trình")
    TO_TRINH = ("TTr", "Tờ trình")
    CONG_VAN = ("CV", "Công văn")
    BIEN_BAN = ("BB", "Biên bản")
    DE_AN = ("ĐA", "Đề án")
    CUONG_LINH = ("CL", "Cương lĩnh")
    DIEU_LE = ("ĐL", "Điều lệ")
    CHIEN_LUOC = ("CLc", "Chiến lược")
    THONG_CAO = ("TC", "Thông cáo")
    TUYEN_BO = ("TBo", "Tuyên bố")
    LOI_KEU_GOI = ("LKG", "Lời kêu gọi")
    QUY_HOACH = ("QHo", "Quy hoạch")
    DU_AN = ("DA", "Dự án")
    PHUONG_AN = ("PA", "Phương án")
    # administrative kinds of state bodies (Nghị định 30/2020/NĐ-CP, Phụ lục III)
    HOP_DONG = ("HĐ", "Hợp đồng")
    CONG_DIEN = ("CĐ", "Công điện")
    BAN_GHI_NHO = ("GN", "Bản ghi nhớ")
    BAN_THOA_THUAN = ("TTh", "Bản thỏa thuận")
    GIAY_UY_QUYEN = ("GUQ", "Giấy ủy quyền")
    GIAY_MOI = ("GM", "Giấy mời")
    GIAY_GIOI_THIEU = ("GGT", "Giấy giới thiệu")
    GIAY_NGHI_PHEP = ("GNP", "Giấy nghỉ phép")
    PHIEU_GUI = ("PG", "Phiếu gửi")
    PHIEU_CHUYEN = ("PC", "Phiếu chuyển")
    PHIEU_BAO = ("PB", "Phiếu báo")
    # further state kinds, by the code their notations print
    NGHI_DINH = ("NĐ", "Nghị định")
    GIAY_PHEP = ("GP", "Giấy phép")

    @property
    def is_state(self) -> bool:
        """Whether only state bodies issue this kind (it is not among the Party's)."""
        return self in _STATE_KINDS

    @classmethod
    def from_label(cls, label: str) -> DocumentKind:
        """The kind named ``label`` in any letter case (``"KẾT LUẬN"``, ``"Kết luận"``)."""
        try:
            return _KIND_BY_LABEL[nfc(label).casefold().strip()]
        except KeyError:
            raise DocumentError(f"unknown document kind {label!r}") from None


_KIND_BY_LABEL = {k.label.casefold(): k for k in DocumentKind} | {
    "bản thoả thuận": DocumentKind.BAN_THOA_THUAN,
    "giấy uỷ quyền": DocumentKind.GIAY_UY_QUYEN,
}
_STATE_KINDS = frozenset(
    k
    for k in DocumentKind
    if k.name
    in "HOP_DONG CONG_DIEN BAN_GHI_NHO BAN_THOA_THUAN GIAY_UY_QUYEN GIAY_MOI GIAY_GIOI_THIEU GIAY_NGHI_PHEP "
    "PHIEU_GUI PHIEU_CHUYEN PHIEU_BAO NGHI_DINH GIAY_PHEP".split()
)


class DocumentSystem(enum.Enum):
    """Party documents (văn bản của Đảng) or state documents (văn bản nhà nước)."""

    PARTY = "party"
    STATE = "state"


class SigningAuthority(_CodedEnum):
    """Thẩm quyền ký: how the signer signs. Party style writes ``T/M``; state style ``TM.``.

    ``code`` is the mark as printed, ``label`` what it means ("thay mặt", "ký thay" …).
    """

    TM = ("T/M", "thay mặt")
    KT = ("K/T", "ký thay")
    TL = ("T/L", "thừa lệnh")
    TUQ = ("TUQ", "thừa ủy quyền")
    Q = ("Q.", "quyền")
    STATE_TM = ("TM.", "thay mặt")
    STATE_KT = ("KT.", "ký thay")
    STATE_TL = ("TL.", "thừa lệnh")
    STATE_TUQ = ("TUQ.", "thừa ủy quyền")


class _Mark(enum.Enum):
    """A mark printed as its value ("MẬT", "HỎA TỐC")."""

    @property
    def label(self) -> str:
        """The mark as printed."""
        return str(self.value)


class Secrecy(_Mark):
    """Độ mật: the secrecy mark."""

    MAT = "MẬT"
    TOI_MAT = "TỐI MẬT"
    TUYET_MAT = "TUYỆT MẬT"


class Urgency(_Mark):
    """Độ khẩn: the urgency mark."""

    KHAN = "KHẨN"
    THUONG_KHAN = "THƯỢNG KHẨN"
    HOA_TOC = "HỎA TỐC"


_KIND_CODE = re.compile(r"[^\W\d_]\w*")
_ISSUER_CODE = re.compile(r"\w+(?:-\w+)*")
# The dashes a notation is printed with, read as "-": a code for every character up to the last of
# them ("−", U+2212), since str.translate pays for each character its table lacks as for a raised KeyError
_DASH_CODES = {ord(dash) for dash in "–—‐‑−"}
_DASHES = tuple(ord("-") if code in _DASH_CODES else code for code in range(max(_DASH_CODES) + 1))
_PREFIX = re.compile(r"^\s*(?:s[ốôoóồổ]|so)\s*:?\s*", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_PARTY = re.compile(r"(\d+)?-([^\W\d_]\w*)/(\w+(?:-\w+)*)")
_STATE = re.compile(r"(\d+)?/(?:(\d{4})/)?([^\W\d_]\w*(?:-\w+)*)")


def _check_code(pattern: re.Pattern[str]) -> Any:
    def check(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if not pattern.fullmatch(value):
            raise DocumentError(f"{attribute.name}: {value!r} is not a notation code")

    return check


@attrs.frozen(kw_only=True)
class Notation:
    """Số và ký hiệu: ``706-KL/TU`` (Party style) or ``1050/QĐ-SCT`` (state style).

    ``number`` is ``None`` when the number is left blank, as in digitally signed copies
    (``Số    -HD/BTCTU``); ``width`` is how many digits it is printed with when that is
    more than it needs ("08-HD/BTCTU": 8, width 2). ``kind_code`` is the type code as
    printed (``"QĐ"`` for both Quyết định and Quy định; ``None`` for a state notation
    without one, as laws print "29/2018/QH14"); ``issuer_code`` may join several
    issuers (``BTCTU-BDVTU``). State notations may print a ``year``.
    """

    number: int | None = attrs.field(default=None, validator=positive)
    width: int = attrs.field(default=0)
    kind_code: str | None = attrs.field(default=None, converter=nfc_or_none)
    issuer_code: str = attrs.field(converter=nfc, validator=_check_code(_ISSUER_CODE))
    year: int | None = attrs.field(default=None)
    system: DocumentSystem = attrs.field(default=DocumentSystem.PARTY, validator=one_of(DocumentSystem, optional=False))

    @width.validator
    def _check_width(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
            raise DocumentError(f"width: {value!r} is not a number of digits (0 to 6)")
        # Only leading zeros make a width worth keeping: "08" is 8 printed two digits wide.
        if value and (self.number is None or value <= len(str(self.number))):
            raise DocumentError(f"width: {value} adds no leading zero to the number {self.number}")

    @kind_code.validator
    def _check_kind_code(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is None:
            if self.system is DocumentSystem.PARTY:
                raise DocumentError("kind_code: a Party notation always prints its type code")
            if "-" in self.issuer_code:
                raise DocumentError("kind_code: without a type code the issuer code cannot hold '-'")
        elif not _KIND_CODE.fullmatch(value):
            raise DocumentError(f"kind_code: {value!r} is not a notation code")

    @year.validator
    def _check_year(self, _attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is None:
            return
        if self.system is not DocumentSystem.STATE:
            raise DocumentError("year: only state-style notations print a year (11/2026/QĐ-UBND)")
        if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2999:
            raise DocumentError(f"year: {value!r} is not a possible year")

    @classmethod
    def parse(cls, printed: str) -> Notation:
        """Read a notation as printed: ``"Số 34 -NQ/TU"``, ``"Số    -HD/BTCTU"``, ``"Số: 12/QĐ-UBND"``.

        Tolerates the ``Số`` prefix (also OCR-damaged ``Sô``), spaces, and en dashes.
        Raises :class:`DocumentError` when the text is not a notation.
        """
        # Already as written here ("706-KL/TU"): nothing to tidy, so skip the tidying.
        tidy = isinstance(printed, str) and unicodedata.is_normalized("NFC", printed)
        m = _PARTY.fullmatch(printed) if tidy else None
        compact = printed
        if m is None:
            compact = _SPACES.sub("", _PREFIX.sub("", nfc(printed)).translate(_DASHES))
            m = _PARTY.fullmatch(compact)
        if m:
            digits, kind, issuer = m.groups()
            return cls(number=_number(digits), width=_width(digits), kind_code=kind, issuer_code=issuer)
        if m := _STATE.fullmatch(compact):
            digits, year, codes = m.groups()
            kind, _, issuer = codes.partition("-") if "-" in codes else ("", "", codes)
            return cls(
                number=_number(digits),
                width=_width(digits),
                year=int(year) if year else None,
                kind_code=kind or None,
                issuer_code=issuer,
                system=DocumentSystem.STATE,
            )
        raise DocumentError(f"not a document notation: {printed!r}")

    @property
    def issuer_codes(self) -> tuple[str, ...]:
        """The issuers of a joint notation, e.g. ``("BTCTU", "BDVTU")``."""
        return tuple(self.issuer_code.split("-"))

    @property
    def number_text(self) -> str:
        """The number as printed, zero padding kept: ``"08"``; ``""`` when it is left blank."""
        return "" if self.number is None else str(self.number).zfill(self.width)

    @property
    def separator(self) -> str:
        """What stands between the number and the codes: ``"-"`` (Party style) or ``"/"`` (state style)."""
        return "/" if self.system is DocumentSystem.STATE else "-"

    @property
    def code(self) -> str:
        """The printed notation after the number and its separator: ``"KL/TU"``, ``"2026/QĐ-UBND"``."""
        if self.system is DocumentSystem.STATE:
            year = "" if self.year is None else f"{self.year}/"
            kind = "" if self.kind_code is None else f"{self.kind_code}-"
            return f"{year}{kind}{self.issuer_code}"
        return f"{self.kind_code}/{self.issuer_code}"

    def __str__(self) -> str:
        return self.number_text + self.separator + self.code


def _number(digits: str | None) -> int | None:
    if not digits:
        return None
    value = int(digits)
    if not 1 <= value <= 999_999:
        raise DocumentError(f"{digits!r} is not a possible document number")
    return value


def _width(digits: str | None) -> int:
    return len(digits) if digits and digits.startswith("0") else 0


@attrs.frozen(kw_only=True)
class Organization:
    """An organisation (cơ quan, tổ chức): an issuer, a task's lead, a cited author.

    ``parent`` is the direct superior body printed above it in a header ("ĐẢNG BỘ TỈNH
    BẮC NINH" over "THỊ ỦY THUẬN THÀNH"); ``code`` its issuer code in notations ("TU").
    """

    name: str = text()
    parent: Organization | None = attrs.field(default=None)
    code: str | None = text_or_none()

    @parent.validator
    @type_check
    def _check_parent(self, _attribute: attrs.Attribute[Organization | None], value: Organization | None) -> None:
        if value is not None and not isinstance(value, Organization):
            raise DocumentError(f"parent: expected an Organization, got {type(value).__name__}")

    @name.validator
    def _check_name(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not value or value.isspace():  # as `not value.strip()`, without copying the name
            raise DocumentError("name: a body needs a name")


@attrs.frozen(kw_only=True)
class Conference:
    """Hội nghị: "Hội nghị lần thứ 13 Ban Chấp hành Đảng bộ thị xã khóa XXIII".

    ``ordinal`` is the number of the conference (13; "lần thứ sáu" is 6), ``body`` the
    body that meets, ``term`` the khóa (term) in Roman numerals.
    """

    ordinal: int | None = attrs.field(default=None, validator=positive)
    body: Organization | None = attrs.field(default=None, validator=one_of(Organization))
    term: str | None = attrs.field(default=None)

    @term.validator
    @default_passes
    def _check_term(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and not is_roman(value):
            raise DocumentError(f"term: {value!r} is not a term in Roman numerals")


#: The name :class:`Organization` had before 0.1: the API contract spells it ``nq.Body``, so it
#: stays, as the very same class. New code says ``Organization``, which cannot be read as
#: :attr:`Document.body` (the content).
Body = Organization
