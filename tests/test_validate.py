"""nghiquyet.validate: XSD and domain rules, reported with rule id, severity, file, line and path."""

from __future__ import annotations

import datetime
import json
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import nghiquyet as nq
from _sample import full_document
from nghiquyet import formats
from nghiquyet.formats import Checked, Format
from nghiquyet.testing import documents

TODAY = datetime.date(2026, 11, 27)


def _check(doc: nq.Document, *, as_json: bool = False) -> nq.Report:
    data = nq.to_json(doc) if as_json else nq.to_xml(doc)
    return nq.validate(data, today=TODAY)


def _rules(report: nq.Report) -> list[tuple[str, str]]:
    return [(p.rule, p.severity) for p in report.problems]


def _line_of(xml: bytes, needle: str) -> int:
    text = xml.decode()
    return text.count("\n", 0, text.index(needle)) + 1


def test_a_sound_document_passes() -> None:
    report = _check(full_document())
    assert report.ok
    assert report.problems == ()
    assert report.format == "nghiquyet-xml/1"


@pytest.mark.parametrize("as_json", [False, True])
def test_notation_must_agree_with_kind_and_issuer(as_json: bool) -> None:
    doc = attrs.evolve(full_document(), notation=nq.Notation.parse("123-NQ/HU"))
    report = _check(doc, as_json=as_json)
    assert not report.ok
    assert _rules(report) == [("notation-kind", "error"), ("notation-issuer", "error")]
    assert report.problems[0].path == ("$.notation" if as_json else "/Document/Header/Code")


def test_a_quy_dinh_may_print_qd() -> None:
    doc = attrs.evolve(full_document(), kind=nq.DocumentKind.QUY_DINH, notation=nq.Notation.parse("05-QĐ/TU"))
    assert _check(doc).ok


def test_a_state_cong_van_prints_issuer_and_unit_not_a_type_code() -> None:
    # "7816/VPCP-TTĐT": Văn phòng Chính phủ, then its drafting unit (as in the VPCP edXML samples).
    doc = attrs.evolve(
        full_document(),
        kind=nq.DocumentKind.CONG_VAN,
        system=nq.DocumentSystem.STATE,
        issuer=nq.Organization(name="Văn phòng Chính phủ", code="VPCP"),
        notation=nq.Notation.parse("7816/VPCP-TTĐT"),
    )
    assert _check(doc).ok
    wrong_issuer = attrs.evolve(doc, issuer=nq.Organization(name="Bộ Công Thương", code="BCT"))
    assert _rules(_check(wrong_issuer)) == [("notation-issuer", "error")]
    decision = attrs.evolve(doc, kind=nq.DocumentKind.QUYET_DINH)
    assert _rules(_check(decision)) == [("notation-kind", "error"), ("notation-issuer", "error")]


def test_joint_issuers_include_the_issuer() -> None:
    doc = attrs.evolve(full_document(), notation=nq.Notation.parse("05-KL/BTCTU-TU"))
    assert _check(doc).ok


def test_dates_may_not_pass_today() -> None:
    doc = attrs.evolve(full_document(), date=TODAY + datetime.timedelta(days=1))
    xml = nq.to_xml(doc)
    report = nq.validate(xml, today=TODAY)
    assert _rules(report) == [("date-future", "error")]
    assert report.problems[0].line == _line_of(xml, "<PromulgationDate>")
    assert nq.validate(xml, today=TODAY + datetime.timedelta(days=1)).ok


def test_cited_documents_may_not_come_from_the_future() -> None:
    cited = nq.Reference(start=0, end=3, date=datetime.date(2030, 1, 1))
    doc = attrs.evolve(full_document(), preamble=(nq.Paragraph(text="abc def", spans=(cited,)),))
    xml = nq.to_xml(doc)
    report = nq.validate(xml, today=TODAY)
    assert _rules(report) == [("date-future", "error")]
    assert report.problems[0].path == "/Document/Preamble/Paragraph/Reference"
    assert report.problems[0].line == _line_of(xml, "<Paragraph><Reference")


