"""Akoma Ntoso 3.0: lossless round trip, OASIS-valid output, OASIS examples, hostile input."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import nghiquyet as nq
from _sample import plan_with_annotated_subject
from nghiquyet.formats.akn import validate_akoma_ntoso
from nghiquyet.testing import documents

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
VP = nq.Organization(name="Văn phòng Thị ủy")
TU = nq.Organization(name="THỊ ỦY THUẬN THÀNH", parent=nq.Organization(name="ĐẢNG BỘ TỈNH BẮC NINH"), code="TU")
TASK_TEXT = "Giao Văn phòng Thị ủy chủ trì, thực hiện Kết luận số 706-KL/TU, ngày 05/4/2023."


def _at(words: str) -> dict[str, int]:
    start = TASK_TEXT.index(words)
    return {"start": start, "end": start + len(words)}


def _hand_built() -> nq.Document:
    """One document touching every corner of the model the writer has to place."""
    return nq.Document(
        kind=nq.DocumentKind.KET_LUAN,
        issuer=TU,
        notation=nq.Notation.parse("Số 08-KL/TU"),
        place="Thuận Thành",
        date=datetime.date(2023, 10, 6),
        date_text="ngày 06 tháng 10 năm 2023",
        title="KẾT LUẬN",
        subject="về  tình hình\n thực hiện ",
        conference=nq.Conference(ordinal=13, body=nq.Organization(name="Ban Chấp hành Đảng bộ thị xã"), term="XXIII"),
        preamble=(
            nq.Paragraph(text="Căn cứ  Điều lệ Đảng;\t"),
            nq.Division(numbering=nq.Numbering.ROMAN, marker="I."),
        ),
        body=(
            nq.Division(
                numbering=nq.Numbering.ROMAN,
                marker="I.",
                heading="TÌNH HÌNH",
                children=(
                    nq.Paragraph(text="before"),
                    nq.Division(numbering=nq.Numbering.ARABIC, marker="1."),
                    nq.Paragraph(text="between"),
                    nq.Division(
                        numbering=nq.Numbering.ARABIC,
                        marker="2.",
                        heading="",
                        children=(
                            nq.ListItem(
                                text="- item",
                                children=(
                                    nq.ListItem(marker="+", text="nested"),
                                    nq.Division(numbering=nq.Numbering.LETTER, marker="a)"),
                                ),
                            ),
                        ),
                    ),
                    nq.Table(rows=()),
                    nq.Table(rows=((), ("a", " b ", ""))),
                ),
            ),
            nq.Task(
                text=TASK_TEXT,
                spans=(
                    nq.BodyMention(**_at("Văn phòng Thị ủy"), body=VP),
                    nq.Reference(
                        **_at("Kết luận số 706-KL/TU"),
                        kind=nq.DocumentKind.KET_LUAN,
                        notation=nq.Notation.parse("706-KL/TU"),
                        date=datetime.date(2023, 4, 5),
                        issuer=TU,
                    ),
                    nq.DateMention(**_at("ngày 05/4/2023"), date=datetime.date(2023, 4, 5)),
                ),
                lead=(VP,),
                partners=(TU, VP),
                report_to=TU,
                deadline=nq.Deadline(text="trước ngày 30/12/2025", date=datetime.date(2025, 12, 30)),
            ),
            nq.Task(text=""),
        ),
        signatures=(
            nq.Signature(
                authority=nq.SigningAuthority.TM,
                on_behalf_of="BAN THƯỜNG VỤ",
                position="PHÓ BÍ THƯ THƯỜNG TRỰC",
                signer="Văn Quốc Cường",
                note="(Đã ký)",
            ),
            nq.Signature(),
        ),
        recipients=(nq.Recipient(name="Thường trực Tỉnh ủy", purpose="để báo cáo"), nq.Recipient(name="Lưu VT")),
        appendices=(nq.Appendix(title="Phụ lục", body=(nq.Paragraph(text="x"),)), nq.Appendix()),
        secrecy=nq.Secrecy.MAT,
        urgency=nq.Urgency.KHAN,
        circulation="Lưu hành nội bộ",
        draft=True,
        copies=3,
        typist="NVA",
        warnings=(nq.ParseWarning(message="could not place a line", line=3),),
    )


# -- the round trip and the schema ------------------------------------------------------


@given(documents())
def test_every_generated_document_round_trips_and_is_valid_against_the_oasis_schema(doc: nq.Document) -> None:
    # One property for both: drawing documents costs far more than checking them.
    data = nq.to_akoma_ntoso(doc)
    assert validate_akoma_ntoso(data) == []
    assert nq.from_akoma_ntoso(data) == doc


@pytest.mark.parametrize(
    "doc",
    [
        _hand_built(),
        nq.Document(),
        nq.Document(body=(nq.Paragraph(text=""),)),
        nq.Document(date_text="ngày … tháng 10 năm 2023", notation=nq.Notation.parse("Số    -HD/BTCTU")),
        nq.Document(notation=nq.Notation.parse("Số: 1050/QĐ-SCT"), system=nq.DocumentSystem.STATE),
        plan_with_annotated_subject(),
    ],
    ids=["everything", "empty", "one-empty-paragraph", "blank-number", "state", "annotated-subject"],
)
def test_hand_built_documents_round_trip_and_validate(doc: nq.Document) -> None:
    data = nq.to_akoma_ntoso(doc)
    assert validate_akoma_ntoso(data) == []
    assert nq.from_akoma_ntoso(data) == doc
    assert nq.from_akoma_ntoso(data.decode("utf-8")) == doc


def test_the_doc_title_marks_what_the_subject_names() -> None:
    doc = plan_with_annotated_subject()
    title = etree.fromstring(nq.to_akoma_ntoso(doc)).find(f".//{AKN}preface//{AKN}docTitle")
    assert title is not None
    assert [e.tag.removeprefix(AKN) for e in title] == ["ref", "date", "organization"]
    assert [e.text for e in title] == ["Nghị quyết số 57-NQ/TW", "22/12/2024", "Bộ Chính trị"]
    assert "".join(title.itertext()) == doc.subject
    assert list(nq.from_akoma_ntoso(nq.to_akoma_ntoso(doc)).references()) == [doc.subject_spans[0]]


def test_structure_uses_akoma_ntoso_names() -> None:
    root = etree.fromstring(nq.to_akoma_ntoso(_hand_built()))
    statement = root.find(f"{AKN}statement")
    assert statement is not None
    assert statement.get("name") == "conclusion"
    this = root.find(f".//{AKN}FRBRWork/{AKN}FRBRuri")
    assert this is not None
    assert this.get("value") == "/akn/vn/statement/conclusion/TU.dang-bo-tinh-bac-ninh.thi-uy-thuan-thanh/2023-10-06/08"
    assert root.findtext(f".//{AKN}preface//{AKN}docNumber") == "08-KL/TU"
    assert root.findtext(f".//{AKN}preface//{AKN}docType") == "KẾT LUẬN"
    assert root.find(f".//{AKN}preface//{AKN}docDate").get("date") == "2023-10-06"  # type: ignore[union-attr]
    shown = {e.get("showAs") for e in root.iter(f"{AKN}TLCOrganization")}
    assert {"THỊ ỦY THUẬN THÀNH", "ĐẢNG BỘ TỈNH BẮC NINH", "Văn phòng Thị ủy", "Thường trực Tỉnh ủy"} <= shown
    assert [e.get("showAs") for e in root.iter(f"{AKN}TLCPerson")] == ["Văn Quốc Cường"]
    assert [e.get("showAs") for e in root.iter(f"{AKN}TLCRole")] == ["PHÓ BÍ THƯ THƯỜNG TRỰC"]
    main = root.find(f".//{AKN}mainBody")
    assert main is not None
    assert main[0].tag == f"{AKN}hcontainer"
    assert main[0].get("name") == "roman"
    assert main[0].findtext(f"{AKN}num") == "I."
    assert main[0].findtext(f"{AKN}heading") == "TÌNH HÌNH"
    assert [c.tag.removeprefix(AKN) for c in main[0]] == ["num", "heading", "intro", "paragraph", "hcontainer",
                                                        "paragraph", "wrapUp"]  # fmt: skip
    task = main.find(f"{AKN}p[@class='task']")
    assert task is not None
    pointed = root.find(f".//{AKN}otherAnalysis/{{urn:nghiquyet:akn:1}}tasks/{{urn:nghiquyet:akn:1}}task")
    assert pointed is not None
    assert pointed.get("href") == "#" + task.get("eId", "")
    assert [e.tag.removeprefix(AKN) for e in task] == ["organization", "ref", "date"]
    conclusions = root.find(f".//{AKN}conclusions")
    assert conclusions is not None
    assert len(list(conclusions.iter(f"{AKN}signature"))) == 2


@pytest.mark.parametrize(
    ("kind", "name"),
    [(nq.DocumentKind.NGHI_QUYET, "resolution"), (nq.DocumentKind.CHI_THI, "directive"),
     (nq.DocumentKind.QUY_DINH, "regulation"), (nq.DocumentKind.HUONG_DAN, "guidance"), (None, "document")],
)  # fmt: skip
def test_statement_name_by_kind(kind: nq.DocumentKind | None, name: str) -> None:
    root = etree.fromstring(nq.to_akoma_ntoso(nq.Document(kind=kind)))
    assert root[0].get("name") == name
    assert root.find(f".//{AKN}FRBRWork/{AKN}FRBRuri").get("value") == f"/akn/vn/statement/{name}/unknown/undated/nn"  # type: ignore[union-attr]


def test_every_kind_has_its_own_statement_name() -> None:
    names = {etree.fromstring(nq.to_akoma_ntoso(nq.Document(kind=k)))[0].get("name") for k in nq.DocumentKind}
    assert len(names) == len(nq.DocumentKind)


def test_validation_reports_line_of_a_fault() -> None:
    data = nq.to_akoma_ntoso(nq.Document())
    line = data[: data.index(b"<mainBody>")].count(b"\n") + 1
    faults = validate_akoma_ntoso(data.replace(b"<mainBody>", b"<mainBody><bogus/>"))
    assert len(faults) == 1
    assert faults[0].line == line
    assert "bogus" in faults[0].message


def test_validation_of_malformed_input_is_one_fault_not_an_exception() -> None:
    faults = validate_akoma_ntoso(b"<akomaNtoso")
    assert len(faults) == 1
    assert faults[0].line == 1


def test_only_documents_can_be_written() -> None:
    with pytest.raises(TypeError, match="expects a Document"):
        nq.to_akoma_ntoso({"kind": "KL"})  # type: ignore[arg-type]


# -- other people's Akoma Ntoso -----------------------------------------------------------


def _examples(shared_dir: Path) -> list[Path]:
    found = sorted((shared_dir / "schemas" / "akomantoso" / "examples").glob("*.xml"))
    assert len(found) == 4
    return found


def test_oasis_examples_load_with_warnings_for_what_does_not_map(shared_dir: Path) -> None:
    for path in _examples(shared_dir):
        doc = nq.from_akoma_ntoso(path.read_bytes())
        assert doc.kind is None
        assert any("no Party document kind" in w.message for w in doc.warnings), path.name
        assert doc.body or doc.appendices, path.name


def test_oasis_examples_keep_what_maps(shared_dir: Path) -> None:
    examples = {path.name: nq.from_akoma_ntoso(path.read_bytes()) for path in _examples(shared_dir)}
    act = examples["us_Act_2011-11-29.xml"]
    assert act.date == datetime.date(2011, 11, 29)
    assert act.subject is not None
    assert "America's Cup" in act.subject
    bill = examples["za_bill_2006-12-23.xml"]
    assert [d.marker for d in bill.body if isinstance(d, nq.Division)] == ["1.", "2."]
    collection = examples["uy_bill_2010-09-27.xml"]
    assert len(collection.signatures) == 100
    assert collection.signatures[0].signer == "ROQUE ARREGUI"


def test_exported_examples_are_valid_again(shared_dir: Path) -> None:
    for path in _examples(shared_dir):
        assert validate_akoma_ntoso(nq.to_akoma_ntoso(nq.from_akoma_ntoso(path.read_bytes()))) == [], path.name


def test_shipped_schema_is_the_oasis_one(shared_dir: Path) -> None:
    from importlib import resources

    shipped = resources.files("nghiquyet.formats") / "schemas" / "akomantoso"
    for name in ("akomantoso30.xsd", "xml.xsd"):
        assert shipped.joinpath(name).read_bytes() == (shared_dir / "schemas" / "akomantoso" / name).read_bytes()
    assert "cc-by 4.0" in shipped.joinpath("NOTICE.md").read_text(encoding="utf-8").lower()


# -- hostile input ------------------------------------------------------------------------

HOSTILE = {
    "xxe": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&x;</akomaNtoso>',
    "billion-laughs": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY l "lol"><!ENTITY l2 "&l;&l;&l;&l;&l;&l;">'
    b'<!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;">]><akomaNtoso>&l3;</akomaNtoso>',
    "doctype": b'<!DOCTYPE akomaNtoso><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>',
    "deep": b"<akomaNtoso>" + b"<p>" * 5000 + b"</p>" * 5000 + b"</akomaNtoso>",
    "truncated": b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement',
    "wrong-root": b"<html><body/></html>",
    "wrong-namespace": b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17"/>',
    "no-document": b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>',
}


@pytest.mark.parametrize("data", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_is_refused_with_a_position(data: bytes) -> None:
    with pytest.raises(nq.FormatError) as caught:
        nq.from_akoma_ntoso(data)
    assert caught.value.line is not None
    assert "root:" not in str(caught.value)  # nothing of /etc/passwd


@pytest.mark.parametrize("name", ["deep", "truncated"])
def test_syntax_faults_name_line_and_column(name: str) -> None:
    with pytest.raises(nq.FormatError) as caught:
        nq.from_akoma_ntoso(HOSTILE[name])
    assert caught.value.line is not None
    assert caught.value.column is not None


def test_our_own_markup_damaged_by_hand_names_the_line() -> None:
    data = nq.to_akoma_ntoso(nq.Document(copies=3)).replace(b'copies="3"', b'copies="three"')
    with pytest.raises(nq.FormatError) as caught:
        nq.from_akoma_ntoso(data)
    assert caught.value.line == data[: data.index(b"copies=")].count(b"\n") + 1
    assert "copies" in str(caught.value)


@pytest.mark.parametrize("value", [None, 12, ["<akomaNtoso/>"]])
def test_non_text_input_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="expected bytes or str"):
        nq.from_akoma_ntoso(value)  # type: ignore[arg-type]


# -- damaged input: the library's own errors only ------------------------------------------

_GARBAGE = st.sampled_from(["", "zz", "#nope", "0", "-1", "2014-02-30", "T/M", "roman", "²"])


@given(st.data())
def test_damaged_output_is_read_or_refused_with_a_library_error(data: st.DataObject) -> None:
    root = etree.fromstring(nq.to_akoma_ntoso(_hand_built()))
    elements = list(root.iter())
    for _ in range(data.draw(st.integers(1, 4))):
        element = elements[data.draw(st.integers(0, len(elements) - 1))]
        action = data.draw(st.sampled_from(["remove", "attribute", "text"]))
        if action == "remove" and element.getparent() is not None:
            element.getparent().remove(element)  # type: ignore[union-attr]
        elif action == "attribute" and element.attrib:
            element.set(data.draw(st.sampled_from(sorted(element.attrib))), data.draw(_GARBAGE))
        elif action == "text":
            element.text = data.draw(_GARBAGE)
    outcome: object
    try:
        outcome = nq.from_akoma_ntoso(etree.tostring(root))
    except nq.NghiquyetError as error:  # refused is fine; anything but the library's errors fails the test
        outcome = error
    assert isinstance(outcome, nq.Document | nq.NghiquyetError)


FOREIGN = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="act">
    <meta><identification source="#x"><FRBRWork><FRBRthis value="/a"/><FRBRuri value="/a"/>
      <FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#x"/><FRBRcountry value="vn"/></FRBRWork>
      <FRBRExpression><FRBRthis value="/a"/><FRBRuri value="/a"/><FRBRdate date="2020-01-01" name="x"/>
      <FRBRauthor href="#x"/><FRBRlanguage language="vie"/></FRBRExpression><FRBRManifestation>
      <FRBRthis value="/a"/><FRBRuri value="/a"/><FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#x"/>
      </FRBRManifestation></identification>
      <references source="#x"><TLCOrganization eId="vp" href="/o/vp" showAs="Văn phòng"/></references></meta>
    <preface><p><docNumber>Số 12-NQ/TU</docNumber> <docTitle>về
        công tác   cán bộ</docTitle></p></preface>
    <body>
      <section><num>Sec. 1.</num><heading>Scope</heading><content><p>See
          <ref href="/x">Act
            5</ref>  of  <organization refersTo="#vp">the
          office</organization>, <date date="2020-01-02T10:00:00">2 January</date>.</p></content></section>
      <article><num>Điều 2.</num><content><p>Text</p></content></article>
    </body>
  </act>
</akomaNtoso>"""


