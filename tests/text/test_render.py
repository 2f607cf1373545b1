"""to_text: the standard layout, and parse_text(to_text(d)) == d for text-expressible documents."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from nghiquyet import (
    Conference,
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
    Secrecy,
    Signature,
    SigningAuthority,
    Urgency,
    parse_text,
    to_text,
)
from nghiquyet.grammar.numerals import to_roman


def test_standard_layout() -> None:
    doc = Document(
        kind=DocumentKind.KET_LUAN,
        issuer=Organization(name="THỊ ỦY THUẬN THÀNH", parent=Organization(name="ĐẢNG BỘ TỈNH BẮC NINH"), code="TU"),
        notation=Notation(number=706, kind_code="KL", issuer_code="TU"),
        place="Thuận Thành",
        date=datetime.date(2023, 10, 6),
        title="KẾT LUẬN",
        subject="về công tác cán bộ",
        body=(
            Division(numbering=Numbering.ROMAN, marker="I.", heading="KẾT QUẢ", children=(Paragraph(text="Tốt."),)),
            Division(
                numbering=Numbering.ROMAN,
                marker="II.",
                children=(Paragraph(text="Không có tiêu đề."), ListItem(marker="-", text="Mục một;")),
            ),
        ),
        recipients=(Recipient(name="Thường trực Tỉnh ủy", purpose="để báo cáo"), Recipient(name="Lưu VT")),
        signatures=(
            Signature(
                authority=SigningAuthority.TM, on_behalf_of="BAN THƯỜNG VỤ", position="BÍ THƯ", signer="Văn Quốc Cường"
            ),
        ),
    )
    assert to_text(doc) == (
        # the left column of the header (issuer, number), then the right (tiêu đề, place and date)
        "ĐẢNG BỘ TỈNH BẮC NINH\nTHỊ ỦY THUẬN THÀNH\n*\nSố 706-KL/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Thuận Thành, ngày 06 tháng 10 năm 2023\n\nKẾT LUẬN\nvề công tác cán bộ\n-----\n\n"
        "I. KẾT QUẢ\n\nTốt.\n\nII. Không có tiêu đề.\n\n- Mục một;\n\n"
        "Nơi nhận:\n- Thường trực Tỉnh ủy (để báo cáo),\n- Lưu VT.\n\n"
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nVăn Quốc Cường\n"
    )


def test_january_and_february_get_a_leading_zero() -> None:
    doc = Document(place="Hà Nội", date=datetime.date(2025, 1, 9))
    assert "Hà Nội, ngày 09 tháng 01 năm 2025" in to_text(doc)
    doc = Document(place="Hà Nội", date=datetime.date(2025, 5, 26))
    assert "Hà Nội, ngày 26 tháng 5 năm 2025" in to_text(doc)


# --- documents whose text form says everything about them ---------------------------------

_WORDS = "công tác xây dựng đảng chính quyền nhân dân kinh tế xã hội văn hóa giáo dục đào tạo kết quả tốt".split()
_ISSUERS = ["BAN THƯỜNG VỤ TỈNH ỦY", "THỊ ỦY THUẬN THÀNH", "ĐẢNG ỦY XÃ CÔNG HẢI", "BAN TỔ CHỨC", "VĂN PHÒNG"]
_PARENTS = ["ĐẢNG BỘ TỈNH BẮC NINH", "BAN CHẤP HÀNH TRUNG ƯƠNG", "THÀNH ỦY HÀ NỘI"]
_CODES = ["TU", "ĐU", "BTCTU", "VPTW"]
_KINDS = [DocumentKind.KET_LUAN, DocumentKind.NGHI_QUYET, DocumentKind.CHI_THI, DocumentKind.HUONG_DAN]
_RECIPIENTS = ["Thường trực Tỉnh ủy", "Các đồng chí Tỉnh ủy viên", "Văn phòng Tỉnh ủy", "Lưu VT"]
_SIGNERS = ["Văn Quốc Cường", "Trần Cẩm Tú", "Vũ Thị Thuỳ Trang"]


_SENTENCES = [
    " ".join(_WORDS[i : i + n]).capitalize() + "." for n in (2, 3, 5, 8) for i in range(0, len(_WORDS) - n, 2)
]
_HEADINGS = [" ".join(_WORDS[i : i + n]).upper() for n in (1, 3, 5) for i in range(0, len(_WORDS) - n, 3)]


# Strategies are built once: Hypothesis analyses each strategy object when it first sees it.
_SENTENCE = st.sampled_from(_SENTENCES)
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=3).map(" ".join)
_ARABIC_PARTS = st.tuples(_SENTENCE, st.lists(_PARAGRAPH, max_size=2), st.lists(_SENTENCE, max_size=2))
_ROMAN_PARTS = st.tuples(
    st.sampled_from(_HEADINGS), st.lists(_PARAGRAPH, max_size=1), st.lists(_ARABIC_PARTS, max_size=3)
)
_SIGNATURES = st.lists(
    st.builds(
        Signature,
        authority=st.sampled_from([SigningAuthority.TM, SigningAuthority.KT]),
        on_behalf_of=st.sampled_from(["BAN THƯỜNG VỤ", "TRƯỞNG BAN"]),
        position=st.sampled_from(["BÍ THƯ", "PHÓ BÍ THƯ", "PHÓ TRƯỞNG BAN"]),
        signer=st.sampled_from(_SIGNERS),
    ),
    max_size=1,
)
_RECIPIENT_LISTS = st.lists(
    st.builds(Recipient, name=st.sampled_from(_RECIPIENTS), purpose=st.none() | st.just("để báo cáo")),
    max_size=3,
    unique_by=lambda r: r.name,
)


def _arabic(number: int, parts: tuple[str, list[str], list[str]]) -> Division:
    heading, paragraphs, bullets = parts
    children = [Paragraph(text=t) for t in paragraphs] + [ListItem(marker="-", text=t) for t in bullets]
    return Division(numbering=Numbering.ARABIC, marker=f"{number}.", heading=heading, children=tuple(children))


def _section(number: int, parts: tuple[str, list[str], list[tuple[str, list[str], list[str]]]]) -> Division:
    heading, intro, subs = parts
    children = [Paragraph(text=t) for t in intro] + [_arabic(i + 1, sub) for i, sub in enumerate(subs)]
    return Division(
        numbering=Numbering.ROMAN, marker=f"{to_roman(number + 1)}.", heading=heading, children=tuple(children)
    )


_CITED_KINDS = [DocumentKind.NGHI_QUYET, DocumentKind.KET_LUAN, DocumentKind.CHI_THI]
_CITED_ISSUERS = [("TW", "Bộ Chính trị"), ("TW", "Ban Bí thư"), ("TU", "Ban Thường vụ Tỉnh ủy")]


@st.composite
def _cited_subject(draw: st.DrawFn) -> tuple[str, tuple[Reference, ...]]:
    """ "thực hiện Nghị quyết số 1057-NQ/TW ngày 22/12/2024 của Bộ Chính trị về …" and its citation."""
    kind = draw(st.sampled_from(_CITED_KINDS))
    issuer_code, issuer = draw(st.sampled_from(_CITED_ISSUERS))
    number = draw(st.integers(1000, 9999))  # the document's own numbers stay below 1000
    date = draw(st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 12, 31)))
    topic = "về " + draw(_SENTENCE).lower().rstrip(".")
    lead = "thực hiện "
    citation = f"{kind.label} số {number}-{kind.code}/{issuer_code} ngày {date:%d/%m/%Y} của {issuer} {topic}"
    reference = Reference(
        start=len(lead),
        end=len(lead) + len(citation),
        kind=kind,
        notation=Notation(number=number, kind_code=kind.code, issuer_code=issuer_code),
        date=date,
        issuer=Organization(name=issuer),
        title=topic,
    )
    return lead + citation, (reference,)


_SUBJECTS = _SENTENCE.map(lambda s: ("về " + s.lower().rstrip("."), ())) | _cited_subject()


@st.composite
def text_documents(draw: st.DrawFn) -> Document:
    """Party documents built only of what the text layout can carry unambiguously."""
    code = draw(st.sampled_from(_CODES))
    kind = draw(st.sampled_from(_KINDS))
    parent = draw(st.none() | st.sampled_from(_PARENTS).map(lambda n: Organization(name=n)))
    number = draw(st.none() | st.integers(1, 999))
    sections = [_section(i, parts) for i, parts in enumerate(draw(st.lists(_ROMAN_PARTS, max_size=3)))]
    subject, subject_spans = draw(_SUBJECTS)
    return Document(
        kind=kind,
        issuer=Organization(name=draw(st.sampled_from(_ISSUERS)), parent=parent, code=code),
        notation=Notation(number=number, kind_code=kind.code, issuer_code=code),
        place=draw(st.sampled_from(["Hà Nội", "Thuận Thành", "Công Hải"])),
        date=draw(st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 12, 31))),
        title=kind.label.upper(),
        subject=subject,
        subject_spans=subject_spans,
        body=tuple(sections),
        recipients=tuple(draw(_RECIPIENT_LISTS)),
        signatures=tuple(draw(_SIGNATURES)),
        secrecy=draw(st.none() | st.sampled_from(Secrecy)),
        urgency=draw(st.none() | st.sampled_from(Urgency)),
        draft=draw(st.booleans()),
    )


@given(text_documents())
def test_parse_of_to_text_gives_the_document_back(doc: Document) -> None:
    assert parse_text(to_text(doc)) == doc


@given(text_documents())
def test_to_text_is_stable(doc: Document) -> None:
    text = to_text(doc)
    assert to_text(parse_text(text)) == text


def test_a_conference_without_title_lines_is_printed_and_read_back() -> None:
    doc = Document(
        kind=DocumentKind.KET_LUAN,
        conference=Conference(ordinal=13, body=Organization(name="BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ"), term="XXIII"),
    )
    text = to_text(doc)
    assert text == "KẾT LUẬN\nHỘI NGHỊ LẦN THỨ 13 BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KHÓA XXIII\n-----\n"
    again = parse_text(text)
    assert again.conference == doc.conference


def test_a_paragraph_that_repeats_the_heading_is_still_printed() -> None:
    """Only the parser's run-in heading kept as a task or citing paragraph is printed once."""
    division = Division(
        numbering=Numbering.ARABIC, marker="1.", heading="Công tác.", children=(Paragraph(text="Công tác."),)
    )
    doc = Document(kind=DocumentKind.KET_LUAN, title="KẾT LUẬN", subject="về công tác", body=(division,))
    assert to_text(doc).count("Công tác.") == 2
    assert parse_text(to_text(doc)).body == doc.body
