"""Japanese in Latin and Cyrillic letters: Hepburn in each of its long-vowel spellings, Kunrei-shiki and
Polivanov, from kana (:mod:`.kana`) and from curated readings of kanji names (``names.tsv``).

Every function maps ``str -> str``, never raises on a string, and keeps what it cannot read (kanji without
a curated reading, other scripts) as it is. Long vowels (おう, おお, うう, ああ, ええ, ー) are written:

========================  =========  ===============================
scheme                    東京        how a long vowel is written
========================  =========  ===============================
``hepburn``               Tōkyō      macron (modified Hepburn)
``hepburn_simple``        Tokyo      not at all (common English use)
``hepburn_passport``      Tohkyoh    o as "oh", others plain; ん as m before b m p
``hepburn_oo``            Tookyoo    doubled
``wapuro``                Toukyou    as spelt in kana (ou, oo, uu)
``kunrei``                Tôkyô      circumflex (ISO 3602)
``polivanov``             Токё       not at all (Cyrillic)
========================  =========  ===============================

>>> hepburn("こいずみ じゅんいちろう")
"Koizumi Jun'ichirō"
>>> hepburn_simple("小泉純一郎")
'Koizumi Junichiro'
>>> polivanov("しんぞう")
'Синдзо'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from importlib import resources

from ..zh.romanize import simplified
from .kana import Mora, is_kana, morae

__all__ = [
    "hepburn",
    "hepburn_oo",
    "hepburn_passport",
    "hepburn_simple",
    "kanji_reading",
    "kunrei",
    "polivanov",
    "readings",
    "split_kana_name",
    "wapuro",
]

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"  # with 々, the iteration mark
_RUN = re.compile(f"[{_KANJI}]+|[\u3041-\u3096\u30a1-\u30fa\u30fc\u309d\u309e\u30fd\u30fe]+")
_MACRON = {"a": "ā", "i": "ī", "u": "ū", "e": "ē", "o": "ō"}
_CIRCUMFLEX = {"a": "â", "i": "î", "u": "û", "e": "ê", "o": "ô"}


@functools.cache
def readings() -> dict[str, str]:
    """Curated kanji names -> their kana reading (family and given name apart), from ``names.tsv``."""
    text = resources.files(__package__ or "translit_names.lang.ja").joinpath("names.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kanji, kana = line.split("\t")[:2]
            out[kanji] = kana
    return out


def kanji_reading(run: str) -> str | None:
    """The kana reading of a run of kanji from the curated table: the whole run, or the run cut into
    entries of the table, longest first (小泉 + 純一郎). ``None`` when some part is not in the table."""
    table = readings()
    if run in table:
        return table[run]
    if simplified(run) in table:  # 安倍晉三: a traditional form of the curated 安倍晋三
        return table[simplified(run)]
    longest = max((len(k) for k in table), default=0)
    parts: list[str] = []
    i = 0
    while i < len(run):
        for size in range(min(longest, len(run) - i), 0, -1):
            piece = run[i : i + size]
            if piece in table:
                parts.append(table[piece])
                i += size
                break
        else:
            return None
    return " ".join(parts)


@functools.lru_cache(maxsize=1)  # one table, built from readings() on first use
def _kana_names() -> tuple[dict[str, str], tuple[str, ...]]:
    """(curated names' kana written without a space -> with it; family names' kana, longest first)."""
    whole = {kana.replace(" ", ""): kana for kana in readings().values() if " " in kana}
    families = sorted({kana.split(" ")[0] for kana in readings().values() if " " in kana}, key=lambda k: (-len(k), k))
    return whole, tuple(families)


def split_kana_name(chunk: str) -> str:
    """A personal name in kana written without a space, with one after the family name when the curated table
    knows it (こいずみじゅんいちろう -> こいずみ じゅんいちろう, あべしんぞう -> あべ しんぞう); else as it is."""
    whole, families = _kana_names()
    if chunk in whole:
        return whole[chunk]
    for family in families:
        if chunk.startswith(family) and len(chunk) - len(family) >= 2:
            return f"{family} {chunk[len(family):]}"
    return chunk


# --- Latin schemes ---------------------------------------------------------------------------------------


def _hepburn_onset(m: Mora) -> str:
    row, glide, vowel = m.row, m.glide, m.vowel
    if row == "s" and (vowel == "i" or glide):
        return "sh"
    if row in ("z", "d") and (vowel == "i" or glide):
        return "j"
    if row == "t" and (vowel == "i" or glide):
        return "ch"
    if row == "t" and vowel == "u":
        return "ts"
    if row == "d" and vowel == "u":
        return "z"
    if row == "h" and vowel == "u":
        return "f"
    if row == "w" and vowel != "a":
        return ""
    return row.rstrip("'") + ("y" if glide else "")


def _kunrei_onset(m: Mora) -> str:
    if m.row == "w" and m.vowel != "a":
        return ""
    row = "z" if m.row == "d" and (m.vowel in ("i", "u") or m.glide) else m.row.rstrip("'")
    return row + ("y" if m.glide else "")


def _latin(ms: list[Mora], onset: Callable[[Mora], str], long_vowel: Callable[[str, str], str], n_before_bmp: str) -> str:
    out: list[str] = []
    for i, m in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if m.kind == "q":
            if nxt is not None and nxt.kind == "":
                head = onset(nxt)
                out.append("t" if head.startswith("ch") else head[:1])
            continue
        if m.kind == "n":
            if nxt is not None and nxt.kind == "" and (nxt.row in ("", "y") and not nxt.glide):
                out.append("n'")
            elif nxt is not None and nxt.kind == "" and nxt.row in ("b", "m", "p"):
                out.append(n_before_bmp)
            else:
                out.append("n")
            continue
        if m.kind:
            continue
        vowel = long_vowel(m.vowel, m.long) if m.long else m.vowel
        out.append(onset(m) + vowel)
    return "".join(out)


def _scheme(onset: Callable[[Mora], str], long_vowel: Callable[[str, str], str], n_bmp: str = "n", apostrophe: bool = True) -> Callable[[str], str]:
    def word(kana: str) -> str:
        text = _latin(morae(kana), onset, long_vowel, n_bmp)
        return text if apostrophe else text.replace("'", "")

    return word


def _wapuro_long(vowel: str, long: str) -> str:
    return long if long != "-" else vowel + vowel


def _passport_long(vowel: str, long: str) -> str:
    return "oh" if vowel == "o" else vowel


_HEPBURN = _scheme(_hepburn_onset, lambda v, _l: _MACRON[v])
_SIMPLE = _scheme(_hepburn_onset, lambda v, _l: v, apostrophe=False)
_PASSPORT = _scheme(_hepburn_onset, _passport_long, "m", apostrophe=False)
_OO = _scheme(_hepburn_onset, lambda v, _l: v + v, apostrophe=False)
_WAPURO = _scheme(_hepburn_onset, _wapuro_long, apostrophe=False)
_KUNREI = _scheme(_kunrei_onset, lambda v, _l: _CIRCUMFLEX[v])


# --- Polivanov -------------------------------------------------------------------------------------------

_CYR_VOWELS = {"a": "а", "i": "и", "u": "у", "e": "э", "o": "о"}
_CYR_GLIDE = {"a": "я", "u": "ю", "o": "ё", "e": "э", "i": "и"}
_CYR_ROWS = {
    "k": "к", "g": "г", "s": "с", "z": "дз", "t": "т", "d": "д", "n": "н", "h": "х", "b": "б", "p": "п",
    "m": "м", "r": "р", "w": "в", "v": "в", "f": "ф", "ts": "ц", "t'": "т", "d'": "д", "y": "",
}  # fmt: skip


def _polivanov_mora(m: Mora, prev: Mora | None) -> str:
    row, vowel = m.row, m.vowel
    if row == "t" and vowel == "u" and not m.glide:
        return "цу"
    if row == "d" and (vowel in ("i", "u") or m.glide):
        row = "z"  # ぢ дзи, づ дзу
    if row == "h" and vowel == "u":
        return "фу"
    if row == "w" and vowel != "a":
        return _CYR_VOWELS[vowel]
    if row == "y":
        return {"a": "я", "u": "ю", "o": "ё", "e": "е"}.get(vowel, "и")
    if row == "" and vowel == "i" and prev is not None and prev.kind == "" and prev.vowel in ("a", "e") and not prev.long:
        return "й"
    if m.glide:
        return _CYR_ROWS[row] + _CYR_GLIDE[vowel]
    return _CYR_ROWS.get(row, "") + _CYR_VOWELS[vowel]


def _polivanov_word(kana: str) -> str:
    ms = morae(kana)
    out: list[str] = []
    for i, m in enumerate(ms):
        prev = ms[i - 1] if i else None
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if m.kind == "q":
            if nxt is not None and nxt.kind == "":
                out.append(_polivanov_mora(nxt, m)[:1])
        elif m.kind == "n":
            if nxt is not None and nxt.kind == "" and nxt.row in ("b", "p", "m"):
                out.append("м")
            elif nxt is not None and nxt.kind == "" and nxt.row in ("", "y"):
                out.append("нъ")
            else:
                out.append("н")
        elif not m.kind:
            out.append(_polivanov_mora(m, prev))
    return "".join(out)


# --- Text ------------------------------------------------------------------------------------------------


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


def _apply(text: str, word: Callable[[str], str]) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    text = unicodedata.normalize("NFC", text)

    def run(m: re.Match[str]) -> str:
        chunk = m.group()
        if not is_kana(chunk[0]):
            kana = kanji_reading(chunk)
            if kana is None:
                return chunk
            return " ".join(_title(word(part)) for part in kana.split())
        return " ".join(_title(word(part)) for part in split_kana_name(chunk).split())

    # The katakana middle dot between given and family name of a foreign name is a word break.
    return _RUN.sub(run, text.replace("・", " ").replace("･", " "))


def hepburn(text: str) -> str:
    """Modified Hepburn with macrons (東京 Tōkyō, 純一郎 Jun'ichirō)."""
    return _apply(text, _HEPBURN)


def hepburn_simple(text: str) -> str:
    """Hepburn with long vowels unmarked and no apostrophe (Tokyo, Junichiro): the common English spelling."""
    return _apply(text, _SIMPLE)


def hepburn_passport(text: str) -> str:
    """Passport Hepburn: long o as "oh", ん as m before b, m, p (大野 Ohno, 本間 Homma)."""
    return _apply(text, _PASSPORT)


def hepburn_oo(text: str) -> str:
    """Hepburn with long vowels doubled (大野 Oono, 優子 Yuuko)."""
    return _apply(text, _OO)


def wapuro(text: str) -> str:
    """Long vowels as spelt in kana: おう ou, おお oo, うう uu (東京 Toukyou, 大野 Oono)."""
    return _apply(text, _WAPURO)


def kunrei(text: str) -> str:
    """Kunrei-shiki (ISO 3602) with circumflexes (東京 Tôkyô, 福士 Hukusi)."""
    return _apply(text, _KUNREI)


def polivanov(text: str) -> str:
    """Polivanov's Cyrillic system, long vowels unmarked (しんぞう Синдзо, ほっかいどう Хоккайдо)."""
    return _apply(text, _polivanov_word)
