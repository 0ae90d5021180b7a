"""How much a word and an entity count in the search's scores: word rarity and entity prominence."""

from __future__ import annotations

import math

from ..score.params import COMMON_WORD_DF, PRIOR_FLOOR

__all__ = ["prior", "word_weight"]


def word_weight(df: int) -> float:
    """Weight of a word used in ``df`` forms: 1 up to :data:`COMMON_WORD_DF`, then falling with log(df) to 0.4."""
    if df <= COMMON_WORD_DF:
        return 1.0
    return max(0.4, 1.0 - 0.3 * math.log10(df / COMMON_WORD_DF))


def prior(prominence: float) -> float:
    """Score factor from an entity's prominence (0-100): from :data:`PRIOR_FLOOR` to 1, so namesakes rank by
    prominence and near-misses of obscure entities fall below the threshold first."""
    return PRIOR_FLOOR + (1.0 - PRIOR_FLOOR) * max(0.0, min(prominence, 100.0)) / 100.0
