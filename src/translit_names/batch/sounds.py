"""Sound keys for blocking across scripts: a coarse consonant-class string shared by a name's spellings in
Latin, Cyrillic, Han, kana, Hangul, Arabic and Hebrew letters.

The matching key (:func:`translit_names.names.keys.token_key`) makes every *romanisation* of a name one key,
but reads other scripts with ``unidecode``, so ``Hubbard`` (``hubard``) and ``허버드`` (``heobeodeu``) never meet.
A sound key keeps only what survives transcription between scripts: the order of the consonants, each written
as its class. Steps, for one word:

1. read the word in Latin letters: Han, kana, Hangul, Arabic and Hebrew by the learned models' alignment
   romanisation (:func:`translit_names.score.crossscript.romanize.romanize`); Latin, Cyrillic and the rest by
   ``unidecode`` (not the matching key, which merges ``kh`` into ``h`` and ``-ov`` into ``u``);
2. drop the vowels, ``h``, ``w``, ``y`` and the liquids ``l`` / ``r`` (East Asian scripts do not tell ``l`` from
   ``r``, and drop an ``r`` before a consonant: ``Rivers``, ``里弗斯``; Arabic and Hebrew write no short vowels,
   so "before a consonant" cannot be told there);
3. write each remaining consonant as its class: ``b`` (b p f v), ``d`` (d t), ``g`` (g k q c), ``s`` (s z j x and
   the affricates ``ts`` ``ch`` ``sh`` ``zh``), ``n`` (m n, and ``ng`` before a consonant or at the end: Han and
   Hangul syllables end in it); a run of one class is written once.

So ``Hubbard``, ``허버드``, ``ハバード`` are all ``bd``; ``Nadal``, ``ナダル`` are ``nd``; ``Gates``, ``게이츠`` ``gs``.
The key is deliberately coarse: it only proposes pairs, which ``compare`` then scores.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from ..text.normalize import normalize
from ..score.crossscript.romanize import romanize, script_of

__all__ = ["MIN_SOUND", "latin_reading", "sound_key", "sound_order"]

#: Sound keys shorter than this many classes are not used for blocking (one consonant says too little).
MIN_SOUND = 1

_AFFRICATES = re.compile(r"tsch|tch|ch|sh|zh|sz|cz|ts|tz|dz|ds")
_VELAR = re.compile(r"kh|gh")
_NG = re.compile(r"ng(?![aeiou])")
_CLASSES = str.maketrans({
    "b": "b", "p": "b", "f": "b", "v": "b",
    "d": "d", "t": "d",
    "g": "g", "k": "g", "q": "g", "c": "g",
    "s": "s", "z": "s", "j": "s", "x": "s",
    "m": "n", "n": "n",
})
_KEPT = frozenset("bdgsn")
_FINE_KEPT = frozenset("bdgsnr")


@lru_cache(maxsize=65536)
def latin_reading(word: str) -> str:
    """``word`` in lower-case Latin letters: the alignment romanisation of its script, else ``unidecode``'s."""
    for ch in word:
        script = script_of(ch)
        if script is not None:
            return romanize(normalize(word), script)
    return unidecode(normalize(word)).lower()


def _classes(word: str, kept: frozenset[str]) -> str:
    text = _NG.sub("n", _AFFRICATES.sub("s", _VELAR.sub("g", latin_reading(word).lower())))
    out: list[str] = []
    for ch in text.translate(_CLASSES):
        if ch in kept and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """The sound key of one word (see the module's doc); ``""`` for a word with no consonant kept."""
    return _classes(word, _KEPT)


@lru_cache(maxsize=65536)
def sound_order(word: str) -> str:
    """The order of a word within a large block of one sound key: its sound key with liquids kept (``l`` and
    ``r`` as ``r``), then its Latin reading with ``l`` written ``r``, so that spellings which also agree on their
    liquids, and then on their vowels, come next to each other."""
    reading = latin_reading(word).lower().replace("l", "r")
    return _classes(word.replace("l", "r").replace("L", "r"), _FINE_KEPT) + "/" + reading
