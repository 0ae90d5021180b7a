"""The last stage of a search for a name in a script the matching key does not read (Arabic, Hebrew, Greek,
Indic, Thai and the rest), when none of its Latin readings found a good answer: more candidates, each scored by
``compare`` of the name as written (docs/matching.md, "Other scripts").

A reading guesses what the script leaves out (an abjad's short vowels: ``بيل كلينتون`` reads "Bil Kalintun"),
so the approximate search of a reading can rank the right entity below others or miss it. The candidates here
are (1) the entities the readings' searches scored, and (2) the forms that share the consonant skeleton of the
most telling word of a reading (its first letter and consonants, as the index keeps them: "Gogl" and "Google"
are both ``ggl``), the closest of them by a cheap character ratio first.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from ..index.reader import IndexReader
from ..names.tokens import tokenize
from ..names.variants import clean_query
from ..text.normalize import normalize

__all__ = ["MIN_SKELETON", "SKELETON_POSTINGS", "skeleton_forms"]

#: Only a word whose skeleton has at least this many letters leads to forms by its skeleton (shorter ones are
#: shared by too many words to tell anything).
MIN_SKELETON = 3
#: At most this many forms are read through the skeleton of one reading's word.
SKELETON_POSTINGS = 400


def skeleton_forms(reader: IndexReader, readings: Sequence[str], count: int) -> list[int]:
    """Up to ``count`` forms (their numbers) that have a word with the consonant skeleton of the longest word
    of one of ``readings`` (or that skeleton with one more letter), closest to a reading first (rapidfuzz's
    token-set ratio of the normalised texts; ties by form number)."""
    best: dict[int, float] = {}
    for reading in readings:
        toks = [t for t in tokenize(clean_query(reading)) if t.keyable and not t.is_initial]
        if not toks:
            continue
        tok = max(toks, key=lambda t: (len(t.skeleton), t.key))
        if len(tok.skeleton) < MIN_SKELETON:
            continue
        spread = 3
        packed = reader.skeleton_words([tok.skeleton], len(tok.key) - spread, len(tok.key) + spread)
        words = sorted({w for row in packed for w in row.split(" ")[::2]})
        if not words:
            continue
        norm = normalize(reading)
        for start in range(0, len(words), 64):
            for row in reader.postings(words[start : start + 64], SKELETON_POSTINGS):
                ratio = fuzz.token_set_ratio(norm, row.norm)
                if ratio > best.get(row.fid, -1.0):
                    best[row.fid] = ratio
    return [fid for fid, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:count]]
