"""Reading names written in Arabic script (Arabic, Persian, Urdu) into a vocalised pivot notation, and
writing the pivot in each romanisation family.

Arabic script does not write short vowels. A word is read (1) from its harakat when it carries them, (2) from
the language's lexicon of vocalised name words (``lexicon.tsv`` of the pack), or (3) by a rule: the letters'
values, ``و``/``ي`` as long vowels between consonants, and a short ``a`` after a word's first consonant when
another consonant follows (``بكر`` -> ``bakr``). The article ``ال`` and the compounds ``عبد ال...`` and
``...الله`` are split off first, so that each family can write them its own way (al-, el-, as-/ash- with the
sun letters, Abdel, Abdul, Abdullah).

The pivot alphabet: ʾ b t ṯ j ḥ ḫ d ḏ r z s š ṣ ḍ ṭ ẓ ʿ ġ f q k l m n h w y p č ž g v ṛ ż; vowels a i u e o
ā ī ū ē ō; ẗ for ta marbuta. A doubled letter is a shadda.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["Part", "is_sun", "lexicon", "lookup_key", "particles", "read_name", "read_word"]

_HARAKAT = {"\u064e": "a", "\u0650": "i", "\u064f": "u", "\u0670": "ā"}
_TANWIN = frozenset("\u064b\u064c\u064d")
_SUKUN, _SHADDA = "\u0652", "\u0651"
_LETTERS = {
    "ء": "ʾ", "أ": "ʾ", "إ": "ʾ", "ؤ": "ʾ", "ئ": "ʾ", "ب": "b", "ت": "t", "ث": "ṯ", "ج": "j", "ح": "ḥ",
    "خ": "ḫ", "د": "d", "ذ": "ḏ", "ر": "r", "ز": "z", "س": "s", "ش": "š", "ص": "ṣ", "ض": "ḍ", "ط": "ṭ",
    "ظ": "ẓ", "ع": "ʿ", "غ": "ġ", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ہ": "h", "ۀ": "h", "ة": "ẗ", "پ": "p", "چ": "č", "ژ": "ž", "گ": "g", "ٹ": "ṭ", "ڈ": "ḍ",
    "ڑ": "ṛ", "ں": "n", "ڤ": "v", "ڨ": "g", "ۃ": "ẗ",
}
_PERSIAN_VALUES = {"w": "v", "ḍ": "ż"}
_VOWEL_SYMBOLS = frozenset("aiueoāīūēō")
_LONG_LETTERS = {"ا": "ā", "ى": "ā", "آ": "ā"}
_TATWEEL = "\u0640"
_SUN = frozenset("tṯdḏrzsšṣḍṭẓlnż")


class Part(NamedTuple):
    """One word of a name read into the pivot: ``article`` is true when the word carries the article al-
    (``pivot`` is then the word without it); ``kind`` is ``"word"``, ``"abd"`` (the first part of an
    ʿAbd al- compound, joined to the next part by the families that join it), a particle role of
    ``particles.tsv`` (``"nasab"``, ``"kunya"``, ``"tribe"``) or ``"other"`` (not Arabic script: kept as
    written)."""

    pivot: str
    article: bool
    kind: str


def lookup_key(word: str) -> str:
    """The spelling of an Arabic-script word under which lexicons file it: harakat and tatweel removed,
    the alif forms written ``ا``, ``ى``/``ی`` as ``ي``, ``ک`` as ``ك``, ``ہ``/``ۀ`` as ``ه``."""
    out = []
    for ch in unicodedata.normalize("NFC", word):
        if ch in _HARAKAT or ch in _TANWIN or ch in (_SUKUN, _SHADDA, _TATWEEL, "\u200c", "\u200d") or unicodedata.category(ch) == "Mn":
            continue
        out.append({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ہ": "ه", "ۀ": "ه", "ے": "ي"}.get(ch, ch))
    return "".join(out)


@cache
def lexicon(lang: str) -> dict[str, str]:
    """The lexicon of pack ``lang`` (``ar``, ``fa``, ``ur``): lookup key -> pivot reading."""
    text = resources.files("translit_names.lang").joinpath(lang).joinpath("lexicon.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, pivot = line.split("\t")[:2]
        out[lookup_key(word)] = pivot
    return out


def _from_harakat(word: str, lang: str) -> str:
    out: list[str] = []
    chars = unicodedata.normalize("NFC", word)
    for i, ch in enumerate(chars):
        if ch in _HARAKAT:
            out.append(_HARAKAT[ch])
        elif ch == _SHADDA and out:
            # NFC puts the shadda after a fatha or kasra on the same letter: double the consonant, not the vowel
            k = len(out) - 1 if out[-1] not in _VOWEL_SYMBOLS else len(out) - 2
            if k >= 0:
                out.insert(k + 1, out[k])
        elif ch in _TANWIN or ch in (_SUKUN, _TATWEEL):
            continue
        elif ch in ("ا", "ى"):
            if i == 0:
                continue  # a bare initial alif carries its vowel mark
            if out and out[-1] in ("a", "ā"):
                out[-1] = "ā"
            elif out and out[-1] not in _VOWEL_SYMBOLS:
                out.append("ā")
        elif ch == "آ":
            out.append("ʾā" if i == 0 else "ā")
        elif ch == "و" and out and out[-1] == "u" and not _next_is_vowel_mark(chars, i):
            out[-1] = "ū"
        elif ch in ("ي", "ی") and out and out[-1] == "i" and not _next_is_vowel_mark(chars, i):
            out[-1] = "ī"
        elif ch == "و":
            out.append("w" if lang == "ar" else "v")
        elif ch in ("ي", "ی", "ے"):
            out.append("y")
        elif ch in _LETTERS:
            value = _LETTERS[ch]
            out.append(_PERSIAN_VALUES.get(value, value) if lang != "ar" else value)
    text = "".join(out)
    return text[1:] if text.startswith("ʾ") and lang != "ar" else text


def _next_is_vowel_mark(chars: str, i: int) -> bool:
    return i + 1 < len(chars) and (chars[i + 1] in _HARAKAT or chars[i + 1] == _SHADDA)


def _by_rule(word: str, lang: str) -> str:
    """The reading of an unvocalised word no lexicon knows: letter values and one short vowel (see above)."""
    letters = [c for c in lookup_key(word) if c != _TATWEEL]
    raw: list[str] = []
    n = len(letters)
    for i, ch in enumerate(letters):
        prev_vowel = not raw or raw[-1] in _VOWEL_SYMBOLS
        nxt = letters[i + 1] if i + 1 < n else ""
        if ch == "ا":
            raw.append("a" if i == 0 else "ā")
        elif ch == "و":
            if i == 0 or nxt in ("ا", "ي", "و") or (raw and raw[-1] in ("ā", "ū", "ī")):
                raw.append("w" if lang == "ar" else "v")
            elif lang == "ur" and not nxt:
                raw.append("o")
            else:
                raw.append("ū")
        elif ch == "ي":
            if i == 0 or nxt in ("ا", "و") or (raw and raw[-1] in ("ā", "ū", "ī")):
                raw.append("y")
            else:
                raw.append("ī" if not prev_vowel else "y")
        elif ch == "ے":
            raw.append("e")
        elif ch == "ھ" and raw:
            raw[-1] = raw[-1] + "h"
        elif ch in _LETTERS:
            value = _LETTERS[ch]
            raw.append(_PERSIAN_VALUES.get(value, value) if lang != "ar" else value)
        elif ch == "ه" and lang != "ar" and not nxt:
            raw.append("e")
    out: list[str] = []
    for i, sym in enumerate(raw):
        out.append(sym)
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        after = raw[i + 2] if i + 2 < len(raw) else ""
        if sym in _VOWEL_SYMBOLS or not nxt or nxt in _VOWEL_SYMBOLS or nxt == "ẗ":
            continue
        if i == 0 or (after and after not in _VOWEL_SYMBOLS):
            out.append("a")  # بكر -> bakr; three consonants in a row take a vowel after the first
    text = "".join(out)
    if text.endswith("ẗ") and not text.endswith("aẗ"):
        text = text[:-1] + "aẗ"
    if lang != "ar":
        text = text.replace("ẗ", "h")
    return text[1:] if text.startswith("ʾ") else text


@cache
def particles() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """The name particles (``particles.tsv`` of the Arabic pack): lookup key -> (role, pivot, Latin spellings)."""
    text = resources.files("translit_names.lang").joinpath("ar").joinpath("particles.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        role, word, pivot, latin = line.split("\t")[:4]
        out[lookup_key(word)] = (role, pivot, tuple(latin.split(",")))
    return out


@lru_cache(maxsize=8192)
def read_word(word: str, lang: str) -> str:
    """The pivot reading of one Arabic-script word (without article handling)."""
    if any(ch in _HARAKAT or ch == _SHADDA for ch in word):
        return _from_harakat(word, lang)
    key = lookup_key(word)
    # A Persian or Urdu name written in Arabic spelling (سليماني for سلیمانی) is still found in its lexicon.
    for table in dict.fromkeys((lang, "ar", "fa", "ur")):
        found = lexicon(table).get(key)
        if found is not None:
            return found
    return _by_rule(word, lang)


_ALLAH = "ʾallāh"


def _split(word: str, lang: str) -> list[Part]:
    key = lookup_key(word)
    if not key or not any("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" for c in key):
        return [Part(word, False, "other")]
    particle = particles().get(key)
    if particle is not None and particle[0] != "article":
        return [Part(particle[1], False, "abd" if particle[0] == "compound" else particle[0])]
    if key in ("الله", "لله"):
        return [Part("allāh", False, "word")]
    if key.startswith("عبد") and len(key) > 3:
        rest = word[len(word) - (len(key) - 3):] if len(word) == len(key) else key[3:]
        return [Part("ʿabd", False, "abd"), *_split(rest, lang)]
    if key.endswith("الله") and len(key) > 4:
        stem = key[:-4]
        return [*_split(stem, lang), Part("allāh", False, "word")]
    if key.startswith("ال") and len(key) > 3 and key not in lexicon("ar") and key not in lexicon(lang):
        rest = word[2:] if word[:2] == key[:2] else key[2:]
        return [Part(read_word(rest, lang), True, "word")]
    return [Part(read_word(word, lang), False, "word")]


@lru_cache(maxsize=4096)
def read_name(text: str, lang: str) -> tuple[Part, ...]:
    """The words of ``text`` read into the pivot, with the article and compounds split off. Characters that
    are not letters separate words; words in other scripts are kept as written (kind ``"other"``)."""
    words: list[str] = []
    current: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if unicodedata.category(ch)[0] in "LM" or ch in ("\u200c", "\u200d"):
            if ch not in ("\u200c", "\u200d", _TATWEEL):
                current.append(ch)
            elif ch != _TATWEEL and current:
                # a zero-width non-joiner inside a Persian word (روح‌الله) does not split it
                continue
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    parts: list[Part] = []
    for word in words:
        parts.extend(_split(word, lang))
    # "عبد الله" written apart is the same compound as "عبدالله"; "عبد" + "الرحمن" likewise.
    return tuple(parts)


def is_sun(pivot: str) -> bool:
    """Whether the word starts with a sun letter (the article assimilates to it: as-Sīsī, ad-Dīn)."""
    return bool(pivot) and pivot[0] in _SUN
