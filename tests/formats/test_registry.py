"""The format registry: one record per format, through which files, validation and the CLI go."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given

import nghiquyet as nq
from _sample import full_document
from nghiquyet import formats
from nghiquyet.cli import main
from nghiquyet.files import document_files
from nghiquyet.formats import Checked, Format
from nghiquyet.outline import outline
from nghiquyet.testing import documents

TODAY = datetime.date(2026, 11, 27)

WRITERS: dict[str, Callable[[nq.Document], bytes]] = {
    "json": nq.to_json,
    "xml": nq.to_xml,
    "akn": nq.to_akoma_ntoso,
    "edxml": nq.to_edxml,
}


def test_every_record_is_consistent() -> None:
    records = formats.registered()
    names = [f.name for f in records]
    assert len(set(names)) == len(names)
    suffixes = [s for f in records for s in f.suffixes]
    assert len(set(suffixes)) == len(suffixes)
    roots = [f.root[0] for f in records if f.root]
    assert len(set(roots)) == len(roots)
    # "What is checked can be read" is the record's own invariant: see the next test.


def test_a_record_refuses_to_be_checked_without_being_read() -> None:
    with pytest.raises(ValueError, match="read too"):
        Format(name="x", title="x", suffixes=(".x",), media_type="x/x", syntax="json", codec=object(), reads=False)
    with pytest.raises(ValueError, match="root"):
        Format(name="x", title="x", suffixes=(".x",), media_type="x/x", syntax="xml", codec=object())


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_each_writer_output_is_recognised_as_its_format_whatever_the_name(name: str) -> None:
    data = WRITERS[name](full_document())
    for hint in (None, "misleading.json", "misleading.xml", "misleading.txt"):
        found = formats.recognise(data, name=hint)
        assert found.format is formats.get(name)
    assert formats.get(name).read(data) == formats.read(data)


@given(documents())
def test_what_validates_is_read_by_read_document(document: nq.Document) -> None:
    # No format is checked by validate and then refused by read_document.
    for record in formats.registered():
        if not record.checks:
            continue
        data = record.write(document)
        checked = formats.check(data)
        if checked.document is not None:
            assert formats.read(data) == checked.document
            assert record.read(data) == checked.document


def test_writing_goes_by_the_suffix_or_the_name(tmp_path: Path) -> None:
    document = full_document()
    for record in formats.registered():
        if not record.writes:
            continue
        target = tmp_path / f"doc{record.suffixes[0]}"
        nq.write_document(document, target)
        assert target.read_bytes() == record.write(document)
        assert formats.for_path(target) is record
    with pytest.raises(nq.NghiquyetError, match="unknown format 'odt'"):
        nq.write_document(document, tmp_path / "x.bin", format="odt")
    with pytest.raises(nq.NghiquyetError, match="the pdf format is read only"):  # an original, read only
        nq.write_document(document, tmp_path / "x.bin", format="pdf")


# -- typed inputs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: nq.read_document(b"<Document/>"),
        lambda: nq.read_document(12),
        lambda: nq.write_document(full_document(), 12),
        lambda: nq.write_document("not a document", "x.json"),
        lambda: nq.from_json(12),
        lambda: nq.from_xml(None),
        lambda: nq.from_edxml(["<edXML/>"]),
        lambda: nq.to_xml("<Document/>"),
        lambda: nq.to_html(None),
        lambda: formats.recognise("<Document/>"),
        lambda: formats.get(12),
        lambda: nq.validate_many("a.xml"),
        lambda: nq.validate(nq.to_xml(full_document()), today="2026-11-27"),
        lambda: nq.parse_text(b"KET LUAN"),
        lambda: nq.parse_text(None),
        lambda: nq.to_text("KẾT LUẬN"),
        lambda: outline("KẾT LUẬN"),
        lambda: nq.fold(12),
        lambda: list(document_files("examples")),
    ],
)
def test_wrong_argument_types_are_type_errors(call: Callable[[], object]) -> None:
    with pytest.raises(TypeError):
        call()


def test_parse_text_of_bytes_says_how_to_read_them() -> None:
    with pytest.raises(TypeError, match="read_document"):
        nq.parse_text("KẾT LUẬN".encode())


def test_every_writer_returns_bytes_and_every_reader_takes_bytes_or_str() -> None:
    document = full_document()
    readers = {"json": nq.from_json, "xml": nq.from_xml, "akn": nq.from_akoma_ntoso}
    for name, write in WRITERS.items():
        data = write(document)
        assert isinstance(data, bytes)
        if name in readers:
            assert readers[name](data) == readers[name](data.decode("utf-8")) == document
    assert isinstance(nq.to_html(document), bytes)


# -- item 6: text that starts like JSON or XML is text -------------------------------------

KET_LUAN = (Path(__file__).resolve().parents[2] / "examples" / "ket-luan-13.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "banner",
    ["[Trang 1/3 - bản quét]\n", "<<KẾT LUẬN>>\n", "<ĐẢNG CỘNG SẢN VIỆT NAM>\n", "<b>Bản sao</b>\n", "{bản nháp}\n"],
)
def test_text_that_starts_with_a_bracket_is_text(tmp_path: Path, banner: str) -> None:
    text = banner + KET_LUAN
    expected = nq.parse_text(text)
    assert formats.recognise(text.encode()).format is formats.get("text")
    for name in ("scan.txt", "scan.dat"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert nq.read_document(path) == expected


def test_a_name_only_settles_what_the_content_leaves_open(tmp_path: Path) -> None:
    # In *.json a '[' is JSON (and refused: documents are objects); in *.xml a broken '<' is broken XML.
    listed = tmp_path / "list.json"
    listed.write_bytes(b'[{"format": "nghiquyet/1"}]')
    assert [p.rule for p in nq.validate(listed).problems] == ["json-schema"]
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<p>one<p>two")
    assert [p.rule for p in nq.validate(broken).problems] == ["xml-syntax"]
    assert formats.recognise(broken.read_bytes()).format is formats.get("text")


# -- item 2: an undefined prefix or a foreign element in native XML ------------------------


def _native(replacement: bytes) -> bytes:
    return nq.to_xml(full_document()).replace(b"<Draft/>", b"<Draft/>" + replacement, 1)


@pytest.mark.parametrize(
    ("extra", "rule"),
    [
        (b"<foo:Bogus/>", "xml-syntax"),
        (b'<o:Bogus xmlns:o="urn:other"/>', "xsd"),
        (b'<o:Bogus xmlns:o="urn:other"><o:Deeper/></o:Bogus>', "xsd"),
        (b'<Bogus xmlns="urn:other"/>', "xsd"),
    ],
)
def test_a_foreign_or_unprefixed_element_is_a_problem_at_its_line(extra: bytes, rule: str) -> None:
    data = _native(extra)
    (problem,) = nq.validate(data, today=TODAY).problems
    assert problem.rule == rule
    text = data.decode()
    assert problem.line == text.count("\n", 0, text.index(extra.decode())) + 1
    with pytest.raises(nq.FormatError):
        nq.from_xml(data)


def test_a_foreign_element_leaves_the_rest_of_the_folder_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.xml").write_bytes(_native(b'<o:Bogus xmlns:o="urn:other"/>'))
    (tmp_path / "b.xml").write_bytes(_native(b"<foo:Bogus/>"))
    (tmp_path / "c.xml").write_bytes(nq.to_xml(full_document()))
    reports = list(nq.validate_many(sorted(tmp_path.iterdir()), jobs=1, today=TODAY))
    assert [(Path(r.file or "").name, r.ok) for r in reports] == [("a.xml", False), ("b.xml", False), ("c.xml", True)]
    assert main(["validate", "--quiet", "--jobs", "1", "--today", str(TODAY), str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "3 files checked: 1 valid, 2 invalid" in out
    assert err == ""


# -- a sixth format: one record, and every entry point knows it -----------------------------


class _Upper:
    """A toy text format: the subject in capitals after a magic line."""

    MAGIC = b"UPPER/1\n"

    @staticmethod
    def read(data: bytes) -> nq.Document:
        return nq.Document(subject=data[len(_Upper.MAGIC) :].decode())

    @staticmethod
    def write(document: nq.Document) -> bytes:
        return _Upper.MAGIC + (document.subject or "").encode()

    @staticmethod
    def check(data: bytes) -> Checked:
        return Checked(format="upper/1", document=_Upper.read(data))


@pytest.fixture
def upper() -> Iterator[Format]:
    record = Format(
        name="upper", title="upper/1", suffixes=(".upper",), media_type="text/x-upper", syntax="binary",
        magic=(_Upper.MAGIC,), codec=_Upper,
    )  # fmt: skip
    formats.register(record)
    yield record
    formats.unregister(record.name)


def test_a_sixth_format_is_one_record(upper: Format, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = nq.Document(subject="về công tác cán bộ")
    target = tmp_path / "doc.upper"
    nq.write_document(document, target)
    assert target.read_bytes() == b"UPPER/1\nv\xe1\xbb\x81 c\xc3\xb4ng t\xc3\xa1c c\xc3\xa1n b\xe1\xbb\x99"
    renamed = tmp_path / "doc.txt"  # recognised by its magic bytes, not its name
    renamed.write_bytes(target.read_bytes())
    assert nq.read_document(renamed) == document
    report = nq.validate(target, today=TODAY)
    assert report.format == "upper/1"
    assert [f.name for f in formats.registered()][-1] == "upper"
    assert main(["convert", str(target), str(tmp_path / "doc.json")]) == 0
    assert nq.read_document(tmp_path / "doc.json") == document
    assert main(["convert", str(tmp_path / "doc.json"), str(tmp_path / "back.upper")]) == 0
    assert (tmp_path / "back.upper").read_bytes() == target.read_bytes()
    found = [p.name for p in document_files([tmp_path])]
    assert {"doc.upper", "back.upper"} <= set(found)
    reports = {Path(r.file or "").name: r.format for r in nq.validate_many([tmp_path / n for n in found], jobs=1)}
    assert reports["back.upper"] == "upper/1"


def test_a_name_is_registered_once(upper: Format) -> None:
    with pytest.raises(nq.NghiquyetError, match="already registered"):
        formats.register(upper)


@pytest.mark.parametrize("name", ["xml", "akn", "edxml"])
def test_validation_parses_an_xml_file_once(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    from lxml import etree

    data = WRITERS[name](full_document())
    assert nq.validate(data, today=TODAY).ok  # schemas compiled before counting
    parses = []
    fromstring = etree.fromstring

    def counting(*args: object, **kwargs: object) -> object:
        parses.append(1)
        return fromstring(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(etree, "fromstring", counting)
    monkeypatch.setattr(etree, "XML", counting)
    assert nq.validate(data, today=TODAY).ok
    assert len(parses) == 1


def test_each_record_names_its_format_namespace() -> None:
    # The registry writes the namespaces out so that listing formats imports none of them.
    from nghiquyet.formats import akn, edxml, xml

    for name, module in (("xml", xml), ("akn", akn), ("edxml", edxml)):
        assert formats.get(name).root == (module.NAMESPACE, formats.get(name).root[1])  # type: ignore[index]


def test_files_validation_and_the_cli_import_no_private_module_of_a_format() -> None:
    import ast
    import importlib

    for name in ("nghiquyet.files", "nghiquyet.validation", "nghiquyet.validation._batch", "nghiquyet.cli"):
        module = importlib.import_module(name)
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        package = name if name.endswith("validation") else name.rpartition(".")[0]
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = ".".join(filter(None, [base if node.level else "", node.module or ""]))
                names = [target] + [f"{target}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for imported in names:
                parts = imported.split(".")
                if "formats" in parts:
                    inside = parts[parts.index("formats") + 1 :]
                    assert not any(part.startswith("_") for part in inside), f"{name} imports {imported}"


def test_folders_are_searched_for_the_suffixes_of_the_registered_formats(tmp_path: Path) -> None:
    for name in ("a.json", "b.akn.xml", "c.txt", "d.outline.txt", "e.html", "f.odt", "g.pdf"):
        (tmp_path / name).write_bytes(b"x")
    checked = [p.name for p in document_files([tmp_path])]
    assert checked == ["a.json", "b.akn.xml"]
    readable = [p.name for p in document_files([tmp_path], readable=True)]
    # An outline is text to read; a PDF is an original, read (not checked).
    assert readable == ["a.json", "b.akn.xml", "c.txt", "d.outline.txt", "g.pdf"]
