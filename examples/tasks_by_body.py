"""Find every task assigned to a body across a corpus of documents.

Run: python examples/tasks_by_body.py BODY [FOLDER]
     e.g. python examples/tasks_by_body.py "Văn phòng Thị ủy" examples

Reads every .txt (parsed), .json and .xml file of FOLDER with `nghiquyet.read_document`. Names are compared through
`nghiquyet.fold`, so "Văn phòng Thị ủy", "VĂN PHÒNG THỊ UỶ" and "Van phong Thi uy" are the
same body: official texts spell the same name several ways.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import nghiquyet as nq


def documents_in(folder: Path) -> Iterator[tuple[Path, nq.Document]]:
    for path in sorted(folder.iterdir()):
        if path.suffix in {".txt", ".json", ".xml"}:
            # Told by content: text is parsed; JSON, native XML, Akoma Ntoso and edXML are read.
            yield path, nq.read_document(path)


def tasks_for(body: str, folder: Path) -> Iterator[tuple[Path, str, nq.Task]]:
    """(file, role, task) for each task in which ``body`` leads or partners."""
    wanted = nq.fold(body)
    for path, document in documents_in(folder):
        for task in document.tasks():
            if any(nq.fold(b.name) == wanted for b in task.lead):
                yield path, "lead", task
            elif any(nq.fold(b.name) == wanted for b in task.partners):
                yield path, "partner", task


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    body, folder = sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parent
    found = 0
    for path, role, task in tasks_for(body, folder):
        found += 1
        due = f" (due {task.deadline.text})" if task.deadline else ""
        print(f"{path.name}: {role}{due}: {task.text[:100]}")
    print(f"{found} task(s) for {body}")
