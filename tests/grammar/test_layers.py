"""The grammar is the lowest layer: it imports only the standard library, and the model builds on it."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import nghiquyet

PACKAGE = Path(nghiquyet.__file__).parent


def _imports(path: Path) -> set[str]:
    """The absolute names a module imports (relative imports resolved against the package)."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = parts[:-1]  # (a module and a package's __init__ resolve against the same package)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                found.add(".".join((*base, node.module or "")).rstrip("."))
            elif node.module:
                found.add(node.module)
    return found


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).glob("*.py"))


@pytest.mark.parametrize("path", _modules("grammar"), ids=lambda path: path.name)
def test_the_grammar_imports_only_the_standard_library_and_itself(path: Path) -> None:
    for name in _imports(path):
        top = name.split(".")[0]
        assert top in sys.stdlib_module_names or name.startswith("nghiquyet.grammar"), name


@pytest.mark.parametrize("path", _modules("model"), ids=lambda path: path.name)
def test_the_model_imports_only_attrs_the_errors_and_the_grammar(path: Path) -> None:
    for name in _imports(path):
        top = name.split(".")[0]
        allowed = ("nghiquyet.model", "nghiquyet.errors", "nghiquyet.grammar")
        assert top in sys.stdlib_module_names or top == "attrs" or name.startswith(allowed), name
