"""Files on disk: finding document files in folders."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["DOCUMENT_SUFFIXES", "document_files"]

#: The extensions of document files a folder is searched for.
DOCUMENT_SUFFIXES = (".xml", ".json")


def document_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Every file named, and every *.xml and *.json under every folder named.

    A folder gives its own files in name order, then each subfolder's in name order.

    Folders are walked lazily, one directory listing at a time, so that very large trees
    cost little memory.
    """
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders.sort()
            for name in sorted(names):
                if name.lower().endswith(DOCUMENT_SUFFIXES) and not name.startswith("."):
                    yield Path(folder, name)
