"""Korean in Latin and Cyrillic letters: Revised Romanization, McCune-Reischauer, the DPRK system and
Kontsevich, from Hangul taken apart by :mod:`.hangul`.

Every function maps ``str -> str``, never raises on a string, and keeps what is not a Hangul syllable as it
is. The plain schemes (``revised``, ``mccune``, ``kontsevich``) write each word with the sound changes at
syllable boundaries, as for place names and words (신라 Silla, 종로 Jongno). The ``*_name`` schemes read a
word of two to four syllables that starts with a surname of ``surnames.tsv`` as a personal name: surname
apart, given name syllable by syllable without sound changes, as the official rules say of personal names
(한복남 Han Bok-nam).

>>> revised("김정은")
'Gimjeongeun'
>>> revised_name("김정은")
'Gim Jeong-eun'
>>> mccune_name("이명박")
'Yi Myŏng-bak'
>>> north_korean("김정은")
'Kim Jong Un'
>>> kontsevich_name("문재인")
'Мун Джэин'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from importlib import resources
from typing import NamedTuple

from .hangul import BASE, CH, FINAL_CLASS, LAST, NG, B, D, G, J, R, S, boundary, decompose

__all__ = [
    "Surname",
    "kontsevich",
    "kontsevich_name",
    "mccune",
    "mccune_ascii",
    "mccune_name",
    "north_korean",
    "revised",
    "revised_name",
    "customary_given",
    "customary_surnames",
    "spaced_names",
    "split_name",
    "surnames",
]

_HANGUL_RUN = re.compile(f"[{chr(BASE)}-{chr(LAST)}]+")


class Surname(NamedTuple):
    hangul: str
    hanja: str
    rr: str
    mr: str
    kontsevich: str
    customary: tuple[str, ...]


@functools.cache
def surnames() -> dict[str, Surname]:
    """The surname table (``surnames.tsv``), by Hangul spelling."""
    text = resources.files(__package__ or "translit_names.lang.ko").joinpath("surnames.tsv").read_text(encoding="utf-8")
    out: dict[str, Surname] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        hangul, hanja, rr, mr, cyr, customary = line.split("\t")
        out[hangul] = Surname(hangul, hanja, rr, mr, cyr, tuple(customary.split(",")))
    return out


def split_name(word: str) -> tuple[str, str] | None:
    """(surname, given name) of a Hangul word read as a personal name, or ``None`` when it is not one: two
    to four syllables starting with a surname of the table (two-syllable surnames first)."""
    if not 2 <= len(word) <= 4 or _HANGUL_RUN.fullmatch(word) is None:
        return None
    table = surnames()
    for size in (2, 1):
        if word[:size] in table and 1 <= len(word) - size <= 3:
            return word[:size], word[size:]
    return None


# ---------------------------------------------------------------------------------------------------------
# Letters of each scheme. Initials in the order of hangul.py; vowels ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ
# ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ; finals by sound class.


class _Letters(NamedTuple):
    initials: tuple[str, ...]
    voiced: dict[int, str]  # initials written otherwise after a voiced sound inside a word
    vowels: tuple[str, ...]
    finals: dict[str, str]
    lateral: str  # ㄹ after a final ㄹ
    apostrophe_ng: bool  # MR: n'g where final n meets initial g


_RR = _Letters(
    ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"),
    {},
    ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"),
    {"k": "k", "n": "n", "t": "t", "l": "l", "m": "m", "p": "p", "ng": "ng", "": ""},
    "l",
    False,
)
_MR = _Letters(
    ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"),
    {G: "g", D: "d", B: "b", J: "j"},
    ("a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"),
    {"k": "k", "n": "n", "t": "t", "l": "l", "m": "m", "p": "p", "ng": "ng", "": ""},
    "l",
    True,
)
_NK = _Letters(
    ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"),
    {G: "g", D: "d", B: "b"},
    ("a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"),
    {"k": "k", "n": "n", "t": "t", "l": "l", "m": "m", "p": "p", "ng": "ng", "": ""},
    "l",
    False,
)
_KONTSEVICH = _Letters(
    ("к", "кк", "н", "т", "тт", "р", "м", "п", "пп", "с", "сс", "", "ч", "чч", "чх", "кх", "тх", "пх", "х"),
    {G: "г", D: "д", B: "б", J: "дж"},
    ("а", "э", "я", "йя", "о", "е", "ё", "е", "о", "ва", "вэ", "ве", "ё", "у", "во", "ве", "ви", "ю", "ы", "ый", "и"),
    {"k": "к", "n": "н", "t": "т", "l": "ль", "m": "м", "p": "п", "ng": "н", "": ""},
    "л",
    False,
)
# The customary spellings of given names in South Korean passports and the press mix the two systems and
# write ㅓ as u, ㅕ as yu and ㅜ as oo (Myung-bak, Moo-hyun, Kyung-wha, Ki-moon): two approximations, with the
# consonants of each system.
_CUSTOMARY_VOWELS = ("a", "ae", "ya", "yae", "u", "e", "yu", "ye", "o", "wa", "wae", "oe", "yo", "oo", "wo", "we", "wi", "yu", "eu", "ee", "i")
_CUSTOMARY_U = ("a", "ae", "ya", "yae", "u", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i")
_CUSTOMARY_RR = _RR._replace(vowels=_CUSTOMARY_VOWELS)
_CUSTOMARY_MR = _MR._replace(
    initials=("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"),
    vowels=_CUSTOMARY_VOWELS,
    apostrophe_ng=False,
)
_CUSTOMARY_RR_U = _RR._replace(vowels=_CUSTOMARY_U)
_VOICED_BEFORE = frozenset({"", "n", "l", "m", "ng"})
_SH_VOWELS = frozenset({16, 20})  # ㅟ ㅣ: MR writes ㅅ as sh before them


def _render(word: str, letters: _Letters, *, changes: bool) -> str:
    """One word of Hangul syllables in ``letters``; ``changes``: apply the sound changes at boundaries."""
    syllables = [decompose(c) for c in word]
    initials = [s.initial for s in syllables]
    finals = [FINAL_CLASS[s.final] for s in syllables]
    if changes:
        for i in range(1, len(syllables)):
            b = boundary(syllables[i - 1].final, syllables[i].initial, syllables[i].vowel)
            finals[i - 1], initials[i] = b.final, b.initial
    out: list[str] = []
    for i, syl in enumerate(syllables):
        ini = initials[i]
        before = finals[i - 1] if i else None
        if ini == R and before == "l":
            text = letters.lateral
        elif before is not None and before in _VOICED_BEFORE and ini in letters.voiced:
            text = letters.voiced[ini]
        else:
            text = letters.initials[ini]
        if letters in (_MR, _CUSTOMARY_MR) and ini == S and syl.vowel in _SH_VOWELS:
            text = "sh"
        if letters.apostrophe_ng and before == "n" and text.startswith("g"):
            text = "'" + text
        vowel = letters.vowels[syl.vowel]
        if letters is _KONTSEVICH:
            vowel = _kontsevich_vowel(syl.vowel, vowel, initial=i == 0 and ini == NG, after_consonant=ini != NG)
            if finals[i] == "l" and i + 1 < len(syllables) and initials[i + 1] == R:
                out.append(text + vowel + "л")
                continue
        out.append(text + vowel + letters.finals[finals[i]])
    return "".join(out)


def _kontsevich_vowel(index: int, default: str, *, initial: bool, after_consonant: bool) -> str:
    if index == 5 and initial:  # ㅔ at the start of a word
        return "э"
    if index == 19 and after_consonant:  # ㅢ after a consonant
        return "и"
    return default


def _title(text: str) -> str:
    for k, c in enumerate(text):
        if c.isalpha():
            return text[:k] + c.upper() + text[k + 1 :]
    return text


def _words(text: str, render: Callable[[str], str]) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    text = unicodedata.normalize("NFC", text)
    return _HANGUL_RUN.sub(lambda m: _title(render(m.group())), text)


def _given(given: str, letters: _Letters, joiner: str) -> str:
    """A given name syllable by syllable (no sound changes), with voicing inside it, joined by ``joiner``."""
    whole = _render(given, letters, changes=False)
    if joiner == "":
        return _title(whole)
    parts = [_render(given[0], letters, changes=False)]
    # Render each later syllable in context (voicing depends on the sound before it), then cut it out.
    for i in range(1, len(given)):
        pair = _render(given[i - 1 : i + 1], letters, changes=False)
        first = _render(given[i - 1], letters, changes=False)
        parts.append(pair[len(first) :].lstrip("'"))
    if joiner == " ":
        return " ".join(_title(p) for p in parts)
    return _title(joiner.join(parts))


def _name(word: str, letters: _Letters, surname_of: Callable[[str], str], joiner: str) -> str:
    split = split_name(word)
    if split is None:
        return _render(word, letters, changes=True)
    surname, given = split
    return f"{surname_of(surname)} {_given(given, letters, joiner)}"


def revised(text: str) -> str:
    """Revised Romanization, with the sound changes between syllables (신라 Silla, 종로 Jongno)."""
    return _words(text, lambda w: _render(w, _RR, changes=True))


def revised_name(text: str) -> str:
    """Revised Romanization of a personal name: 김정은 Gim Jeong-eun (surname by the rules, not by custom)."""
    return _words(text, lambda w: _name(w, _RR, lambda s: surnames()[s].rr, "-"))


def mccune(text: str) -> str:
    """McCune-Reischauer with breves and apostrophes (한글 Han'gŭl, 평양 P'yŏngyang)."""
    return _words(text, lambda w: _render(w, _MR, changes=True))


def mccune_ascii(text: str) -> str:
    """McCune-Reischauer without breves and apostrophes (평양 Pyongyang)."""
    return _words(text, lambda w: _strip_marks(_render(w, _MR, changes=True)))


def mccune_name(text: str) -> str:
    """McCune-Reischauer of a personal name (이명박 Yi Myŏng-bak)."""
    return _words(text, lambda w: _name(w, _MR, lambda s: surnames()[s].mr, "-"))


def north_korean(text: str) -> str:
    """The DPRK system as KCNA writes names: 김정은 Kim Jong Un, 최선희 Choe Son Hui, 리용호 Ri Yong Ho."""
    return _words(text, lambda w: _name(w, _NK, lambda s: _strip_marks(surnames()[s].mr), " "))


def kontsevich(text: str) -> str:
    """Kontsevich's Cyrillic transcription (서울 Сеул is a customary exception; the rules give Соуль)."""
    return _words(text, lambda w: _render(w, _KONTSEVICH, changes=True))


