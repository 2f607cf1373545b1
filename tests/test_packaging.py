"""Packaging: the license, the user-facing extra and the development groups agree with the docs and CI."""

from __future__ import annotations

import ast
import re
import shlex
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
GROUPS: dict[str, list[object]] = PYPROJECT.get("dependency-groups", {})

DEV_TOOLS = {"pytest", "ruff", "mypy", "types-lxml", "jsonschema", "sphinx", "myst-parser", "furo", "import-linter"}


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower()


def _group_names(group: str) -> set[str]:
    """Every requirement name of a dependency group, its included groups' too."""
    names: set[str] = set()
    for entry in GROUPS[group]:
        if isinstance(entry, dict):
            names |= _group_names(entry["include-group"])
        else:
            names.add(_name(str(entry)))
    return names


def _install_targets(command: str) -> tuple[set[str], set[str]]:
    """The extras of the project and the dependency groups a `pip install` command line names."""
    extras: set[str] = set()
    groups: set[str] = set()
    words = shlex.split(command)
    for index, word in enumerate(words):
        found = re.fullmatch(r"\.\[([\w,-]+)\]", word)
        if found:
            extras |= set(found.group(1).split(","))
        if word == "--group":
            groups.add(words[index + 1])
    return extras, groups


def _pip_installs(text: str) -> list[str]:
    return [
        part.strip()
        for line in text.splitlines()
        for part in line.split("&&")
        if re.search(r"\bpip install\b", part) and " -e " in part
    ]


def test_the_license_file_is_the_one_declared() -> None:
    assert PROJECT["license"] == "MIT"
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text


def test_the_testing_extra_brings_what_nghiquyet_testing_imports() -> None:
    source = (REPO / "src" / "nghiquyet" / "testing.py").read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.partition(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            imported.add(node.module.partition(".")[0])
    third_party = {name for name in imported if name not in sys.stdlib_module_names and name != "nghiquyet"}
    provided = {_name(r) for r in PROJECT["dependencies"] + PROJECT["optional-dependencies"]["testing"]}
    assert third_party, "nghiquyet.testing imports no third-party package: the extra would be pointless"
    assert third_party <= provided


def test_development_tools_are_dependency_groups_not_extras() -> None:
    extras = {_name(r) for requirements in PROJECT["optional-dependencies"].values() for r in requirements}
    assert not extras & DEV_TOOLS
    assert _group_names("dev") >= DEV_TOOLS


@pytest.mark.parametrize("where", ["README.md", ".ci/run"])
def test_the_quickstart_and_ci_install_the_same_existing_targets(where: str) -> None:
    readme = _pip_installs((REPO / "README.md").read_text(encoding="utf-8"))
    here = _pip_installs((REPO / where).read_text(encoding="utf-8"))
    assert len(readme) == 1, "the README quickstart has one install command"
    assert here, f"{where} installs the project"
    extras, groups = _install_targets(here[0])
    assert (extras, groups) == _install_targets(readme[0])
    assert extras <= set(PROJECT["optional-dependencies"])
    assert groups <= set(GROUPS)
    assert set().union(*(_group_names(g) for g in groups)) >= DEV_TOOLS


def test_ci_checks_the_import_contracts() -> None:
    run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^\.venv/bin/lint-imports\b", run, re.MULTILINE)
    assert PYPROJECT["tool"]["importlinter"]["contracts"]
