"""The seed document (Kết luận 706-KL/TU of the Thuận Thành town committee), built by hand.

Abridged: the header, title and closing are complete; the body keeps each level of
numbering, a citation, a date, a body mention and a task, so every kind of markup shows.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs

import nghiquyet as nq
from nghiquyet import (
    BodyMention,
    Conference,
    DateMention,
    Division,
    Document,
    DocumentKind,
    ListItem,
    Notation,
    Numbering,
    Organization,
    Paragraph,
    Recipient,
    Reference,
    Signature,
    SigningAuthority,
    Table,
    Task,
)

__all__ = ["seed_as_printed", "seed_document"]

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ket-luan-13.json"

_CITING = (
    "Tiếp tục thực hiện Kết luận số 706-KL/TU, ngày 05/4/2023 của Ban Chấp hành Đảng bộ tỉnh về giải pháp, "
    "nhiệm vụ trọng tâm từ nay đến cuối năm 2023; rà soát các chỉ tiêu, nhiệm vụ chưa hoàn thành."
)
_CITED = "Kết luận số 706-KL/TU, ngày 05/4/2023 của Ban Chấp hành Đảng bộ tỉnh"
_TASK = (
    "Giao Văn phòng Thị ủy chủ trì, phối hợp với các cơ quan chức năng theo dõi, đôn đốc việc thực hiện "
    "kết luận này, định kỳ báo cáo về Ban Thường vụ Thị ủy."
)
_LONG = (
    "Trong bối cảnh tình hình kinh tế - xã hội tiếp tục diễn biến khó khăn, phức tạp đã ảnh hưởng không nhỏ đến "
    "mục tiêu, nhiệm vụ chính trị của thị xã năm 2023. Song, dưới sự chỉ đạo của Tỉnh ủy, UBND tỉnh cùng với sự "
    "cố gắng, nỗ lực, quyết tâm của toàn Đảng bộ, chính quyền và nhân dân thị xã đã tập trung thực hiện tốt các "
    "nhiệm vụ chính trị. Chín tháng đầu năm đã đạt được một số kết quả như sau:"
)


def seed_document() -> Document:
    town = Organization(name="Thị ủy Thuận Thành", parent=Organization(name="Đảng bộ tỉnh Bắc Ninh"), code="TU")
    office = Organization(name="Văn phòng Thị ủy")
    start = _CITING.index(_CITED)
    date_start = _LONG.index("năm 2023")
    preamble = (
        "Thực hiện chương trình công tác năm 2023, ngày 06 tháng 10 năm 2023, Ban Chấp hành Đảng bộ "
        "thị xã khóa XXIII tổ chức Hội nghị lần thứ 13. Sau khi xem xét và thảo luận các đại biểu đã "
        "thống nhất kết luận:"
    )
    held = preamble.index("ngày 06")
    return Document(
        kind=DocumentKind.KET_LUAN,
        issuer=Organization(name="THỊ ỦY THUẬN THÀNH", parent=Organization(name="ĐẢNG BỘ TỈNH BẮC NINH"), code="TU"),
        notation=Notation(number=706, kind_code="KL", issuer_code="TU"),
        place="Thuận Thành",
        date=datetime.date(2023, 10, 6),
        title="KẾT LUẬN",
        subject=(
            "Về tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm, phương hướng, mục tiêu, "
            "nhiệm vụ 3 tháng cuối năm 2023"
        ),
        conference=Conference(ordinal=13, body=Organization(name="Ban Chấp hành Đảng bộ thị xã"), term="XXIII"),
        preamble=(
            Paragraph(
                text=preamble,
                spans=(
                    DateMention(
                        start=held, end=held + len("ngày 06 tháng 10 năm 2023"), date=datetime.date(2023, 10, 6)
                    ),
                ),
            ),
        ),
        body=(
            Division(
                numbering=Numbering.ROMAN,
                marker="I.",
                heading="KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2023",
                children=(
                    Paragraph(text=_LONG),
                    ListItem(marker="-", text="Thu ngân sách nhà nước 9 tháng đầu năm 2023 chưa đạt so với dự toán."),
                    ListItem(marker="-", text="Chất lượng giáo dục mũi nhọn còn thấp."),
                    Table(rows=(("Chỉ tiêu", "Kết quả"), ("Giải phóng mặt bằng vành đai 4", "81,75%"))),
                ),
            ),
            Division(
                numbering=Numbering.ROMAN,
                marker="II.",
                heading="MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI",
                children=(
                    Division(
                        numbering=Numbering.ARABIC,
                        marker="1.",
                        children=(
                            Paragraph(
                                text=_CITING,
                                spans=(
                                    Reference(
                                        start=start,
                                        end=start + len(_CITED),
                                        kind=DocumentKind.KET_LUAN,
                                        notation=Notation(number=706, kind_code="KL", issuer_code="TU"),
                                        date=datetime.date(2023, 4, 5),
                                        issuer=Organization(name="Ban Chấp hành Đảng bộ tỉnh"),
                                    ),
                                ),
                            ),
                            Paragraph(
                                text=(
                                    "Nâng cao chất lượng các mặt công tác xây dựng Đảng, Chính quyền, MTTQ và các tổ "
                                    "chức chính trị - xã hội; tăng cường công tác tuyên truyền, vận động nhân dân."
                                ),
                            ),
                        ),
                    ),
                    Division(
                        numbering=Numbering.ARABIC,
                        marker="2.",
                        children=(
                            Paragraph(
                                text=_LONG,
                                spans=(
                                    DateMention(start=date_start, end=date_start + 8, date=datetime.date(2023, 12, 31)),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
            Division(
                numbering=Numbering.ROMAN,
                marker="III.",
                heading="TỔ CHỨC THỰC HIỆN",
                children=(
                    Task(
                        text=_TASK,
                        spans=(BodyMention(start=5, end=21, body=office),),
                        lead=(office,),
                        partners=(Organization(name="các cơ quan chức năng"),),
                        report_to=Organization(name="Ban Thường vụ Thị ủy", parent=town),
                    ),
                ),
            ),
        ),
        signatures=(
            Signature(
                authority=SigningAuthority.TM,
                on_behalf_of="BAN THƯỜNG VỤ",
                position="PHÓ BÍ THƯ THƯỜNG TRỰC",
                signer="Văn Quốc Cường",
            ),
        ),
        recipients=(
            Recipient(name="Thường trực Tỉnh ủy"),
            Recipient(name="Đ/c Đào Quang Khải–UVBTV, PCTUBND tỉnh"),
            Recipient(name="Văn phòng Tỉnh ủy"),
            Recipient(name="TTTU, HĐND, UBND thị xã"),
            Recipient(name="Các đồng chí TUV"),
            Recipient(name="Các chi, đảng bộ trực thuộc", purpose="để thực hiện"),
            Recipient(name="Lưu VT"),
        ),
    )


def seed_as_printed() -> Document:
    """The whole seed from examples/ket-luan-13.json, with the header block of the paper original.

    The example's text copy has no header (issuer, number, place, date); the page should show
    one, so it is taken from :func:`seed_document`. Without the example, the abridged seed.
    """
    header = seed_document()
    if not EXAMPLE.is_file():
        return header
    return attrs.evolve(
        nq.from_json(EXAMPLE.read_bytes()),
        issuer=header.issuer,
        notation=header.notation,
        place=header.place,
        date=header.date,
    )
