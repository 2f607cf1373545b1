"""Native XML: lossless both ways, valid against the shipped XSD, readable by people."""

from __future__ import annotations

import datetime
import itertools
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import nghiquyet as nq
from _sample import full_document, plan_with_annotated_subject
from nghiquyet.formats.xml import NAMESPACE, xml_schema
from nghiquyet.testing import documents, texts

FIXTURES = Path(__file__).parent / "fixtures"
XSD = Path(nq.__file__).parent / "formats" / "schemas" / "nghiquyet-1.xsd"


def _schema_valid(xml: bytes) -> bool:
    return bool(xml_schema().validate(etree.fromstring(xml)))


def _c14n(xml: bytes) -> str:
    return etree.canonicalize(xml.decode("utf-8"), with_comments=False)


# Round trips ---------------------------------------------------------------------------


# One property for these facts, because drawing a whole document is the slow part.
@given(documents())
def test_every_document_survives_xml_valid_and_in_real_characters(doc: nq.Document) -> None:
    xml = nq.to_xml(doc)
    assert nq.from_xml(xml) == doc
    assert _schema_valid(xml), xml_schema().error_log
    # validate() sees a well-formed, schema-valid document of our format (domain findings aside).
    report = nq.validate(xml, today=datetime.date(2100, 1, 1))
    assert report.format == "nghiquyet-xml/1"
    assert not {p.rule for p in report.problems} & {"xsd", "model", "xml-syntax", "format-unknown"}
    assert xml.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<Document")
    # Only what XML cannot carry literally is escaped: CR in text; TAB, LF, CR in attributes.
    assert set(re.findall(rb"&#x?([0-9A-Fa-f]+);", xml)) <= {b"9", b"10", b"13"}
    if doc.subject is not None:
        # Each run of the trích yếu between annotation boundaries is written as it reads.
        cuts = sorted({0, len(doc.subject)} | {o for s in doc.subject_spans for o in (s.start, s.end)})
        for start, end in itertools.pairwise(cuts):
            run = doc.subject[start:end]
            escaped = run.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
            assert escaped.encode("utf-8") in xml


WHITESPACE = st.text(st.sampled_from(" \t\n\r\u00a0x"), max_size=12)


@given(WHITESPACE, WHITESPACE, texts())
def test_whitespace_in_text_is_kept_exactly(before: str, after: str, middle: str) -> None:
    text = before + middle + after
    start, end = len(before), len(before) + len(middle)
    doc = nq.Document(
        subject=text,
        body=(
            nq.Paragraph(text=text, spans=(nq.DateMention(start=start, end=end, date=datetime.date(2023, 1, 1)),)),
            nq.ListItem(text=text, children=(nq.Paragraph(text=after),)),
            nq.Table(rows=((text, before), (after,))),
        ),
    )
    assert nq.from_xml(nq.to_xml(doc)) == doc


def test_text_made_of_one_annotation_gets_no_indentation() -> None:
    # A paragraph whose whole text is one span has element-only content in the tree;
    # indenting it would add text.
    doc = nq.Document(
        body=(
            nq.Paragraph(text="01/01/2023", spans=(nq.DateMention(start=0, end=10, date=datetime.date(2023, 1, 1)),)),
        )
    )
    xml = nq.to_xml(doc)
    assert b'<Paragraph><DateMention date="2023-01-01">01/01/2023</DateMention></Paragraph>' in xml
    assert nq.from_xml(xml) == doc


def test_a_hand_built_document_using_every_field_survives() -> None:
    doc = full_document()
    assert nq.from_xml(nq.to_xml(doc)) == doc
    assert nq.from_xml(nq.to_xml(doc).decode("utf-8")) == doc


def test_text_written_decomposed_is_read_as_the_nfc_the_model_stores() -> None:
    # Real files mix NFD and NFC: every text the reader takes (markers, headings, running
    # text around inline annotations, organ names) comes out NFC, with span offsets in NFC.
    sent = datetime.date(2024, 3, 5)
    text = "Giao Văn phòng Thị ủy theo dõi từ ngày 05/3/2024."
    date_at = text.index("ngày")
    task = nq.Task(
        text=text,
        spans=(nq.DateMention(start=date_at, end=len(text) - 1, date=sent),),
        lead=(nq.Organization(name="Văn phòng Thị ủy"),),
    )
    article = nq.Division(
        numbering=nq.Numbering.ARTICLE, marker="Điều 1.", heading="Tổ chức thực hiện", children=(task,)
    )
    doc = nq.Document(kind=nq.DocumentKind.KET_LUAN, subject="Về việc triển khai", place="Thuận Thành", body=(article,))
    xml = nq.to_xml(doc)
    decomposed = unicodedata.normalize("NFD", xml.decode("utf-8")).encode("utf-8")
    assert decomposed != xml
    assert nq.from_xml(decomposed) == doc


