"""Search: candidate generation (:mod:`.candidates`), cheap estimates (:mod:`.estimate`), ranking by stages
(:mod:`.rank`), word and entity weights (:mod:`.weights`) and explanations (:mod:`.explain`)."""

from __future__ import annotations

from .rank import Searcher

__all__ = ["Searcher"]
