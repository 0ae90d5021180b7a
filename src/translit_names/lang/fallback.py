"""The reading of any script no language pack serves: ``anyascii`` (ISC licence), word by word, with the case
rules of the packs (a capital at the start of each word of a caseless script).

>>> anyascii_reading("ហ៊ុន សែន")
'Hon Saen'
"""

from __future__ import annotations

from anyascii import anyascii

from .casing import map_words, with_case

__all__ = ["anyascii_reading"]


def _word(word: str) -> str:
    if word.isascii():
        return word
    return with_case(word, anyascii(word).lower())


def anyascii_reading(text: str) -> str:
    """``text`` in ASCII letters by anyascii's tables; ASCII words are kept as they are."""
    return map_words(text, _word)
