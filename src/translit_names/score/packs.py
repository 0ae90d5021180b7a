"""The language packs' part of ``compare`` (:mod:`translit_names.lang`): names in scripts the matching key does
not read are compared through their Latin readings, and Latin spellings of Arabic, Persian and Urdu names
through their family-neutral form (docs/matching.md, "Other scripts")."""

from __future__ import annotations

from ..lang.ar.latin import canonical_latin
from ..lang.readings import latin_readings, loanword_reading, needs_reading
from ..names.tokens import tokenize
from ..names.variants import clean_query
from .align import name_similarity
from .params import KEY_MATCH, READINGS_PAIRED
from .words import transcription_similarity

__all__ = ["language_pack_similarity"]


def _paired(text: str) -> tuple[str, ...]:
    """The first readings of a name and its last, the anyascii reading (never left out), and its reading as a
    name of another language (:func:`translit_names.lang.readings.loanword_reading`: Τζορτζ Μπους, Jorj Bus)."""
    readings = latin_readings(text)
    if len(readings) > READINGS_PAIRED:
        readings = (*readings[: READINGS_PAIRED - 1], readings[-1])
    loan = loanword_reading(text) if readings else None
    return (*readings, loan) if loan and loan not in readings else readings


def language_pack_similarity(a: str, b: str) -> float:
    """A name in a script other than Latin and Cyrillic (Arabic, Hebrew, Greek, Georgian, Armenian, Indic, Thai
    ...) is compared through its Latin readings (the best pair counts, at most :data:`KEY_MATCH`); two Latin
    names of which one shows it is Arabic, Persian or Urdu through their family-neutral forms
    (:func:`translit_names.lang.ar.latin.canonical_latin`), at most :data:`KEY_MATCH`. 0 when neither applies."""
    if not (needs_reading(a) or needs_reading(b)):
        if a.isascii() and b.isascii() and (canonical_latin(a) is not None or canonical_latin(b) is not None):
            ca, cb = canonical_latin(a, force=True), canonical_latin(b, force=True)
            if ca and cb:
                return min(KEY_MATCH, name_similarity(tokenize(clean_query(ca)), tokenize(clean_query(cb))))
        return 0.0
    best = 0.0
    for x in _paired(a) or (a,):
        tx = tokenize(clean_query(x))
        for y in _paired(b) or (b,):
            best = max(best, name_similarity(tx, tokenize(clean_query(y)), word_similarity=transcription_similarity))
            if best >= KEY_MATCH:
                return KEY_MATCH  # the cap: no other pair can do better
    return min(best, KEY_MATCH)
