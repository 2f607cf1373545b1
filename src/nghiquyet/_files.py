"""Files on disk: finding document files in folders, and writing a file atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["DOCUMENT_SUFFIXES", "document_files", "same_file", "write_atomically"]

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


def same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` are one file: the same resolved path, or links to one inode."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _new_file_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same folder (same file system), are flushed
    to disk, and the temporary file is renamed over ``target``.
    """
    mode = _new_file_mode(target)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