def kontsevich_name(text: str) -> str:
    """Kontsevich of a personal name, the surname by its customary Russian spelling (이명박 Ли Мёнбак)."""
    return _words(text, lambda w: _name(w, _KONTSEVICH, lambda s: surnames()[s].kontsevich, ""))


_MARKS = re.compile("[\u0306\u0308'’]")


def _strip_marks(text: str) -> str:
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text)))


def spaced_names(text: str) -> list[tuple[str, str]]:
    """(scheme, spelling) of a Hangul personal name with the given-name syllables spaced, as the press
    often writes them (이명박 Ли Мён Бак, I Myeong Bak, Yi Myŏng Bak); ``[]`` for text that is not one."""
    split = split_name(text.strip()) if isinstance(text, str) else None
    if split is None or len(split[1]) < 2:
        return []
    surname, given = split
    entry = surnames()[surname]
    return [
        ("rr_name", f"{entry.rr} {_given(given, _RR, ' ')}"),
        ("mr_name", f"{entry.mr} {_given(given, _MR, ' ')}"),
        ("kontsevich_name", f"{entry.kontsevich} {_given(given, _KONTSEVICH, ' ')}"),
    ]


def customary_given(given: str) -> tuple[str, ...]:
    """Customary spellings of a Hangul given name, syllables hyphenated: ㅓ as u, ㅕ as yu, ㅜ as oo, ㅢ as ee
    with the consonants of the Revised Romanization and with those of McCune-Reischauer (명박 Myung-bak;
    기문 Gi-moon, Ki-moon; 정희 Jung-hee, Chung-hee), and ㅓ as u in the Revised Romanization otherwise
    (석열 Suk-yeol). ``()`` for text that is not Hangul."""
    if not isinstance(given, str) or _HANGUL_RUN.fullmatch(given) is None:
        return ()
    return tuple(_given(given, letters, "-") for letters in (_CUSTOMARY_RR, _CUSTOMARY_MR, _CUSTOMARY_RR_U))


def customary_surnames(word: str) -> Sequence[str]:
    """The customary Latin spellings of the surname of a Hangul personal name (``()`` when not one)."""
    split = split_name(word)
    return surnames()[split[0]].customary if split else ()
