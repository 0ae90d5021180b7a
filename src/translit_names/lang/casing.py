"""Helpers shared by the romanisers of the language packs: word by word application and case restoration.

Every romaniser works on lower-case words and puts the case of the source word back on its output: a word
written with a capital gets a capital (``Μητσοτάκης`` -> ``Mitsotakis``), a word in capitals stays in capitals
(``ΜΗΤΣΟΤΑΚΗΣ`` -> ``MITSOTAKIS``); scripts without case (Arabic, Hebrew, Georgian, Indic, Thai) give
capitalised words, as names are written in Latin script.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

__all__ = ["MAX_INPUT", "capitalize_word", "map_words", "with_case"]

#: Longer input is cut to this many characters before romanising (names are short; this bounds the work).
MAX_INPUT = 10_000

# Apostrophes, zero-width (non-)joiners of Indic and Persian spelling, Hebrew geresh and gershayim.
_IN_WORD = frozenset("'’ʼ\u200c\u200d\u05f3\u05f4")


# Modifier letters written for hamza and ayn (ʾ ʿ ʼ ʻ) are letters to Unicode but take no capital.
_MODIFIERS = frozenset("ʾʿʼʻʹʺ'")


def capitalize_word(text: str) -> str:
    """``text`` with its first letter in upper case and the rest untouched (``al-Sisi`` stays ``al-Sisi`` only
    where the caller keeps the article apart)."""
    for i, ch in enumerate(text):
        if ch.isalpha() and ch not in _MODIFIERS:
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


def with_case(source: str, out: str) -> str:
    """``out`` (lower case) in the case of ``source``: capitals kept, capitalised, or capitalised by default for
    scripts without case."""
    # Only the bicameral alphabets of Europe count (Georgian Mkhedruli letters have Mtavruli capitals in
    # Unicode, but Georgian text is written without case: a word all in Mtavruli reads as capitals).
    cased = [c for c in source if c.isalpha() and (ord(c) < 0x0590 or 0x1E00 <= ord(c) <= 0x1FFF)]
    if any(0x1C90 <= ord(c) <= 0x1CBF for c in source) and not cased:
        return out.upper()
    if not cased:
        return capitalize_word(out)
    if len(cased) > 1 and all(c.isupper() for c in cased):
        return out.upper()
    if cased[0].isupper():
        return capitalize_word(out)
    return out


def map_words(text: str, word: Callable[[str], str]) -> str:
    """``text`` with every word replaced by ``word(word)``; what lies between words, and words written in ASCII,
    are kept. Input that is not a string gives ``""``; input is put in NFC and cut to :data:`MAX_INPUT`
    characters."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFC", text[:MAX_INPUT])
    out: list[str] = []
    current: list[str] = []
    for ch in text:
        if unicodedata.category(ch)[0] in "LMN" or (ch in _IN_WORD and current):
            current.append(ch)
            continue
        if current:
            out.append(_one(word, "".join(current)))
            current = []
        out.append(ch)
    if current:
        out.append(_one(word, "".join(current)))
    return "".join(out)


def _one(word: Callable[[str], str], text: str) -> str:
    return text if text.isascii() else word(text)