def test_other_akoma_ntoso_collapses_layout_whitespace_and_moves_spans_with_it() -> None:
    doc = nq.from_akoma_ntoso(FOREIGN)
    assert doc.notation == nq.Notation.parse("12-NQ/TU")
    assert doc.subject == "về công tác cán bộ"
    first, second = doc.body[:2], doc.body[2]
    assert first[0] == nq.Paragraph(text="Sec. 1. Scope")  # a number Party numbering does not know
    paragraph = first[1]
    assert isinstance(paragraph, nq.Paragraph)
    assert paragraph.text == "See Act 5 of the office, 2 January."
    assert [paragraph.text[s.start : s.end] for s in paragraph.spans] == ["Act 5", "the office", "2 January"]
    assert paragraph.spans[1] == nq.BodyMention(start=13, end=23, body=nq.Organization(name="Văn phòng"))
    assert paragraph.spans[2] == nq.DateMention(start=25, end=34, date=datetime.date(2020, 1, 2))
    assert second == nq.Division(
        numbering=nq.Numbering.ARTICLE, marker="Điều 2.", children=(nq.Paragraph(text="Text"),)
    )


def test_other_akoma_ntoso_keeps_recipients_listed_as_printed() -> None:
    # As in ../shared/schemas/akomantoso/illustrative/: nơi nhận as a list of printed lines.
    conclusions = """<conclusions><blockContainer class="recipients"><p>Nơi nhận:</p><blockList>
      <item><p>- <organization refersTo="#vp">Văn phòng</organization> (để báo cáo),</p></item>
      <item><p>- Các chi bộ trực thuộc,</p></item>
      <item><p>- Lưu Văn phòng.</p></item></blockList></blockContainer></conclusions>"""
    foreign = FOREIGN.replace("</body>", "</body>" + conclusions)
    assert validate_akoma_ntoso(foreign) == []
    assert nq.from_akoma_ntoso(foreign).recipients == (
        nq.Recipient(name="Văn phòng", purpose="để báo cáo"),
        nq.Recipient(name="Các chi bộ trực thuộc"),
        nq.Recipient(name="Lưu Văn phòng"),
    )