def test_a_party_document_from_before_1930_is_suspect() -> None:
    report = _check(attrs.evolve(full_document(), date=datetime.date(1929, 1, 1)))
    assert _rules(report) == [("date-early", "warning")]
    assert report.ok


def _roman(*markers: str) -> tuple[nq.Division, ...]:
    return tuple(nq.Division(numbering=nq.Numbering.ROMAN, marker=m) for m in markers)


def test_a_gap_in_numbering_is_a_warning_on_its_line() -> None:
    doc = attrs.evolve(full_document(), body=_roman("I.", "II.", "IV."))
    xml = nq.to_xml(doc)
    report = nq.validate(xml, today=TODAY)
    assert _rules(report) == [("numbering-gap", "warning")]
    assert report.ok
    assert report.problems[0].line == _line_of(xml, 'marker="IV."')
    assert report.problems[0].path == "/Document/Content/Division[3]"
    assert "'II.'" in report.problems[0].message
    assert "'IV.'" in report.problems[0].message


@pytest.mark.parametrize(
    ("markers", "rule"),
    [
        (("I.", "II.", "II."), "numbering-repeat"),
        (("I.", "III.", "II."), "numbering-gap"),
        (("II.", "III."), "numbering-start"),
    ],
)
def test_numbering_faults(markers: tuple[str, ...], rule: str) -> None:
    assert _rules(_check(attrs.evolve(full_document(), body=_roman(*markers))))[0] == (rule, "warning")


def test_numbering_going_backwards() -> None:
    report = _check(attrs.evolve(full_document(), body=_roman("I.", "II.", "I-")))
    assert _rules(report) == [("numbering-order", "warning")]


def test_each_level_is_counted_on_its_own() -> None:
    points = tuple(nq.Division(numbering=nq.Numbering.LETTER, marker=m) for m in ("a)", "b)", "c)", "d)", "e)"))
    arabic = tuple(
        nq.Division(numbering=nq.Numbering.ARABIC, marker=f"{n}.", children=points if n == 2 else ()) for n in (1, 2, 3)
    )
    body = (
        nq.Division(numbering=nq.Numbering.ROMAN, marker="I.", children=arabic),
        nq.Division(numbering=nq.Numbering.ROMAN, marker="II.", children=arabic),
    )
    # "a) … d), e)" skips only đ, which many documents do.
    assert _check(attrs.evolve(full_document(), body=body)).problems == ()


@pytest.mark.parametrize("numbering", [nq.Numbering.PART, nq.Numbering.CHAPTER, nq.Numbering.ARTICLE])
def test_a_number_too_long_for_int_is_no_crash(numbering: nq.Numbering) -> None:
    # int() refuses more than 4300 digits; the model takes such a marker, validate must not raise.
    word = {nq.Numbering.PART: "Phần", nq.Numbering.CHAPTER: "Chương", nq.Numbering.ARTICLE: "Điều"}[numbering]
    marker = f"{word} {'9' * 5000}" + ("." if numbering is nq.Numbering.ARTICLE else "")
    divisions = (nq.Division(numbering=numbering, marker=marker),)
    report = nq.validate(nq.to_xml(attrs.evolve(full_document(), body=divisions)), today=TODAY)
    assert report.ok


def test_articles_run_through_the_whole_document() -> None:
    def chapter(marker: str, articles: tuple[int, ...]) -> nq.Division:
        children = tuple(nq.Division(numbering=nq.Numbering.ARTICLE, marker=f"Điều {n}.") for n in articles)
        return nq.Division(numbering=nq.Numbering.CHAPTER, marker=marker, children=children)

    good = (chapter("Chương I", (1, 2)), chapter("Chương II", (3, 4)))
    assert _check(attrs.evolve(full_document(), body=good)).problems == ()
    bad = (chapter("Chương I", (1, 2)), chapter("Chương II", (1, 2)))
    assert _rules(_check(attrs.evolve(full_document(), body=bad))) == [("numbering-order", "warning")]


