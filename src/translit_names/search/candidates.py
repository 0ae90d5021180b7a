"""Candidate generation: the index words close to a query word, and the forms they lead to.

Candidate generation never scans the gazetteer. For each query word it reads the index words whose consonant
skeleton equals the word's skeleton or one of its single-letter deletions (a symmetric-delete index, as in
SymSpell), keeping only words that score well against the query word; it then reads the postings of the rarest
such words first, up to a bound, and cuts them by cheap estimates (:mod:`.estimate`). See docs/matching.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, JaroWinkler

from ..cache import BoundedCache
from ..index.reader import IndexReader
from ..index.records import FormRecord, Posting
from ..names.keys import deletions, skeleton
from ..names.tokens import Token
from ..score.params import (
    BOUND_SLACK,
    ESTIMATE_SLACK,
    LIGHT_CUTOFF,
    MAX_BATCHES,
    MAX_POSTINGS,
    MIN_QUERY_SKELETON_FOR_DELETES,
    MIN_TOKEN_CANDIDATE,
    PREFILTER_RATIO,
    RESCORE,
    SHORTEST_FUZZY,
)
from ..score.words import key_similarity_of, token_similarity, unlike_skeletons_similarity
from .estimate import estimate, index_token, key_token
from .weights import word_weight

__all__ = ["DF_CACHE_SIZE", "WORD_CACHE_SIZE", "WordIndex"]

#: How many query words a word index remembers the close index words of (each a small dict of words).
WORD_CACHE_SIZE = 8192
#: How many index words a word index remembers the document count of.
DF_CACHE_SIZE = 65536


class WordIndex:
    """The words of one index, as the search reads them: close words of a query word, their document counts
    and the forms they lead to. Remembers close words (at most :data:`WORD_CACHE_SIZE` query words) and document
    counts (at most :data:`DF_CACHE_SIZE` words), the oldest dropped first, in thread-safe caches."""

    def __init__(self, reader: IndexReader) -> None:
        self._reader = reader
        self._word_cache: BoundedCache[Token, dict[str, tuple[int, float]]] = BoundedCache(WORD_CACHE_SIZE)
        # Document counts of index words (0 for words not in the index), as read so far.
        self._df_cache: BoundedCache[str, int] = BoundedCache(DF_CACHE_SIZE)

    def close_words(self, tok: Token) -> dict[str, tuple[int, float]]:
        """Index words close to ``tok`` (skeleton equal or one deletion apart, and similar enough), with their
        document counts and their similarity to ``tok`` (remembered: at most 20,000 words, then forgotten)."""
        cached = self._word_cache.get(tok)
        if cached is None:
            cached = self._close_words(tok)
            self._word_cache.put(tok, cached)
            self._df_cache.update([(w, df) for w, (df, _sim) in cached.items()])
        return cached

    def _close_words(self, tok: Token) -> dict[str, tuple[int, float]]:
        """:meth:`close_words` without its cache."""
        if len(tok.key) <= SHORTEST_FUZZY:
            # A key this short matches only itself (token_similarity gives 0 to any other): its neighbours in
            # the skeleton index need not be read.
            df = self._reader.word_count(tok.key)
            return {tok.key: (df, 1.0)} if df is not None else {}
        s = tok.skeleton
        # The index holds every word's skeleton and its one-letter deletions; the query adds its own deletions
        # only for skeletons of five letters or more, or of four in a word of six letters or more (shorter ones
        # would match too much to be worth reading).
        with_deletes = len(s) >= MIN_QUERY_SKELETON_FOR_DELETES or (len(s) == 4 and len(tok.key) >= 6)
        probes = sorted({s} | (deletions(s) if with_deletes else set()))
        spread = 2 if len(tok.key) <= 6 else 3  # words much longer or shorter cannot be close
        rows = self._reader.skeleton_words(probes, len(tok.key) - spread, len(tok.key) + spread)
        probe = key_token(tok)
        # Each row packs words and their document counts as "word df word df ..." (a word may be in several rows).
        dfs: dict[str, str] = {}
        for packed in rows:
            parts = packed.split(" ")
            dfs.update(zip(parts[::2], parts[1::2]))
        # A cheap vectorised filter first (rapidfuzz's Indel ratio), then the real word similarity.
        key = tok.key
        close = [
            w
            for w, _score, _idx in process.extract(key, list(dfs), scorer=fuzz.ratio, score_cutoff=PREFILTER_RATIO, limit=None)
            if w == key or len(w) > SHORTEST_FUZZY  # shorter words match only by key: token_similarity gives them 0
        ]
        # The main term of the word similarity (key_similarity), its two parts computed for all words at once.
        edits = {w: d for w, d, _idx in process.extract(key, close, scorer=OSA.distance, limit=None)}
        jaro_winkler = {w: j for w, j, _idx in process.extract(key, close, scorer=JaroWinkler.similarity, limit=None)}
        out: dict[str, tuple[int, float]] = {}
        sorted_skel = sorted(tok.skeleton)
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
                if light < MIN_TOKEN_CANDIDATE - BOUND_SLACK:
                    continue
                sim = unlike_skeletons_similarity(key, w, edits[w], jaro_winkler[w])
            else:
                sim = token_similarity(probe, index_token(w))
            if sim >= MIN_TOKEN_CANDIDATE:
                out[w] = (int(dfs[w]), sim)
        return out

    def token_rows(self, toks: tuple[Token, ...], seen: set[int], floor: float) -> Iterator[list[FormRecord]]:
        """Forms sharing a close word with the query, in batches (the rarest query word's first), each cut to
        the :data:`RESCORE` most promising by a cheap estimate from the word similarities already known, then to
        those whose estimated score (see :data:`ESTIMATE_SLACK`) can reach ``floor``."""
        query = [t for t in {t.key: t for t in toks if not t.is_initial and t.keyable}.values()]
        initials = [t for t in toks if t.is_initial]
        cands = [self.close_words(t) for t in query]
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
            found: list[Posting] = []
            for start in range(0, len(words), 16):
                batch = words[start : start + 16]
                fresh = [row for row in self._reader.postings(batch, max(budget, 200)) if row.fid not in seen]
                found += fresh
                seen.update(row.fid for row in fresh)
                if len(found) >= max(budget, 200):
                    break
            # A form reached through two words of one query counts twice here, as it always has.
            budget -= len(found)
            # One row per form, in form order.
            light = sorted({row.fid: row for row in found}.values())
            if len(light) > RESCORE:
                # One row per entity and key: an entity's romanisations would otherwise crowd the others out.
                # Of an entity's forms with one key, keep the one that counts most (a preferred name over aliases).
                light = list({(row.eid, row.key): row for row in sorted(light, key=lambda r: (r.factor, -r.fid))}.values())
            if len(light) > RESCORE:
                # The estimate: how much of the query the form's words cover (each query word counts its best
                # similarity to a word of the form, times its length), over the longer of the two; computed
                # once per key (forms of many entities share a key).
                coverage: dict[str, float] = {}
                for row in light:
                    if row.key in coverage:
                        continue
                    fkeys = row.key.split()
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
                    coverage[row.key] = covered / max(total_len, flen)
                light.sort(key=lambda row: coverage[row.key] * row.factor, reverse=True)
                light = light[:RESCORE]
            if light:
                info = self.informativeness({t.key for t in toks} | {k for row in light for k in row.key.split()})
                estimates: dict[tuple[str, str], float] = {}
                for row in light:
                    if (row.norm, row.key) not in estimates:
                        estimates[row.norm, row.key] = estimate(toks, row.norm, row.key, info)
                light = [row for row in light if estimates[row.norm, row.key] * row.factor >= floor - ESTIMATE_SLACK]
            yield self._reader.forms([row.fid for row in light])

    def informativeness(self, keys: set[str]) -> Callable[[Token], float]:
        """Down-weight words that many forms share (see :func:`word_weight`)."""
        keys.discard("")
        # Only these keys count (a word of another key weighs as a rare one, whatever the cache knows of it).
        df = self._df_cache.get_many(keys)
        unknown = sorted(keys - df.keys())
        if unknown:
            found = self._reader.word_counts(unknown)
            for k in unknown:
                df[k] = found.get(k, 0)
            self._df_cache.update([(k, df[k]) for k in unknown])

        def info(tok: Token) -> float:
            return word_weight(df.get(tok.key, 0))

        return info
