"""Find every task assigned to a body across a corpus of documents.

Run: python examples/tasks_by_body.py BODY [FOLDER]
     e.g. python examples/tasks_by_body.py "Văn phòng Thị ủy" examples

Reads every .txt (parsed), .json and .xml file of FOLDER. Names are compared through
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
        if path.suffix == ".txt":
            yield path, nq.parse_text(path.read_text(encoding="utf-8"))
        elif path.suffix == ".json":
            yield path, nq.from_json(path.read_bytes())
        elif path.suffix == ".xml" and not path.name.endswith((".akn.xml", ".edxml.xml")):
            yield path, nq.from_xml(path.read_bytes())


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
