"""The gazetteer: a compiled SQLite index, queried without loading it into memory.

Candidate generation never scans the gazetteer. For a query it looks up (1) the whole normalised name, (2) the
whole matching key, and (3) for each word, the index words whose consonant skeleton equals the word's skeleton
or one of its single-letter deletions (a symmetric-delete index, as in SymSpell), keeping only words that score
well against the query word; it then reads the postings of the rarest such words first, up to a bound. Only
the forms found this way are scored. See docs/matching.md.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from .errors import GazetteerError, TranslitNamesError
from .keys import deletions, skeleton
from .matching import (
    DEFAULT_THRESHOLD,
    _fuzzy,
    _vowel_classed,
    common_words,
    key_similarity_of,
    unlike_skeletons_similarity,
    Token,
    clean_query,
    name_similarity,
    query_variants,
    token_similarity,
    tokenize,
    tokenize_with_keys,
)
from .score.structure import structured_similarity
from .model import ENTITY_TYPES, TIERS, WEAK_FACTOR, Entity, Match, Name
from .normalize import normalize

if TYPE_CHECKING:  # pragma: no cover
    from .mentions import Mention

__all__ = ["MARGIN", "MAX_QUERY_CHARS", "SEARCH_FLOOR", "Gazetteer", "default_gazetteer"]

#: ``lookup`` answers only when the best entity beats the runner-up by at least this much.
MARGIN = 0.01
#: ``search`` lists the candidates scoring at least this much.
SEARCH_FLOOR = 0.5
#: A form found by the approximate stage is first scored cheaply, from its normalised text and matching key
#: alone (``_estimate``: no tokenising, and word scores that are upper bounds of the real ones). Forms estimated
#: below (the least score the caller can use) - ESTIMATE_SLACK are not scored at all. The slack is room for the
#: one-to-one alignment, which is not monotone in the word scores; on 140,000 queries and in the property tests
#: the estimate never fell below the real score at all.
ESTIMATE_SLACK = 0.06
#: How many recent search results a gazetteer keeps.
SEARCH_CACHE_SIZE = 4096
#: How much of the index file SQLite memory-maps (the whole default index fits).
MMAP_BYTES = 512 * 1024 * 1024
#: Queries longer than this are refused with an error (names are short; this guards against pasted documents).
MAX_QUERY_CHARS = 1000
#: Of the forms one query word leads to, at most this many (the best by a cheap estimate) are fully scored.
RESCORE = 16
#: Candidates are read through at most this many query words (the rarest first).
MAX_BATCHES = 2
#: At most this many forms are read from the postings of one query.
MAX_POSTINGS = 300
#: Index words scoring below this against a query word are not followed: through such a word a name cannot
#: reach the threshold (a name scores at most WEAKEST_SLACK above its worst aligned word).
MIN_TOKEN_CANDIDATE = 0.66
#: Index words whose main similarity term (edits and Jaro-Winkler of the keys) is below this are not scored in
#: full: the full similarity's allowances (vowels, scrambled letters) do not lift them to MIN_TOKEN_CANDIDATE.
LIGHT_CUTOFF = 0.5
#: Index words whose Indel ratio to a query word (0-100) is below this are not even scored.
PREFILTER_RATIO = 62
#: Score factor of a match found only after titles were dropped from the query ("Lord Robertson").
CLEANED_FACTOR = 0.99
#: Score factor of a de-inflected query variant (Путина -> Путин).
VARIANT_FACTOR = 0.9
#: Extra factor on a fuzzy (edit-distance) or key match of an imported alternate name.
FUZZY_IMPORTED_FACTOR = 0.95
#: When lookup's best exact or transliteration-key answer scores this much, the de-inflection and approximate
#: stages are skipped: a de-inflected variant scores at most VARIANT_FACTOR (0.9), and a near miss of another
#: entity is weaker evidence than an exact spelling.
EXACT_IS_ENOUGH = 0.9
#: When lookup's best exact, key or de-inflected answer scores this much, the approximate (edit-distance) stage
#: is skipped: a near miss of another entity is weaker evidence than an exact or key spelling of this one. (On
#: the labelled spellings and 4,000 one-letter typos of index names, no answer changed against 0.9.)
NEAR_MISS_CANNOT_WIN = 0.8
#: The prior of an entity of prominence 0 (one of prominence 100 has 1).
PRIOR_FLOOR = 0.85
#: Words used in more forms than this weigh less in the score (``word_weight``).
COMMON_WORD_DF = 100
_MIN_QUERY_SKELETON_FOR_DELETES = 5
#: Matching keys of this many letters or fewer are compared by equality only: token_similarity gives 0 to two
#: different keys when either is this short (``_fuzzy``: short words match exactly or by key).
_SHORTEST_FUZZY = 4
#: Room left for rounding when key_similarity bounds token_similarity from above (the two compute one term in
#: different orders of operands).
_BOUND_SLACK = 0.01


def word_weight(df: int) -> float:
    """Weight of a word used in ``df`` forms: 1 up to :data:`COMMON_WORD_DF`, then falling with log(df) to 0.4."""
    if df <= COMMON_WORD_DF:
        return 1.0
    return max(0.4, 1.0 - 0.3 * math.log10(df / COMMON_WORD_DF))


def prior(prominence: float) -> float:
    """Score factor from an entity's prominence (0-100): from :data:`PRIOR_FLOOR` to 1, so namesakes rank by
    prominence and near-misses of obscure entities fall below the threshold first."""
    return PRIOR_FLOOR + (1.0 - PRIOR_FLOOR) * max(0.0, min(prominence, 100.0)) / 100.0


@lru_cache(maxsize=262144)
def _index_token(word: str) -> Token:
    """An index word (a matching key) as a token, for comparing keys with keys."""
    return Token(word, word, skeleton(word), word, False, "", _vowel_classed(word))


# Matching keys of patronymics end so (the keys of -ovich, -evich, -ovych, -ovic, -ovna, -evna, -ivna, -ichna ...).
_PATRONYMIC_KEY = re.compile(r"(?:ovih|evih|ovik|evik|una|ihna)$")


@lru_cache(maxsize=262144)
def _estimate_token(norm: str, key: str) -> Token:
    """A form's word, known by its normalised text and its matching key, as a token for :func:`_estimate`
    (without the work of tokenising the text: no transliteration, no gender or case tests). A key that may be a
    patronymic's makes the word weigh as a patronymic when unmatched."""
    latin = "ovich" if _PATRONYMIC_KEY.search(key) else norm
    return Token(norm, key, skeleton(key), latin, False, "", _vowel_classed(key))