def test_other_akoma_ntoso_reads_the_authority_mark_of_a_signing_role() -> None:
    # As in ../shared/schemas/akomantoso/illustrative/: the whole signing line in one role.
    conclusions = """<conclusions><container name="signature"><p><signature>
      <role refersTo="#onBehalfOf">T/M BAN THƯỜNG VỤ</role> <role refersTo="#position">BÍ THƯ</role>
      <person refersTo="#signer" as="#position">Nguyễn Văn A</person></signature></p></container></conclusions>"""
    foreign = FOREIGN.replace("</body>", "</body>" + conclusions)
    assert validate_akoma_ntoso(foreign) == []
    assert nq.from_akoma_ntoso(foreign).signatures == (
        nq.Signature(
            authority=nq.SigningAuthority.TM, on_behalf_of="BAN THƯỜNG VỤ", position="BÍ THƯ", signer="Nguyễn Văn A"
        ),
    )


def test_oasis_examples_are_valid_for_the_shipped_schema(shared_dir: Path) -> None:
    for path in _examples(shared_dir):
        assert validate_akoma_ntoso(path.read_bytes()) == [], path.name


@pytest.mark.parametrize("container", ["division", "list-item", "mixed"])
def test_the_deepest_nesting_the_model_allows_round_trips(container: str) -> None:
    from nghiquyet.model.blocks import MAX_DEPTH

    block: nq.Block = nq.Paragraph(text="đáy")
    for level in range(MAX_DEPTH):
        as_division = container == "division" or (container == "mixed" and level % 2 == 0)
        if as_division:
            block = nq.Division(numbering=nq.Numbering.ARABIC, marker=f"{level + 1}.", children=(block,))
        else:
            block = nq.ListItem(text=str(level), children=(block,))
    doc = nq.Document(preamble=(block,), body=(block,))
    data = nq.to_akoma_ntoso(doc)
    assert validate_akoma_ntoso(data) == []
    assert nq.from_akoma_ntoso(data) == doc