@pytest.mark.parametrize(
    ("field", "limit", "change"),
    [
        ("Subject", 500, lambda d, s: attrs.evolve(d, subject=s)),
        ("OrganName", 200, lambda d, s: attrs.evolve(d, issuer=attrs.evolve(d.issuer, name=s))),
        ("Position", 100, lambda d, s: attrs.evolve(d, signatures=(nq.Signature(position=s, signer="A"),))),
        ("FullName", 50, lambda d, s: attrs.evolve(d, signatures=(nq.Signature(signer=s),))),
        (
            "CodeNotation",
            30,
            lambda d, s: attrs.evolve(d, notation=nq.Notation(number=5, kind_code="KL", issuer_code="TU-" + s[6:])),
        ),
    ],
)
def test_archival_field_limits(field: str, limit: int, change: object) -> None:
    assert callable(change)
    at_limit = _check(change(full_document(), "x" * limit))
    assert at_limit.ok, at_limit.problems
    over = _check(change(full_document(), "x" * (limit + 1)))
    assert _rules(over) == [("length", "error")]
    assert field in over.problems[0].message


def test_recipients_and_a_signature_must_be_present() -> None:
    doc = attrs.evolve(full_document(), recipients=(), signatures=())
    report = _check(doc)
    assert _rules(report) == [("signature-missing", "error"), ("recipients-missing", "error")]
    assert report.problems[1].path == "/Document/Closing"


# Inputs ----------------------------------------------------------------------------------


def test_a_json_finding_names_the_line_of_the_top_level_key_not_a_nested_one() -> None:
    wire = json.loads(nq.to_json(full_document()))
    wire["date"] = "2030-01-01"
    # Keys in another order than ours, the body (with dates of its own) before the date.
    reordered = {"format": wire.pop("format"), "body": wire.pop("body"), **wire}
    text = json.dumps(reordered, ensure_ascii=False, indent=1)
    assert text.index('"date"') < text.index('\n "date"')  # a nested "date" comes first
    report = nq.validate(text.encode(), today=TODAY)
    assert [(p.rule, p.line) for p in report.problems] == [("date-future", _line_of(text.encode(), '\n "date"') + 1)]


def test_paths_and_bytes(tmp_path: Path) -> None:
    xml_file = tmp_path / "kl.xml"
    xml_file.write_bytes(nq.to_xml(full_document()))
    json_file = tmp_path / "kl.json"
    json_file.write_bytes(nq.to_json(full_document()))
    for source in (xml_file, str(xml_file), json_file):
        report = nq.validate(source, today=TODAY)
        assert report.ok, report.problems
        assert report.file == str(source)
    assert nq.validate(nq.to_xml(full_document()), today=TODAY).ok
    assert nq.validate(bytearray(nq.to_json(full_document())), today=TODAY).format == "nghiquyet-json/1"


@pytest.mark.parametrize("name", ["{draft}.json", "<draft>.xml", "[1].json"])
def test_a_str_is_a_path_whatever_it_starts_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    write = nq.to_xml if name.endswith(".xml") else nq.to_json
    Path(name).write_bytes(write(full_document()))
    report = nq.validate(name, today=TODAY)
    assert (report.file, report.ok) == (name, True), report.problems
    assert [p.rule for p in nq.validate("{" + name, today=TODAY).problems] == ["file-unreadable"]


@pytest.mark.parametrize("source", [None, 12, ["a.xml"], nq.Document()])
def test_a_wrong_type_is_a_type_error(source: object) -> None:
    with pytest.raises(TypeError, match="path"):
        nq.validate(source)  # type: ignore[arg-type]


def test_problems_carry_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "kl.xml"
    path.write_bytes(nq.to_xml(attrs.evolve(full_document(), recipients=())))
    (problem,) = nq.validate(path, today=TODAY).problems
    assert problem.file == str(path)
    assert str(problem).startswith(f"{path}:")
    assert str(problem).endswith(": error recipients-missing the document lists no recipients")