def _estimate_similarity(q: Token, f: Token) -> float:
    """At least what :func:`token_similarity` gives the query word ``q`` and the form word ``f`` (an
    :func:`_estimate_token`): 1 for the same text or key, else the edit score without the caps (gender, suffix)
    that only lower it."""
    if q.norm == f.norm or q.key == f.key:
        return 1.0
    if not q.keyable:
        return 0.0
    return _fuzzy(q, f) if q.key < f.key else _fuzzy(f, q)


def _estimate(toks: tuple[Token, ...], fnorm: str, fkey: str, info: Callable[[Token], float]) -> float:
    """The query's score against a form known by its normalised text and its matching key: no lower than its real
    score (see :data:`ESTIMATE_SLACK`), and computed without tokenising the form's text."""
    norms, keys = fnorm.split(), fkey.split()
    if len(norms) != len(keys) or any(len(n) == 1 for n in norms):
        # Words that do not line up; or an initial ("C." in "C-kung"), which only the text's capitals tell apart
        # from a one-letter word: no estimate.
        return 1.0
    ftoks = tuple(_estimate_token(n, k) for n, k in zip(norms, keys))
    return name_similarity(toks, ftoks, info, word_similarity=_estimate_similarity)


def _key_token(tok: Token) -> Token:
    return Token(tok.key, tok.key, tok.skel, tok.key, tok.upper, tok.gender, tok.vowels)


@dataclass
class _Scored:
    score: float
    eid: int
    fid: int
    via: str
    id: str


def _check_query(name: object, type_: str | None = None) -> str:
    if not isinstance(name, str):
        raise TypeError(f"name must be str, not {type(name).__name__}")
    if len(name) > MAX_QUERY_CHARS:
        raise TranslitNamesError(f"name is {len(name)} characters long; names are limited to {MAX_QUERY_CHARS}")
    if type_ is not None and type_ not in ENTITY_TYPES:
        raise TranslitNamesError(f"unknown entity type {type_!r}; known types: {', '.join(ENTITY_TYPES)}")
    return name


