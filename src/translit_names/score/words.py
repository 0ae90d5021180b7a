"""Word similarity: how alike two words (tokens) are, in [0, 1].

:func:`token_similarity` is the word score of ``search``, ``lookup`` and ``compare``: 1 for equal normalised
words, :data:`~translit_names.score.params.KEY_MATCH` for equal matching keys, an edit score for near misses,
capped for the two genders of one surname and for different surname suffixes. :func:`transcription_similarity`
adds the learned cross-script models (``compare`` only). See docs/matching.md.
"""

from __future__ import annotations

from functools import lru_cache

import jellyfish
from rapidfuzz.distance import OSA, Indel, JaroWinkler

from ..names.tokens import Token, gender_clash, suffixes_clash, vowel_classed
from .crossscript import cross_script_similarity
from .params import DEFAULT_THRESHOLD, GENDER_CAP, KEY_MATCH, SUFFIX_CAP, SWAPPED_SKELETON, VOWEL_DISCOUNT

__all__ = [
    "edit_similarity",
    "key_similarity",
    "key_similarity_of",
    "token_similarity",
    "transcription_similarity",
    "unlike_skeletons_similarity",
]


def key_similarity(ka: str, kb: str) -> float:
    """The main term of the word similarity on two matching keys: edits (with transpositions) and Jaro-Winkler.
    :func:`token_similarity` adds allowances (vowels, scrambled letters) and caps (genders, suffixes) to it."""
    return key_similarity_of(OSA.distance(ka, kb), min(len(ka), len(kb)), JaroWinkler.similarity(ka, kb))


def key_similarity_of(edits: int, shorter: int, jaro_winkler: float) -> float:
    """:func:`key_similarity` from its parts: the OSA edit distance of the two keys, the length of the shorter key,
    and their Jaro-Winkler similarity (for callers that compute the parts of many pairs at once)."""
    return 0.96 * _main_term(edits, shorter, jaro_winkler)


def _main_term(edits: int, shorter: int, jaro_winkler: float) -> float:
    return 0.7 * max(0.0, 1.0 - edits / shorter) + 0.3 * jaro_winkler


def _edit_score(score: float, first_letters_differ: bool) -> float:
    """The last step of :func:`_fuzzy`: a penalty for different first letters, then the 0.96 scale, in [0, 0.96]."""
    if first_letters_differ:
        score -= 0.08
    return max(0.0, min(score * 0.96, 0.96))


def unlike_skeletons_similarity(ka: str, kb: str, edits: int, jaro_winkler: float) -> float:
    """:func:`token_similarity` of two different matching keys taken as words (text, key and Latin form all the
    key; no gender), for keys whose consonant skeletons are not made of the same letters, from the parts of the
    main term (``edits``: their OSA distance; ``jaro_winkler``): without the vowel and scrambled-letter
    allowances, which need such skeletons, the word score is the main term with its first-letter penalty, under
    the suffix cap."""
    if min(len(ka), len(kb)) <= 4:
        return 0.0  # short words match only by key
    score = _edit_score(_main_term(edits, min(len(ka), len(kb)), jaro_winkler), ka[0] != kb[0])
    return SUFFIX_CAP if score > SUFFIX_CAP and suffixes_clash(ka, kb) else score


