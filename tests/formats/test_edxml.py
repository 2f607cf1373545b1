"""edXML header (QCVN 102:2016): round trip of what the header carries, real samples, hostile input."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from lxml import etree

import nghiquyet as nq
from nghiquyet.testing import documents

NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
E = "{" + NS + "}"
AUTHORITY_CODES = [a.code for a in nq.SigningAuthority]


def _header_can_say(doc: nq.Document) -> bool:
    """The documented limits of a one-line-per-field header (see the edxml module docstring)."""
    for recipient in doc.recipients:
        if recipient.purpose is None and re.fullmatch(r"(.*) \(([^()]*)\)", recipient.name, re.DOTALL):
            return False
        if recipient.purpose is not None and ("(" in recipient.purpose or ")" in recipient.purpose):
            return False
    for signature in doc.signatures:
        competence = signature.on_behalf_of or ""
        if signature.authority is None and any(
            competence == code or competence.startswith(code + " ") for code in AUTHORITY_CODES
        ):
            return False
    notation = doc.notation
    if notation is not None:
        if notation.system is nq.DocumentSystem.STATE and notation.kind_code is None and "-" in notation.issuer_code:
            return False
        if notation.width and notation.number is not None and notation.width <= len(str(notation.number)):
            return False
    return True


@given(documents())
def test_round_trip_keeps_what_the_header_carries(doc: nq.Document) -> None:
    assume(_header_can_say(doc))
    back = nq.from_edxml(nq.to_edxml(doc))
    assert back.notation == doc.notation
    assert back.date == doc.date
    assert back.place == doc.place
    assert back.subject == doc.subject
    assert back.kind == doc.kind
    assert back.signatures == tuple(attrs.evolve(s, note=None) for s in doc.signatures)
    assert back.recipients == doc.recipients
    assert back.urgency == doc.urgency
    assert back.typist == doc.typist
    assert back.copies == doc.copies
    assert (back.issuer is None) == (doc.issuer is None)
    if doc.issuer is not None and back.issuer is not None:
        assert back.issuer.name == doc.issuer.name
    assert back.warnings == ()


def test_hand_built_header() -> None:
    doc = nq.Document(
        kind=nq.DocumentKind.KET_LUAN,
        issuer=nq.Organization(
            name="THỊ ỦY THUẬN THÀNH", parent=nq.Organization(name="ĐẢNG BỘ TỈNH BẮC NINH"), code="TU"
        ),
        notation=nq.Notation.parse("Số 08-KL/TU"),
        place="Thuận Thành",
        date=datetime.date(2023, 10, 6),
        subject="về tình hình thực hiện nhiệm vụ",
        body=(nq.Task(text="Giao …", deadline=nq.Deadline(text="trước 30/12/2025", date=datetime.date(2025, 12, 30))),),
        signatures=(nq.Signature(authority=nq.SigningAuthority.TM, on_behalf_of="BAN THƯỜNG VỤ", position="BÍ THƯ",
                                 signer="Nguyễn Văn A"),),
        recipients=(nq.Recipient(name="Thường trực Tỉnh ủy", purpose="để báo cáo"), nq.Recipient(name="Lưu VT")),
        urgency=nq.Urgency.THUONG_KHAN,
    )  # fmt: skip
    data = nq.to_edxml(doc)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<edXML xmlns=\"" + NS.encode() + b'">')
    assert b"<edXML:edXMLEnvelope xmlns:edXML=" in data
    assert b"<edXML:CodeNumber>08</edXML:CodeNumber>" in data
    root = etree.fromstring(data)
    header = root.find(f"{E}edXMLEnvelope/{E}edXMLHeader/{E}MessageHeader")
    assert header is not None
    assert header.findtext(f"{E}Code/{E}CodeNotation") == "KL/TU"
    assert header.findtext(f"{E}PromulgationInfo/{E}PromulgationDate") == "2023/10/06"
    assert header.findtext(f"{E}DocumentType/{E}TypeName") == "Kết luận"
    assert header.findtext(f"{E}SignerInfo/{E}Competence") == "T/M BAN THƯỜNG VỤ"
    assert header.findtext(f"{E}DueDate") == "2025/12/30"
    assert header.findtext(f"{E}SteeringType") == "1"
    assert header.findtext(f"{E}OtherInfo/{E}Priority") == "2"
    assert header.findtext(f"{E}From/{E}OrganizationInCharge") == "ĐẢNG BỘ TỈNH BẮC NINH"
    assert [p.text for p in header.iterfind(f"{E}ToPlaces/{E}Place")] == ["Thường trực Tỉnh ủy (để báo cáo)", "Lưu VT"]
    back = nq.from_edxml(data)
    assert back.issuer == nq.Organization(
        name="THỊ ỦY THUẬN THÀNH", parent=nq.Organization(name="ĐẢNG BỘ TỈNH BẮC NINH")
    )
    assert back.body == ()  # the header never carries the body


def test_state_notation_with_year() -> None:
    doc = nq.Document(notation=nq.Notation.parse("Số: 11/2026/QĐ-UBND"))
    data = nq.to_edxml(doc)
    assert "<edXML:CodeNotation>2026/QĐ-UBND</edXML:CodeNotation>" in data.decode("utf-8")
    back = nq.from_edxml(data)
    assert back.notation == doc.notation
    assert back.system is nq.DocumentSystem.STATE


def _header(fields: str) -> bytes:
    return (
        f'<edXML xmlns="{NS}"><edXML:edXMLEnvelope xmlns:edXML="{NS}"><edXML:edXMLHeader>'
        f"<edXML:MessageHeader>{fields}</edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML>"
    ).encode()


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ("<edXML:PromulgationInfo><edXML:PromulgationDate>2014/02/30</edXML:PromulgationDate>"
         "</edXML:PromulgationInfo>", "PromulgationDate", "not a date"),
        ("<edXML:Code><edXML:CodeNumber>74fass22</edXML:CodeNumber><edXML:CodeNotation>VPCP-TTĐT</edXML:CodeNotation>"
         "</edXML:Code>", "CodeNumber", "not a number"),
        ("<edXML:Code><edXML:CodeNumber>12234555512</edXML:CodeNumber><edXML:CodeNotation>KL/TU</edXML:CodeNotation>"
         "</edXML:Code>", "Code", "not a notation"),
        ("<edXML:DocumentType><edXML:TypeName>Thư mời</edXML:TypeName></edXML:DocumentType>", "TypeName", "kind"),
        ("<edXML:OtherInfo><edXML:Priority>9</edXML:Priority></edXML:OtherInfo>", "Priority", "priority"),
        ("<edXML:OtherInfo><edXML:PromulgationAmount>hai</edXML:PromulgationAmount></edXML:OtherInfo>",
         "PromulgationAmount", "copies"),
    ],
)  # fmt: skip
def test_real_world_faults_become_warnings(fields: str, field: str, says: str) -> None:
    doc = nq.from_edxml(_header(fields))
    assert len(doc.warnings) == 1
    assert field in doc.warnings[0].message
    assert says in doc.warnings[0].message
    assert doc.warnings[0].line == 1


@pytest.mark.parametrize("field", ["CodeNumber", "PromulgationAmount"])
def test_more_digits_than_int_takes_is_a_warning(field: str) -> None:
    # Python's int() refuses more than 4300 digits: that must be a warning, not a ValueError.
    digits = "9" * 5000
    fields = {
        "CodeNumber": f"<edXML:Code><edXML:CodeNumber>{digits}</edXML:CodeNumber>"
        "<edXML:CodeNotation>KL/TU</edXML:CodeNotation></edXML:Code>",
        "PromulgationAmount": f"<edXML:OtherInfo><edXML:PromulgationAmount>{digits}</edXML:PromulgationAmount>"
        "</edXML:OtherInfo>",
    }[field]
    doc = nq.from_edxml(_header(fields))
    assert (doc.notation, doc.copies) == (None, None)
    assert [w.line for w in doc.warnings] == [1]
    assert len(doc.warnings[0].message) < 200


# -- the VPCP SDK samples -----------------------------------------------------------------


def _samples(shared_dir: Path, pattern: str) -> list[Path]:
    found = sorted((shared_dir / "schemas" / "edxml" / "vpcp-sdk-samples").glob(pattern))
    assert found
    return found


def test_vpcp_document_samples_load(shared_dir: Path) -> None:
    loaded = {p.name: nq.from_edxml(p.read_bytes()) for p in _samples(shared_dir, "edoc_*.xml")
              if p.name != "edoc_vpcp_test.xml"}  # fmt: skip
    assert len(loaded) == 4
    for doc in loaded.values():
        assert doc.kind is nq.DocumentKind.CONG_VAN
        assert doc.subject == "V/v kết nối, liên thông phần mềm quản lý văn bản"
        assert doc.place == "Hà Nội"
        assert doc.signatures[0].authority is nq.SigningAuthority.STATE_TL
        assert doc.signatures[0].signer == "Nguyen Thanh Phuc"
        assert [r.name for r in doc.recipients] == ["Cac bo va co quan ngang bo", "Uy ban nhan dan cac tinh, TP"]
    new = loaded["edoc_new.xml"]
    assert new.notation is None
    assert new.date == datetime.date(2019, 1, 16)
    assert any("74fass22" in w.message for w in new.warnings)
    update = loaded["edoc_update.xml"]
    assert update.notation is not None
    assert update.notation.number == 7816
    assert [w.line for w in update.warnings] == [90, 91]
    assert "updates" in update.warnings[0].message
    assert "'2014/02/30'" in update.warnings[1].message
    assert any("'2014/02/30'" in w.message for w in new.warnings)
    assert ["replaces" in w.message for w in loaded["edoc_replacement.xml"].warnings] == [True]
    assert ["revokes" in w.message for w in loaded["edoc_revocation.xml"].warnings] == [True]


def test_the_malformed_sample_is_a_format_error_with_position(shared_dir: Path) -> None:
    (path,) = _samples(shared_dir, "edoc_vpcp_test.xml")
    with pytest.raises(nq.FormatError) as caught:
        nq.from_edxml(path.read_bytes())
    assert caught.value.line is not None
    assert caught.value.column is not None
    assert "xlink" in caught.value.message


def test_status_messages_are_not_documents(shared_dir: Path) -> None:
    paths = _samples(shared_dir, "status*.xml")
    assert len(paths) == 10
    for path in paths:
        with pytest.raises(nq.FormatError, match="status message") as caught:
            nq.from_edxml(path.read_bytes())
        assert caught.value.line is not None


# -- hostile input ------------------------------------------------------------------------

HOSTILE = {
    "xxe": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&x;</edXML>',
    "billion-laughs": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY l "lol"><!ENTITY l2 "&l;&l;&l;&l;&l;&l;">'
    b'<!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;">]><edXML>&l3;</edXML>',
    "doctype": b'<!DOCTYPE edXML><edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"/>',
    "deep": b"<edXML>" + b"<a>" * 5000 + b"</a>" * 5000 + b"</edXML>",
    "truncated": b'<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML',
    "wrong-root": b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>',
    "wrong-namespace": b'<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2015"/>',
    "no-header": b'<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"/>',
}


@pytest.mark.parametrize("data", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_is_refused_with_a_position(data: bytes) -> None:
    with pytest.raises(nq.FormatError) as caught:
        nq.from_edxml(data)
    assert caught.value.line is not None
    assert "root:" not in str(caught.value)


def test_only_documents_can_be_written() -> None:
    with pytest.raises(TypeError, match="expects a Document"):
        nq.to_edxml("<edXML/>")  # type: ignore[arg-type]


_GARBAGE = st.sampled_from(["", "zz", "²", "0", "-1", "2014/02/30", "T/M", "x (y)", "12345678", "2026/QĐ-UBND"])


@given(st.data())
def test_damaged_headers_are_read_or_refused_with_a_library_error(data: st.DataObject) -> None:
    doc = nq.Document(
        kind=nq.DocumentKind.CHI_THI,
        issuer=nq.Organization(name="TỈNH ỦY", parent=nq.Organization(name="ĐẢNG BỘ TỈNH")),
        notation=nq.Notation.parse("05-CT/TU"),
        date=datetime.date(2024, 2, 29),
        place="Bắc Ninh",
        subject="về …",
        signatures=(nq.Signature(authority=nq.SigningAuthority.TM, signer="A"),),
        recipients=(nq.Recipient(name="B", purpose="để biết"),),
        copies=2,
        urgency=nq.Urgency.KHAN,
    )
    root = etree.fromstring(nq.to_edxml(doc))
    elements = list(root.iter())
    for _ in range(data.draw(st.integers(1, 4))):
        element = elements[data.draw(st.integers(0, len(elements) - 1))]
        if data.draw(st.booleans()) and element.getparent() is not None:
            element.getparent().remove(element)  # type: ignore[union-attr]
        elif not len(element):
            element.text = data.draw(_GARBAGE)
    outcome: object
    try:
        outcome = nq.from_edxml(etree.tostring(root))
    except nq.NghiquyetError as error:  # refused is fine; anything but the library's errors fails the test
        outcome = error
    assert isinstance(outcome, nq.Document | nq.NghiquyetError)
