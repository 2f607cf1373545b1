"""The HTML page: structure, escaping and the stylesheet, read back with the standard library's parser."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from html_tree import Node, parse_page
from hypothesis import given
from hypothesis import strategies as st
from seed_document import seed_document

import nghiquyet as nq
from _sample import plan_with_annotated_subject
from nghiquyet import (
    Conference,
    DateMention,
    Division,
    Document,
    DocumentKind,
    DocumentSystem,
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
    Table,
    Task,
    Urgency,
)
from nghiquyet.model import BodyMention, Deadline
from nghiquyet.testing import documents


@pytest.fixture(scope="module")
def seed() -> Node:
    root, _ = parse_page(nq.to_html(seed_document()))
    return root


def _texts(node: Node, cls: str) -> list[str]:
    return [n.text() for n in node.find_all(cls=cls)]


def test_page_is_a_complete_html_document_in_vietnamese() -> None:
    root, doctype = parse_page(nq.to_html(seed_document()))
    assert doctype is not None
    assert doctype.lower() == "doctype html"
    assert root.find("html").attrs["lang"] == "vi"
    assert any(m.attrs.get("charset") == "utf-8" for m in root.find_all("meta"))
    assert root.find("title").text() == (
        "Kết luận số 706-KL/TU Về tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm, phương hướng, "
        "mục tiêu, nhiệm vụ 3 tháng cuối năm 2023"
    )


def test_page_loads_nothing_from_elsewhere(seed: Node) -> None:
    assert not seed.find_all("script")
    assert not seed.find_all("link")
    assert not [n for n in seed.iter() if "src" in n.attrs or "href" in n.attrs]
    css = seed.find("style").text()
    assert "url(" not in css
    assert "@import" not in css


def test_print_stylesheet_is_a4_times_new_roman_with_the_guide_margins(seed: Node) -> None:
    css = seed.find("style").text()
    page = re.search(r"@page\s*\{([^}]*)\}", css)
    assert page is not None
    assert re.search(r"size:\s*A4\s*;", page.group(1))
    margin = re.search(r"margin:\s*([^;]+);", page.group(1))
    assert margin is not None
    top, right, bottom, left = (float(value.removesuffix("mm")) for value in margin.group(1).split())
    assert 20 <= top <= 25
    assert 20 <= bottom <= 25
    assert 30 <= left <= 35
    assert 15 <= right <= 20
    body = re.search(r"\nbody\s*\{([^}]*)\}", css)
    assert body is not None
    assert re.search(r'font-family:\s*"Times New Roman"', body.group(1))


def test_header_columns_hold_the_issuer_and_the_party_title(seed: Node) -> None:
    header = seed.find("header", "document-header")
    left, right = (child for child in header.children if isinstance(child, Node))
    assert [n.text() for n in left.children if isinstance(n, Node)] == [
        "ĐẢNG BỘ TỈNH BẮC NINH",
        "THỊ ỦY THUẬN THÀNH",
        "*",
        "Số 706-KL/TU",
    ]
    assert [n.text() for n in right.children if isinstance(n, Node)] == [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Thuận Thành, ngày 06 tháng 10 năm 2023",
    ]
    assert right.find("time").attrs["datetime"] == "2023-10-06"
    assert left.find(cls="notation").attrs["data-notation"] == "706-KL/TU"


def test_title_holds_type_name_conference_and_subject(seed: Node) -> None:
    title = seed.find("h1", "document-title")
    assert _texts(title, "kind") == ["KẾT LUẬN"]
    assert _texts(title, "conference") == ["Hội nghị lần thứ 13 Ban Chấp hành Đảng bộ thị xã khóa XXIII"]
    assert _texts(title, "conference-body") == ["Ban Chấp hành Đảng bộ thị xã khóa XXIII"]  # its own line
    assert _texts(title, "subject")[0].startswith("Về tình hình thực hiện nhiệm vụ chính trị")


def test_the_subject_marks_up_what_it_names() -> None:
    document = plan_with_annotated_subject()
    root, _ = parse_page(nq.to_html(document))
    subject = root.find("h1", "document-title").find(cls="subject")
    assert subject.text() == document.subject
    assert subject.find("cite", "reference").attrs["data-notation"] == "57-NQ/TW"
    assert subject.find("time", "date-mention").attrs["datetime"] == "2024-12-22"
    assert subject.find("span", "body-mention").text() == "Bộ Chính trị"


def test_body_keeps_its_numbering(seed: Node) -> None:
    body = seed.find("section", "document-body")
    divisions = body.find_all("section", "division")
    assert [(d.attrs["data-numbering"], d.attrs["data-label"]) for d in divisions] == [
        ("roman", "I"),
        ("roman", "II"),
        ("arabic", "1"),
        ("arabic", "2"),
        ("roman", "III"),
    ]
    assert [h.text() for h in body.find_all("h2")] == [
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2023",
        "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI",
        "III. TỔ CHỨC THỰC HIỆN",
    ]
    # A division without a heading prints its number at the start of its first paragraph.
    first = next(child for child in divisions[2].children if isinstance(child, Node))
    assert first.tag == "p"
    assert first.text().startswith("1. Tiếp tục thực hiện Kết luận số 706-KL/TU")
    assert _texts(first, "marker") == ["1."]


def test_list_items_and_tables(seed: Node) -> None:
    items = seed.find("ul", "items").find_all("li")
    assert [li.text() for li in items] == [
        "- Thu ngân sách nhà nước 9 tháng đầu năm 2023 chưa đạt so với dự toán.",
        "- Chất lượng giáo dục mũi nhọn còn thấp.",
    ]
    assert [li.attrs["data-marker"] for li in items] == ["-", "-"]
    rows = seed.find("table").find_all("tr")
    assert [[td.text() for td in row.find_all("td")] for row in rows] == [
        ["Chỉ tiêu", "Kết quả"],
        ["Giải phóng mặt bằng vành đai 4", "81,75%"],
    ]


def test_references_dates_bodies_and_tasks_are_marked_up(seed: Node) -> None:
    cite = seed.find("cite", "reference")
    assert cite.text() == "Kết luận số 706-KL/TU, ngày 05/4/2023 của Ban Chấp hành Đảng bộ tỉnh"
    assert cite.attrs["data-kind"] == "KL"
    assert cite.attrs["data-notation"] == "706-KL/TU"
    assert cite.attrs["data-date"] == "2023-04-05"
    assert cite.attrs["data-issuer"] == "Ban Chấp hành Đảng bộ tỉnh"
    dates = seed.find_all("time", "date-mention")
    assert [(t.text(), t.attrs["datetime"]) for t in dates] == [
        ("ngày 06 tháng 10 năm 2023", "2023-10-06"),
        ("năm 2023", "2023-12-31"),
    ]
    task = seed.find("p", "task")
    assert json.loads(task.attrs["data-lead"] or "") == ["Văn phòng Thị ủy"]
    assert json.loads(task.attrs["data-partners"] or "") == ["các cơ quan chức năng"]
    assert task.attrs["data-report-to"] == "Ban Thường vụ Thị ủy"
    assert seed.find("span", "body-mention").text() == "Văn phòng Thị ủy"


def test_closing_has_recipients_and_signature(seed: Node) -> None:
    closing = seed.find("footer", "document-closing")
    recipients = closing.find("section", "recipients")
    assert _texts(recipients, "recipients-label") == ["Nơi nhận:"]
    assert [li.text() for li in recipients.find_all("li")] == [
        "- Thường trực Tỉnh ủy,",
        "- Đ/c Đào Quang Khải–UVBTV, PCTUBND tỉnh,",
        "- Văn phòng Tỉnh ủy,",
        "- TTTU, HĐND, UBND thị xã,",
        "- Các đồng chí TUV,",
        "- Các chi, đảng bộ trực thuộc (để thực hiện),",
        "- Lưu VT.",
    ]
    signature = closing.find("div", "signature")
    assert signature.attrs["data-authority"] == "T/M"
    assert _texts(signature, "authority") == ["T/M BAN THƯỜNG VỤ"]
    assert _texts(signature, "position") == ["PHÓ BÍ THƯ THƯỜNG TRỰC"]
    assert _texts(signature, "signer") == ["Văn Quốc Cường"]
    assert signature.find_all(cls="seal")


def test_marks_of_secrecy_urgency_draft_circulation_and_issuance() -> None:
    document = Document(
        kind=DocumentKind.CHI_THI,
        secrecy=Secrecy.TOI_MAT,
        urgency=Urgency.HOA_TOC,
        draft=True,
        circulation="Lưu hành nội bộ",
        typist="NT",
        copies=30,
        signatures=(Signature(authority=SigningAuthority.KT, on_behalf_of="BÍ THƯ", note="(Đã ký)", signer="A"),),
    )
    root, _ = parse_page(nq.to_html(document))
    assert _texts(root, "secrecy") == ["TỐI MẬT"]
    assert _texts(root, "urgency") == ["HỎA TỐC"]
    assert _texts(root, "draft") == ["DỰ THẢO"]
    assert _texts(root, "circulation") == ["Lưu hành nội bộ"]
    assert _texts(root, "issuance") == ["NT, 30 bản"]
    assert _texts(root, "seal") == ["(Đã ký)"]
    assert _texts(root, "authority") == ["K/T BÍ THƯ"]
    assert _texts(root, "kind") == ["Chỉ thị"]


@pytest.mark.parametrize(
    ("date", "printed"),
    [
        (datetime.date(2024, 2, 5), "ngày 05 tháng 02 năm 2024"),
        (datetime.date(2024, 4, 15), "ngày 15 tháng 4 năm 2024"),
        (datetime.date(2025, 12, 9), "ngày 09 tháng 12 năm 2025"),
    ],
)
def test_date_is_printed_the_vietnamese_way(date: datetime.date, printed: str) -> None:
    root, _ = parse_page(nq.to_html(Document(place="Hà Nội", date=date)))
    assert _texts(root, "place-date") == [f"Hà Nội, {printed}"]


def test_printed_date_text_is_kept_when_the_day_is_blank() -> None:
    root, _ = parse_page(nq.to_html(Document(place="Hà Nội", date_text="ngày    tháng 10 năm 2025")))
    assert _texts(root, "place-date") == ["Hà Nội, ngày    tháng 10 năm 2025"]
    assert "datetime" not in root.find("time").attrs


def test_blank_number_leaves_room_to_write_it_in() -> None:
    document = Document(notation=Notation.parse("Số    -HD/BTCTU"))
    root, _ = parse_page(nq.to_html(document))
    assert _texts(root, "notation") == ["Số \u00a0\u00a0\u00a0\u00a0-HD/BTCTU"]


def test_state_document_gets_the_national_motto() -> None:
    document = Document(system=DocumentSystem.STATE, notation=Notation.parse("Số: 1050/QĐ-SCT"))
    root, _ = parse_page(nq.to_html(document))
    assert _texts(root, "party-title") == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert _texts(root, "notation") == ["Số: 1050/QĐ-SCT"]


def test_an_empty_document_is_still_a_page() -> None:
    root, _ = parse_page(nq.to_html(Document()))
    assert _texts(root, "party-title") == ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert not root.find_all("h1")
    assert not root.find_all("footer")


def test_only_documents_render() -> None:
    with pytest.raises(TypeError, match="expects a Document, got dict"):
        nq.to_html({"subject": "x"})  # type: ignore[arg-type]


HOSTILE = "<script>alert('x')</script> & \"q\" <b>&amp;</b> &{x} &#0;"


def _hostile_document() -> Document:
    body = Organization(name=HOSTILE, parent=Organization(name=HOSTILE), code="TU")
    return Document(
        kind=DocumentKind.KET_LUAN,
        issuer=body,
        notation=Notation(number=1, kind_code="KL", issuer_code="TU"),
        place=HOSTILE,
        date_text=HOSTILE,
        title=HOSTILE,
        subject=HOSTILE,
        conference=Conference(ordinal=1, body=body, term="X"),
        preamble=(Paragraph(text=HOSTILE),),
        body=(
            Division(
                numbering=Numbering.ROMAN,
                marker="I.",
                heading=HOSTILE,
                children=(
                    Paragraph(
                        text=HOSTILE + HOSTILE + HOSTILE,
                        spans=(
                            Reference(start=0, end=len(HOSTILE), title=HOSTILE, issuer=body),
                            BodyMention(start=len(HOSTILE), end=2 * len(HOSTILE), body=body),
                            DateMention(start=2 * len(HOSTILE), end=3 * len(HOSTILE), date=datetime.date(2020, 1, 1)),
                        ),
                    ),
                    ListItem(text=HOSTILE, children=(Paragraph(text=HOSTILE),)),
                    Task(
                        text=HOSTILE,
                        lead=(body,),
                        partners=(body,),
                        report_to=body,
                        deadline=Deadline(text=HOSTILE),
                    ),
                    Table(rows=((HOSTILE, HOSTILE),)),
                ),
            ),
        ),
        signatures=(
            Signature(
                authority=SigningAuthority.TM,
                on_behalf_of=HOSTILE,
                position=HOSTILE,
                signer=HOSTILE,
                note=HOSTILE,
            ),
        ),
        recipients=(Recipient(name=HOSTILE, purpose=HOSTILE),),
        appendices=(nq.Appendix(title=HOSTILE, body=(Paragraph(text=HOSTILE),)),),
        circulation=HOSTILE,
        typist=HOSTILE,
    )


def test_every_text_is_escaped() -> None:
    page = nq.to_html(_hostile_document()).decode("utf-8")
    assert "<script" not in page
    assert "<b>" not in page
    root, _ = parse_page(page)
    assert not root.find_all("script")
    assert not root.find_all("b")
    texts = [child for node in root.iter() for child in node.children if isinstance(child, str)]
    # Each field comes back whole, as the text of its own element or around a marker.
    assert sum(text.count(HOSTILE) for text in texts) >= 28
    for cls in ("issuer-parent", "issuer-name", "kind", "subject", "heading", "authority", "position", "signer"):
        assert HOSTILE in root.find(cls=cls).text(), cls
    for attribute in ("data-issuer", "data-title"):
        assert root.find("cite").attrs[attribute] == HOSTILE
    task = root.find("p", "task")
    assert json.loads(task.attrs["data-lead"] or "") == [HOSTILE]
    assert task.attrs["data-report-to"] == HOSTILE
    assert task.attrs["data-deadline"] == HOSTILE
    assert root.find("span", "body-mention").attrs["data-body"] == HOSTILE


# Text the model accepts (NFC, XML-safe) with HTML's special characters in plenty.
_texts_strategy = st.text(
    alphabet=st.one_of(
        st.sampled_from("<>&\"'/=;# \t\nĐđẾếỦủ"),
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co")),
    ),
    min_size=1,
    max_size=40,
)


@given(subject=_texts_strategy, name=_texts_strategy.filter(str.strip), text=_texts_strategy, data=st.data())
def test_any_text_reads_back_unchanged(subject: str, name: str, text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    paragraph = Paragraph(text=text, spans=(BodyMention(start=start, end=end, body=Organization(name=name)),))
    document = Document(subject=subject, issuer=Organization(name=name), body=(paragraph,))
    root, _ = parse_page(nq.to_html(document))
    assert root.find(cls="subject").text() == document.subject
    assert root.find(cls="issuer-name").text() == document.issuer.name  # type: ignore[union-attr]
    assert root.find("section", "document-body").find("p").text() == paragraph.text
    mention = root.find("span", "body-mention")
    assert mention.text() == paragraph.text[start:end]
    assert mention.attrs["data-body"] == Organization(name=name).name


@given(documents())
def test_every_generated_document_reads_back_whole(document: Document) -> None:
    root, doctype = parse_page(nq.to_html(document))  # every element closes where it should
    assert doctype is not None
    assert not root.find_all("script")
    blocks = list(document.blocks())
    # Every annotation with the text it marks, in page order: the trích yếu comes first.
    marked = [(document.subject or "", span) for span in document.subject_spans] + [
        (block.text, span) for block in blocks if isinstance(block, Paragraph | ListItem | Task) for span in block.spans
    ]
    spans = [span for _, span in marked]
    cites = root.find_all("cite", "reference")
    assert [c.attrs.get("data-notation") for c in cites] == [
        str(s.notation) if s.notation else None for s in spans if isinstance(s, Reference)
    ]
    assert [c.text() for c in cites] == [text[s.start : s.end] for text, s in marked if isinstance(s, Reference)]
    if document.subject:
        assert root.find(cls="subject").text() == document.subject
    assert [t.attrs["datetime"] for t in root.find_all("time", "date-mention")] == [
        s.date.isoformat() for s in spans if isinstance(s, DateMention)
    ]
    assert [b.attrs["data-body"] for b in root.find_all("span", "body-mention")] == [
        s.body.name for s in spans if isinstance(s, BodyMention)
    ]
    assert len(root.find_all("section", "division")) == sum(isinstance(b, Division) for b in blocks)
    assert len(root.find_all("p", "task")) == sum(isinstance(b, Task) for b in blocks)
    paragraphs = [p.text() for p in root.find_all("p")]
    for block in blocks:
        if isinstance(block, Paragraph | Task):
            assert any(text == block.text or text.endswith(" " + block.text) for text in paragraphs), block.text
    cells = [td.text() for td in root.find_all("td")]
    assert cells == [cell for block in blocks if isinstance(block, Table) for row in block.rows for cell in row]
    assert len(root.find_all("div", "signature")) == len(document.signatures)
    recipients = root.find_all("section", "recipients")
    assert [len(r.find_all("li")) for r in recipients] == ([len(document.recipients)] if document.recipients else [])
