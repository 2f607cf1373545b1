"""A hand-built document that uses every field, for tests until nghiquyet.testing lands."""

from __future__ import annotations

import datetime

from nghiquyet import (
    Appendix,
    BodyMention,
    Conference,
    DateMention,
    Deadline,
    Division,
    Document,
    DocumentKind,
    ListItem,
    Notation,
    Numbering,
    Organization,
    Paragraph,
    ParseWarning,
    Recipient,
    Reference,
    Secrecy,
    Signature,
    SigningAuthority,
    Table,
    Task,
    Urgency,
)

PROVINCE = Organization(name="ĐẢNG BỘ TỈNH BẮC NINH")
ISSUER = Organization(name="THỊ ỦY THUẬN THÀNH", parent=PROVINCE, code="TU")
OFFICE = Organization(name="Văn phòng Thị ủy", parent=ISSUER)

CITING = "Thực hiện Kết luận số 706-KL/TU, ngày 05/4/2023 của Ban Chấp hành Đảng bộ tỉnh,  "


def full_document() -> Document:
    start = CITING.index("Kết luận")
    end = CITING.index(" của")
    task_text = "Giao Văn phòng Thị ủy chủ trì,\tphối hợp theo dõi\n, báo cáo trước ngày 30/12/2025."
    return Document(
        kind=DocumentKind.KET_LUAN,
        issuer=ISSUER,
        notation=Notation(number=8, width=2, kind_code="KL", issuer_code="TU"),
        place="Thuận Thành",
        date=datetime.date(2023, 10, 6),
        date_text="ngày 06 tháng 10 năm 2023",
        title="KẾT LUẬN",
        subject=" về tình hình\nthực hiện ",
        conference=Conference(ordinal=13, body=Organization(name="Ban Chấp hành Đảng bộ thị xã"), term="XXIII"),
        preamble=(Paragraph(text="Căn cứ Điều lệ Đảng;"),),
        body=(
            Division(
                numbering=Numbering.ROMAN,
                marker="I.",
                heading="TÌNH HÌNH",
                children=(
                    Paragraph(
                        text=CITING,
                        spans=(
                            Reference(
                                start=start,
                                end=end,
                                kind=DocumentKind.KET_LUAN,
                                notation=Notation.parse("706-KL/TU"),
                                date=datetime.date(2023, 4, 5),
                                issuer=PROVINCE,
                                title="về xây dựng",
                            ),
                        ),
                    ),
                    ListItem(
                        marker="-",
                        text="ngày 06/10/2023",
                        spans=(DateMention(start=5, end=15, date=datetime.date(2023, 10, 6)),),
                        children=(ListItem(marker="+", text="con"),),
                    ),
                    Table(rows=(("a", " b "), (), ("",))),
                ),
            ),
            Division(
                numbering=Numbering.ROMAN,
                marker="II.",
                children=(
                    Task(
                        text=task_text,
                        spans=(BodyMention(start=5, end=21, body=OFFICE),),
                        lead=(OFFICE,),
                        partners=(Organization(name="Ban Tuyên giáo"), Organization(name="UBKT", code="UBKTTU")),
                        report_to=ISSUER,
                        deadline=Deadline(text="trước ngày 30/12/2025", date=datetime.date(2025, 12, 30)),
                    ),
                ),
            ),
        ),
        signatures=(
            Signature(
                authority=SigningAuthority.TM,
                on_behalf_of="BAN THƯỜNG VỤ",
                position="PHÓ BÍ THƯ",
                signer="Văn Quốc Cường",
                note="(Đã ký)",
            ),
        ),
        recipients=(Recipient(name="Thường trực Tỉnh ủy", purpose="để báo cáo"), Recipient(name="Lưu VT")),
        appendices=(Appendix(title="PHỤ LỤC", body=(Paragraph(text=""),)),),
        secrecy=Secrecy.MAT,
        urgency=Urgency.KHAN,
        circulation="Lưu hành nội bộ",
        draft=True,
        copies=12,
        typist="NT",
        warnings=(ParseWarning(message="could not place", line=4), ParseWarning(message="x")),
    )


PLAN_SUBJECT = "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"


def _in_subject(words: str) -> dict[str, int]:
    start = PLAN_SUBJECT.index(words)
    return {"start": start, "end": start + len(words)}


def plan_with_annotated_subject() -> Document:
    """A Kế hoạch whose trích yếu (subject) cites a resolution, its date and its issuer."""
    politburo = Organization(name="Bộ Chính trị")
    return Document(
        kind=DocumentKind.KE_HOACH,
        notation=Notation.parse("Số 12-KH/TU"),
        subject=PLAN_SUBJECT,
        subject_spans=(
            Reference(
                **_in_subject("Nghị quyết số 57-NQ/TW"),
                kind=DocumentKind.NGHI_QUYET,
                notation=Notation.parse("57-NQ/TW"),
                date=datetime.date(2024, 12, 22),
                issuer=politburo,
            ),
            DateMention(**_in_subject("22/12/2024"), date=datetime.date(2024, 12, 22)),
            BodyMention(**_in_subject("Bộ Chính trị"), body=politburo),
        ),
        body=(Paragraph(text="Thực hiện Nghị quyết số 57-NQ/TW."),),
    )
