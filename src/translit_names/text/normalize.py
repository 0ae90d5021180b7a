"""The one normaliser, used on both sides: when the index is built and when a query arrives.

Steps, in this order (each documented in docs/matching.md):

0. Invisible format characters are deleted (not replaced by a space), so that they never split a word: soft
   hyphen, zero-width space / non-joiner / joiner, word joiner, left-to-right and right-to-left marks and the
   other bidirectional controls, the byte-order mark (``INVISIBLE``; ``Pu\u00adtin`` -> ``putin``).
1. Unicode NFKC (compatibility forms such as full-width letters and ligatures become plain letters).
2. Case folding (``str.casefold``: ``ß`` -> ``ss``, Greek final sigma, ...).
3. Letters that do not decompose are spelled out: ``ł`` -> ``l``, ``ø`` -> ``o``, ``æ`` -> ``ae``, ``đ`` -> ``d`` ...
4. Apostrophes, primes and modifier letters used as soft or hard signs in romanisations are deleted
   (``Chaplyns'kyi`` and ``Chaplynsʹkyi`` both become ``chaplynskyi``).
5. Canonical decomposition, then every combining mark on a Latin, Greek or Cyrillic letter is dropped (accents:
   ``é`` -> ``e``, ``й`` -> ``и``); marks of other scripts (Devanagari vowel signs ...) are kept.
6. Every other character that is not a letter or a digit becomes a space; runs of spaces become one, and the
   ends are trimmed.

The result is idempotent: ``normalize(normalize(x)) == normalize(x)``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["INVISIBLE", "Normalizer", "european_script", "normalize", "strip_invisible", "tokens"]

#: A normaliser maps a name to its comparable form; index and query must use the same one.
Normalizer = Callable[[str], str]

_SPELLED_OUT = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
        "ŋ": "n",
        "ĸ": "k",
    }
)

#: Invisible format characters (Unicode category Cf that a name can carry by accident: copied from a web page, a
#: word processor or right-to-left text), deleted before anything else.
INVISIBLE = frozenset(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff"
)
_INVISIBLE_TABLE = {ord(c): None for c in INVISIBLE}


def strip_invisible(text: str) -> str:
    """``text`` without its :data:`INVISIBLE` characters (step 0 of :func:`normalize`)."""
    if text.isascii():
        return text
    return text.translate(_INVISIBLE_TABLE)


#: Characters deleted outright (not replaced by a space): apostrophes and sign marks inside words.
_DELETED = frozenset("'’‘ʼʹʻʽ′″`´ˮ\u02b9\u02ba\u02bc\u0027")
# Outside the alphabets of Europe: Latin, Greek and Cyrillic with their extensions (below Armenian, U+0530, and
# Latin Extended Additional and Greek Extended, U+1E00-U+1FFF).
_NOT_EUROPEAN = re.compile("[^\x00-\u052f\u1e00-\u1fff]")


def european_script(text: str) -> bool:
    """Whether every character of ``text`` is in the Latin, Greek or Cyrillic blocks (or is ASCII): the alphabets
    whose accents the normaliser drops and for which the matching key is made."""
    return _NOT_EUROPEAN.search(text) is None


# In ASCII text, what is neither a letter nor a digit (after case folding) becomes a space.
_ASCII_NOT_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=32768)
def normalize(name: str) -> str:
    """Return the comparable form of ``name``: folded case, no accents, no punctuation, single spaces.

    >>> normalize("  Łukaszenka,  Aleksandr ")
    'lukaszenka aleksandr'
    >>> normalize("Tikhanovskaïa")
    'tikhanovskaia'
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be str, not {type(name).__name__}")
    text = unicodedata.normalize("NFKC", strip_invisible(name)).casefold().translate(_SPELLED_OUT)
    if text.isascii():  # the common case, without the walk over decomposed characters: the same result
        return " ".join(_ASCII_NOT_WORD.sub(" ", text.replace("'", "").replace("`", "")).split())
    out: list[str] = []
    alphabetic_base = False
    for ch in unicodedata.normalize("NFD", text):
        if ch in _DELETED:
            continue
        cat = unicodedata.category(ch)
        if cat[0] == "M":
            # Accents on Latin, Greek and Cyrillic letters go; the vowel signs of other scripts (Devanagari,
            # Arabic harakat aside) are letters in all but name and stay.
            if not alphabetic_base:
                out.append(ch)
            continue
        if cat[0] in "LN":
            alphabetic_base = european_script(ch)
            out.append(ch)
        else:
            alphabetic_base = False
            out.append(" ")
    folded = unicodedata.normalize("NFC", "".join(out))
    # A second pass over the folded text keeps the function idempotent when NFC re-composes
    # a character that step 3 would have spelled out (rare, but possible with odd input).
    folded = folded.translate(_SPELLED_OUT)
    return " ".join(folded.split())


def tokens(name: str) -> list[str]:
    """The normalised words of ``name``."""
    return normalize(name).split()
