"""The spellings of one entity as the index stores them: forms (one per normalised spelling), their names and
the word keys of their postings, exactly as :func:`translit_names.build.compile.compile_sources` writes them
(tests/build/test_streaming.py checks the two builds give the same index)."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

from ..model import TIERS
from ..names.keys import split_words
from ..names.tokens import Token, make_token
from ..text.normalize import normalize
from .compile import expand_names, name_factor
from .sources import RawEntity

__all__ = ["WORD_CACHE", "Expanded", "Form", "entity_forms", "form_tokens"]

_TIER_RANK = {t: i for i, t in enumerate(TIERS)}

#: One form of an entity: (norm, key, tier rank, text, factor, names, word keys for the postings); names are
#: (text, tier rank, lang, source, scheme, origin).
Form = tuple[str, str, int, str, float, tuple[tuple[str, int, str, str, str | None, str | None], ...], tuple[str, ...]]
#: One expanded entity: (entity columns without eid, its forms).
Expanded = tuple[tuple[Any, ...], list[Form]]


#: Words whose tokens the build keeps (:func:`form_tokens`); a bounded cache, cleared by nothing (a build's
#: vocabulary rarely exceeds it, and a miss only costs time).
WORD_CACHE = 262144


@lru_cache(maxsize=WORD_CACHE)
def _word_tokens(word: str) -> tuple[Token, ...]:
    parts = normalize(word).split()
    # A word the key keeps whole may normalise to several ("Jean-Luc"): those become separate tokens.
    return tuple(t for t in (make_token(w) for w in (parts if len(parts) > 1 else [word])) if t is not None)


def form_tokens(text: str) -> tuple[Token, ...]:
    """The tokens of ``text``, as :func:`translit_names.names.tokens.tokenize` gives them, with the work of each
    word cached (tokenize caches whole names, which a large build rarely repeats)."""
    return tuple(t for w in split_words(text) for t in _word_tokens(w))


def entity_forms(entity: RawEntity, curated_sources: set[str] | frozenset[str], common: frozenset[str]) -> list[Form]:
    """The forms of one entity, as :func:`translit_names.build.compile.compile_sources` writes them."""
    grouped: dict[str, list[Any]] = defaultdict(list)
    for n in expand_names(entity):
        norm = normalize(n.text)
        if not norm:
            continue
        if norm in common and n.tier != "preferred" and n.source not in curated_sources:
            continue  # imported alternate names that are common words ("Freedom", "Victory") are not names
        grouped[norm].append(n)
    out: list[Form] = []
    for norm in sorted(grouped):
        spellings = grouped[norm]
        tier = min(_TIER_RANK[n.tier] for n in spellings)
        text = min(spellings, key=lambda n: (_TIER_RANK[n.tier], n.text)).text
        toks_ = form_tokens(text)
        key = " ".join(t.key for t in toks_)
        factor = max(name_factor(n, curated_sources) for n in spellings)  # type: ignore[arg-type]
        names: list[tuple[str, int, str, str, str | None, str | None]] = []
        seen: set[tuple[Any, ...]] = set()
        for n in sorted(spellings, key=lambda n: (_TIER_RANK[n.tier], n.text, n.lang, n.scheme or "", n.source)):
            row = (n.text, _TIER_RANK[n.tier], n.lang, n.source, n.scheme, n.origin)
            if row not in seen:
                seen.add(row)
                names.append(row)
        toks = tuple(sorted({t.key for t in toks_ if t.keyable and t.key}))
        out.append((norm, key, tier, text, factor, tuple(names), toks))
    return out