class Gazetteer:
    """A compiled gazetteer. Use :func:`default_gazetteer` for the one that ships with the package, or
    :meth:`Gazetteer.load` for your own files (optionally layered over another gazetteer)."""

    def __init__(self, path: str | Path, *, _base: Gazetteer | None = None, _owned_dir: str | None = None) -> None:
        self.path = Path(path)
        self._base = _base
        self._owned_dir = _owned_dir
        self._lock = threading.Lock()
        self._word_cache: dict[Token, dict[str, tuple[int, float]]] = {}
        # Document counts of index words (0 for words not in the index), as read so far.
        self._df_cache: dict[str, int] = {}
        # Names repeat in real input: recent answers are kept (Match objects are immutable).
        self._search_cache: dict[tuple[str, int, str | None, float, bool], tuple[Match, ...]] = {}
        if not self.path.is_file():
            raise GazetteerError("no index file here (build it with `translit-names gazetteer build`)", path=str(path))
        try:
            con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            # Memory-map the index: pages are read by the OS on demand, without a copy per read.
            con.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            meta = dict(con.execute("SELECT k, v FROM meta").fetchall())
        except sqlite3.Error as exc:
            raise GazetteerError(f"not a translit_names index ({exc})", path=str(path)) from None
        from .build.compile import INDEX_FORMAT

        if meta.get("format") != INDEX_FORMAT:
            raise GazetteerError(
                f"index format {meta.get('format')!r}, this version reads {INDEX_FORMAT!r}: rebuild it", path=str(path)
            )
        self._con = con
        self.meta = meta

    # -- construction -------------------------------------------------------------------------------------

    @classmethod
    def load(cls, *paths: str | Path, base: Gazetteer | None = None) -> Gazetteer:
        """Compile a user's gazetteer files (project YAML, or CSV / JSONL tables; files or folders) and open them.

        With ``base`` (for example ``default_gazetteer()``), queries consult both and the results are merged;
        an entity ID defined in these files replaces the base's entity of that ID.
        Raises :class:`~translit_names.GazetteerError` naming the file and entity of every problem.
        """
        from .build.compile import collect, compile_sources

        if not paths:
            raise GazetteerError("Gazetteer.load() needs at least one file or folder")
        found = collect([Path(p) for p in paths])
        tmpdir = tempfile.mkdtemp(prefix="translit-names-")
        out = Path(tmpdir) / "index.sqlite"
        try:
            compile_sources(found, out)
        except BaseException:
            shutil.rmtree(tmpdir, ignore_errors=True)
            raise
        return cls(out, _base=base, _owned_dir=tmpdir)

    def close(self) -> None:
        """Close the index (and remove it, when it was compiled by :meth:`load`)."""
        self._con.close()
        if self._owned_dir:
            shutil.rmtree(self._owned_dir, ignore_errors=True)
            self._owned_dir = None

    def __del__(self) -> None:  # pragma: no cover - best effort clean-up of a temporary index
        owned = getattr(self, "_owned_dir", None)
        if owned:
            try:
                self._con.close()
            except Exception:
                pass
            shutil.rmtree(owned, ignore_errors=True)

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r}, entities={self.meta.get('entities')})"

    # -- reading entities ---------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._con.execute(sql, params).fetchall()

    def _entity(self, row: tuple[Any, ...], names: bool = True) -> Entity:
        eid, id_, type_, name, description, country, _gender, prominence, ids, _origin = row
        name_objs: tuple[Name, ...] = ()
        if names:
            name_objs = tuple(
                Name(text=t, tier=TIERS[tier], lang=lang, source=source, scheme=scheme, origin=origin)
                for t, tier, lang, source, scheme, origin in self._rows(
                    "SELECT n.text, n.tier, n.lang, n.source, n.scheme, n.origin FROM names n JOIN forms f USING (fid)"
                    " WHERE f.eid = ? ORDER BY n.tier, n.text, n.lang, n.scheme",
                    (eid,),
                )
            )
        return Entity(
            id=id_, type=type_, name=name, description=description, country=country, prominence=prominence,
            ids=json.loads(ids), names=name_objs,
        )

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this ID (from this gazetteer, else its base), or ``None``."""
        rows = self._rows("SELECT * FROM entities WHERE id = ?", (entity_id,))
        if rows:
            return self._entity(rows[0])
        return self._base.get(entity_id) if self._base else None

    def __iter__(self) -> Iterator[Entity]:
        """Every entity, ordered by ID, with its names; the base's entities follow unless replaced."""
        own: set[str] = set()
        last = 0
        while True:
            rows = self._rows("SELECT * FROM entities WHERE eid > ? ORDER BY eid LIMIT 500", (last,))
            if not rows:
                break
            for row in rows:
                own.add(row[1])
                yield self._entity(row)
            last = rows[-1][0]
        if self._base is not None:
            for entity in self._base:
                if entity.id not in own:
                    yield entity

    def __len__(self) -> int:
        own = int(self._rows("SELECT count(*) FROM entities")[0][0])
        if self._base is None:
            return own
        dup = 0
        for (id_,) in self._rows("SELECT id FROM entities"):
            if self._base._rows("SELECT 1 FROM entities WHERE id = ?", (id_,)):
                dup += 1
        return own + len(self._base) - dup

    def stats(self) -> dict[str, Any]:
        """Counts by entity type, name tier, language, source and script (this layer only)."""
        out: dict[str, Any] = {
            "entities": int(self._rows("SELECT count(*) FROM entities")[0][0]),
            "names": int(self._rows("SELECT count(*) FROM names")[0][0]),
            "forms": int(self._rows("SELECT count(*) FROM forms")[0][0]),
            "by_type": dict(self._rows("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type")),
            "names_by_tier": {TIERS[t]: c for t, c in self._rows("SELECT tier, count(*) FROM names GROUP BY tier ORDER BY tier")},
            "names_by_source": dict(self._rows("SELECT source, count(*) FROM names GROUP BY source ORDER BY source")),
            "names_by_lang": dict(
                self._rows("SELECT lang, count(*) FROM names GROUP BY lang ORDER BY count(*) DESC, lang LIMIT 40")
            ),
            "names_by_scheme": dict(
                self._rows("SELECT scheme, count(*) FROM names WHERE scheme IS NOT NULL GROUP BY scheme ORDER BY scheme")
            ),
        }
        return out

    # -- matching -----------------------------------------------------------------------------------------

    def _token_candidates(self, tok: Token) -> dict[str, tuple[int, float]]:
        """Index words close to ``tok`` (skeleton equal or one deletion apart, and similar enough), with their
        document counts and their similarity to ``tok``."""
        cached = self._word_cache.get(tok)
        if cached is None:
            cached = self._close_words(tok)
            if len(self._word_cache) > 20000:
                self._word_cache.clear()
            self._word_cache[tok] = cached
            self._remember_dfs((w, df) for w, (df, _sim) in cached.items())
        return cached

    def _close_words(self, tok: Token) -> dict[str, tuple[int, float]]:
        """:meth:`_token_candidates` without its cache."""
        if len(tok.key) <= _SHORTEST_FUZZY:
            # A key this short matches only itself (token_similarity gives 0 to any other): its neighbours in
            # the skeleton index need not be read.
            found = self._rows("SELECT df FROM toks WHERE tok = ?", (tok.key,))
            return {tok.key: (int(found[0][0]), 1.0)} if found else {}
        s = tok.skel
        # The index holds every word's skeleton and its one-letter deletions; the query adds its own deletions
        # only for skeletons of five letters or more, or of four in a word of six letters or more (shorter ones
        # would match too much to be worth reading).
        with_deletes = len(s) >= _MIN_QUERY_SKELETON_FOR_DELETES or (len(s) == 4 and len(tok.key) >= 6)
        probes = sorted({s} | (deletions(s) if with_deletes else set()))
        marks = ",".join("?" * len(probes))
        spread = 2 if len(tok.key) <= 6 else 3  # words much longer or shorter cannot be close
        rows = self._rows(
            f"SELECT toks FROM skel WHERE s IN ({marks}) AND n BETWEEN ? AND ?",
            [*probes, len(tok.key) - spread, len(tok.key) + spread],
        )
        probe = _key_token(tok)
        # Each row packs words and their document counts as "word df word df ..." (a word may be in several rows).
        dfs: dict[str, str] = {}
        for (packed,) in rows:
            parts = packed.split(" ")
            dfs.update(zip(parts[::2], parts[1::2]))
        # A cheap vectorised filter first (rapidfuzz's Indel ratio), then the real word similarity.
        key = tok.key
        close = [
            w
            for w, _score, _idx in process.extract(key, list(dfs), scorer=fuzz.ratio, score_cutoff=PREFILTER_RATIO, limit=None)
            if w == key or len(w) > _SHORTEST_FUZZY  # shorter words match only by key: token_similarity gives them 0
        ]
        # The main term of the word similarity (key_similarity), its two parts computed for all words at once.
        edits = {w: d for w, d, _idx in process.extract(key, close, scorer=OSA.distance, limit=None)}
        jaro_winkler = {w: j for w, j, _idx in process.extract(key, close, scorer=JaroWinkler.similarity, limit=None)}
        out: dict[str, tuple[int, float]] = {}
        sorted_skel = sorted(tok.skel)
        size = len(key)
        for w in close:
            if w == key:
                out[w] = (int(dfs[w]), 1.0)
                continue
            # Only words the main term does not rule out are scored in full.
            light = key_similarity_of(edits[w], min(size, len(w)), jaro_winkler[w])
            if light < LIGHT_CUTOFF:
                continue
            if sorted(skeleton(w)) != sorted_skel:
                # Without the vowel and scrambled-letter allowances (both need the two skeletons to be made of
                # the same letters) token_similarity is at most this main term (below the bar: the word is out),
                # and is computed from the parts already known.
                if light < MIN_TOKEN_CANDIDATE - _BOUND_SLACK:
                    continue
                sim = unlike_skeletons_similarity(key, w, edits[w], jaro_winkler[w])
            else:
                sim = token_similarity(probe, _index_token(w))
            if sim >= MIN_TOKEN_CANDIDATE:
                out[w] = (int(dfs[w]), sim)
        return out

    _FORM_SQL = (
        "SELECT f.fid, f.eid, e.id, f.norm, f.key, f.factor, f.text, e.prominence, e.type,"
        " e.origin LIKE 'importer:%'"
        " FROM forms f JOIN entities e ON e.eid = f.eid WHERE "
    )

    def _exact_rows(self, norm: str, key: str) -> list[tuple[Any, ...]]:
        """Forms spelled ``norm`` once normalised, or (when ``key`` is given) with the matching key ``key``."""
        if not key:
            return self._rows(self._FORM_SQL + "f.norm = ?", (norm,))
        return self._rows(self._FORM_SQL + "f.norm = ? OR f.key = ?", (norm, key))

    def _token_rows(self, toks: tuple[Token, ...], seen: set[int], floor: float) -> Iterator[list[tuple[Any, ...]]]:
        """Forms sharing a close word with the query, in batches (the rarest query word's first), each cut to
        the :data:`RESCORE` most promising by a cheap estimate from the word similarities already known, then to
        those whose estimated score (see :data:`ESTIMATE_SLACK`) can reach ``floor``."""
        query = [t for t in {t.key: t for t in toks if not t.is_initial and t.keyable}.values()]
        initials = [t for t in toks if t.is_initial]
        cands = [self._token_candidates(t) for t in query]
        order = sorted((sum(df for df, _ in c.values()), i) for i, c in enumerate(cands) if c)
        budget = MAX_POSTINGS
        total_len = sum(len(t.key) for t in query) + 2 * len(initials) or 1
        # For each candidate word, its similarity to each query word (0 where it is not a candidate of that word;
        # candidates score above 0, so a 0 never wins a max that a candidate is in).
        lengths = [len(t.key) for t in query]
        sims_of = {w: tuple(c[w][1] if w in c else 0.0 for c in cands) for c in cands for w in c}
        for n, (_df, i) in enumerate(order):
            if n >= MAX_BATCHES or (n > 0 and budget <= 0):
                return
            # The closest words' postings first, so that the budget is spent on them.
            words = sorted(cands[i], key=lambda w: (-cands[i][w][1], w))
            # Postings, which carry the light columns of their forms, in one query per 16 words.
            found: list[tuple[Any, ...]] = []
            for start in range(0, len(words), 16):
                batch = words[start : start + 16]
                marks = ",".join("?" * len(batch))
                fresh = [
                    row
                    for row in self._rows(
                        f"SELECT fid, key, factor, eid, norm FROM postings WHERE tok IN ({marks}) LIMIT ?",
                        [*batch, max(budget, 200)],
                    )
                    if row[0] not in seen
                ]
                found += fresh
                seen.update(row[0] for row in fresh)
                if len(found) >= max(budget, 200):
                    break
            # A form reached through two words of one query counts twice here, as it always has.
            budget -= len(found)
            # One row per form, in form order.
            light = sorted({row[0]: row for row in found}.values())
            if len(light) > RESCORE:
                # One row per entity and key: an entity's romanisations would otherwise crowd the others out.
                # Of an entity's forms with one key, keep the one that counts most (a preferred name over aliases).
                light = list({(row[3], row[1]): row for row in sorted(light, key=lambda r: (r[2], -r[0]))}.values())
            if len(light) > RESCORE:
                # The estimate: how much of the query the form's words cover (each query word counts its best
                # similarity to a word of the form, times its length), over the longer of the two; computed
                # once per key (forms of many entities share a key).
                coverage: dict[str, float] = {}
                for row in light:
                    if row[1] in coverage:
                        continue
                    fkeys = row[1].split()
                    hits = [sims_of[w] for w in fkeys if w in sims_of]
                    if not hits:
                        covered = 0.0
                    elif len(hits) == 1:
                        covered = sum([sim * n for sim, n in zip(hits[0], lengths)])
                    else:
                        covered = sum([max(column) * n for column, n in zip(zip(*hits), lengths)])
                    if initials:
                        covered += sum(2.0 for t in initials if any(w.startswith(t.key) for w in fkeys))
                    flen = sum(map(len, fkeys)) or 1
                    coverage[row[1]] = covered / max(total_len, flen)
                light.sort(key=lambda row: coverage[row[1]] * float(row[2]), reverse=True)
                light = light[:RESCORE]
            if light:
                info = self._informativeness({t.key for t in toks} | {k for row in light for k in row[1].split()})
                estimates: dict[tuple[str, str], float] = {}
                for row in light:
                    if (row[4], row[1]) not in estimates:
                        estimates[row[4], row[1]] = _estimate(toks, row[4], row[1], info)
                light = [row for row in light if estimates[row[4], row[1]] * float(row[2]) >= floor - ESTIMATE_SLACK]
            keep = [row[0] for row in light]
            rows = self._rows(self._FORM_SQL + f"f.fid IN ({','.join('?' * len(keep))})", keep) if keep else []
            yield rows

    def _score_rows(
        self,
        rows: list[tuple[Any, ...]],
        toks: tuple[Token, ...],
        norm: str,
        factor: float,
        type_: str | None,
        best: dict[int, _Scored],
        via_tag: str,
        exact_only: bool = False,
        any_factor: bool = False,
    ) -> None:
        if not rows:
            return
        qkey = " ".join(t.key for t in toks)
        info: Callable[[Token], float] | None = None  # read from the index when a form is not spelled as the query
        # Forms of one entity with the same key and factor score alike: score each group once.
        groups: dict[tuple[int, str, float], list[tuple[Any, ...]]] = {}
        for row in rows:
            if type_ is not None and row[8] != type_:
                continue
            groups.setdefault((row[1], row[4], row[5]), []).append(row)
        for (eid, fkey, name_factor), members in groups.items():
            exact = next((r for r in members if r[3] == norm), None)
            row = exact or members[0]
            fid, ftext, prominence = row[0], row[6], row[7]
            if exact is not None:
                sim, via = 1.0, "exact"
                if exact_only and name_factor < 1.0 and not any_factor:
                    continue
            elif exact_only:
                continue
            else:
                ftoks = tokenize_with_keys(ftext, fkey)
                if name_factor < 1.0 and len(ftoks) < len(toks) and fkey != qkey:
                    # A weak or imported short form (a surname alone) does not stand for a longer query:
                    # "Sara Netanyahu" is not the "Netanyahu" of the gazetteer.
                    continue
                if info is None:
                    info = self._informativeness({t.key for t in toks} | {k for row in rows for k in row[4].split()})
                sim = name_similarity(toks, ftoks, info)
                if row[8] in ("person", "organisation"):
                    sim = structured_similarity(toks, ftoks, row[8], sim, info)
                via = "key" if fkey == qkey else "fuzzy"
                if via != "exact" and (name_factor < WEAK_FACTOR or row[9]):
                    # A near miss (or a different spelling with the same key) of an imported or weak name is
                    # weaker evidence than one of a curated name.
                    sim *= FUZZY_IMPORTED_FACTOR
            score = sim * name_factor * prior(prominence) * factor
            if score <= 0:
                continue
            current = best.get(eid)
            if current is None or (score, -fid) > (current.score, -current.fid):
                tag = via if factor == 1.0 else f"{via}, {via_tag}"
                best[eid] = _Scored(score=score, eid=eid, fid=fid, via=tag, id=row[2])

    def _remember_dfs(self, pairs: Iterable[tuple[str, int]]) -> None:
        if len(self._df_cache) > 200000:
            self._df_cache.clear()
        self._df_cache.update(pairs)

    def _informativeness(self, keys: set[str]) -> Callable[[Token], float]:
        """Down-weight words that many forms share (see :func:`word_weight`)."""
        keys.discard("")
        known = self._df_cache
        # Only these keys count (a word of another key weighs as a rare one, whatever the cache knows of it).
        df = {k: known[k] for k in keys if k in known}
        unknown = sorted(keys - df.keys())
        if unknown:
            marks = ",".join("?" * len(unknown))
            found = dict(self._rows(f"SELECT tok, df FROM toks WHERE tok IN ({marks})", unknown))
            for k in unknown:
                df[k] = found.get(k, 0)
            self._remember_dfs((k, df[k]) for k in unknown)

        def info(tok: Token) -> float:
            return word_weight(df.get(tok.key, 0))

        return info

    def _search_own(self, name: str, type_: str | None, floor: float, quick: bool) -> dict[int, _Scored]:
        """Scores of this layer's entities for ``name``, as far as they can reach ``floor``. ``quick`` (for
        ``lookup``) stops as soon as a better answer is out of reach (see :data:`EXACT_IS_ENOUGH`,
        :data:`NEAR_MISS_CANNOT_WIN`)."""
        cleaned = clean_query(name)
        best: dict[int, _Scored] = {}
        norm = normalize(cleaned)
        if not norm:
            return best
        toks = tokenize(cleaned)
        if not toks:
            return best
        raw_norm = normalize(name)
        if raw_norm != norm:
            # The query as typed may itself be a name ("Prince Charles", "Пан Ги Мун"): try it exactly too.
            raw_toks = tokenize(name)
            self._score_rows(self._exact_rows(raw_norm, ""), raw_toks, raw_norm, 1.0, type_, best, "", exact_only=True, any_factor=True)
            if _top(best) >= DEFAULT_THRESHOLD:
                return best
        qkey = " ".join(t.key for t in toks)
        exact_only = norm in common_words()  # "Freedom", "Parliament": only an exact curated or preferred name
        # When cleaning dropped words (titles), an exact match of the query as typed outranks the cleaned one.
        cleaned_factor = 1.0 if raw_norm == norm else CLEANED_FACTOR
        self._score_rows(
            self._exact_rows(norm, qkey), toks, norm, cleaned_factor, type_, best, "title dropped", exact_only=exact_only
        )
        if exact_only:
            return best
        if quick and _top(best) >= EXACT_IS_ENOUGH:
            return best  # a de-inflected variant scores at most VARIANT_FACTOR (0.9): it cannot do better
        # De-inflected variants (Путина -> Путин) are looked up exactly and by key only, in one query.
        variants = {}
        for variant in query_variants(cleaned):
            vtoks = tokenize(variant)
            if vtoks:
                variants[variant] = (normalize(variant), " ".join(t.key for t in vtoks), vtoks)
        if variants:
            norms = sorted({v[0] for v in variants.values()})
            keys = sorted({v[1] for v in variants.values()})
            rows = self._rows(
                self._FORM_SQL + f"f.norm IN ({','.join('?' * len(norms))}) OR f.key IN ({','.join('?' * len(keys))})",
                [*norms, *keys],
            )
            for variant, (vnorm, vkey, vtoks) in variants.items():
                mine = [r for r in rows if r[3] == vnorm or r[4] == vkey]
                self._score_rows(mine, vtoks, vnorm, VARIANT_FACTOR, type_, best, f"de-inflected as {variant!r}")
        if quick and _top(best) >= NEAR_MISS_CANNOT_WIN:
            return best
        seen = {s.fid for s in best.values()}
        for rows in self._token_rows(toks, seen, floor):
            self._score_rows(rows, toks, norm, 1.0, type_, best, "")
            if quick and _top(best) >= DEFAULT_THRESHOLD:
                break
        return best

    def _matches(self, scored: Iterable[_Scored], query: str) -> list[Match]:
        out = []
        for s in scored:
            # The entity's columns that a match shows and the strongest name of the matched form, in one query.
            id_, type_, name, description, country, prominence, *name_row = self._rows(
                "SELECT e.id, e.type, e.name, e.description, e.country, e.prominence, n.* FROM entities e,"
                " (SELECT text, tier, lang, source, scheme, origin FROM names WHERE fid = ? ORDER BY tier, text LIMIT 1) n"
                " WHERE e.eid = ?",
                (s.fid, s.eid),
            )[0]
            matched = Name(text=name_row[0], tier=TIERS[name_row[1]], lang=name_row[2], source=name_row[3], scheme=name_row[4], origin=name_row[5])
            out.append(
                Match(
                    id=id_, name=name, type=type_, score=min(1.0, s.score), matched=matched.text, via=s.via,
                    tier=matched.tier, description=description, country=country, prominence=prominence,
                    explain=f"matched {matched.text!r}, the {matched.describe()}, by {_how(s.via, query, matched.text)}",
                )
            )
        return out

    def search(self, name: str, *, limit: int = 10, type: str | None = None) -> list[Match]:
        """Candidate entities for ``name``, best first, ordered by (-score, id); ``[]`` when nothing is close.

        Scores below ``0.5`` are not returned. ``type`` restricts the entity type (``person``, ``organisation``,
        ``country``, ``territory``, ``city``, ``place``).
        """
        _check_query(name, type)
        if not isinstance(limit, int) or limit < 1:
            raise TranslitNamesError(f"limit must be a positive integer, got {limit!r}")
        return self._ranked(name, limit, type, SEARCH_FLOOR, quick=False)

    def _ranked(self, name: str, limit: int, type_: str | None, floor: float, quick: bool) -> list[Match]:
        """``search``, or with ``quick`` and a ``floor`` above :data:`SEARCH_FLOOR` what ``lookup`` needs of it."""
        cache_key = (name, limit, type_, floor, quick)
        cached = self._search_cache.get(cache_key)
        if cached is not None:
            return list(cached)
        best = self._search_own(name, type_, floor, quick)
        ranked = sorted(best.values(), key=lambda s: (-round(s.score, 6), s.id))
        ranked = [s for s in ranked if s.score >= SEARCH_FLOOR][:limit]
        matches = self._matches(ranked, name)
        if self._base is not None:
            own_ids = {m.id for m in matches}
            replaced = self._own_ids()
            base = [
                m for m in self._base._ranked(name, limit, type_, floor, quick) if m.id not in replaced and m.id not in own_ids
            ]
            matches = sorted(matches + base, key=lambda m: (-round(m.score, 6), m.id))[:limit]
        result = _explain_margins(matches)
        if len(self._search_cache) >= SEARCH_CACHE_SIZE:
            self._search_cache.pop(next(iter(self._search_cache)))
        self._search_cache[cache_key] = tuple(result)
        return result

    @cache  # noqa: B019 - one small set per gazetteer instance, lives as long as it does
    def _own_ids(self) -> frozenset[str]:
        return frozenset(i for (i,) in self._rows("SELECT id FROM entities"))

    def lookup(self, name: str, *, type: str | None = None, threshold: float = DEFAULT_THRESHOLD) -> Match | None:
        """The best entity for ``name`` if it scores at least ``threshold`` and beats the runner-up by
        :data:`MARGIN`; otherwise ``None`` (``search`` then shows the candidates)."""
        _check_query(name, type)
        # The best two are all lookup needs; candidates that cannot come within MARGIN of the threshold are skipped.
        results = self._ranked(name, 2, type, max(SEARCH_FLOOR, threshold - MARGIN), quick=True)
        if not results or results[0].score < threshold:
            return None
        if len(results) > 1 and results[0].score - results[1].score < MARGIN:
            return None
        return results[0]

    def annotate(self, text: str, *, types: Iterable[str] | None = None, min_score: float | None = None) -> list[Mention]:
        """Every mention of an entity of this gazetteer in ``text`` (see :func:`translit_names.annotate`)."""
        from .mentions import annotate_text

        wanted = None if types is None else set(types)
        if wanted is not None and not wanted <= set(ENTITY_TYPES):
            raise TranslitNamesError(f"unknown entity type in {sorted(wanted)}; known types: {', '.join(ENTITY_TYPES)}")
        return annotate_text(self, text, types=wanted, min_score=min_score)

    def variants(self, id_or_name: str) -> tuple[Entity, tuple[Name, ...]] | None:
        """The entity with this ID, or the entity ``lookup`` finds for this name, with all its names."""
        entity = self.get(id_or_name)
        if entity is None:
            match = self.lookup(id_or_name)
            entity = self.get(match.id) if match else None
        return (entity, entity.names) if entity else None


def _top(best: dict[int, _Scored]) -> float:
    """The best score found so far (0 when none)."""
    return max((s.score for s in best.values()), default=0.0)


def _how(via: str, query: str, matched: str) -> str:
    """The match path in words: exact spelling, same matching key (a transliteration variant), or N edits."""
    words = {"exact": "exact spelling", "key": "the same matching key (a transliteration variant)"}
    head, _, rest = via.partition(", ")
    if head == "fuzzy":
        edits = Levenshtein.distance(normalize(clean_query(query)), normalize(matched))
        phrase = f"approximate match ({edits} edit{'s' if edits != 1 else ''} after normalisation)"
    else:
        phrase = words.get(head, head)
    return f"{phrase}, {rest}" if rest else phrase


def _explain_margins(matches: list[Match]) -> list[Match]:
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


def _default_index_path() -> Path:
    return Path(str(resources.files("translit_names") / "data" / "index.sqlite"))


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer compiled into the package (opened on first use, then shared)."""
    path = _default_index_path()
    if not path.is_file():
        raise GazetteerError(
            "the packaged index is missing: reinstall the package (pip install .) or run "
            "`translit-names gazetteer build`",
            path=str(path),
        )
    return Gazetteer(path)
