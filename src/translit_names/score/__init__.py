"""Scores: the name-structure score (:mod:`.structure`)."""

__all__: list[str] = []
