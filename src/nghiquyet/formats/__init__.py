"""Formats: each module owns both directions of one format."""

__all__: list[str] = []
