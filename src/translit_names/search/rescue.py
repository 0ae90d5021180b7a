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
from ..names.keys import deletions
from ..names.tokens import tokenize
from ..names.variants import clean_query
from ..text.normalize import normalize

__all__ = ["MIN_RATIO", "MIN_SKELETON", "SKELETON_POSTINGS", "SKELETON_WORDS", "skeleton_forms"]

#: Only a word whose skeleton has at least this many letters leads to forms by its skeleton (shorter ones are
#: shared by too many words to tell anything).
MIN_SKELETON = 3
#: The postings of at most this many words of the skeleton (the closest to the reading's word) are read ...
SKELETON_WORDS = 16
#: ... at most this many forms in all.
SKELETON_POSTINGS = 120
#: Only forms at least this close to a reading (rapidfuzz's token-set ratio, 0-100) are kept: the scoring by
#: ``compare`` that follows is the expensive part ("Toni Blir" / "tony blair" is 84, "Gogl" / "google" 80).
MIN_RATIO = 65.0


def skeleton_forms(reader: IndexReader, readings: Sequence[str], count: int) -> list[int]:
    """Up to ``count`` forms (their numbers) that have a word with the consonant skeleton of the longest word
    of one of ``readings`` (or that skeleton with one more letter), closest to a reading first (rapidfuzz's
    token-set ratio of the normalised texts, at least :data:`MIN_RATIO`; ties by form number)."""
    best: dict[int, float] = {}
    for reading in readings:
        toks = [t for t in tokenize(clean_query(reading)) if t.keyable and not t.is_initial]
        if not toks:
            continue
        tok = max(toks, key=lambda t: (len(t.skeleton), t.key))
        if len(tok.skeleton) < MIN_SKELETON:
            continue
        spread = 3
        # The skeleton, and for a long one its one-letter deletions (a reading's y or w for a vowel: Boyng, Boeing).
        probes = sorted({tok.skeleton} | (deletions(tok.skeleton) if len(tok.skeleton) >= 4 else set()))
        packed = reader.skeleton_words(probes, len(tok.key) - spread, len(tok.key) + spread)
        # The words of that skeleton closest to the reading's word first (a common skeleton has hundreds).
        words = sorted({w for row in packed for w in row.split(" ")[::2]}, key=lambda w: (-fuzz.ratio(tok.key, w), w))
        if not words:
            continue
        norm = normalize(reading)
        for row in reader.postings(words[:SKELETON_WORDS], SKELETON_POSTINGS):
            ratio = fuzz.token_set_ratio(norm, row.norm)
            if ratio > best.get(row.fid, -1.0):
                best[row.fid] = ratio
    kept = [(fid, ratio) for fid, ratio in best.items() if ratio >= MIN_RATIO]
    return [fid for fid, _ in sorted(kept, key=lambda kv: (-kv[1], kv[0]))[:count]]
