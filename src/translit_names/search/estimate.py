"""Cheap upper bounds of the name score, so that most candidate forms are never scored in full.

:func:`estimate` scores a query against a form known only by its normalised text and its matching key (no
tokenising), with word scores that are upper bounds of the real ones (see
:data:`~translit_names.score.params.ESTIMATE_SLACK`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from ..names.keys import skeleton
from ..names.tokens import Token, surname_rules, vowel_classed
from ..score.align import name_similarity
from ..score.words import edit_similarity

__all__ = ["estimate", "estimate_similarity", "estimate_token", "index_token", "key_token"]


@lru_cache(maxsize=32768)
def index_token(word: str) -> Token:
    """An index word (a matching key) as a token, for comparing keys with keys."""
    return Token(word, word, skeleton(word), word, False, "", vowel_classed(word))

@cache
def _patronymic_key() -> re.Pattern[str]:
    """Matching keys of patronymics end so (the keys of -ovich, -evich, -ovych, -ovic, -ovna, -evna, -ivna, -ichna
    ...; the packs' ``surnames`` rules)."""
    return re.compile(surname_rules()["patronymic_key"])


@lru_cache(maxsize=32768)
def estimate_token(norm: str, key: str) -> Token:
    """A form's word, known by its normalised text and its matching key, as a token for :func:`_estimate`
    (without the work of tokenising the text: no transliteration, no gender or case tests). A key that may be a
    patronymic's makes the word weigh as a patronymic when unmatched."""
    latin = "ovich" if _patronymic_key().search(key) else norm
    return Token(norm, key, skeleton(key), latin, False, "", vowel_classed(key))


def estimate_similarity(q: Token, f: Token) -> float:
    """At least what :func:`token_similarity` gives the query word ``q`` and the form word ``f`` (an
    :func:`_estimate_token`): 1 for the same text or key, else the edit score without the caps (gender, suffix)
    that only lower it."""
    if q.norm == f.norm or q.key == f.key:
        return 1.0
    if not q.keyable:
        return 0.0
    return edit_similarity(q, f) if q.key < f.key else edit_similarity(f, q)


def estimate(toks: tuple[Token, ...], fnorm: str, fkey: str, info: Callable[[Token], float]) -> float:
    """The query's score against a form known by its normalised text and its matching key: no lower than its real
    score (see :data:`ESTIMATE_SLACK`), and computed without tokenising the form's text."""
    norms, keys = fnorm.split(), fkey.split()
    if len(norms) != len(keys) or any(len(n) == 1 for n in norms):
        # Words that do not line up; or an initial ("C." in "C-kung"), which only the text's capitals tell apart
        # from a one-letter word: no estimate.
        return 1.0
    ftoks = tuple(estimate_token(n, k) for n, k in zip(norms, keys))
    return name_similarity(toks, ftoks, info, word_similarity=estimate_similarity)


def key_token(tok: Token) -> Token:
    """A query token with its key standing for its text (to compare it with index words, which are keys)."""
    return Token(tok.key, tok.key, tok.skeleton, tok.key, tok.all_caps, tok.gender, tok.vowel_key)
