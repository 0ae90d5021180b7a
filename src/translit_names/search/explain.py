"""Explanations: which gazetteer name matched, how, and by what margin, in plain words."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from ..model import Match
from ..names.variants import clean_query
from ..text.normalize import normalize

__all__ = ["explain_margins", "how"]


def how(via: str, query: str, matched: str) -> str:
    """The match path in words: exact spelling, same matching key (a transliteration variant), or N edits."""
    words = {"exact": "exact spelling", "key": "the same matching key (a transliteration variant)"}
    head, _, rest = via.partition(", ")
    if head == "fuzzy":
        edits = Levenshtein.distance(normalize(clean_query(query)), normalize(matched))
        phrase = f"approximate match ({edits} edit{'s' if edits != 1 else ''} after normalisation)"
    else:
        phrase = words.get(head, head)
    return f"{phrase}, {rest}" if rest else phrase


def explain_margins(matches: list[Match]) -> list[Match]:
    """The matches with their score and the margin over the runner-up (or the gap to the best) added to each
    explanation."""
    if not matches:
        return matches
    out = []
    for i, m in enumerate(matches):
        if i == 0:
            if len(matches) > 1:
                r = matches[1]
                extra = f"; runner-up {r.id} ({r.name}) at {r.score:.3f}, margin {m.score - r.score:.3f}"
            else:
                extra = "; no runner-up"
        else:
            extra = f"; {matches[0].score - m.score:.3f} below the best"
        out.append(Match(**{**m.__dict__, "explain": m.explain + f", score {m.score:.3f}" + extra}))
    return out
