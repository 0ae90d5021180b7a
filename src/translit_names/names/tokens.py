"""Tokens: the words of a name as the matcher sees them.

A :class:`Token` holds one word's normalised text, its matching key (:mod:`translit_names.names.keys`), the key's
consonant skeleton, a latinised form, and what the word's shape tells (written in capitals, an initial, the
gender its surname ending shows). :func:`tokenize` splits a name into tokens; the index stores each form's keys,
so :func:`tokenize_with_keys` rebuilds a form's tokens without recomputing them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any, NamedTuple

from unidecode import unidecode

from .. import lang
from ..text.normalize import european_script, normalize
from .keys import skeleton, split_words, token_key

__all__ = [
    "Token",
    "surname_rules",
    "gender_clash",
    "gender_of",
    "make_token",
    "suffix_class",
    "suffixes_clash",
    "token_with_key",
    "tokenize",
    "tokenize_with_keys",
    "vowel_classed",
]

@cache
def surname_rules() -> dict[str, Any]:
    """The surname-ending rules of the language packs (``surnames`` data: regular expressions on latinised words)."""
    rules: dict[str, Any] = {}
    for pack in lang.packs():
        if pack.has_data("surnames"):
            rules.update(pack.data("surnames"))
    return rules


@cache
def _gender_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Gendered Slavic surname endings on the latinised word (feminine, masculine). Masculine and feminine
    nominative forms of one surname are different people (Sergei Tikhanovsky, Sviatlana Tikhanovskaya)."""
    rules = surname_rules()
    return re.compile(rules["feminine"]), re.compile(rules["masculine"])


def gender_of(latin: str) -> str:
    """The grammatical gender a latinised surname's ending shows: ``"m"``, ``"f"`` or ``""``."""
    if len(latin) < 5:
        return ""
    feminine, masculine = _gender_patterns()
    if feminine.search(latin):
        return "f"
    if masculine.search(latin):
        return "m"
    return ""


_VOWEL_RUN = re.compile(r"[aeiou]+")


def vowel_classed(key: str) -> str:
    """``key`` with every vowel run written ``a``."""
    return _VOWEL_RUN.sub("a", key)


class Token(NamedTuple):
    """One word of a name (an immutable record):

    - ``norm``: the normalised word (:func:`translit_names.text.normalize`);
    - ``key``: its matching key; ``skeleton``: the key's consonant skeleton;
    - ``latin``: the normalised word in ASCII letters (for the surname-ending tests);
    - ``all_caps``: written in capitals (an acronym); ``gender``: ``"m"``, ``"f"`` or ``""`` by its ending;
    - ``vowel_key``: the key with every vowel run written ``a``;
    - ``initial``: a single capital letter of a European alphabet ("A." in "A. Lukashenko");
    - ``keyable``: written in an alphabet the matching key is made for (else it matches by its own letters only).
    """

    norm: str
    key: str
    skeleton: str
    latin: str
    all_caps: bool = False
    gender: str = ""
    vowel_key: str = ""
    initial: bool = False
    keyable: bool = True

    @property
    def is_initial(self) -> bool:
        """A single capital Latin, Greek or Cyrillic letter ("A." in "A. Lukashenko")."""
        return self.initial


@lru_cache(maxsize=32768)
def make_token(word: str) -> Token | None:
    """The token of one word, or ``None`` for a word with no letter or digit."""
    norm = normalize(word).replace(" ", "")
    if not norm:
        return None
    return token_with_key(word, token_key(word) or norm)


@lru_cache(maxsize=16384)
def tokenize(name: str) -> tuple[Token, ...]:
    """The tokens of a name (words with no letters or digits are dropped)."""
    return tuple(tok for tok in (make_token(w) for w in token_words(name)) if tok is not None)


@cache
def _suffix_classes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Slavic surname suffixes, tried in order: names built on one stem with different suffixes are different
    names (Zelenko / Zelensky, Petrenko / Petrov). Genders of one suffix (-sky / -skaya) share a class."""
    return tuple((name, re.compile(pattern)) for name, pattern in surname_rules()["suffix_classes"])


# The suffix classes once loaded (a module variable: suffix_class runs in the candidate filter's inner loop).
_SUFFIX_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = ()


def _load_suffix_classes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    global _SUFFIX_CLASSES
    _SUFFIX_CLASSES = _suffix_classes()
    return _SUFFIX_CLASSES


def suffix_class(latin: str) -> str:
    """The Slavic surname-suffix class of a latinised word (``sky``, ``enko``, ``ich``, ``ov``, ``uk``, ``shvili``) or
    ``""``."""
    if len(latin) < 5:
        return ""
    for name, pattern in _SUFFIX_CLASSES or _load_suffix_classes():
        if pattern.search(latin):
            return name
    return ""


def suffixes_clash(latin_a: str, latin_b: str) -> bool:
    """Whether two latinised words carry different Slavic surname suffixes (Zelenko / Zelensky)."""
    sa, sb = suffix_class(latin_a), suffix_class(latin_b)
    return bool(sa) and bool(sb) and sa != sb


def token_words(name: str) -> list[str]:
    """The words of ``name`` that become tokens (a word the key keeps whole may normalise to several)."""
    out = []
    for word in split_words(name):
        # A word the key keeps whole may normalise to several ("Jean-Luc"): those become separate tokens.
        parts = normalize(word).split()
        out.extend(parts if len(parts) > 1 else [word])
    return out


@lru_cache(maxsize=32768)
def token_with_key(word: str, key: str) -> Token | None:
    """The token of ``word`` whose matching key is known to be ``key``; ``None`` for a word with no letter or digit."""
    norm = normalize(word).replace(" ", "")
    if not norm:
        return None
    latin = unidecode(norm).lower().replace("'", "")  # (unidecode writes the soft sign "'": Зеленська)
    letters = [c for c in word if c.isalpha()]
    upper = len(letters) >= 2 and all(c.isupper() for c in letters)
    # The matching key is designed for the alphabets of Europe; other scripts match by their own letters only.
    keyable = european_script(norm)
    initial = keyable and len(norm) == 1 and len(letters) == 1 and letters[0].isupper()
    return Token(norm, key, skeleton(key), latin, upper, gender_of(latin), vowel_classed(key), initial, keyable)


@lru_cache(maxsize=16384)
def tokenize_with_keys(name: str, keys: str) -> tuple[Token, ...]:
    """:func:`tokenize` for a name whose token keys are known (the index stores them): the same tokens,
    without recomputing the keys. Falls back to :func:`tokenize` when the keys do not line up."""
    words = [w for w in token_words(name) if normalize(w)]
    key_list = keys.split()
    if len(words) != len(key_list):
        return tokenize(name)
    out = [token_with_key(w, k) for w, k in zip(words, key_list)]
    return tuple(t for t in out if t is not None)


def gender_clash(a: Token, b: Token) -> bool:
    """Whether two tokens show different genders (Tikhanovsky / Tikhanovskaya)."""
    return bool(a.gender) and bool(b.gender) and a.gender != b.gender
