"""The matching key: one spelling-invariant form shared by every romanisation of a name.

``Тихановская``, ``Tikhanovskaya``, ``Tichanowskaja``, ``Tikhanovskaïa``, ``Tsikhanouskaya`` (hybrid spellings
included) differ only in how each convention spells the same sounds. :func:`token_key` maps every one of them
to the same short ASCII key by (1) writing letters with diacritics as the digraphs conventions use for them
(``š`` -> ``sh``, ``č`` -> ``ch``, ``ł`` -> ``l``), (2) romanising any other script with ``unidecode``, and (3)
rewriting the spellings that conventions disagree on into one class each (``kh/ch/h/cz/tsch`` -> ``h``,
``sh/sch/sz/zh/ts/tz/z/c(e,i)`` -> ``s``, ``w`` -> ``v``, ``j/y`` -> ``i``, ``ou/oŭ/ov+consonant`` -> ``u``, doubled
letters -> one). The full table, and why each rule is there, is in docs/transliteration.md ("The matching key").

The key is deliberately coarse: it finds candidates that a finer score then ranks. Index and query use the
same function.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

from ..text.normalize import INVISIBLE, strip_invisible

__all__ = ["deletions", "name_key", "skeleton", "split_words", "token_key"]

# Step 1: letters whose diacritic carries the sound, written as the digraph other conventions use.
_DIACRITIC_DIGRAPHS = str.maketrans(
    {
        "š": "sh",
        "č": "ch",
        "ž": "zh",
        "ż": "zh",
        "ł": "l",
        "ŭ": "u",
        "ř": "rz",
        "ś": "s",
        "ź": "z",
        "ć": "c",
        "ń": "n",
        "ä": "a",
        "ö": "o",
        "ü": "u",
        "ß": "ss",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ı": "i",
        # Cyrillic letters unidecode romanises in ways that split conventions further apart.
        "ў": "u",
        "й": "i",
        "ё": "e",
        "є": "ie",
        "ї": "i",
        "і": "i",
        "ґ": "g",
        "щ": "shch",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "ж": "zh",
        "ы": "y",
        "э": "e",
        "ю": "iu",
        "я": "ia",
        "ь": "",
        "ъ": "",
    }
)

_APOSTROPHES = re.compile("['’‘ʼʹʻʽ′″`´\u02b9\u02ba]")
_NOT_LETTER = re.compile(r"[^a-z0-9]+")

# Step 3: ordered rewrites over lower-case ASCII letters. Longest spellings first; doubled letters last.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"schtsch|shch|szcz", "s"),  # щ
        (r"tsch|tch|tsj|cz", "h"),  # ч in German, French, Dutch, Polish
        (r"sch|sh|sz|zh|zs|sj", "s"),  # ш and ж in every convention
        (r"ch|kh|gh", "h"),  # English ch (ч), and х in English (kh), German, Polish and Czech (ch)
        (r"ts|tz|dz", "s"),  # ц
        (r"c(?=[eiy])", "s"),  # Polish/Czech c before a front vowel is ц; English c before e/i is s
        (r"ck|c|q", "k"),
        (r"x", "ks"),
        (r"z", "s"),
        (r"ph", "f"),
        (r"th", "t"),
        (r"w", "v"),
        (r"[jy]", "i"),
        (r"(?<=[aeiou])v(?=[^aeiouv]|$)", "u"),  # ў / -ov before a consonant: Tsikhanouskaya, Tikhanovskaya
        (r"oe|ou|oo", "u"),
        (r"(?<=[sh])[eo](?=u$)", ""),  # -ёв after ш/щ/ч/ж: Khrushchev / Chruschtschow / Chruszczow, Gorbachev / Gorbatschow
        (r"aia$|aya$|ia$(?<=kaia)", "a"),  # feminine -ая: Tikhanovskaya / Tichanowskaja / Cichanouska
        (r"(?<=[bdfgklmnprstv])e$", ""),
        (r"^i(?=e)", ""),  # initial е: Yeltsin / Jelzin / Eltsine  # French mute final e: Poutine, Eltsine
    )
)
_DOUBLED = re.compile(r"(.)\1")


def _single_letters(text: str) -> str:
    """Doubled (and longer runs of) letters written once: Lukaschenko, Michelle."""
    if not _DOUBLED.search(text):
        return text
    out = [text[0]]
    for ch in text[1:]:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=32768)
def token_key(word: str) -> str:
    """The matching key of one word (any script). Empty for words with no letters.

    >>> token_key("Tichanowskaja") == token_key("Тихановская") == token_key("Tikhanovskaya")
    True
    """
    text = unicodedata.normalize("NFKC", strip_invisible(word)).casefold().translate(_DIACRITIC_DIGRAPHS)
    text = _APOSTROPHES.sub("", text)
    ascii_text = _NOT_LETTER.sub("", unidecode(text).lower())
    for pattern, replacement in _RULES:
        ascii_text = pattern.sub(replacement, ascii_text)
    return _single_letters(ascii_text)


_IN_WORD_APOSTROPHES = frozenset("'’ʼʹ′")


@lru_cache(maxsize=16384)
def _split_words(name: str) -> tuple[str, ...]:
    words: list[str] = []
    current: list[str] = []
    for ch in unicodedata.normalize("NFKC", name):
        if ch in INVISIBLE:
            continue  # an invisible character never splits a word (see normalize.INVISIBLE)
        if unicodedata.category(ch)[0] in "LMN" or ch in _IN_WORD_APOSTROPHES:
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return tuple(words)


def split_words(name: str) -> list[str]:
    """Split a name into words as the key sees them: letters, combining marks and digits, with apostrophes kept
    inside words; everything else separates words."""
    return list(_split_words(name))


def name_key(name: str) -> str:
    """The matching keys of the words of ``name``, joined by single spaces (words with no key are dropped)."""
    return " ".join(k for k in (token_key(w) for w in split_words(name)) if k)


_VOWELS = re.compile(r"(?<=.)[aeiou]+")


def skeleton(key: str) -> str:
    """The consonant skeleton of a token key: its first letter, then its consonants.

    Vowel slips and most transpositions of a consonant past a vowel disappear in it (``Belchett`` and ``Bachelet``
    are ``blht`` and ``bhlt``); the approximate index is built over skeletons.
    """
    return _VOWELS.sub("", key)


def deletions(s: str) -> set[str]:
    """Every string made by deleting one letter of ``s`` (the symmetric-delete index stores these of skeletons)."""
    return {s[:i] + s[i + 1 :] for i in range(len(s))}
