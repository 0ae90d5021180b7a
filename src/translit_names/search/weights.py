"""How much a word and an entity count in the search's scores: word rarity and entity prominence."""

from __future__ import annotations

import math

from ..score.params import COMMON_WORD_DF, EXACT_IS_ENOUGH, MARGIN, PRIOR_FLOOR, VARIANT_FACTOR

__all__ = ["prior", "variants_cannot_win", "word_weight"]


def word_weight(df: int) -> float:
    """Weight of a word used in ``df`` forms: 1 up to :data:`COMMON_WORD_DF`, then falling with log(df) to 0.4."""
    if df <= COMMON_WORD_DF:
        return 1.0
    return max(0.4, 1.0 - 0.3 * math.log10(df / COMMON_WORD_DF))


def prior(prominence: float) -> float:
    """Score factor from an entity's prominence (0-100): from :data:`PRIOR_FLOOR` to 1, so namesakes rank by
    prominence and near-misses of obscure entities fall below the threshold first."""
    return PRIOR_FLOOR + (1.0 - PRIOR_FLOOR) * max(0.0, min(prominence, 100.0)) / 100.0


def variants_cannot_win(max_prominence: float) -> float:
    """The best score at which ``lookup`` skips the de-inflection stage in an index whose entities have at most
    ``max_prominence``: :data:`EXACT_IS_ENOUGH`, or less where the index's entities cannot reach it. A de-inflected
    variant scores at most :data:`VARIANT_FACTOR` times the highest prior (its similarity and name factor are at
    most 1), so an answer :data:`MARGIN` above that can be neither beaten nor made ambiguous by one. In an index
    where every entity has prominence 10 (FollowTheMoney) an exact spelling (0.865) thus ends the search, as it
    does in the packaged gazetteer, whose highest prominence (97) keeps the stop at EXACT_IS_ENOUGH."""
    return min(EXACT_IS_ENOUGH, VARIANT_FACTOR * prior(max_prominence) + MARGIN)
