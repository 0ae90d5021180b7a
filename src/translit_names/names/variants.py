"""Query cleaning and de-inflection: the variants of a query the matcher also tries.

:func:`clean_query` drops possessive endings and leading titles ("Mr Putin's" -> "Putin"); :func:`query_variants`
gives de-inflected variants (Путина -> Путин, Andrzeja Dudy -> Andrzej Duda); :func:`common_words` are words that
are never names on their own.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from unidecode import unidecode

from .. import lang
from ..text.normalize import normalize
from .tokens import gender_of, suffix_class

__all__ = ["MAX_VARIANTS", "clean_query", "common_words", "inflections", "query_variants", "titles"]


@cache
def titles() -> frozenset[str]:
    """Normalised titles and honorifics dropped from a query when other words remain ("Mr Putin", "Präsident
    Lukaschenko"): the ``titles`` lists of every language pack."""
    return frozenset(normalize(t) for t in lang.lines("titles"))


@cache
def _possessive() -> re.Pattern[str]:
    """A possessive or case suffix after an apostrophe at the end of the query: English "Lukashenko's", Turkish
    "Erdoğan'ın", "Ankara'da" (the ``possessives`` lists of the packs). Not inside words: "Chaplyns'kyi" keeps
    its soft-sign apostrophe."""
    endings = "|".join(map(re.escape, dict.fromkeys(lang.lines("possessives"))))
    return re.compile(rf"(?<=\w{{3}})['’`](?:{endings})?\s*$")


@cache
def common_words() -> frozenset[str]:
    """Normalised common words that are never names on their own (the ``common_words`` lists of the packs)."""
    return frozenset(normalize(w) for w in lang.lines("common_words"))


@lru_cache(maxsize=16384)
def clean_query(name: str) -> str:
    """Drop possessive endings and leading/trailing titles from a query, keeping at least one word."""
    text = _possessive().sub("", name)
    words = text.split()
    known = titles()
    while len(words) > 1 and normalize(words[0]) in known:
        words.pop(0)
    return " ".join(words)
@cache
def inflections() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Case endings of Russian, Belarusian, Ukrainian and Polish surnames and given names, in the order tried,
    each with the nominative endings to put back (the ``inflections`` tables of the packs). Used to try a
    de-inflected variant of a query word (Путина -> Путин, Тихановской -> Тихановская, Łukaszenki ->
    Łukaszenka); such a variant scores a little lower than the word."""
    out = []
    for pack in lang.packs():
        if pack.has_data("inflections"):
            for ending, *replacements in pack.data("inflections"):
                out.append((ending, tuple("" if r == "-" else r for r in replacements)))
    return tuple(out)


def _word_variants(word: str, shortest_latin: int = 6) -> list[str]:
    lower = word.lower()
    if len(lower) < 4:
        return []
    gender = gender_of(unidecode(normalize(word)))
    for ending, replacements in inflections():
        # A one-letter Latin ending is stripped only from longer words: "Putina", "Merkels", not "Maria".
        shortest = shortest_latin if ending in ("a", "u", "s", "y") else 4
        if lower.endswith(ending) and len(lower) - len(ending) >= 3 and len(lower) >= shortest:
            stem = word[: len(word) - len(ending)]
            out = [stem + rep for rep in replacements]
            # The case endings of -sky / -skaya surnames keep the gender: Tsikhanouskya is not Tsikhanousky.
            # (Путина may be the genitive of Путин: other endings say nothing of gender.)
            if gender and suffix_class(unidecode(normalize(word)).lower()) == "sky":
                out = [v for v in out if gender_of(unidecode(normalize(v))) in ("", gender)]
            return out
    return []


#: At most this many de-inflected variants are tried for one query.
MAX_VARIANTS = 12


def query_variants(name: str) -> list[str]:
    """De-inflected variants of a cleaned query: words with a case ending replaced by a nominative one, one
    word at a time and then all together (``Andrzeja Dudy`` -> ``Andrzej Duda``). The query is not included."""
    words = name.split()
    options = [[w, *_word_variants(w)] for w in words]
    out: list[str] = []
    for idx, opts in enumerate(options):
        for alt in opts[1:]:
            out.append(" ".join(words[:idx] + [alt] + words[idx + 1 :]))
    if len(words) > 1:
        # Several inflected words ("Donalda Tuska", "Andrzeja Dudy"): shorter words may be de-inflected too.
        relaxed = [[w, *_word_variants(w, shortest_latin=4)] for w in words]
        if sum(len(o) > 1 for o in relaxed) > 1:
            combos: list[list[str]] = [[]]
            for opts in relaxed:
                combos = [c + [o] for c in combos for o in (opts[1:] or opts)][:MAX_VARIANTS]
            out.extend(" ".join(c) for c in combos)
    return [v for v in dict.fromkeys(out) if v != name][:MAX_VARIANTS]
