"""What the Chinese, Japanese and Korean packs share for the index: which generated spellings may enter it.

A generated spelling with a one-letter word (Wang I, I Myeong-bak, O Se-hun) would be read as an initial and
stand for any word of that letter; a one-word spelling shorter than :data:`MIN_ONE_WORD` letters (Кёто, Вани)
is too near other names (Кета, Ваня); a name with a middle dot (唐纳德·特朗普, ドナルド・トランプ) is a
transcription of a foreign name, whose reading is not a spelling of that name. Such spellings are left out
(the index scheme gives ``""``, which the build skips).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["FOREIGN_DOTS", "MIN_ONE_WORD", "for_index", "indexable"]

#: Generated spellings of one word shorter than this many letters are not indexed.
MIN_ONE_WORD = 6
#: Middle dots that separate the words of a foreign name transcribed into Han or kana.
FOREIGN_DOTS = frozenset("·・･‧•")
_WORDS = re.compile(r"[^\W\d_]+")


def indexable(native: str, spelling: str) -> str:
    """``spelling`` (generated from ``native``) when the index may hold it, else ``""``."""
    if not isinstance(native, str) or not isinstance(spelling, str) or any(c in FOREIGN_DOTS for c in native):
        return ""
    if spelling == native or any(c >= "\u2e80" and c.isalpha() for c in spelling):
        return ""  # not read (a kanji name without a curated reading): nothing to index
    words = _WORDS.findall(spelling.replace("'", "").replace("’", ""))
    if not words or any(len(w) == 1 for w in words):
        return ""
    if len(words) == 1 and len(words[0]) < MIN_ONE_WORD:
        return ""
    return spelling


def for_index(scheme: Callable[[str], str]) -> Callable[[str], str]:
    """``scheme`` as an index scheme: its spelling of a native name when :func:`indexable`, else ``""``."""

    def indexed(text: str) -> str:
        return indexable(text, scheme(text)) if isinstance(text, str) else ""

    indexed.__doc__ = f"{scheme.__name__} of a native name, for the index (see translit_names.lang.cjk)."
    return indexed
