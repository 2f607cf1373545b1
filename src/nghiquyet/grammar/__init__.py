"""The domain's grammar: how Party documents print numbers, numbering labels, dates and recipients.

One home for each printed form, used by the parser (:mod:`nghiquyet.text`), the model's
checks and every writer. This package imports nothing but the standard library, so that
the model may build on it: numerals (Roman, in words), labels (numbering levels and
markers), dates ("ngày 05 tháng 4 năm 2023"), recipients ("- name (purpose),") and the
folding key text is compared through. Notations are the model's own
(:meth:`~nghiquyet.Notation.parse`, ``str(notation)``).
"""

__all__: list[str] = []
