import pytest
from hypothesis import given

import nghiquyet as nq
from nghiquyet import DocumentError, DocumentKind, DocumentSystem, Notation
from nghiquyet.testing import notations


@given(notations())
def test_a_printed_notation_reads_back_in_full(notation: Notation) -> None:
    printed = str(notation)
    assert Notation.parse(printed) == notation
    assert Notation.parse(f"Số {printed}") == notation


@given(notations())
def test_the_printed_number_and_code_make_the_notation(notation: Notation) -> None:
    assert str(notation) == notation.number_text + notation.separator + notation.code
    assert notation.number_text == ("" if notation.number is None else f"{notation.number:0{notation.width}d}")
    assert notation.issuer_code in notation.code


@pytest.mark.parametrize(
    ("printed", "canonical", "number"),
    [
        ("Số 706-KL/TU", "706-KL/TU", 706),
        ("Số 34 -NQ/TU", "34-NQ/TU", 34),
        ("Số    -HD/BTCTU", "-HD/BTCTU", None),
        ("08 –HD/BTCTU", "08-HD/BTCTU", 8),
        ("Sô 12- HD/BTCTW", "12-HD/BTCTW", 12),
        ("05-QC/BTCTU-BDVTU", "05-QC/BTCTU-BDVTU", 5),
        ("3260-KH/ĐĐQH15", "3260-KH/ĐĐQH15", 3260),
        ("11-QĐi/TW", "11-QĐi/TW", 11),
    ],
)
def test_party_notations_are_read_as_printed(printed: str, canonical: str, number: int | None) -> None:
    notation = Notation.parse(printed)
    assert str(notation) == canonical
    assert notation.number == number
    assert notation.system is DocumentSystem.PARTY


@pytest.mark.parametrize(
    ("printed", "canonical", "kind", "issuer", "year"),
    [
        ("Số: 1050/QĐ-SCT", "1050/QĐ-SCT", "QĐ", "SCT", None),
        ("11/2026/QĐ-UBND", "11/2026/QĐ-UBND", "QĐ", "UBND", 2026),
        ("29/2018/QH14", "29/2018/QH14", None, "QH14", 2018),
        ("04/TTr-BKHCN-BTTTT", "04/TTr-BKHCN-BTTTT", "TTr", "BKHCN-BTTTT", None),
    ],
)
def test_state_notations_are_recognised(
    printed: str, canonical: str, kind: str | None, issuer: str, year: int | None
) -> None:
    notation = Notation.parse(printed)
    assert notation.system is DocumentSystem.STATE
    assert (str(notation), notation.kind_code, notation.issuer_code, notation.year) == (canonical, kind, issuer, year)


def test_joint_issuers_are_listed() -> None:
    assert Notation.parse("05-QC/BTCTU-BDVTU").issuer_codes == ("BTCTU", "BDVTU")


@pytest.mark.parametrize("printed", ["", "Số", "KL/TU", "706-KL", "706 KL TU", "0-KL/TU", "1234567-KL/TU", "706-/TU"])
def test_what_is_not_a_notation_is_refused(printed: str) -> None:
    with pytest.raises(DocumentError):
        Notation.parse(printed)


def test_impossible_notations_cannot_be_built() -> None:
    with pytest.raises(DocumentError, match="number"):
        Notation(number=0, kind_code="KL", issuer_code="TU")
    with pytest.raises(DocumentError, match="type code"):
        Notation(number=1, issuer_code="TU")
    with pytest.raises(DocumentError, match="year"):
        Notation(number=1, kind_code="KL", issuer_code="TU", year=2020)
    with pytest.raises(DocumentError, match="width"):
        Notation(number=123, width=2, kind_code="KL", issuer_code="TU")


def test_quy_dinh_and_quyet_dinh_are_different_kinds_with_the_same_printed_code() -> None:
    assert DocumentKind.QUY_DINH is not DocumentKind.QUYET_DINH
    assert DocumentKind.from_code("QĐi").label == "Quy định"
    assert DocumentKind.from_code("QĐ").label == "Quyết định"
    assert Notation.parse("294-QĐ/TW").kind_code == "QĐ"


def test_kinds_are_found_by_code_and_by_label_in_any_case() -> None:
    assert DocumentKind.from_label("KẾT LUẬN") is DocumentKind.KET_LUAN
    assert DocumentKind.from_code("KL") is DocumentKind.KET_LUAN
    assert len({k.code for k in DocumentKind}) == len(DocumentKind)
    with pytest.raises(DocumentError):
        DocumentKind.from_code("XX")


def test_signing_authorities_keep_party_and_state_marks_apart() -> None:
    assert nq.SigningAuthority.from_code("T/M") is nq.SigningAuthority.TM
    assert nq.SigningAuthority.from_code("TM.") is nq.SigningAuthority.STATE_TM
    assert nq.SigningAuthority.TM.label == nq.SigningAuthority.STATE_TM.label


def test_conference_term_must_be_roman() -> None:
    assert nq.Conference(ordinal=13, term="XXIII").term == "XXIII"
    for bad in ("23", "IIII", "", "xxiii"):
        with pytest.raises(DocumentError):
            nq.Conference(ordinal=13, term=bad)
    with pytest.raises(DocumentError):
        nq.Conference(ordinal=0)


def test_body_names_are_stored_nfc_and_must_not_be_blank() -> None:
    decomposed = "Ban Tho\u0302\u0301ng"  # NFD as real files have it
    assert nq.Organization(name=decomposed).name == "Ban Thống"
    with pytest.raises(DocumentError):
        nq.Organization(name="  ")


def test_body_is_the_former_name_of_organization() -> None:
    # The API contract spells the class nq.Body; Organization is the name that cannot be read
    # as Document.body (the content). Both must stay one class, or documents built with one
    # would not compare equal to documents read back with the other.
    assert nq.Body is nq.Organization
    assert nq.Body(name="Văn phòng Thị ủy") == nq.Organization(name="Văn phòng Thị ủy")
    assert "Body" in nq.__all__
    assert "Organization" in nq.__all__
