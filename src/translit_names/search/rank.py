"""Ranking: the stages of a search, in order, and the scores of the forms they find.

For a query, :meth:`Searcher.ranked` tries (1) the query as typed, exactly; (2) the cleaned query (titles and
possessives dropped) by exact spelling and matching key; (3) its de-inflected variants (Путина -> Путин) by
spelling and key; (4) the approximate stage (:mod:`.candidates`). ``lookup`` stops as soon as a better answer is
out of reach. Each found form is scored by the name similarity (:mod:`translit_names.score.align`) times its
name factor, its entity's prior and the stage's factor; the best form of each entity stands for it.
"""

from __future__ import annotations

import json

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..cache import BoundedCache
from ..index.reader import IndexReader
from ..lang.readings import latin_readings, loanword_reading, needs_reading
from ..index.records import FormRecord
from ..model import TIERS, EntityType, Match, Name, Via
from ..names.tokens import Token, tokenize, tokenize_with_keys
from ..names.variants import clean_query, common_words, query_variants
from ..score.align import name_similarity
from ..score.compare import compare
from ..score.nasab import son_of
from ..score.structure import structured_similarity
from ..score.params import (
    BARE_KEY_LETTERS,
    BARE_WEAK_APPROXIMATE,
    BARE_WORD_PROMINENCE,
    CLEANED_FACTOR,
    DEFAULT_THRESHOLD,
    EXACT_IS_ENOUGH,
    FUZZY_IMPORTED_FACTOR,
    IMPORTED_ALIAS_FACTOR,
    IMPORTED_WEAK_FACTOR,
    KEY_MATCH,
    MIN_READING_LETTERS,
    NEAR_MISS_CANNOT_WIN,
    READING_FACTOR,
    READINGS_SEARCHED,
    READINGS_TRIED,
    RESCUE_CANDIDATES,
    RESCUE_FLOOR,
    RESCUE_MIN_IDEOGRAPHS,
    RESCUE_SKELETONS,
    SEARCH_FLOOR,
    SHORT_FORM_LETTERS,
    VARIANT_FACTOR,
    WEAK_FACTOR,
)
from ..text.normalize import european_script, normalize
from ..text.scripts import scripts_of
from .candidates import WordIndex
from .explain import explain_margins, how
from .rescue import skeleton_forms
from .weights import prior, variants_cannot_win

__all__ = ["SEARCH_CACHE_SIZE", "Scored", "Searcher"]

#: How many recent search results a searcher keeps (the oldest is dropped first).
SEARCH_CACHE_SIZE = 4096
_SETTLEMENTS = frozenset({"city", "place"})
# Scripts written without spaces between words (names of two characters are a surname or a given name alone).
_UNSPACED = frozenset({"Hani", "Hira", "Kana", "Hang"})

# The match paths as plain strings (Match.via holds them; Match.path gives the Via): no enum work per form.
_EXACT: str = Via.EXACT.value
_KEY: str = Via.KEY.value
_FUZZY: str = Via.FUZZY.value
#: Entity types whose names are read by their parts (issue 15: patronymics, name chains, legal forms).
_STRUCTURED = frozenset({"person", "organisation"})
# Entity types by the index's value, without calling the enum per match.
_ENTITY_TYPE: dict[str, EntityType] = {t.value: t for t in EntityType}


@dataclass
class Scored:
    """The best score of one entity so far: its form ``fid``, and the path (``via``) that found it."""

    score: float
    eid: int
    fid: int
    via: str
    id: str


def _is_code(text: str) -> bool:
    """Whether a name is a code or short form: written in capitals (MSQ, NYC, JOE), or of at most
    :data:`SHORT_FORM_LETTERS` letters of an alphabet (Li, Luz; not a name of two Chinese characters)."""
    letters = [c for c in text if c.isalpha()]
    return (len(letters) <= SHORT_FORM_LETTERS and european_script(text)) or all(c.isupper() for c in letters)


def _little_known_town(row: FormRecord) -> bool:
    """Whether a form is the importer's own name (not a curated one) of an imported town below
    :data:`BARE_WORD_PROMINENCE`: such a name does not answer a bare word."""
    return (
        bool(row.imported) and row.type in _SETTLEMENTS and row.prominence < BARE_WORD_PROMINENCE
        and (row.factor < 1.0 or row.tier == 0)
    )