def test_ill_formed_xml_is_a_report_with_a_line() -> None:
    xml = nq.to_xml(full_document())
    report = nq.validate(xml[: len(xml) // 2])
    assert not report.ok
    (problem,) = report.problems
    assert problem.rule == "xml-syntax"
    assert problem.line is not None
    assert problem.column is not None


def test_every_xsd_fault_is_reported() -> None:
    xml = (
        nq.to_xml(full_document())
        .replace(b"<Draft/>", b"<Draft/><Bogus/>")
        .replace(b'marker="II."', b'marker="II." x="1"')
    )
    report = nq.validate(xml)
    assert [p.rule for p in report.problems] == ["xsd", "xsd"]
    assert [p.line for p in report.problems] == [_line_of(xml.decode().encode(), "<Draft/>"), _line_of(xml, 'x="1"')]


def test_a_model_fault_is_reported() -> None:
    xml = nq.to_xml(full_document()).replace(b'marker="II."', b'marker="7."')
    (problem,) = nq.validate(xml).problems
    assert (problem.rule, problem.line) == ("model", _line_of(xml, 'marker="7."'))


def test_json_faults_are_reported() -> None:
    (problem,) = nq.validate(b'{"format": "nghiquyet/1", "kind": 12}').problems
    assert problem.rule == "json-schema"
    assert problem.path == "$.kind"
    assert nq.validate(b'{"format": ').problems[0].rule == "json-syntax"


@pytest.mark.parametrize(
    ("data", "line"),
    [(b"\n\n{}", 3), (b'\n{"format": "nghiquyet/1", "bogus": 1}', 2), (b'{"kind": "KL"}', 1),
     (b'{"format": "nghiquyet/1",\n "kind": 12}', 2)],
)  # fmt: skip
def test_every_json_schema_fault_has_a_line(data: bytes, line: int) -> None:
    # The whole document, or a key it lacks, is placed where the document starts.
    (problem,) = nq.validate(data).problems
    assert (problem.rule, problem.line) == ("json-schema", line)


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        (b"hello", "format-unknown"),
        (b"", "format-unknown"),
        (b'<Document xmlns="urn:nghiquyet:xml:2"/>', "format-unknown"),
        (b'<Report xmlns="urn:nghiquyet:xml:1"/>', "xsd"),
    ],
)
def test_unknown_formats_are_a_clear_problem(data: bytes, rule: str) -> None:
    report = nq.validate(data)
    assert [p.rule for p in report.problems] == [rule]
    assert report.problems[0].line == 1


def test_akoma_ntoso_is_checked_against_the_oasis_schema() -> None:
    akn = nq.to_akoma_ntoso(full_document())
    report = nq.validate(akn, today=TODAY)
    assert report.format == "akoma-ntoso/3.0"
    assert report.ok, report.problems
    late = nq.validate(nq.to_akoma_ntoso(attrs.evolve(full_document(), recipients=())), today=TODAY)
    assert [p.rule for p in late.problems] == ["recipients-missing"]
    broken = nq.validate(akn.replace(b"<preface", b"<bogus/><preface", 1), today=TODAY)
    assert broken.problems[0].rule == "akn-xsd"
    assert broken.problems[0].line is not None


def test_edxml_headers_are_read_and_checked() -> None:
    doc = attrs.evolve(full_document(), date=datetime.date(2030, 1, 1))
    report = nq.validate(nq.to_edxml(doc), today=TODAY)
    assert report.format == "edxml"
    assert "date-future" in {p.rule for p in report.problems}


def _pretty(xml: bytes) -> bytes:
    # The writers put AKN and edXML on few lines; indent them so that lines tell elements apart.
    root = etree.fromstring(xml)
    etree.indent(root)
    return etree.tostring(root, encoding="UTF-8")


