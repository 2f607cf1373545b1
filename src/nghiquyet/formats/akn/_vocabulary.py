"""The Akoma Ntoso vocabulary of this library: namespaces, names by kind and numbering, URIs.

Statement names by document kind (``<statement name="…">``); the table is one-to-one so the
name alone gives the kind back:

=============  ===============  =============  ===============
Kind           name             Kind           name
=============  ===============  =============  ===============
Nghị quyết     resolution       Chương trình   programme
Kết luận       conclusion       Tờ trình       submission
Chỉ thị        directive        Công văn       letter
Quyết định     decision         Biên bản       minutes
Quy định       regulation       Đề án          proposal
Quy chế        rules            Cương lĩnh     platform
Thông báo      notice           Điều lệ        charter
Thông tri      circular         Chiến lược     strategy
Hướng dẫn      guidance         Thông cáo      communique
Báo cáo        report           Tuyên bố       declaration
Kế hoạch       plan             Lời kêu gọi    appeal
Quy hoạch      masterPlan       Dự án          project
Phương án      option           (no kind)      document
=============  ===============  =============  ===============

Division elements by numbering: Phần ``part``, Chương ``chapter``, Mục ``section``, Điều
``article``, Khoản ``clause``, "1." ``paragraph``, "a)" ``point``; the other numberings
("A-", "I.", "1.1.", "(1)") have no AKN element of their own and become ``hcontainer``
with ``name`` set to the numbering ("roman" …). The numbering itself is always kept in
the ``nq:numbering`` attribute. Inside blocks (a list item, the preamble) a division is a
``tblock``.

Work URIs, dates and titles: :mod:`._identity`.
"""

from __future__ import annotations

from ...model import DocumentKind, Numbering

__all__ = [
    "AKN",
    "ELEMENT_BY_NUMBERING",
    "KIND_BY_NAME",
    "NAME_BY_KIND",
    "NO_KIND",
    "NQ",
    "NUMBERING_BY_ELEMENT",
    "akn",
    "nq",
]

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NQ = "urn:nghiquyet:akn:1"
NO_KIND = "document"

NAME_BY_KIND: dict[DocumentKind, str] = {
    DocumentKind.NGHI_QUYET: "resolution",
    DocumentKind.KET_LUAN: "conclusion",
    DocumentKind.CHI_THI: "directive",
    DocumentKind.QUYET_DINH: "decision",
    DocumentKind.QUY_DINH: "regulation",
    DocumentKind.QUY_CHE: "rules",
    DocumentKind.THONG_BAO: "notice",
    DocumentKind.THONG_TRI: "circular",
    DocumentKind.HUONG_DAN: "guidance",
    DocumentKind.BAO_CAO: "report",
    DocumentKind.KE_HOACH: "plan",
    DocumentKind.CHUONG_TRINH: "programme",
    DocumentKind.TO_TRINH: "submission",
    DocumentKind.CONG_VAN: "letter",
    DocumentKind.BIEN_BAN: "minutes",
    DocumentKind.DE_AN: "proposal",
    DocumentKind.CUONG_LINH: "platform",
    DocumentKind.DIEU_LE: "charter",
    DocumentKind.CHIEN_LUOC: "strategy",
    DocumentKind.THONG_CAO: "communique",
    DocumentKind.TUYEN_BO: "declaration",
    DocumentKind.LOI_KEU_GOI: "appeal",
    DocumentKind.QUY_HOACH: "masterPlan",
    DocumentKind.DU_AN: "project",
    DocumentKind.PHUONG_AN: "option",
    DocumentKind.HOP_DONG: "contract",
    DocumentKind.CONG_DIEN: "telegram",
    DocumentKind.BAN_GHI_NHO: "memorandum",
    DocumentKind.BAN_THOA_THUAN: "agreement",
    DocumentKind.GIAY_UY_QUYEN: "authorisation",
    DocumentKind.GIAY_MOI: "invitation",
    DocumentKind.GIAY_GIOI_THIEU: "introduction",
    DocumentKind.GIAY_NGHI_PHEP: "leavePermit",
    DocumentKind.PHIEU_GUI: "transmittalSlip",
    DocumentKind.PHIEU_CHUYEN: "forwardingSlip",
    DocumentKind.PHIEU_BAO: "noticeSlip",
    DocumentKind.NGHI_DINH: "decree",
    DocumentKind.GIAY_PHEP: "licence",
}
KIND_BY_NAME = {name: kind for kind, name in NAME_BY_KIND.items()}

ELEMENT_BY_NUMBERING: dict[Numbering, str] = {
    Numbering.PART: "part",
    Numbering.CHAPTER: "chapter",
    Numbering.SECTION: "section",
    Numbering.ARTICLE: "article",
    Numbering.CLAUSE: "clause",
    Numbering.ARABIC: "paragraph",
    Numbering.LETTER: "point",
    Numbering.UPPER_LETTER: "hcontainer",
    Numbering.ROMAN: "hcontainer",
    Numbering.DECIMAL: "hcontainer",
    Numbering.PARENTHESISED: "hcontainer",
}
NUMBERING_BY_ELEMENT = {name: n for n, name in ELEMENT_BY_NUMBERING.items() if name != "hcontainer"}


def akn(local: str) -> str:
    """The Clark name of an Akoma Ntoso element."""
    return f"{{{AKN}}}{local}"


def nq(local: str) -> str:
    """The Clark name of an element or attribute in this library's namespace."""
    return f"{{{NQ}}}{local}"
