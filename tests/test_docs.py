"""The documentation keeps up with the code: every public name has its entry in the API reference."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import nghiquyet

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_api_reference_documents_every_public_name() -> None:
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\.\. auto(?:function|class|data|exception):: (\w+)$", page, re.MULTILINE)
    assert len(documented) == len(set(documented)), "a name is documented twice"
    assert sorted(documented) == sorted(nghiquyet.__all__)


def test_glossary_tables_come_from_the_enums() -> None:
    page = (DOCS / "glossary.md").read_text(encoding="utf-8")
    tables = set(re.findall(r"^```\{enum-table\} nghiquyet\.(\w+)$", page, re.MULTILINE))
    assert tables == {"DocumentKind", "SigningAuthority", "Secrecy", "Urgency", "Numbering"}


def test_the_readme_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import doctest

    monkeypatch.chdir(DOCS.parent)  # the README's paths are relative to the repository
    readme = DOCS.parent / "README.md"
    failures, attempted = doctest.testfile(str(readme), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert attempted >= 6
    assert failures == 0