def _too_short_to_rescue(name: str) -> bool:
    """Whether ``name`` is a word of at most :data:`RESCUE_MIN_IDEOGRAPHS` characters of a script written without
    spaces (Han, kana, Hangul): a surname or given name alone (渡辺), too little for the rescue stage's guess."""
    letters = [c for c in name if not c.isspace()]
    return len(letters) <= RESCUE_MIN_IDEOGRAPHS and bool(scripts_of(name) & _UNSPACED)


def _top(best: dict[int, Scored]) -> float:
    """The best score found so far (0 when none)."""
    return max((s.score for s in best.values()), default=0.0)


class Searcher:
    """The search over one index (and, when layered, over a base searcher whose entities this index may replace)."""

    def __init__(self, reader: IndexReader, base: Searcher | None = None) -> None:
        self.reader = reader
        self.words = WordIndex(reader)
        self.base = base
        # Names repeat in real input: recent answers are kept (Match objects are immutable).
        self._search_cache: BoundedCache[tuple[str, int, str | None, float, bool], tuple[Match, ...]] = BoundedCache(
            SEARCH_CACHE_SIZE
        )
        self._own_ids: frozenset[str] | None = None
        self._variant_stop: float | None = None  # variants_cannot_win for this index, on first use

    def score_rows(
        self,
        rows: list[FormRecord],
        toks: tuple[Token, ...],
        norm: str,
        factor: float,
        type_: str | None,
        best: dict[int, Scored],
        via_tag: str,
        exact_only: bool = False,
        any_factor: bool = False,
    ) -> None:
        """Score ``rows`` (forms) against the query ``toks`` (normalised ``norm``), keeping each entity's best in
        ``best``; ``factor`` is the stage's factor and ``via_tag`` what the stage did to the query.

        Precision rules (docs/matching.md, "Bare words"), in general terms rather than lists of exceptions: an
        imported weak name answers only when spelled exactly, and a code or short form only when the query asks
        for its entity's type; a bare word (a one-word query) answers an importer's own names only spelled
        exactly (or, for a long word, by key), a little-known imported town only through a curated name, a
        weak name only exactly, by key or (curated) by a typo, and never one word of a longer name.
        """
        if not rows:
            return
        bare = len(toks) == 1
        shared = bare and type_ is None and any(r.norm == norm and _little_known_town(r) for r in rows)
        qkey = " ".join(t.key for t in toks)
        info: Callable[[Token], float] | None = None  # read from the index when a form is not spelled as the query
        # Forms of one entity with the same key and factor score alike: score each group once.
        groups: dict[tuple[int, str, float], list[FormRecord]] = {}
        for row in rows:
            if type_ is not None and row.type != type_:
                continue
            groups.setdefault((row.eid, row.key, row.factor), []).append(row)
        for (eid, fkey, name_factor), members in groups.items():
            exact = next((r for r in members if r.norm == norm), None)
            row = exact or members[0]
            fid, ftext, prominence = row.fid, row.text, row.prominence
            imported_weak = name_factor <= IMPORTED_WEAK_FACTOR
            if imported_weak and (exact is None or (type_ is None and _is_code(ftext))):
                # An imported weak name (a demonym, a code, a short form) answers only when spelled exactly; a code
                # or short form (MSQ, JOE, Li) only when the query asks for its entity's type.
                continue
            if bare and type_ is None:
                if _little_known_town(row):
                    # A bare word does not name a little-known imported town through the importer's own names
                    # (towns called Kim, Anna, García, Būsh); a curated name of it (Grodno) still does.
                    continue
                if shared and row.imported and name_factor < 1.0:
                    continue  # nor another imported entity through a name it shares with such a town (Genf)
            # The importer's own names: its alternate names, and the GeoNames name of an imported town.
            # (A query that names the type it wants has said what it means: these rules then do not apply.)
            importers_own = type_ is None and (
                name_factor <= IMPORTED_ALIAS_FACTOR or bool(row.imported and row.tier == 0 and row.type in _SETTLEMENTS)
            )
            if bare and importers_own and factor == VARIANT_FACTOR:
                continue  # nor through a de-inflected variant of the query (Наталья is not Natal)
            if importers_own and factor == READING_FACTOR:
                # Nor through a reading of a query in another script: a reading is a guess at one spelling, an
                # importer's alternate name one of many romanisations (江青 read Chiang Ch'ing is not Jijiang's
                # Chiang-ching); curated and generated names of the entity still answer.
                continue
            if exact is not None:
                sim, via = 1.0, _EXACT
                if exact_only and name_factor < 1.0 and not any_factor and not (imported_weak and type_ is not None):
                    continue
            elif exact_only:
                continue
            elif bare and importers_own and (fkey != qkey or len(qkey) < BARE_KEY_LETTERS):
                # An importer's own name answers a bare word only when spelled exactly, or for a long word by its
                # matching key (Belarussia / Belarrusia): short words share keys by chance (José / Jos, Rossi /
                # Росси, Yulia / Julia).
                continue
            else:
                ftoks = tokenize_with_keys(ftext, fkey)
                if name_factor < 1.0 and len(ftoks) < len(toks) and fkey != qkey:
                    # A weak or imported short form (a surname alone) does not stand for a longer query:
                    # "Sara Netanyahu" is not the "Netanyahu" of the gazetteer.
                    continue
                if bare and len(ftoks) > 1:
                    # One word of a longer name is not the entity: a given name alone is not the person
                    # (Slobodan, Wang), Antonio is not San Antonio, Monde is not Le Monde.
                    continue
                if bare and fkey != qkey and any(t.all_caps for t in ftoks):
                    continue  # an acronym is spelled, not mistyped: James is not JAMAS
                if bare and fkey != qkey and name_factor < 1.0 and not (BARE_WEAK_APPROXIMATE and name_factor >= WEAK_FACTOR):
                    continue  # a bare word answers a weak name only when spelled so, by key, or (curated) by a typo
                if info is None:
                    info = self.words.informativeness({t.key for t in toks} | {k for r in rows for k in r.key.split()})
                sim = name_similarity(toks, ftoks, info)
                if row.type in _STRUCTURED:
                    sim = structured_similarity(toks, ftoks, row.type, sim, info)
                via = _KEY if fkey == qkey else _FUZZY
                if name_factor < WEAK_FACTOR or row.imported:
                    # A near miss (or a different spelling with the same key) of an imported or weak name is
                    # weaker evidence than one of a curated name.
                    sim *= FUZZY_IMPORTED_FACTOR
            score = sim * name_factor * prior(prominence) * factor
            if score <= 0:
                continue
            current = best.get(eid)
            if current is None or (score, -fid) > (current.score, -current.fid):
                tag = via if factor == 1.0 else f"{via}, {via_tag}"
                best[eid] = Scored(score=score, eid=eid, fid=fid, via=tag, id=row.id)

    def search_own(self, name: str, type_: str | None, floor: float, quick: bool) -> dict[int, Scored]:
        """Scores of this layer's entities for ``name``, as far as they can reach ``floor``. ``quick`` (for
        ``lookup``) stops as soon as a better answer is out of reach (see :data:`EXACT_IS_ENOUGH`,
        :data:`NEAR_MISS_CANNOT_WIN`)."""
        cleaned = clean_query(name)
        best: dict[int, Scored] = {}
        norm = normalize(cleaned)
        if not norm:
            return best
        toks = tokenize(cleaned)
        if not toks:
            return best
        raw_norm = normalize(name)
        reader = self.reader
        if raw_norm != norm:
            # The query as typed may itself be a name ("Prince Charles", "Пан Ги Мун"): try it exactly too.
            raw_toks = tokenize(name)
            self.score_rows(reader.forms_spelled(raw_norm), raw_toks, raw_norm, 1.0, type_, best, "", exact_only=True, any_factor=True)
            if _top(best) >= DEFAULT_THRESHOLD:
                return best
        qkey = " ".join(t.key for t in toks)
        exact_only = norm in common_words()  # "Freedom", "Parliament": only an exact curated or preferred name
        # When cleaning dropped words (titles), an exact match of the query as typed outranks the cleaned one.
        cleaned_factor = 1.0 if raw_norm == norm else CLEANED_FACTOR
        spelled = reader.forms_spelled(norm, qkey)
        self.score_rows(spelled, toks, norm, cleaned_factor, type_, best, "title dropped", exact_only=exact_only)
        if exact_only:
            return best
        if len(toks) == 1 and type_ is None and any(r.tier <= 1 and _little_known_town(r) for r in spelled):
            # A bare word spelled (or keyed) like a little-known town's own or alternate name, withheld above: neither
            # a de-inflected variant nor a near miss of something else answers in its place (Лукка is not Lutsk,
            # Кррема not the Kremlin). (A weak name, one that another place also has, does not count.)
            return best
        if not european_script(norm) and _top(best) < DEFAULT_THRESHOLD:
            # Language packs: a name in a script the matching key does not read is looked up by its Latin readings
            # (Greek, which the key reads, tries them after the stages below).
            self.search_readings(cleaned, type_, floor, quick, best)
            return best
        if quick and _top(best) >= EXACT_IS_ENOUGH:
            return best  # a de-inflected variant scores at most VARIANT_FACTOR (0.9): it cannot do better
        if self._variant_stop is None:
            self._variant_stop = variants_cannot_win(self.reader.max_prominence())
        # De-inflected variants (Путина -> Путин) are looked up exactly and by key only, in one query: unless none
        # can change lookup's answer (variants_cannot_win).
        variants = {}
        for variant in () if quick and _top(best) >= self._variant_stop else query_variants(cleaned):
            vtoks = tokenize(variant)
            if vtoks:
                variants[variant] = (normalize(variant), " ".join(t.key for t in vtoks), vtoks)
        if variants:
            norms = sorted({v[0] for v in variants.values()})
            keys = sorted({v[1] for v in variants.values()})
            rows = reader.forms_spelled_any(norms, keys)
            for variant, (vnorm, vkey, vtoks) in variants.items():
                mine = [r for r in rows if r.norm == vnorm or r.key == vkey]
                self.score_rows(mine, vtoks, vnorm, VARIANT_FACTOR, type_, best, f"de-inflected as {variant!r}")
        if quick and _top(best) >= NEAR_MISS_CANNOT_WIN:
            return best
        seen = {s.fid for s in best.values()}
        for found in self.words.token_rows(toks, seen, floor):
            self.score_rows(found, toks, norm, 1.0, type_, best, "")
            if quick and _top(best) >= DEFAULT_THRESHOLD:
                break
        if _top(best) < DEFAULT_THRESHOLD and needs_reading(norm):
            self.search_readings(cleaned, type_, floor, quick, best)  # Greek: its ELOT readings
        return best

    def search_readings(self, name: str, type_: str | None, floor: float, quick: bool, best: dict[int, Scored]) -> None:
        """Score ``name`` (in a script other than Latin and Cyrillic) through its Latin readings
        (:func:`translit_names.lang.readings.latin_readings`), each match at :data:`READING_FACTOR`: first the exact
        and key matches of :data:`READINGS_TRIED` readings, then, unless that found a good answer, the full search
        of :data:`READINGS_SEARCHED` of them (for lookup, until one reaches the threshold)."""
        readings = [
            r for r in latin_readings(name, fallback=False)[:READINGS_TRIED]
            # Only Latin readings: a reading still in another script would be read again, without end.
            if len(normalize(r).replace(" ", "")) >= MIN_READING_LETTERS and normalize(r).isascii()
        ]
        for reading in readings:
            cleaned = clean_query(reading)
            toks = tokenize(cleaned)
            if toks:
                norm = normalize(cleaned)
                forms = self.reader.forms_spelled(norm, " ".join(t.key for t in toks))
                self.score_rows(forms, toks, norm, READING_FACTOR, type_, best, f"read as {reading!r}")
        if not readings or (quick and _top(best) >= EXACT_IS_ENOUGH * READING_FACTOR):
            return
        for reading in readings[:READINGS_SEARCHED]:
            for eid, s in self.search_own(reading, type_, floor / READING_FACTOR, quick).items():
                score = s.score * READING_FACTOR
                if eid not in best or score > best[eid].score:
                    best[eid] = Scored(score, eid, s.fid, f"{s.via}, read as {reading!r}".lstrip(", "), s.id)
            if quick and _top(best) >= DEFAULT_THRESHOLD:
                break
        if _top(best) < DEFAULT_THRESHOLD and not _too_short_to_rescue(name):
            self.rescue_readings(name, readings, type_, best)

    def rescue_readings(self, name: str, readings: list[str], type_: str | None, best: dict[int, Scored]) -> None:
        """When no reading of ``name`` found a good answer: the best :data:`RESCUE_CANDIDATES` entities the readings'
        searches scored (at least :data:`RESCUE_FLOOR`), and as many forms sharing the consonant skeleton of the
        loanword (else the first) reading's longest word (:func:`.rescue.skeleton_forms`), are scored by ``compare``
        of ``name`` as written with the form (the readings of both, the learned model of the script), times
        :data:`READING_FACTOR`: it sees what one guessed reading cannot (an abjad leaves the vowels out: بيل
        كلينتون, Bill Clinton). A name that is the form with a name put before it is a son's
        (:func:`translit_names.score.nasab.son_of`), never the form's entity."""
        loan = loanword_reading(name)
        skeleton_of = [r for r in (loan, *readings) if r and len(normalize(r).replace(" ", "")) >= MIN_READING_LETTERS][:RESCUE_SKELETONS]
        # What the readings' searches scored is in best; forms sharing a reading's skeleton add what they missed.
        top = [s.fid for s in sorted(best.values(), key=lambda s: (-s.score, s.id))[:RESCUE_CANDIDATES] if s.score >= RESCUE_FLOOR]
        top += [fid for fid in skeleton_forms(self.reader, skeleton_of, RESCUE_CANDIDATES) if fid not in top]
        bare = len(tokenize(name)) == 1 and type_ is None
        for row in self.reader.forms(top):
            if (type_ is not None and row.type != type_) or (_is_code(row.text) and (row.imported or len(row.norm) <= 3)):
                continue  # nor a code (PNH); a curated acronym read as a word (UNICEF, يونيسف) stays
            if bare and (_little_known_town(row) or row.factor < 1.0):
                # A bare word is compared across scripts with full names only: not with a little-known town's
                # importer's name, an alternate name or a weak one (Grossi is not غروزني, Grozny).
                continue
            if son_of(name, row.text):
                continue  # عدي صدام حسين (Uday, son of Saddam Hussein) is not Saddam Hussein
            sim = min(compare(name, row.text), KEY_MATCH) * (FUZZY_IMPORTED_FACTOR if row.imported else 1.0)
            score = sim * row.factor * prior(row.prominence) * READING_FACTOR
            if row.eid not in best or score > best[row.eid].score:
                best[row.eid] = Scored(score, row.eid, row.fid, f"{_FUZZY}, compared across scripts", row.id)

    def matches(self, scored: Iterable[Scored], query: str) -> list[Match]:
        """The public matches of scored entities, each explained (without margins)."""
        out = []
        for s in scored:
            # The entity's columns that a match shows and the strongest name of the matched form, in one query.
            row = self.reader.match(s.fid, s.eid)
            n = row.matched
            matched = Name(text=n.text, tier=TIERS[n.tier], lang=n.lang, source=n.source, scheme=n.scheme, origin=n.origin)
            out.append(
                Match(
                    id=row.id, name=row.name, type=_ENTITY_TYPE[row.type], score=min(1.0, s.score), matched=matched.text,
                    via=s.via, tier=matched.tier, description=row.description, country=row.country,
                    prominence=row.prominence, ids=json.loads(row.ids),
                    explain=f"matched {matched.text!r}, the {matched.describe()}, by {how(s.via, query, matched.text)}",
                )
            )
        return out

    def ranked(self, name: str, limit: int, type_: str | None, floor: float, quick: bool) -> list[Match]:
        """``search``, or with ``quick`` and a ``floor`` above :data:`SEARCH_FLOOR` what ``lookup`` needs of it."""
        cache_key = (name, limit, type_, floor, quick)
        cached = self._search_cache.get(cache_key)
        if cached is not None:
            return list(cached)
        best = self.search_own(name, type_, floor, quick)
        ranked = sorted(best.values(), key=lambda s: (-round(s.score, 6), s.id))
        ranked = [s for s in ranked if s.score >= SEARCH_FLOOR][:limit]
        matches = self.matches(ranked, name)
        if self.base is not None:
            own_ids = {m.id for m in matches}
            replaced = self.own_ids()
            base = [m for m in self.base.ranked(name, limit, type_, floor, quick) if m.id not in replaced and m.id not in own_ids]
            matches = sorted(matches + base, key=lambda m: (-round(m.score, 6), m.id))[:limit]
        result = explain_margins(matches)
        self._search_cache.put(cache_key, tuple(result))
        return result

    def own_ids(self) -> frozenset[str]:
        """The IDs of this layer's entities (which replace the base's entities of those IDs; read once)."""
        if self._own_ids is None:
            self._own_ids = self.reader.entity_ids()
        return self._own_ids
