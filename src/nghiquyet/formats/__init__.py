"""Formats: each module owns both directions of one format.

Reading a file in whichever format it holds, and writing one by its extension, is
:mod:`nghiquyet.files`.
"""

from __future__ import annotations

__all__: list[str] = []
