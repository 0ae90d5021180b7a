"""Annotate: find and resolve the names in running text (:mod:`.mentions`)."""

from __future__ import annotations

from .mentions import Mention, annotate_text

__all__ = ["Mention", "annotate_text"]
