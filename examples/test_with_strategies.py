"""Use nghiquyet.testing in your own tests: properties over generated documents.

Run: python -m pytest examples/test_with_strategies.py

Suppose your application stores documents as JSON in a database and shows a summary of
each. Hypothesis draws valid documents of every shape (blank numbers, state notations,
nested divisions, tasks without a lead, …) so your code meets them before your users do.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import nghiquyet as nq
from nghiquyet.testing import documents, notations


def summary(document: nq.Document) -> str:
    """The one line an application might show for a document."""
    kind = document.kind.label if document.kind else "Văn bản"
    number = f" số {document.notation}" if document.notation else ""
    return f"{kind}{number}: {document.subject or '(không có trích yếu)'}"


@given(documents())
def test_what_the_app_stores_it_reads_back(document: nq.Document) -> None:
    stored = nq.to_json(document)  # what goes into the database
    assert nq.from_json(stored) == document


@given(documents())
def test_every_document_has_a_one_line_summary(document: nq.Document) -> None:
    line = summary(document)
    assert line.startswith(document.kind.label if document.kind else "Văn bản")
    assert str(document.notation) in line if document.notation else " số " not in line.split(":")[0]


@given(notations(), st.sampled_from(["Số ", "Số: ", ""]))
def test_notations_read_back_as_printed(notation: nq.Notation, prefix: str) -> None:
    assert nq.Notation.parse(prefix + str(notation)) == notation
