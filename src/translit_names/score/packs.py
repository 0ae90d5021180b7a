"""The language packs' part of ``compare`` (:mod:`translit_names.lang`): names in scripts the matching key does
not read are compared through their Latin readings, and Latin spellings of Arabic, Persian and Urdu names
through their family-neutral form (docs/matching.md, "Other scripts")."""

from __future__ import annotations

from ..lang.ar.latin import canonical_latin
from ..lang.readings import latin_readings, loanword_reading, needs_reading
from ..lang.zh.latin import shows_wade_giles, wade_giles_form
from ..lang.zh.romanize import simplified
from ..names.tokens import tokenize
from ..names.variants import clean_query
from .align import name_similarity
from .params import KEY_MATCH, READINGS_PAIRED
from .syllables import resegmented_similarity
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


def _wade_giles_similarity(a: str, b: str) -> float:
    """The name score of two Latin names through their Wade-Giles forms when one shows it is Wade-Giles; else 0."""
    if not (a.isascii() and b.isascii() and (shows_wade_giles(a) or shows_wade_giles(b))):
        return 0.0
    wa, wb = wade_giles_form(a), wade_giles_form(b)
    return name_similarity(tokenize(wa), tokenize(wb)) if wa and wb else 0.0


def language_pack_similarity(a: str, b: str) -> float:
    """A name in a script other than Latin and Cyrillic (Arabic, Hebrew, Greek, Georgian, Armenian, Indic, Thai
    ...) is compared through its Latin readings (the best pair counts, at most :data:`KEY_MATCH`); two Latin
    names of which one shows it is Arabic, Persian or Urdu through their family-neutral forms
    (:func:`translit_names.lang.ar.latin.canonical_latin`), at most :data:`KEY_MATCH`; two Latin names in pinyin
    or Wade-Giles of which one shows it is Wade-Giles through their Wade-Giles forms
    (:func:`translit_names.lang.zh.latin.wade_giles_form`), at most :data:`KEY_MATCH`. 0 when none applies."""
    if not (needs_reading(a) or needs_reading(b)):
        latin = 0.0
        if a.isascii() and b.isascii() and (canonical_latin(a) is not None or canonical_latin(b) is not None):
            ca, cb = canonical_latin(a, force=True), canonical_latin(b, force=True)
            if ca and cb:
                latin = name_similarity(tokenize(clean_query(ca)), tokenize(clean_query(cb)))
        if latin < KEY_MATCH:
            latin = max(latin, _wade_giles_similarity(a, b))
        return min(KEY_MATCH, latin)
    if simplified(a) == simplified(b):
        return KEY_MATCH  # traditional and simplified Han spellings of one name (嗰 / 𠮶: some have no reading)
    best = 0.0
    for x in _paired(a) or (a,):
        tx = tokenize(clean_query(x))
        for y in _paired(b) or (b,):
            ty = tokenize(clean_query(y))
            best = max(best, name_similarity(tx, ty, word_similarity=transcription_similarity))
            if best < KEY_MATCH and len(tx) != len(ty):  # syllables spaced or joined differently, as in compare
                best = max(best, resegmented_similarity(tx, ty, transcription_similarity))
            if best < KEY_MATCH:  # a reading in Wade-Giles or pinyin against the other name, as for Latin names
                best = max(best, _wade_giles_similarity(x, y))
            if best >= KEY_MATCH:
                return KEY_MATCH  # the cap: no other pair can do better
    return min(best, KEY_MATCH)
