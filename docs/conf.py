"""Sphinx configuration: MyST pages, API reference from docstrings, runnable examples.

Build (warnings are errors) and run the examples:
    sphinx-build -W -b html docs docs/_build/html
    sphinx-build -W -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The checkout's code, not whatever copy is installed, is what the docs describe and test.
sys.path[:0] = [str(HERE.parent / "src"), str(HERE / "_ext")]

project = "nghiquyet"
author = "The nghiquyet developers"
copyright = "2026, the nghiquyet developers"
release = tomllib.loads((HERE.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
language = "en"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "enum_table",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_ext", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Every cross-reference must resolve (with -W, a dead link fails the build). The standard
# library and the dependencies have no inventory offline, so their types stay unlinked.
nitpicky = True
nitpick_ignore_regex = [("py:class", r"(datetime|collections\.abc|os|re|hypothesis|lxml|etree|sqlite3)\..*")]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True}
# The attrs classes' generated __init__ repeat their fields; the class docstring says it all.
autoclass_content = "class"

doctest_global_setup = "import nghiquyet as nq"

html_theme = "furo"
html_title = "nghiquyet"
