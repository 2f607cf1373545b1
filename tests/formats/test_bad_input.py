"""Bad input to the XML readers (issue 12): reported with the library's errors, in linear time,
and nothing written that cannot be read back."""

from __future__ import annotations

import re
from typing import Any

import pytest
from seed_document import seed_document

import nghiquyet as nq

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
    with pytest.raises(nq.DocumentError, match=f"{field}: expected a Body"):
        nq.Task(text="Giao Văn phòng Thị ủy chủ trì.", **{field: value})


def test_every_writer_writes_what_the_akn_reader_accepts() -> None:
    document = nq.from_akoma_ntoso(nq.to_akoma_ntoso(_tasked()))
    for write in WRITERS:
        assert write(document)
