"""Scoring stage: how alike two names are (see docs/matching.md)."""

__all__: list[str] = []
