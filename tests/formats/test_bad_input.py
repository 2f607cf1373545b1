"""Bad input to the XML readers (issue 12): reported with the library's errors, in linear time,
and nothing written that cannot be read back."""

from __future__ import annotations

import re
from typing import Any

import pytest
from lxml import etree
from seed_document import seed_document

import nghiquyet as nq
from nghiquyet.formats import _xml_where
from nghiquyet.formats._xmlsafe import MAX_DEPTH, parse_xml

WRITERS = [nq.to_json, nq.to_xml, nq.to_akoma_ntoso, nq.to_edxml, nq.to_html, nq.to_text]


def _tasked() -> nq.Document:
    document = seed_document()
    assert any(task.lead for task in document.tasks()), "the seed has a task with a lead"
    return document


# -- 1. an Akoma Ntoso task body without its href ------------------------------------------


@pytest.mark.parametrize("role", ["lead", "partner", "reportTo"])
def test_an_akn_task_body_without_href_is_reported_not_a_crash_of_the_writers(role: str) -> None:
    document = _tasked()
    task = next(t for t in document.tasks() if t.lead)
    document = _replace_task(document, task, lead=task.lead, partners=task.lead, report_to=task.lead[0])
    akn = nq.to_akoma_ntoso(document)
    assert re.search(rb"<nq:%s href=" % role.encode(), akn)
    broken = re.sub(rb'(<nq:%s) href="[^"]*"' % role.encode(), rb"\1", akn, count=1)

    report = nq.validate(broken)
    assert not report.ok
    assert any(f"nq:{role}" in p.message and p.line for p in report.problems)
    with pytest.raises(nq.FormatError, match=f"nq:{role}") as raised:
        nq.from_akoma_ntoso(broken)
    assert raised.value.line is not None


def _replace_task(document: nq.Document, old: nq.Task, **changes: Any) -> nq.Document:
    import attrs

    def walk(blocks: tuple[nq.Block, ...]) -> tuple[nq.Block, ...]:
        out: list[nq.Block] = []
        for block in blocks:
            if block is old:
                block = attrs.evolve(block, **changes)
            elif isinstance(block, nq.Division | nq.ListItem):
                block = attrs.evolve(block, children=walk(block.children))
            out.append(block)
        return tuple(out)

    return attrs.evolve(document, body=walk(document.body))


@pytest.mark.parametrize(
    ("field", "value"), [("lead", [None]), ("partners", ["Văn phòng"]), ("report_to", "Văn phòng")]
)
def test_a_task_holds_only_bodies(field: str, value: object) -> None:
    with pytest.raises(nq.DocumentError, match=f"{field}: expected an Organization"):
        nq.Task(text="Giao Văn phòng Thị ủy chủ trì.", **{field: value})


def test_every_writer_writes_what_the_akn_reader_accepts() -> None:
    document = nq.from_akoma_ntoso(nq.to_akoma_ntoso(_tasked()))
    for write in WRITERS:
        assert write(document)


# -- 3. many schema errors are located in linear time --------------------------------------


