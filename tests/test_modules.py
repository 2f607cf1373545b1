"""The house rules every module keeps: a declared public face, and names that exist."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from types import ModuleType

import pytest

import nghiquyet


def _modules() -> list[ModuleType]:
    names = [nghiquyet.__name__]
    names += [info.name for info in pkgutil.walk_packages(nghiquyet.__path__, prefix="nghiquyet.")]
    return [importlib.import_module(name) for name in sorted(names)]


@pytest.mark.parametrize("module", _modules(), ids=lambda module: module.__name__)
def test_every_module_declares_its_public_names(module: ModuleType) -> None:
    assert isinstance(getattr(module, "__all__", None), list), f"{module.__name__} has no __all__"
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == []


def test_the_package_face_is_sorted() -> None:
    assert nghiquyet.__all__ == sorted(nghiquyet.__all__)


def test_every_public_name_has_one_home() -> None:
    eager = {"DocumentError", "FormatError", "NghiquyetError"}
    assert set(nghiquyet._HOMES) | eager == set(nghiquyet.__all__)
    assert not set(nghiquyet._HOMES) & eager


def _loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    code += "; import sys; print(' '.join(sorted(sys.modules)))"
    return set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split())


def test_importing_the_package_loads_no_format_parser_or_dependency() -> None:
    # The public names load on first use: `import nghiquyet` stays cheap.
    loaded = _loaded_after("import nghiquyet")
    assert not {"lxml", "lxml.etree", "cattrs", "orjson", "attrs", "nghiquyet.text", "nghiquyet.model"} & loaded
    loaded = _loaded_after("import nghiquyet as nq; nq.from_json")
    assert "nghiquyet.formats.json" in loaded
    assert not {"lxml", "cattrs", "nghiquyet.text"} & loaded  # cattrs only explains a failure
