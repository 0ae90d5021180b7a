"""Name-structure rules read from the language packs' data files (``lang/<code>/*.tsv``).

Every pack (:mod:`translit_names.lang`) may declare the data files ``legal_forms``, ``org_words``,
``person_parts``, ``numbers`` and ``nicknames`` in its ``pack.json`` (formats in ``lang/README.md``); the rules
are the union over all packs, so adding a language edits no code.
Words are normalised with :func:`translit_names.normalize` when loaded. The rules are loaded once, on first use
(:func:`rules`, a one-entry cache).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from .. import lang
from ..lang import LanguagePack, PackError
from ..text.normalize import normalize
from .keys import token_key

__all__ = ["NumberWord", "Rules", "load", "rules"]

PERSON_KINDS = frozenset(
    {"title", "particle", "nasab", "family", "kunya", "patronymic-marker", "patronymic-suffix", "compound", "article"}
)
ORG_KINDS = frozenset({"generic", "optional", "place", "stop", "of"})
NUMBER_KINDS = frozenset({"cardinal", "ordinal", "multiplier"})


@dataclass(frozen=True)
class NumberWord:
    """A number written as a word: its value and kind ("cardinal", "ordinal" or "multiplier")."""

    value: int
    kind: str


@dataclass
class Rules:
    """Everything the name-structure scorer reads from the packs, keyed by normalised text."""

    #: Legal form (normalised words) -> the abbreviations it compares as (``ooo`` -> {"LLC"}).
    legal_forms: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    #: The longest legal form, in words.
    legal_form_words: int = 1
    generic: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    #: Generic words that may be missing on one side without separating two names (Group, Holding).
    optional: frozenset[str] = frozenset()
    #: Country and nationality words (Deutsche, Russian, России): they weigh as qualifiers.
    places: frozenset[str] = frozenset()
    #: Prepositions after which the rest of an organisation name is a qualifier ("of" in Sberbank of Russia).
    of_words: frozenset[str] = frozenset()
    #: Normalised word -> kind (title, particle, nasab, family, kunya, patronymic-marker).
    person_words: dict[str, str] = field(default_factory=dict)
    #: First parts of compound names (``abdul``), longest first, and the canonical part they are written as.
    compounds: tuple[str, ...] = ()
    #: Spellings of the article between the parts of a compound name (``al``, ``ul``, ``ar``).
    articles: frozenset[str] = frozenset()
    #: Endings that make a word a patronymic (on the normalised word).
    patronymic: re.Pattern[str] = re.compile(r"(?!)")
    numbers: dict[str, NumberWord] = field(default_factory=dict)
    #: Matching key of a short form -> full forms (``sasa`` -> ("Aleksandr", "Aleksandra")).
    nicknames: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _rows(pack: LanguagePack, name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """The rows of the pack's data file ``name``, each with at least ``columns`` non-empty fields."""
    if not pack.has_data(name):
        return ()
    rows = pack.data(name)
    for row in rows:
        if len(row) < columns or not all(cell.strip() for cell in row[:columns]):
            raise PackError(f"language pack {pack.code!r}, {pack.data_files[name]}: expected {columns} tab-separated fields: {row!r}")
    return tuple(tuple(cell.strip() for cell in row) for row in rows)


def load(packs: list[LanguagePack]) -> Rules:
    """The rules of ``packs`` (the union of their data files)."""
    out = Rules()
    legal: dict[tuple[str, ...], set[str]] = {}
    generic: set[str] = set()
    stop: set[str] = set()
    of_words: set[str] = set()
    optional: set[str] = set()
    places: set[str] = set()
    suffixes: set[str] = set()
    compounds: set[str] = set()
    articles: set[str] = set()
    nick: dict[str, list[str]] = {}
    for pack in packs:
        for form, equivalent, *_ in _rows(pack, "legal_forms", 3):
            words = tuple(normalize(form).split())
            if words:
                legal.setdefault(words, set()).add(equivalent)
        for word, kind, *_ in _rows(pack, "org_words", 2):
            if kind not in ORG_KINDS:
                raise PackError(f"language pack {pack.code!r}, org_words: unknown kind {kind!r} of {word!r}")
            norm = normalize(word).replace(" ", "")
            if kind == "place":
                places.add(norm)
                continue
            (generic if kind in ("generic", "optional") else stop).add(norm)
            if kind == "optional":
                optional.add(norm)
            if kind == "of":
                of_words.add(norm)
        for word, kind, *_ in _rows(pack, "person_parts", 2):
            if kind not in PERSON_KINDS:
                raise PackError(f"language pack {pack.code!r}, person_parts: unknown kind {kind!r} of {word!r}")
            norm = normalize(word)
            if kind == "patronymic-suffix":
                suffixes.add(norm)
            elif kind == "compound":
                compounds.add(norm)
            elif kind == "article":
                articles.add(norm)
            elif " " not in norm:
                out.person_words.setdefault(norm, kind)
        for word, value, kind, *_ in _rows(pack, "numbers", 3):
            if kind not in NUMBER_KINDS or not value.isdigit():
                raise PackError(f"language pack {pack.code!r}, numbers: bad row {word!r} {value!r} {kind!r}")
            out.numbers.setdefault(normalize(word).replace(" ", ""), NumberWord(int(value), kind))
        for short, full, *_ in _rows(pack, "nicknames", 3):
            nick.setdefault(token_key(short) or normalize(short), []).append(full)
    out.legal_forms = {k: frozenset(v) for k, v in legal.items()}
    out.legal_form_words = max((len(k) for k in legal), default=1)
    out.generic = frozenset(generic)
    out.stop = frozenset(stop)
    out.of_words = frozenset(of_words)
    out.optional = frozenset(optional)
    out.places = frozenset(places)
    if suffixes:
        out.patronymic = re.compile("(?:" + "|".join(sorted(map(re.escape, suffixes), key=len, reverse=True)) + ")$")
    out.articles = frozenset(articles)
    out.compounds = tuple(sorted(compounds, key=lambda c: (-len(c), c)))
    out.nicknames = {k: tuple(dict.fromkeys(v)) for k, v in nick.items()}
    return out


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The rules of every language pack, loaded on first use (one cached object)."""
    return load(lang.packs())
