"""Latin readings of a name in any script, for matching: the spellings ``compare`` and ``lookup`` try for a
name written in a script the matching key is not made for (Arabic, Hebrew, Georgian, Armenian, Indic, Thai
and every other).

The script of the name chooses the language pack (for Arabic script: Urdu when Urdu letters are present,
Persian for Persian letters, Arabic otherwise); the readings are the pack's default scheme, its matching-only
schemes (named ``reading_*``: Georgian names without their nominative -i, Greek genitives put back in the
nominative, Arabic names without the article), its index schemes, then the ``anyascii`` reading, which is always among them so that a match is never worse than a
plain anyascii comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import for_script, get
from .fallback import anyascii_reading
from ..text.scripts import scripts_of

__all__ = ["MAX_READINGS", "guess_language", "latin_readings", "loanword_reading", "needs_reading"]

#: At most this many readings of one name are tried (the default scheme and anyascii always among them).
MAX_READINGS = 5

# Scripts whose names are compared as they are: Latin, and Cyrillic (the matching key and the learned
# Cyrillic/Latin model read it). Greek is keyed too, but its ELOT reading is closer to how Greek names are
# written in Latin letters than the key's.
_KEYED = frozenset({"Latn", "Cyrl"})
# Text with no character outside these ranges (ASCII, Latin-1, Latin extended, combining marks, Cyrillic,
# general punctuation) needs no reading: the quick test before the script of each character is looked up.
_PLAIN = re.compile("[^\x00-\u036f\u0400-\u052f\u1e00-\u1eff\u2000-\u206f]")
_URDU = frozenset("ٹڈڑںےھہ")
_PERSIAN = frozenset("پچژگیک")


def needs_reading(text: str) -> bool:
    """Whether ``text`` has a letter of a script other than Latin and Cyrillic."""
    if text.isascii() or _PLAIN.search(text) is None:
        return False
    return any(s not in _KEYED for s in scripts_of(text))


def guess_language(text: str) -> str | None:
    """The code of the language pack that reads ``text`` best, or ``None`` when no pack serves its script."""
    scripts = sorted(s for s in scripts_of(text) if s not in _KEYED)
    if not scripts:
        return None
    # The script fewest packs are written in says most (kana: Japanese, though its kanji are Han too).
    script = min(scripts, key=lambda s: (not for_script(s), len(for_script(s)), s))
    if script == "Arab":
        letters = set(text)
        return "ur" if letters & _URDU else "fa" if letters & _PERSIAN else "ar"
    candidates = for_script(script)
    if not candidates:
        return None
    preferred = {"Deva": "hi"}.get(script)
    # A pack that lists the script first is written in it first (Han: Chinese before Japanese).
    codes = [p.code for p in sorted(candidates, key=lambda p: (p.scripts.index(script), p.code))]
    return preferred if preferred in codes else codes[0]


@lru_cache(maxsize=8192)
def latin_readings(text: str, fallback: bool = True) -> tuple[str, ...]:
    """Distinct Latin readings of ``text`` (at most :data:`MAX_READINGS`), best first; ``()`` when ``text``
    needs none (Latin and Cyrillic names are matched as they are). Without ``fallback``, the anyascii reading
    is left out where a pack reads the script (``lookup``: a reading without vowels, "Bhr", would find codes)."""
    if not needs_reading(text):
        return ()
    readings: list[str] = []
    code = guess_language(text)
    if code is not None:
        pack = get(code)
        extra = [s for s in pack.schemes if s.startswith("reading_")]  # matching-only readings of the pack
        # The other packs of the script come right after the guessed one's first readings: the script alone
        # does not say whether a name written in Arabic letters is Arabic, Persian or Urdu.
        others = [(p, p.default_scheme) for p in for_script(pack.scripts[0]) if p.code != code] if pack.scripts else []
        order = [(pack, pack.default_scheme), *((pack, s) for s in extra), *others, *((pack, s) for s in pack.index_schemes)]
        for source, scheme in order:
            if scheme is None:
                continue
            reading = anyascii_reading(source.romanize(text, scheme))
            if reading and reading not in readings:
                readings.append(reading)
                if len(readings) == MAX_READINGS - 1:
                    break
    readings = readings[: MAX_READINGS - 1]
    if fallback or not readings:
        plain = anyascii_reading(text)
        if plain and plain not in readings:
            readings.append(plain)
    return tuple(readings)


@lru_cache(maxsize=4096)
def loanword_reading(text: str) -> str | None:
    """The reading of ``text`` as a name of another language written in its script (the ``loanword`` scheme of
    the pack that reads it: vowels as written, none inserted), or ``None`` when the pack has no such scheme.
    ``lookup`` tries it when the other readings found nothing good (:meth:`Searcher.rescue_readings`)."""
    code = guess_language(text) if needs_reading(text) else None
    if code is None:
        return None
    pack = get(code)
    if "loanword" not in pack.schemes:
        return None
    reading = anyascii_reading(pack.romanize(text, "loanword"))
    return reading or None
