"""Query cleaning and de-inflection: the variants of a query the matcher also tries.

:func:`clean_query` drops possessive endings and leading titles ("Mr Putin's" -> "Putin"); :func:`query_variants`
gives de-inflected variants (Путина -> Путин, Andrzeja Dudy -> Andrzej Duda); :func:`common_words` are words that
are never names on their own.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from unidecode import unidecode

from ..text.normalize import normalize
from .tokens import gender_of, suffix_class

__all__ = ["MAX_VARIANTS", "TITLES", "clean_query", "common_words", "query_variants"]

# Titles and honorifics dropped from a query when other words remain ("Mr Putin", "Präsident Lukaschenko").
TITLES = frozenset(
    normalize(t)
    for t in """mr mrs ms miss dr prof sir dame lord lady president vice prime minister foreign secretary
    general gen chancellor king queen prince princess sheikh pope saint st herr frau präsident präsidentin
    kanzler kanzlerin bundeskanzler bundeskanzlerin ministerpräsident monsieur mme madame mlle président
    présidente pan pani prezydent premier señor señora presidente signor signora königin könig kaiser
    kaiserin prinz prinzessin fürst господин госпожа г-н г-жа
    президент премьер министр пан пані президент прэзідэнт спадар спадарыня""".split()
)
# A possessive or case suffix after an apostrophe at the end of the query: English "Lukashenko's", Turkish
# "Erdoğan'ın", "Ankara'da". (Not inside words: "Chaplyns'kyi" keeps its soft-sign apostrophe.)
_POSSESSIVE = re.compile(
    r"(?<=\w{3})['’`](?:s|ın|in|un|ün|nın|nin|nun|nün|a|e|ya|ye|da|de|ta|te|dan|den|tan|ten|ı|i|u|ü|yı|yi|la|le|yla|yle)?\s*$"
)


@cache
def common_words() -> frozenset[str]:
    """Normalised common words that are never names on their own (``data/common-words.txt``)."""
    text = (resources.files("translit_names") / "data" / "common-words.txt").read_text(encoding="utf-8")
    return frozenset(normalize(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=65536)
def clean_query(name: str) -> str:
    """Drop possessive endings and leading/trailing titles from a query, keeping at least one word."""
    text = _POSSESSIVE.sub("", name)
    words = text.split()
    while len(words) > 1 and normalize(words[0]) in TITLES:
        words.pop(0)
    return " ".join(words)
# Case endings of Russian, Belarusian, Ukrainian and Polish surnames and given names, longest first, with the
# nominative ending to put back. Used to try a de-inflected variant of a query word (Путина -> Путин,
# Тихановской -> Тихановская, Łukaszenki -> Łukaszenka); such a variant scores a little lower than the word.
_INFLECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ской", ("ская",)),
    ("скую", ("ская",)),
    ("ского", ("ский",)),
    ("скому", ("ский",)),
    ("ским", ("ский",)),
    ("ском", ("ский",)),
    ("овой", ("ова",)),
    ("евой", ("ева",)),
    ("иной", ("ина",)),
    ("ого", ("ий", "ый", "ой")),
    ("ему", ("ий",)),
    ("ому", ("ый", "ий")),
    ("ым", ("ый",)),
    ("ом", ("",)),
    ("ем", ("ь", "й", "")),
    ("ой", ("а",)),
    ("ей", ("я", "ь")),
    ("ою", ("а",)),
    ("у", ("", "а")),
    ("ю", ("ь", "я", "й")),
    ("а", ("", "о")),
    ("я", ("ь", "й")),
    ("е", ("", "а", "о")),
    ("ы", ("а",)),
    ("и", ("а", "я", "ь")),
    ("ą", ("a",)),
    ("ę", ("a",)),
    ("skiej", ("ska",)),
    ("ckiej", ("cka",)),
    ("iego", ("i",)),
    ("iemu", ("i",)),
    ("ki", ("ka",)),
    ("ce", ("ka",)),
    ("ką", ("ka",)),
    ("skim", ("ski",)),
    ("em", ("",)),
    ("owi", ("",)),
    ("a", ("",)),
    ("y", ("a",)),
    ("u", ("",)),
    ("s", ("",)),
)


def _word_variants(word: str, shortest_latin: int = 6) -> list[str]:
    lower = word.lower()
    if len(lower) < 4:
        return []
    gender = gender_of(unidecode(normalize(word)))
    for ending, replacements in _INFLECTIONS:
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