@pytest.mark.parametrize(
    ("write", "tags"),
    [(nq.to_akoma_ntoso, ("<docNumber", "<docDate", "<signature>")),
     (nq.to_edxml, ("<edXML:Code>", "<edXML:PromulgationDate>", "<edXML:SignerInfo>"))],
)  # fmt: skip
def test_header_findings_in_akoma_ntoso_and_edxml_name_their_line(
    write: Callable[[nq.Document], bytes], tags: tuple[str, str, str]
) -> None:
    doc = attrs.evolve(
        full_document(),
        notation=nq.Notation.parse("123-NQ/TU"),
        date=datetime.date(2030, 1, 1),
        signatures=(attrs.evolve(full_document().signatures[0], signer="Nguyễn " * 20),),
    )
    data = _pretty(write(doc))
    report = nq.validate(data, today=TODAY)
    found = {p.rule: p.line for p in report.problems}
    assert found == {
        "notation-kind": _line_of(data, tags[0]),
        "date-future": _line_of(data, tags[1]),
        "length": _line_of(data, tags[2]),
    }


def test_a_numbering_fault_in_akoma_ntoso_names_the_line_of_its_division() -> None:
    arabic = nq.Numbering.ARABIC
    first = nq.Division(
        numbering=nq.Numbering.ROMAN,
        marker="I.",
        children=(nq.Division(numbering=arabic, marker="1."), nq.Division(numbering=arabic, marker="3.")),
    )
    body = (first, *(nq.Division(numbering=nq.Numbering.ROMAN, marker=m) for m in ("II.", "IV.")))
    data = _pretty(nq.to_akoma_ntoso(attrs.evolve(full_document(), body=body)))
    lines = data.decode().splitlines()
    found = [(p.rule, lines[p.line].strip()) for p in nq.validate(data, today=TODAY).problems if p.line]
    # Each line is the division's start tag; its number follows on the next line.
    assert found == [("numbering-gap", "<num>3.</num>"), ("numbering-gap", "<num>IV.</num>")]


@given(documents())
def test_every_numbering_finding_in_akoma_ntoso_is_on_a_division_with_its_number(doc: nq.Document) -> None:
    data = _pretty(nq.to_akoma_ntoso(doc))
    lines = data.decode().split("\n")  # as the XML parser counts them; splitlines() also splits at \x85
    as_xml = nq.validate(nq.to_xml(doc), today=TODAY).problems
    as_akn = nq.validate(data, today=TODAY).problems
    assert [(p.rule, p.message) for p in as_akn] == [(p.rule, p.message) for p in as_xml]
    for xml, akn in zip(as_xml, as_akn, strict=True):
        if akn.rule.startswith("numbering-") and (xml.path or "").startswith("/Document/Content/"):
            assert akn.line is not None
            assert "nq:numbering=" in lines[akn.line - 1]
            number = re.fullmatch(r"\s*<num>(.*)</num>", lines[akn.line])
            assert number is not None
            assert repr(number.group(1)) in akn.message


@pytest.mark.parametrize(("data", "word"), [(b"", "empty"), (b" \n\t\r\n", "blank")])
def test_an_empty_file_is_said_to_be_empty(tmp_path: Path, data: bytes, word: str) -> None:
    path = tmp_path / "draft.json"
    path.write_bytes(data)
    (problem,) = nq.validate(path).problems
    assert problem.severity == "error"
    assert f"is {word}" in problem.message


def test_an_unreadable_file(tmp_path: Path) -> None:
    report = nq.validate(tmp_path / "missing.xml")
    assert [p.rule for p in report.problems] == ["file-unreadable"]
    assert not report.ok


def test_another_xml_format_can_plug_in() -> None:
    namespace = "urn:example:other"
    seen = []

    class Codec:
        @staticmethod
        def check_root(root: object, data: bytes) -> Checked:
            seen.append(data)
            return Checked(format="other/1", document=full_document())

        @staticmethod
        def read_root(root: object, data: bytes) -> nq.Document:
            return full_document()

    other = Format(
        name="other", title="other/1", suffixes=(".other.xml",), media_type="application/xml", syntax="xml",
        root=(namespace, "doc"), codec=Codec(), writes=False,
    )  # fmt: skip
    formats.register(other)
    try:
        data = f'<doc xmlns="{namespace}"/>'.encode()
        report = nq.validate(data, today=TODAY)
        assert report.format == "other/1"
        assert report.ok
        assert len(seen) == 1
        assert formats.read(data) == full_document()  # what is checked is read too
    finally:
        formats.unregister("other")
    assert nq.validate(data).problems[0].rule == "format-unknown"


