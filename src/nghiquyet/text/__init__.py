"""Everything about Vietnamese text: reading documents (:func:`parse_text`) and writing them (:func:`to_text`)."""

from .parse import parse_text
from .render import to_text

__all__ = ["parse_text", "to_text"]
