"""Hebrew romanisation: the Academy of the Hebrew Language's simplified rules (2006), ALA-LC, the English
press spelling (tz, kh, h: Yitzhak Herzog), the older English spelling with ch (Chaim, Yitzchak) and the
German spelling (sch, ch, z, j, w).

Hebrew script writes few vowels. A word is read from its niqqud when it carries them, from the lexicon of
vocalised name words (``lexicon.tsv``), or by rule: letter values (ב כ פ are b k p at the start of a word and
v kh f elsewhere; final forms as their letters), matres lectionis (ו between consonants is o, י is i, a final
ה after a consonant is a), and a short a after a word's first consonant when another consonant follows.

>>> english("בנימין נתניהו")
'Binyamin Netanyahu'
>>> english("יצחק הרצוג")
'Yitzhak Hertzog'
>>> german("יצחק רבין")
'Jizchak Rabin'
>>> ala_lc("חיים ויצמן")
'Ḥayim Vaytsman'
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib import resources

from ..casing import map_words, with_case

__all__ = ["academy_2006", "ala_lc", "english", "english_ch", "german"]

_FINALS = {"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"}
_LETTERS = {"א": "ʾ", "ב": "v", "ג": "g", "ד": "d", "ה": "h", "ו": "w", "ז": "z", "ח": "ḥ", "ט": "ṭ", "י": "y",
            "כ": "x", "ל": "l", "מ": "m", "נ": "n", "ס": "s", "ע": "ʿ", "פ": "f", "צ": "c", "ק": "q", "ר": "r",
            "ש": "š", "ת": "t"}
_HARD = {"ב": "b", "כ": "k", "פ": "p"}
_GERESH = {"ג": "j", "ז": "ž", "צ": "č"}
_NIQQUD = {"\u05b0": "e", "\u05b1": "e", "\u05b2": "a", "\u05b3": "o", "\u05b4": "i", "\u05b5": "e", "\u05b6": "e",
           "\u05b7": "a", "\u05b8": "a", "\u05b9": "o", "\u05ba": "o", "\u05bb": "u", "\u05c7": "o"}
_DAGESH, _SHIN_DOT, _SIN_DOT = "\u05bc", "\u05c1", "\u05c2"
_VOWELS = frozenset("aeiou")

_SCHEMES: dict[str, dict[str, str]] = {
    "academy_2006": {"ʾ": "", "ʿ": "", "ḥ": "h", "ṭ": "t", "w": "v", "x": "kh", "c": "ts", "q": "k", "š": "sh",
                     "ś": "s", "ž": "zh", "č": "ch"},
    "ala_lc": {"ʾ": "ʼ", "ʿ": "ʻ", "w": "v", "x": "kh", "c": "ts", "q": "ḳ", "š": "sh", "ž": "zh", "č": "ch"},
    "english": {"ʾ": "", "ʿ": "", "ḥ": "h", "ṭ": "t", "w": "v", "x": "kh", "c": "tz", "q": "k", "š": "sh",
                "ś": "s", "ž": "zh", "č": "ch"},
    "english_ch": {"ʾ": "", "ʿ": "", "ḥ": "ch", "ṭ": "t", "w": "v", "x": "ch", "c": "tz", "q": "k", "š": "sh",
                   "ś": "s", "ž": "zh", "č": "ch"},
    "german": {"ʾ": "", "ʿ": "", "ḥ": "ch", "ṭ": "t", "w": "w", "v": "w", "x": "ch", "c": "z", "q": "k", "š": "sch",
               "ś": "s", "z": "s", "ž": "sh", "č": "tsch", "y": "j", "j": "dsch"},
}


def _key(word: str) -> str:
    return "".join(_FINALS.get(c, c) for c in unicodedata.normalize("NFD", word) if "\u05d0" <= c <= "\u05ea" or c == "׳")


@cache
def _lexicon() -> dict[str, str]:
    text = resources.files(__package__).joinpath("lexicon.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, pivot = line.split("\t")[:2]
            out[_key(word)] = pivot
    return out


def _by_rule(word: str) -> str:
    letters = _key(word.replace("'", "׳"))
    raw: list[str] = []
    for i, ch in enumerate(letters):
        if ch == "׳":
            continue
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        if nxt == "׳" and ch in _GERESH:
            raw.append(_GERESH[ch])
        elif ch == "ו":
            if i == 0 or nxt == "ו" or (raw and raw[-1] == "v" and letters[i - 1] == "ו"):
                raw.append("v") if not (raw and raw[-1] == "v" and letters[i - 1] == "ו") else None
            else:
                raw.append("o")
        elif ch == "י":
            raw.append("y" if i == 0 or not nxt or nxt in "אוי" or (raw and raw[-1] in _VOWELS) else "i")
            if raw[-1] == "y" and not nxt and raw[:-1] and raw[-2] not in _VOWELS:
                raw[-1] = "i"
        elif ch == "ה" and not nxt and i > 0:
            raw.append("a")
        elif ch in _HARD and i == 0:
            raw.append(_HARD[ch])
        elif ch == "א":
            if i == 0 and nxt not in ("ו", "י"):
                raw.append("a")  # אלון: Alon (an initial vav or yod gives the vowel itself)
            continue
        else:
            raw.append(_LETTERS.get(ch, ch))
    out: list[str] = []
    for i, sym in enumerate(raw):
        out.append(sym)
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        after = raw[i + 2] if i + 2 < len(raw) else ""
        if sym in _VOWELS or sym == "ʾ" or not nxt or nxt in _VOWELS:
            continue
        if i == 0 or (after and after not in _VOWELS) or (not after and len(raw) > 2):
            out.append("a")  # נתן: Natan
    return "".join(out)


def _from_niqqud(word: str) -> str:
    out: list[str] = []
    chars = unicodedata.normalize("NFD", word)
    first = True
    vowel_vav = False
    for i, ch in enumerate(chars):
        base = _FINALS.get(ch, ch)
        if "\u05d0" <= ch <= "\u05ea":
            marks = chars[i + 1 : i + 4]
            vowel_vav = False
            if base == "ו" and "\u05b9" in marks:
                out.append("o")
                vowel_vav = True
            elif base == "ו" and _DAGESH in marks and not any(m in _NIQQUD for m in marks):
                out.append("u")
                vowel_vav = True
            elif base == "י" and out and out[-1] in ("i", "e"):
                continue
            elif base == "ש":
                out.append("ś" if _SIN_DOT in marks else "š")
            elif base in _HARD and (_DAGESH in marks or first):
                out.append(_HARD[base])
            elif base == "א":
                out.append("" if first else "ʾ")
            elif base == "ה" and i + 1 >= len(chars):
                continue
            else:
                out.append(_LETTERS[base])
            first = False
        elif ch in _NIQQUD:
            if vowel_vav:
                continue  # the holam of a holam male is the vav's vowel, already written
            if ch == "\u05b0" and (len(out) > 1 or i + 1 >= len(chars)):
                continue  # a silent sheva
            out.append(_NIQQUD[ch])
        elif ch == "׳" and out:
            prev = chars[i - 1] if i > 0 else ""
            if prev in _GERESH:
                out[-1] = _GERESH[prev]
    return "".join(out)


@lru_cache(maxsize=8192)
def read_word(word: str) -> str:
    """The pivot reading of one Hebrew word (see the module docstring)."""
    if any(ch in _NIQQUD for ch in unicodedata.normalize("NFD", word)):
        return _from_niqqud(word)
    found = _lexicon().get(_key(word))
    return found if found is not None else _by_rule(word)


def _write(word: str, scheme: str) -> str:
    if not any("\u05d0" <= c <= "\u05ea" for c in word):
        return word
    pivot = read_word(word)
    table = _SCHEMES[scheme]
    out = "".join(table.get(c, c) for c in pivot)
    if scheme in ("english", "english_ch", "german"):
        out = out.replace("kk", "k")
    if scheme in ("english", "english_ch") and out.endswith("ay"):
        out = out[:-2] + "ai"  # Mordechai, Yishai
    return with_case(word, out)


def _apply(text: str, scheme: str) -> str:
    # Geresh and gershayim are part of the word (צ׳, צה״ל); maqaf joins words (בן-גוריון).
    if isinstance(text, str):
        text = text.replace("\u05f3", "׳").replace("\u05be", "-")
    return map_words(text, lambda w: _write(w, scheme))


def academy_2006(text: str) -> str:
    """Academy of the Hebrew Language, simplified romanisation (2006): h for ח, kh, ts, k, v."""
    return _apply(text, "academy_2006")


def ala_lc(text: str) -> str:
    """ALA-LC Hebrew: ḥ, ṭ, ḳ, kh, ts, ʼ and ʻ."""
    return _apply(text, "ala_lc")


def english(text: str) -> str:
    """The Israeli English press: h for ח, kh for כ, tz for צ (Yitzhak, Tzipi)."""
    return _apply(text, "english")


def english_ch(text: str) -> str:
    """The older English spelling with ch for ח and כ (Chaim, Yitzchak, Mordechai)."""
    return _apply(text, "english_ch")


def german(text: str) -> str:
    """German spelling: ch, sch, z for צ, j for consonant yod, w for vav (Jizchak)."""
    return _apply(text, "german")