@given(st.binary(max_size=200) | st.text(max_size=200).map(lambda t: ("<" + t).encode("utf-8", "surrogatepass")))
def test_validate_never_raises(data: bytes) -> None:
    report = nq.validate(data)
    assert isinstance(report, nq.Report)


@pytest.mark.parametrize(
    ("source", "rule"),
    [(b"<Document>\xed\xb3\xbf</Document>", "xml-syntax"), (b'{"subject": "\xed\xb3\xbf"}', "json-syntax"),
     ("no\x00such.xml", "file-unreadable"), ("no\udcffsuch.xml", "file-unreadable")],
)  # fmt: skip
def test_content_and_paths_python_cannot_decode_or_open_give_reports(source: str | bytes, rule: str) -> None:
    assert [p.rule for p in nq.validate(source).problems] == [rule]


@given(st.data())
def test_damaged_documents_give_reports_not_exceptions(data: st.DataObject) -> None:
    xml = nq.to_xml(full_document())
    start = data.draw(st.integers(0, len(xml) - 1))
    end = data.draw(st.integers(start, min(len(xml), start + 40)))
    damaged = xml[:start] + data.draw(st.binary(max_size=8)) + xml[end:]
    report = nq.validate(damaged, today=TODAY)
    for problem in report.problems:
        if problem.rule in {"xml-syntax", "xsd", "model"}:
            assert problem.line is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_file_is_read_to_its_end_whatever_size_it_states(tmp_path: Path) -> None:
    # A pipe states no size: the reader reads on until the writer closes it.
    xml = nq.to_xml(full_document())
    xml = xml.replace(b"</Document>", b"<!--" + b"x" * 200_000 + b"-->\n</Document>")
    fifo = tmp_path / "piped.xml"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(xml,))
    writer.start()
    try:
        report = nq.validate(fifo, today=TODAY)
    finally:
        writer.join()
    whole = nq.validate(xml, today=TODAY)
    assert report.format == whole.format == "nghiquyet-xml/1"
    assert [(p.rule, p.message, p.line, p.column) for p in report.problems] == [
        (p.rule, p.message, p.line, p.column) for p in whole.problems
    ]


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    (problem,) = nq.validate(tmp_path).problems
    assert problem.rule == "file-unreadable"
    assert problem.file == str(tmp_path)


@pytest.mark.parametrize("jobs", [1, 2])
def test_many_files_give_the_reports_one_file_gives(tmp_path: Path, jobs: int) -> None:
    # Reports come back from the workers as plain tuples: every field must survive the trip.
    good = full_document()
    xml = nq.to_xml(good)
    unsigned = attrs.evolve(good, signatures=(), date=TODAY + datetime.timedelta(days=3))
    contents = {
        "good.xml": xml,
        "cut.xml": xml[: len(xml) // 2],
        "schema.xml": xml.replace(b"<Subject>", b"<Subjekt>", 1).replace(b"</Subject>", b"</Subjekt>", 1),
        "unsigned.xml": nq.to_xml(unsigned),
        "unsigned.json": nq.to_json(unsigned),
    }
    paths: list[Path] = []
    for name, data in contents.items():
        paths.append(tmp_path / name)
        paths[-1].write_bytes(data)
    paths.append(tmp_path / "missing.xml")
    expected = [nq.validate(path, today=TODAY) for path in paths]
    assert all(p.line is not None for report in expected[1:4] for p in report.problems)  # the case is meant
    assert all(report.problems for report in expected[1:])
    assert list(nq.validate_many(paths, today=TODAY, jobs=jobs, chunk_size=2)) == expected
