"""One toneless pinyin syllable in Wade-Giles and in the Palladius Cyrillic system.

A syllable is split into its initial (b p m f d t n l g k h j q x zh ch sh r z c s, or none) and final, and
each part is mapped by the tables below; the handful of syllables the two systems write otherwise than by
parts (zi/ci/si, zhi/chi/shi/ri, ge/ke/he, uo after most initials, hui/gui/kui, y- and w- syllables) are
listed as exceptions. Tables after Wade (1867) and Giles (1892) as summarised in the Library of Congress
pinyin conversion tables, and after Palladius (1888) as used by Russian reference works (the
Kontsevich-era standard tables). Pinyin ``ü`` is written ``ü`` (``v`` and ``u:`` are accepted).

>>> wade_giles("zhou"), wade_giles("en"), wade_giles("lai")
("chou", "en", "lai")
>>> wade_giles("qing"), wade_giles("xi"), wade_giles("zi"), wade_giles("lüe")
("ch'ing", "hsi", "tzu", "lüeh")
>>> palladius("zhou") + palladius("en") + palladius("lai")
'чжоуэньлай'
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["palladius", "pinyin_of_wade_giles", "split", "wade_giles"]

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")


def split(syllable: str) -> tuple[str, str]:
    """(initial, final) of a toneless pinyin syllable; y/w syllables are rewritten to their finals
    (``yan`` -> ``("", "ian")``, ``wu`` -> ``("", "u")``, ``yu`` -> ``("", "ü")``)."""
    s = syllable.replace("v", "ü").replace("u:", "ü")
    for ini in _INITIALS:
        if s.startswith(ini) and len(s) > len(ini):
            fin = s[len(ini) :]
            if ini in ("j", "q", "x") and fin.startswith("u"):
                fin = "ü" + fin[1:]
            return ini, fin
    if s.startswith("y"):
        rest = s[1:]
        if rest.startswith("u"):
            return "", "ü" + rest[1:]
        if rest.startswith("i"):
            return "", rest
        if rest == "ou":
            return "", "iu"
        return "", "i" + rest
    if s.startswith("w"):
        rest = s[1:]
        if rest.startswith("u"):
            return "", rest
        return "", {"ei": "ui", "en": "un"}.get(rest, "u" + rest)
    return "", s


# --- Wade-Giles ------------------------------------------------------------------------------------------

_WG_INITIALS = {
    "b": "p", "p": "p'", "m": "m", "f": "f", "d": "t", "t": "t'", "n": "n", "l": "l", "g": "k", "k": "k'",
    "h": "h", "j": "ch", "q": "ch'", "x": "hs", "zh": "ch", "ch": "ch'", "sh": "sh", "r": "j", "z": "ts",
    "c": "ts'", "s": "s", "": "",
}  # fmt: skip
_WG_FINALS = {
    "a": "a", "o": "o", "e": "e", "ai": "ai", "ei": "ei", "ao": "ao", "ou": "ou", "an": "an", "en": "en",
    "ang": "ang", "eng": "eng", "ong": "ung", "er": "erh", "i": "i", "ia": "ia", "ie": "ieh", "iao": "iao",
    "iu": "iu", "ian": "ien", "in": "in", "iang": "iang", "ing": "ing", "iong": "iung", "u": "u", "ua": "ua",
    "uo": "o", "uai": "uai", "ui": "ui", "uan": "uan", "un": "un", "uang": "uang", "ueng": "ueng", "ü": "ü",
    "üe": "üeh", "ue": "üeh", "üan": "üan", "ün": "ün", "io": "io",
}  # fmt: skip
# Zero-initial syllables as Wade-Giles writes them.
_WG_ZERO = {
    "i": "i", "ia": "ya", "ie": "yeh", "iao": "yao", "iu": "yu", "ian": "yen", "in": "yin", "iang": "yang",
    "ing": "ying", "iong": "yung", "ü": "yü", "üe": "yüeh", "üan": "yüan", "ün": "yün", "u": "wu", "ua": "wa",
    "uo": "wo", "uai": "wai", "ui": "wei", "uan": "wan", "un": "wen", "uang": "wang", "ueng": "weng",
    "e": "o", "io": "yo", "ong": "ung",
}  # fmt: skip
_WG_WHOLE = {
    "zi": "tzu", "ci": "tz'u", "si": "ssu", "zhi": "chih", "chi": "ch'ih", "shi": "shih", "ri": "jih",
    "ge": "ko", "ke": "k'o", "he": "ho", "guo": "kuo", "kuo": "k'uo", "huo": "huo", "shuo": "shuo",
    "gui": "kuei", "kui": "k'uei", "hui": "hui", "ye": "yeh", "you": "yu", "yi": "i", "yo": "yo",
    "er": "erh", "yong": "yung", "e": "o",
}  # fmt: skip


@functools.lru_cache(maxsize=2048)  # about 420 toneless syllables exist
def wade_giles(syllable: str) -> str:
    """Wade-Giles of one toneless pinyin syllable, lower case, with apostrophes and ü (ê written e, as in
    common use: Chou En-lai, Mao Tse-tung); an unknown syllable is returned as it is."""
    s = syllable.lower().replace("v", "ü").replace("u:", "ü")
    if s in _WG_WHOLE:
        return _WG_WHOLE[s]
    ini, fin = split(s)
    if not ini:
        return _WG_ZERO.get(fin, _WG_FINALS.get(fin, s))
    if fin == "ü" and ini in ("n", "l"):
        return ini + "ü"
    if fin in ("üe", "ue") and ini in ("n", "l"):
        return ini + "üeh"
    if fin not in _WG_FINALS or ini not in _WG_INITIALS:
        return s
    if fin == "e" and ini in ("z", "c", "s", "zh", "ch", "sh", "r", "d", "t", "n", "l", "m"):
        return _WG_INITIALS[ini] + "e"  # tse, ch'e, te ... (ê)
    if fin == "ong" and ini in ("j", "q", "x"):
        fin = "iong"
    if fin == "uo" and ini in ("zh", "ch", "r", "z", "c", "s", "d", "t", "n", "l", "g", "k", "h", "sh"):
        return _WG_INITIALS[ini] + ("uo" if ini in ("g", "k", "h", "sh") else "o")
    return _WG_INITIALS[ini] + _WG_FINALS[fin]


# --- Palladius -------------------------------------------------------------------------------------------

_PAL_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
    "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц",
    "s": "с", "": "",
}  # fmt: skip
_PAL_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
    "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
    "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ueng": "вэн", "ü": "юй", "üe": "юэ",
    "ue": "юэ", "üan": "юань", "ün": "юнь", "io": "ё",
}  # fmt: skip
_PAL_ZERO = {
    "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин",
    "iong": "юн", "ü": "юй", "üe": "юэ", "üan": "юань", "ün": "юнь", "u": "у", "ua": "ва", "uo": "во",
    "uai": "вай", "ui": "вэй", "uan": "вань", "un": "вэнь", "uang": "ван", "ueng": "вэн", "io": "ё",
}  # fmt: skip
_PAL_WHOLE = {
    "zi": "цзы", "ci": "цы", "si": "сы", "hui": "хуэй", "you": "ю", "yo": "ё", "ye": "е", "yi": "и",
}  # fmt: skip


@functools.lru_cache(maxsize=2048)  # about 420 toneless syllables exist
def palladius(syllable: str) -> str:
    """The Palladius (Russian Cyrillic) spelling of one toneless pinyin syllable, lower case; an unknown
    syllable is returned as it is."""
    s = syllable.lower().replace("v", "ü").replace("u:", "ü")
    if s in _PAL_WHOLE:
        return _PAL_WHOLE[s]
    ini, fin = split(s)
    if not ini:
        return _PAL_ZERO.get(fin, _PAL_FINALS.get(fin, s))
    if ini not in _PAL_INITIALS or fin not in _PAL_FINALS:
        return s
    if fin == "ong" and ini in ("j", "q", "x"):
        fin = "iong"
    if ini in ("n", "l") and fin in ("ü", "üe", "ue"):
        return _PAL_INITIALS[ini] + ("юй" if fin == "ü" else "юэ")
    return _PAL_INITIALS[ini] + _PAL_FINALS[fin]


@functools.cache
def _reverse() -> dict[str, tuple[str, ...]]:
    """Wade-Giles syllable, apostrophes and umlauts dropped -> the pinyin syllables it may stand for."""
    from pypinyin.pinyin_dict import pinyin_dict

    plain: set[str] = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            decomposed = unicodedata.normalize("NFD", r)
            toneless = "".join(c for c in decomposed if c not in "\u0300\u0301\u0304\u030c")
            plain.add(unicodedata.normalize("NFC", toneless))
    out: dict[str, list[str]] = {}
    for syl in sorted(plain):
        if syl.isalpha() and syl.isascii() or "ü" in syl:
            key = wade_giles(syl).replace("'", "").replace("ü", "u")
            out.setdefault(key, []).append(syl.replace("ü", "u"))
    return {k: tuple(v) for k, v in out.items()}


def pinyin_of_wade_giles(syllable: str) -> tuple[str, ...]:
    """The pinyin syllables a Wade-Giles syllable written without apostrophes and umlauts may stand for
    (``chou`` -> ``chou``, ``zhou``; ``hsiao`` -> ``xiao``); ``()`` for what is not a Wade-Giles syllable."""
    return _reverse().get(syllable, ())
