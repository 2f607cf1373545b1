"""The house rules every module keeps: a declared public face, and names that exist."""

from __future__ import annotations

import importlib
import pkgutil
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
