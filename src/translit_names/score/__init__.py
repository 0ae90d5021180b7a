"""Scores: every tuned number (:mod:`.params`), the word score (:mod:`.words`), the name alignment
(:mod:`.align`), ``compare`` (:mod:`.compare`) and the learned cross-script models (:mod:`.crossscript`)."""

from __future__ import annotations

from .params import DEFAULT_THRESHOLD

__all__ = ["DEFAULT_THRESHOLD"]
