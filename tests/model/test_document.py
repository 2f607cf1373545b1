import datetime

import pytest
from hypothesis import given

import nghiquyet as nq
from nghiquyet.testing import documents


def test_references_and_tasks_are_found_everywhere_in_the_tree() -> None:
    cited = nq.Reference(start=0, end=9, notation=nq.Notation.parse("87-NQ/TU"), date=datetime.date(2023, 3, 15))
    task = nq.Task(text="Giao Văn phòng", spans=[cited], lead=[nq.Organization(name="Văn phòng")])
    deep = nq.Division(
        numbering=nq.Numbering.ROMAN,
        marker="II.",
        children=[nq.Division(numbering=nq.Numbering.ARABIC, marker="1.", children=[task])],
    )
    in_list = nq.ListItem(text="Nghị quyết", spans=[cited])
    doc = nq.Document(
        preamble=[nq.Paragraph(text="Căn cứ Nq", spans=[cited])],
        body=[deep],
        appendices=[nq.Appendix(title="PHỤ LỤC", body=[in_list])],
    )
    assert list(doc.references()) == [cited, cited, cited]
    assert list(doc.tasks()) == [task]
    assert [d.label for d in doc.divisions()] == ["II", "1"]


def test_documents_are_immutable_values() -> None:
    doc = nq.Document(subject="về tình hình")
    with pytest.raises(AttributeError):
        doc.subject = "x"  # type: ignore[misc]
    assert doc == nq.Document(subject="về tình hình")
    assert hash(doc) == hash(nq.Document(subject="về tình hình"))


def test_impossible_values_are_refused() -> None:
    with pytest.raises(nq.DocumentError):
        nq.Document(copies=0)
    with pytest.raises(nq.DocumentError):
        nq.Document(draft="no")  # type: ignore[arg-type]
    with pytest.raises(nq.DocumentError):
        nq.Document(body=[nq.Recipient(name="x")])  # type: ignore[list-item]


@given(documents())
def test_generated_documents_pass_every_validator_again(doc: nq.Document) -> None:
    # attrs.evolve re-runs every converter and validator on the same values.
    import attrs

    assert attrs.evolve(doc) == doc