def edit_similarity(a: Token, b: Token) -> float:
    """The edit part of :func:`token_similarity` for two tokens of different keys, before its caps (gender,
    suffix): 0 for short words, else edits and Jaro-Winkler of the keys with the vowel and scrambled-letter
    allowances. Call it with ``a.key < b.key`` (the order :func:`token_similarity` uses)."""
    ka, kb = a.key, b.key
    shorter = min(len(ka), len(kb))
    if shorter <= 3 or len(a.norm) <= 4 or len(b.norm) <= 4:
        # Short words (acronyms, "Li", "Xi", "EU", "NATO") match exactly or by key, never by edits.
        return 0.0
    # 1 - edits / length of the shorter key: two edits in "Putin" matter more than in "Tikhanovskaya".
    osa = max(0.0, 1.0 - OSA.distance(ka, kb) / shorter)
    # Vowels are the least stable letters across conventions (Dmitro / Dimitri, Tiknovskaya): compare the
    # vowel-classed keys (every vowel run written "a") too, at a small discount.
    # Only when just a vowel was dropped or added: vowels replaced by others make other names (Belchett /
    # Boulhout), and so do consonants (Zelenko / Zelensky).
    if a.skeleton == b.skeleton:
        va, vb = a.vowel_key or vowel_classed(ka), b.vowel_key or vowel_classed(kb)
        if abs(len(va) - len(vb)) == 1:
            osa = max(osa, 1.0 - OSA.distance(va, vb) / min(len(va), len(vb)) - VOWEL_DISCOUNT)
    score = 0.7 * osa + 0.3 * JaroWinkler.similarity(ka, kb)
    if (
        score < 0.9
        and ka[0] == kb[0]
        and shorter >= 6
        and a.skeleton != b.skeleton
        and sorted(a.skeleton) == sorted(b.skeleton)
    ):
        # Scrambled letters (Belchett / Bachelet): nearly the same bag of letters, and consonant skeletons one
        # swap of neighbours apart. (Equal skeletons mean only the vowels differ: the edit count above already
        # measures that.)
        bag = Indel.normalized_similarity(sorted(ka), sorted(kb))
        if bag >= 0.85 and jellyfish.damerau_levenshtein_distance(a.skeleton, b.skeleton) == 1:
            score = max(score, 0.5 * bag + 0.5 * SWAPPED_SKELETON - 0.05)
    return _edit_score(score, ka[0] != kb[0])


@lru_cache(maxsize=65536)
def token_similarity(a: Token, b: Token) -> float:
    """Similarity of two words in [0, 1]: 1 for equal normalised forms, :data:`KEY_MATCH` for equal matching keys,
    lower for typos; capped at :data:`GENDER_CAP` for the two genders of one surname. Symmetric."""
    if a.norm == b.norm:
        return 1.0
    if not (a.keyable and b.keyable):
        return 0.0
    clash = gender_clash(a, b)
    if a.key == b.key:
        if (a.all_caps or b.all_caps) and min(len(a.norm), len(b.norm)) <= 4:
            # Acronyms match letter for letter: CJEU is not Kiev, GUS is not Goes, USSR is not OESR.
            return 0.0
        return GENDER_CAP if clash else KEY_MATCH
    score = edit_similarity(a, b) if a.key < b.key else edit_similarity(b, a)
    return _capped(score, a, b, clash)


def _capped(score: float, a: Token, b: Token, clash: bool) -> float:
    if clash:
        return min(score, GENDER_CAP)
    if score > SUFFIX_CAP and suffixes_clash(a.latin, b.latin):
        return SUFFIX_CAP
    return score


def transcription_similarity(a: Token, b: Token) -> float:
    """:func:`token_similarity`, or for a Cyrillic, Han, kana, Hangul, Arabic or Hebrew word against a Latin one
    the learned similarity of that script pair (:mod:`translit_names.score.crossscript`) if that is higher, under
    the same caps: it sees transcriptions by ear (Worthen / Уорфен, Washington / ワシントン) that spelling-based
    keys cannot. ``compare`` scores
    words with it; ``search`` and ``lookup`` do not (their candidates come from the index, which already holds
    every scheme's romanisation of each native name, and across half a million names the model's false positives
    would add up)."""
    score = token_similarity(a, b)
    if score >= DEFAULT_THRESHOLD or a.norm.isascii() == b.norm.isascii():
        return score  # (the cheap script test: both words Latin, or neither)
    if (a.all_caps or b.all_caps) and min(len(a.norm), len(b.norm)) <= 4:
        return score  # acronyms are spelled, not transcribed
    learned = cross_script_similarity(a.norm, b.norm)  # the model of the non-Latin word's script, if any
    if learned <= score:
        return score
    return _capped(learned, a, b, gender_clash(a, b))
