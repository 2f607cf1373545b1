"""The corpus index: many documents in one SQLite file, who cites whom, and every task.

:class:`Index` builds it (:mod:`.build`, on every core or a Dask cluster) and asks it
questions (:mod:`.queries`); :mod:`.schema` documents its tables; :mod:`.vocabulary` holds
the relations of citations and how bodies' names are keyed; :mod:`.exports` writes the task
register as a table, CSV, XLSX or iCalendar. Importing this package loads neither sqlite3
nor the export libraries: they come when first used.
"""

from ._index import Index
from .queries import Citation, IndexedDocument, TaskEntry

__all__ = ["Citation", "Index", "IndexedDocument", "TaskEntry"]
