"""Akoma Ntoso identity that archival consumers accept: dated FRBR URIs, a title, one URI per committee."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import nghiquyet as nq
from nghiquyet.formats.akn import validate_akoma_ntoso
from nghiquyet.testing import bodies, documents

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
# What a URI path may hold: unreserved characters, percent escapes and the FRBR marks.
_URI_PATH = re.compile(r"(?:[A-Za-z0-9\-._~/!@]|%[0-9A-F]{2})+")


def _work(document: nq.Document) -> etree._Element:
    work = etree.fromstring(nq.to_akoma_ntoso(document)).find(f".//{AKN}FRBRWork")
    assert work is not None
    return work


def _uri(document: nq.Document) -> str:
    return str(_work(document).find(f"{AKN}FRBRuri").get("value"))  # type: ignore[union-attr]


def _real_documents(corpus_dir: Path) -> list[Path]:
    return sorted(corpus_dir.glob("*.txt")) + sorted((corpus_dir / "original").glob("*.txt"))


def test_every_corpus_document_has_a_dated_uri_and_a_title_and_stays_valid(corpus_dir: Path) -> None:
    paths = _real_documents(corpus_dir)
    assert len(paths) >= 15
    for path in paths:
        document = nq.parse_text(path.read_text(encoding="utf-8"))
        akn = nq.to_akoma_ntoso(document)
        work = etree.fromstring(akn).find(f".//{AKN}FRBRWork")
        assert work is not None
        uri = work.find(f"{AKN}FRBRuri").get("value")  # type: ignore[union-attr]
        dates = [element.get("date") for element in etree.fromstring(akn).iter(f"{AKN}FRBRdate")]
        assert uri is not None, path.name
        assert "undated" not in uri, path.name
        assert _URI_PATH.fullmatch(uri), (path.name, uri)
        assert dates, path.name
        assert "0001-01-01" not in dates, path.name
        alias = work.find(f"{AKN}FRBRalias[@name='title']")
        assert alias is not None, path.name
        assert alias.get("value"), path.name
        assert validate_akoma_ntoso(akn) == [], path.name
        assert nq.from_akoma_ntoso(akn) == document, path.name


def test_the_corpus_committees_that_share_a_code_get_their_own_uris(corpus_dir: Path) -> None:
    issuers: dict[tuple[str, nq.Organization | None], str] = {}
    for path in _real_documents(corpus_dir):
        document = nq.parse_text(path.read_text(encoding="utf-8"))
        central = document.notation is not None and document.notation.issuer_code.endswith("TW")
        if document.notation is not None and document.issuer is not None and not central:
            issuer_part = _uri(document).split("/")[5]
            issuers[(document.notation.issuer_code, document.issuer)] = issuer_part
    parts = list(issuers.values())
    assert len(set(parts)) == len(parts)


def test_every_corpus_document_has_its_own_work_uri(corpus_dir: Path) -> None:
    uris = [_uri(nq.parse_text(path.read_text(encoding="utf-8"))) for path in _real_documents(corpus_dir)]
    assert len(set(uris)) == len(uris)


@given(st.lists(st.sampled_from(["về công tác cán bộ", "về kết quả cuộc họp ngày 30/9", "về lịch làm việc"]),
                min_size=2, max_size=3, unique=True))  # fmt: skip
def test_unnumbered_documents_of_one_committee_and_month_keep_apart(subjects: list[str]) -> None:
    issuer = nq.Organization(name="ĐẢNG ỦY XÃ CÔNG HẢI")
    notation = nq.Notation.parse("Số    -TB/ĐU")
    uris = {
        _uri(nq.Document(issuer=issuer, notation=notation, date_text="ngày    tháng 10 năm 2025", subject=subject))
        for subject in subjects
    }
    assert len(uris) == len(subjects)


_DAYS = st.dates(min_value=datetime.date(1930, 2, 3), max_value=datetime.date(2099, 12, 31))


@given(documents(), bodies(), bodies())
def test_two_committees_with_one_code_have_different_work_uris(
    document: nq.Document, one: nq.Organization, other: nq.Organization
) -> None:
    if one == other or (one.name, one.parent) == (other.name, other.parent):
        return
    if re.sub(r"[^a-z0-9]", "", nq.fold(one.name)) == re.sub(r"[^a-z0-9]", "", nq.fold(other.name)):
        return  # names that fold to the same letters ("Tỉnh ủy" / "TỈNH UỶ") are one committee
    notation = nq.Notation(number=5, kind_code="KL", issuer_code="TU")
    first = attrs.evolve(document, notation=notation, issuer=attrs.evolve(one, parent=None))
    second = attrs.evolve(document, notation=notation, issuer=attrs.evolve(other, parent=None))
    assert _uri(first) != _uri(second)


@given(_DAYS, st.sampled_from(["", " ", "     "]), st.booleans())
def test_a_blank_day_dates_the_work_by_its_month(day: datetime.date, blank: str, month_printed: bool) -> None:
    printed = f"ngày{blank} tháng {day.month} năm {day.year}" if month_printed else f"ngày{blank} tháng năm {day.year}"
    document = nq.Document(kind=nq.DocumentKind.HUONG_DAN, date_text=printed)
    work = _work(document)
    frbr_date = work.find(f"{AKN}FRBRdate")
    assert frbr_date is not None
    if month_printed:
        assert _uri(document).split("/")[6] == f"{day.year:04d}-{day.month:02d}"
        assert frbr_date.attrib == {"date": f"{day.year:04d}-{day.month:02d}-01", "name": "adoptionMonth"}
    else:
        assert _uri(document).split("/")[6] == f"{day.year:04d}"
        assert frbr_date.attrib == {"date": f"{day.year:04d}-01-01", "name": "adoptionYear"}
    assert nq.from_akoma_ntoso(nq.to_akoma_ntoso(document)) == document


@given(documents())
def test_every_document_has_a_title_and_a_uri_of_path_characters(document: nq.Document) -> None:
    work = _work(document)
    alias = work.find(f"{AKN}FRBRalias")
    assert alias is not None
    assert alias.get("name") == "title"
    assert alias.get("value")
    assert _URI_PATH.fullmatch(_uri(document))
    if document.date is not None:
        assert _uri(document).split("/")[6] == document.date.isoformat()


def test_an_undated_document_is_dated_by_the_latest_date_it_mentions() -> None:
    text = "Ngày 05 tháng 4 năm 2023 và ngày 09/01/2024."
    mentions = tuple(
        nq.DateMention(start=m.start(), end=m.end(), date=date)
        for m, date in zip(
            re.finditer(r"\d{2} tháng 4 năm 2023|09/01/2024", text),
            [datetime.date(2023, 4, 5), datetime.date(2024, 1, 9)],
            strict=True,
        )
    )
    document = nq.Document(kind=nq.DocumentKind.KET_LUAN, body=(nq.Paragraph(text=text, spans=mentions),))
    frbr_date = _work(document).find(f"{AKN}FRBRdate")
    assert frbr_date is not None
    assert frbr_date.attrib == {"date": "2024-01-09", "name": "notBefore"}
    assert "/2024-01-09/" in _uri(document)


def test_a_citation_of_a_central_document_points_at_its_work() -> None:
    cited = nq.Notation.parse("20-NQ/TW")
    work = nq.Document(
        kind=nq.DocumentKind.NGHI_QUYET,
        issuer=nq.Organization(name="BAN CHẤP HÀNH TRUNG ƯƠNG"),
        notation=cited,
        date=datetime.date(2012, 11, 1),
    )
    text = "thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Bộ Chính trị"
    reference = nq.Reference(
        start=10, end=len(text), kind=nq.DocumentKind.NGHI_QUYET, notation=cited,
        date=datetime.date(2012, 11, 1), issuer=nq.Organization(name="Bộ Chính trị"),
    )  # fmt: skip
    citing = nq.Document(body=(nq.Paragraph(text=text, spans=(reference,)),))
    href = etree.fromstring(nq.to_akoma_ntoso(citing)).find(f".//{AKN}mainBody//{AKN}ref").get("href")  # type: ignore[union-attr]
    assert href == _uri(work)


@pytest.mark.parametrize(
    ("name", "parent", "part"),
    [("TỈNH ỦY LÀO CAI", None, "TU.tinh-uy-lao-cai"), ("TỈNH ỦY BẮC NINH", None, "TU.tinh-uy-bac-ninh"),
     ("THỊ ỦY THUẬN THÀNH", "ĐẢNG BỘ TỈNH BẮC NINH", "TU.dang-bo-tinh-bac-ninh.thi-uy-thuan-thanh")],
)  # fmt: skip
def test_the_issuer_part_names_the_committee(name: str, parent: str | None, part: str) -> None:
    issuer = nq.Organization(name=name, parent=None if parent is None else nq.Organization(name=parent))
    document = nq.Document(issuer=issuer, notation=nq.Notation(number=5, kind_code="NQ", issuer_code="TU"))
    assert _uri(document).split("/")[5] == part