def test_the_header_speaks_the_archival_vocabulary() -> None:
    root = etree.fromstring(nq.to_xml(full_document()))
    ns = {"n": NAMESPACE}
    assert root.findtext("n:Header/n:Code/n:CodeNumber", namespaces=ns) == "08"
    assert "".join(root.find("n:Header/n:Code/n:CodeNotation", ns).itertext()) == "KL/TU"
    assert root.findtext("n:Header/n:Organ/n:OrganName", namespaces=ns) == "THỊ ỦY THUẬN THÀNH"
    assert root.findtext("n:Header/n:PromulgationInfo/n:PromulgationDate", namespaces=ns) == "2023-10-06"
    assert root.findtext("n:Closing/n:SignerInfo/n:FullName", namespaces=ns) == "Văn Quốc Cường"
    assert root.findtext("n:Closing/n:SignerInfo/n:Position", namespaces=ns) == "PHÓ BÍ THƯ"


def test_the_subject_carries_its_annotations_inline() -> None:
    doc = plan_with_annotated_subject()
    xml = nq.to_xml(doc)
    assert _schema_valid(xml), xml_schema().error_log
    subject = etree.fromstring(xml).find(f"{{{NAMESPACE}}}Header/{{{NAMESPACE}}}Subject")
    assert subject is not None
    assert [etree.QName(e).localname for e in subject] == ["Reference", "DateMention", "OrganMention"]
    assert [e.text for e in subject] == ["Nghị quyết số 57-NQ/TW", "22/12/2024", "Bộ Chính trị"]
    assert "".join(subject.itertext()) == doc.subject
    assert nq.from_xml(xml) == doc


def test_the_seed_example_survives() -> None:
    seed = Path(__file__).parents[2] / "examples" / "ket-luan-13.json"
    doc = nq.from_json(seed.read_bytes())
    xml = nq.to_xml(doc)
    assert _schema_valid(xml)
    assert nq.from_xml(xml) == doc


# Hand-written fixtures -----------------------------------------------------------------

FIXTURE_FILES = sorted(FIXTURES.glob("*.xml"))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_fixture_is_written_back_unchanged(path: Path) -> None:
    xml = path.read_bytes()
    assert _schema_valid(xml)
    assert _c14n(nq.to_xml(nq.from_xml(xml))) == _c14n(xml)


def test_the_fixtures_use_every_element_of_the_xsd() -> None:
    declared = set(re.findall(r'<xs:element name="(\w+)"', XSD.read_text(encoding="utf-8")))
    used = {etree.QName(e).localname for p in FIXTURE_FILES for e in etree.parse(str(p)).iter(etree.Element)}
    assert declared - used == set()
    assert len(declared) > 50


def test_the_xsd_ships_inside_the_package() -> None:
    assert xml_schema() is xml_schema()
    assert XSD.is_file()


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "UTF-16"])
@pytest.mark.parametrize("read", [nq.from_xml, nq.from_akoma_ntoso, nq.from_edxml])
def test_xml_already_decoded_to_str_is_not_decoded_again(read: Callable[[str], nq.Document], encoding: str) -> None:
    # A str was decoded once, by whoever read the file; its declaration no longer applies.
    document = nq.Document(subject="về công tác cán bộ, Đảng viên")
    write = {nq.from_xml: nq.to_xml, nq.from_akoma_ntoso: nq.to_akoma_ntoso, nq.from_edxml: nq.to_edxml}[read]
    text = write(document).decode("utf-8").replace("encoding='UTF-8'", f"encoding='{encoding}'", 1)
    assert f"encoding='{encoding}'" in text
    assert read(text).subject == document.subject


def test_comments_and_processing_instructions_are_not_text() -> None:
    doc = full_document()
    xml = nq.to_xml(doc).decode("utf-8")
    noisy = xml.replace("Thực hiện ", "Thực <!-- ghi chú -->hiện <?page 2?>")
    noisy = noisy.replace("<Header>", "<Header><!-- tiêu đề -->")
    assert noisy.count("<!--") == 2
    assert nq.from_xml(noisy) == doc


def test_notation_codes_take_every_word_character() -> None:
    # Python's \w (the model's) counts "_" as a word character; XSD's \w does not.
    notation = nq.Notation(number=7, kind_code="K_L", issuer_code="T_U-Đ2")
    doc = nq.Document(notation=notation, kind=nq.DocumentKind.KET_LUAN)
    xml = nq.to_xml(doc)
    assert _schema_valid(xml)
    assert nq.from_xml(xml) == doc