class _CountingPattern:
    """A compiled pattern that counts its scans of the whole input."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scans = 0

    def finditer(self, text: str) -> Any:
        self.scans += 1
        return self.pattern.finditer(text)


def _with_attributes(xml: bytes, count: int) -> bytes:
    declaration, _, rest = xml.partition(b"?>")
    start_tag, _, rest = rest.partition(b">")
    extra = b"".join(b' a%d="v"' % i for i in range(count))
    return declaration + b"?>" + start_tag + extra + b">" + rest


def _with_bad_paragraphs(xml: bytes, count: int) -> bytes:
    text = xml.decode()
    first = re.search(r"<Paragraph>[^<]*</Paragraph>", text)
    assert first is not None
    bad = '<Paragraph x="1">a</Paragraph>\n<!-- a comment between -->\n' * count
    return (text[: first.start()] + bad + text[first.start() :]).encode()


@pytest.mark.parametrize("spoil", [_with_attributes, _with_bad_paragraphs])
def test_schema_errors_are_located_with_one_scan_of_the_input(monkeypatch: pytest.MonkeyPatch, spoil: Any) -> None:
    counting = _CountingPattern(_xml_where._MARKUP)
    monkeypatch.setattr(_xml_where, "_MARKUP", counting)
    data = spoil(nq.to_xml(seed_document()), 1500)
    report = nq.validate(data)
    located = [p for p in report.problems if p.rule == "xsd"]
    assert len(located) >= 1500
    assert all(p.line is not None and p.column is not None for p in located)
    assert counting.scans <= 2


def test_error_locations_are_those_of_the_elements() -> None:
    data = _with_bad_paragraphs(nq.to_xml(seed_document()), 5)
    lines = data.decode().splitlines()
    report = nq.validate(data)
    bad = [p for p in report.problems if "attribute 'x'" in p.message]
    assert len(bad) == 5
    for problem in bad:
        assert problem.line is not None
        assert problem.column is not None
        assert lines[problem.line - 1][problem.column - 1 :].startswith('<Paragraph x="1">')
    assert len({p.path for p in bad}) == 5
    root = etree.fromstring(data)
    for problem in bad:  # the path names the element itself
        assert problem.path is not None
        steps = "/".join(f"{{urn:nghiquyet:xml:1}}{step}" for step in problem.path.strip("/").split("/")[1:])
        assert root.find(steps).get("x") == "1"


def test_two_inputs_in_a_row_are_each_located_in_their_own_text() -> None:
    first = _with_bad_paragraphs(nq.to_xml(seed_document()), 1)
    second = first.replace(b"?>", b"?>\n\n", 1)
    problems = [next(p for p in nq.validate(d).problems if "attribute 'x'" in p.message) for d in (first, second)]
    assert problems[0].line is not None
    assert problems[1].line == problems[0].line + 2


# -- 5. a text node over libxml2's 10 MB limit is read back ---------------------------------

HUGE = 10_000_001


@pytest.fixture(scope="module")
def huge_document() -> nq.Document:
    import attrs

    document = seed_document()
    return attrs.evolve(document, body=(*document.body, nq.Paragraph(text="chữ " * (HUGE // 4 + 1))))


@pytest.mark.parametrize(
    ("write", "read"),
    [(nq.to_xml, nq.from_xml), (nq.to_akoma_ntoso, nq.from_akoma_ntoso)],
)
def test_a_text_over_10_mb_is_read_back(huge_document: nq.Document, write: Any, read: Any) -> None:
    data = write(huge_document)
    assert read(data).body[-1] == huge_document.body[-1]
    report = nq.validate(data)
    assert not [p for p in report.problems if p.rule in ("xml-syntax", "xsd", "akn-xsd", "model")]


def test_huge_text_does_not_lift_the_nesting_limit() -> None:
    deep = b"<a>" + b"x" * HUGE + b"<b>" * MAX_DEPTH + b"</b>" * MAX_DEPTH + b"</a>"
    with pytest.raises(nq.FormatError, match="depth") as raised:
        parse_xml(deep)
    assert raised.value.line == 1
    within = b"<a>" + b"x" * HUGE + b"<b>" * (MAX_DEPTH - 1) + b"</b>" * (MAX_DEPTH - 1) + b"</a>"
    assert parse_xml(within).tag == "a"


def test_huge_text_keeps_the_doctype_refusal() -> None:
    data = b'<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e "x">]>\n<a>' + b"x" * HUGE + b"&e;</a>"
    with pytest.raises(nq.FormatError, match="DOCTYPE"):
        parse_xml(data)


# -- 10. empty input -------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n", "\ufeff\u200b \n".encode(), " \n".encode("utf-16")])
def test_empty_or_blank_content_is_an_error_not_an_empty_document(content: bytes, tmp_path: Any) -> None:
    with pytest.raises(nq.FormatError, match=r"empty|white space"):
        nq.formats.read(content)
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(nq.FormatError, match=r"empty|white space"):
        nq.read_document(path)
    assert not nq.validate(path).ok
