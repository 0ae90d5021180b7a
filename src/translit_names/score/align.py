"""Name similarity: two names' words aligned one-to-one in any order.

A name is a tuple of :class:`~translit_names.names.tokens.Token`. Two names are scored by aligning their tokens
one-to-one in any order (so "Lukashenko, Alexander" equals "Alexander Lukashenko"), each pair scored by a word
similarity, and weighting each token by its length; unmatched tokens pull the score down, except
patronymic-shaped middle names, which weigh little. See docs/matching.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .. import lang
from ..names.tokens import Token, surname_rules
from .params import DEFAULT_THRESHOLD, GENERATION_CAP, INITIAL_SIM, MIN_PAIR, PATRONYMIC_WEIGHT, WEAKEST_SLACK
from .words import token_similarity

__all__ = ["Aligned", "Informativeness", "align_words", "aligned_similarity", "generations", "name_similarity"]

@cache
def generations() -> frozenset[str]:
    """Generation markers (Jr., Sr., II ...; the ``generations`` lists of the packs)."""
    return frozenset(lang.lines("generations"))


@cache
def _patronymic() -> re.Pattern[str]:
    """Patronymic endings on a latinised word (-ovich, -ovna ...; the packs' ``surnames`` rules)."""
    return re.compile(surname_rules()["patronymic"])


# The two above, once loaded: the name score runs for every candidate form, a module variable is the cheapest
# way to reach them (loaded on the first score, not at import).
_loaded: tuple[frozenset[str], re.Pattern[str]] | None = None


def _lists() -> tuple[frozenset[str], re.Pattern[str]]:
    global _loaded
    if _loaded is None:
        _loaded = (generations(), _patronymic())
    return _loaded



#: A word's informativeness: 1 for distinctive words; less for words that many names share
#: ("international", "national", "republic"), as counted in a gazetteer.
Informativeness = Callable[[Token], float]


def _one(tok: Token) -> float:
    return 1.0


def _weight(tok: Token, info: Informativeness) -> float:
    return (2.0 + len(tok.key or tok.norm)) * info(tok)


def _unmatched_weight(tok: Token, info: Informativeness, position: int, words: int) -> float:
    """The weight of a word left unmatched: a patronymic weighs little, but only a word in patronymic position
    (not the first of the name, in a name of three words or more): in a two-word name, a word ending -ovich or
    -ović is a surname (Slobodan Milošević, Roman Abramovich), which must be matched."""
    if words >= 3 and position > 0 and (_loaded or _lists())[1].search(tok.latin):
        return PATRONYMIC_WEIGHT * _weight(tok, info)
    return _weight(tok, info)


#: One word pair of an alignment: index in the first name, index in the second, word similarity.
Aligned = tuple[int, int, float]


def align_words(
    a: tuple[Token, ...], b: tuple[Token, ...], word_similarity: Callable[[Token, Token], float] = token_similarity
) -> list[Aligned]:
    """The one-to-one word alignment of :func:`name_similarity`: every pair of at least :data:`MIN_PAIR`, best
    first (ties broken by the words themselves, so that it does not depend on word order), each word once. An
    initial against a word of its letter scores :data:`INITIAL_SIM`."""
    pairs: list[tuple[float, str, str, int, int]] = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if x.initial or y.initial:
                if x.initial and y.initial:
                    sim = 1.0 if x.norm == y.norm else 0.0
                else:
                    longer, short = (y, x) if x.initial else (x, y)
                    sim = INITIAL_SIM if longer.norm[0] == short.norm or longer.key[:1] == short.key else 0.0
            else:
                sim = word_similarity(x, y)
            if sim >= MIN_PAIR:
                if x.norm <= y.norm:
                    pairs.append((-sim, x.norm, y.norm, i, j))
                else:
                    pairs.append((-sim, y.norm, x.norm, i, j))
    pairs.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[Aligned] = []
    for neg_sim, _lo, _hi, i, j in pairs:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j, -neg_sim))
    return out


def name_similarity(
    a: tuple[Token, ...],
    b: tuple[Token, ...],
    info: Informativeness = _one,
    word_similarity: Callable[[Token, Token], float] = token_similarity,
) -> float:
    """Similarity of two token sequences in [0, 1], independent of word order; symmetric.

    Each word weighs its length times ``info(word)``; a matched pair adds its similarity (``word_similarity``)
    times both weights.
    """
    if not a or not b:
        return 0.0
    if len(a) == len(b) and all(x.norm == y.norm for x, y in zip(a, b)):
        return 1.0
    return aligned_similarity(a, b, align_words(a, b, word_similarity), info)


def aligned_similarity(a: tuple[Token, ...], b: tuple[Token, ...], aligned: list[Aligned], info: Informativeness = _one) -> float:
    """:func:`name_similarity` of two names from their alignment (:func:`align_words`), with the weights ``info``:
    callers that read the alignment themselves (the name structure) score it without aligning twice."""
    if not a or not b:
        return 0.0
    if len(a) == len(b) and all(x.norm == y.norm for x, y in zip(a, b)):
        return 1.0
    if not aligned:
        return 0.0
    any_initial = any(t.initial for t in a) or any(t.initial for t in b)
    used_a: set[int] = set()
    used_b: set[int] = set()
    matched = 0.0
    total = 0.0
    weakest = 1.0
    for i, j, sim in aligned:
        used_a.add(i)
        used_b.add(j)
        x, y = a[i], b[j]
        if x.initial or y.initial:
            w = 2 * _weight(x if x.initial else y, info)
        else:
            w = _weight(x, info) + _weight(y, info)
            weakest = min(weakest, sim)
        matched += sim * w
        total += w
    # "Donald Trump Jr." is not "Donald Trump": a generation marker on one side only caps the score.
    markers = (_loaded or _lists())[0]
    if any(t.norm in markers for t in a) or any(t.norm in markers for t in b):
        gen_a = {t.norm for t in a} & markers
        gen_b = {t.norm for t in b} & markers
        if gen_a != gen_b:
            return min(matched / (total + 1e-9), GENERATION_CAP) if total else 0.0
    if len(used_a) < len(a):
        total += sum(_unmatched_weight(x, info, i, len(a)) for i, x in enumerate(a) if i not in used_a)
    if len(used_b) < len(b):
        total += sum(_unmatched_weight(y, info, j, len(b)) for j, y in enumerate(b) if j not in used_b)
    # Names made only of initials against a full name say little: never above the threshold.
    if any_initial and all(a[i].initial or b[j].initial for i, j in zip(sorted(used_a), sorted(used_b))):
        return min(matched / total, DEFAULT_THRESHOLD - 0.1)
    # One poorly matching word is not outvoted by good ones: "Vladimir Putilin" is not "Vladimir Putin".
    return min(matched / total, weakest + WEAKEST_SLACK)
