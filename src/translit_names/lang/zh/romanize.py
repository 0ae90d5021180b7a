"""Chinese in Latin and Cyrillic letters: Hanyu Pinyin, Wade-Giles and Palladius, and traditional ->
simplified characters.

Characters are read by pypinyin (MIT; its character and phrase tables come from the pinyin-data and
phrase-pinyin-data projects, MIT); a personal name's surname is read as a surname (``surnames.tsv``: 曾 Zeng, 单 Shan,
解 Xie, 仇 Qiu, 区 Ou, and the compound surnames 欧阳 Ouyang, 司马 Sima, 诸葛 Zhuge ...). Every function maps
``str -> str``, never raises on a string and keeps what is not a Han character as it is.

The plain schemes write each run of Han characters as one word (北京 Beijing, 西安 Xi'an), as pinyin
orthography writes place names; the ``*_name`` schemes read a run of two to four characters as a personal
name: surname apart, given name as one word (周恩来 Zhou Enlai; Wade-Giles Chou En-lai; Palladius Чжоу
Эньлай).

>>> pinyin_name("周恩來")
'Zhou Enlai'
>>> wade_giles_name("毛泽东")
"Mao Tse-tung"
>>> palladius_name("习近平")
'Си Цзиньпин'
>>> pinyin_name("曾庆红"), pinyin_name("欧阳修")
('Zeng Qinghong', 'Ouyang Xiu')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from importlib import resources
from typing import NamedTuple

from . import syllables as _syl

__all__ = [
    "HAN",
    "customary",
    "customary_reading",
    "customary_surnames",
    "Surname",
    "palladius",
    "palladius_name",
    "pinyin",
    "pinyin_name",
    "pinyin_spaced",
    "reading",
    "simplified",
    "split_name",
    "surnames",
    "wade_giles",
    "wade_giles_ascii",
    "wade_giles_name",
    "wade_giles_name_ascii",
]

#: Han characters: CJK Unified Ideographs, Extension A, compatibility ideographs (and their supplement), Extensions B-H.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\U0002f800-\U0002fa1f\U00030000-\U000323af"
_HAN_RUN = re.compile(f"[{HAN}]+")


class Surname(NamedTuple):
    simplified: str
    traditional: str
    pinyin: tuple[str, ...]  # syllables
    customary: tuple[str, ...]


def _read(name: str) -> str:
    return resources.files(__package__ or "translit_names.lang.zh").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def surnames() -> dict[str, Surname]:
    """The surname table (``surnames.tsv``), by simplified and by traditional spelling."""
    out: dict[str, Surname] = {}
    for line in _read("surnames.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        simp, trad, reading_, customary = line.split("\t")
        sylls = tuple(reading_.split())
        entry = Surname(simp, trad, sylls, tuple(customary.split(",")))
        out.setdefault(simp, entry)
        out.setdefault(trad, entry)
    return out


@functools.cache
def _t2s() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in _read("t2s.tsv").splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            table[ord(trad)] = simp
    return table


def simplified(text: str) -> str:
    """``text`` with traditional characters replaced by their simplified forms (OpenCC's character table)."""
    _check(text)
    return unicodedata.normalize("NFC", text).translate(_t2s())


@functools.lru_cache(maxsize=4096)  # words of names: a bounded cache of recent ones
def _reading(word: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin

    return tuple(s for s in lazy_pinyin(word, style=Style.NORMAL, v_to_u=True, errors="ignore") if s.isalpha())


def reading(word: str) -> list[str]:
    """Toneless pinyin syllables (``ü`` kept) of a run of Han characters, by pypinyin's character and phrase
    tables (重庆 chong qing); characters without a reading are skipped."""
    return list(_reading(word))


def split_name(word: str) -> tuple[list[str], list[str]] | None:
    """(surname syllables, given-name syllables) of a run of Han characters read as a personal name: two to
    four characters, a compound surname of the table taking two. ``None`` for other lengths."""
    if not 2 <= len(word) <= 4:
        return None
    table = surnames()
    if len(word) >= 3 and word[:2] in table:
        return list(table[word[:2]].pinyin), reading(word[2:])
    entry = table.get(word[0])
    head = list(entry.pinyin) if entry else reading(word[0])
    return head, reading(word[1:])


def _check(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join_pinyin(sylls: list[str]) -> str:
    """Syllables as one pinyin word, with the apostrophe before a, o, e that starts a later syllable."""
    out = ""
    for i, s in enumerate(sylls):
        out += ("'" + s) if i and s[:1] in ("a", "o", "e") else s
    return out


def _apply(text: str, plain: Callable[[list[str]], str], name: Callable[[list[str], list[str]], str] | None) -> str:
    _check(text)
    text = unicodedata.normalize("NFC", text)

    def word(m: re.Match[str]) -> str:
        run = m.group()
        if name is not None:
            split = split_name(run)
            if split is not None and split[0] and split[1]:
                return name(*split)
        sylls = reading(run)
        return plain(sylls) if sylls else run

    return _HAN_RUN.sub(word, text)


def pinyin(text: str) -> str:
    """Hanyu Pinyin without tones, each run of characters one word (北京 Beijing)."""
    return _apply(text, lambda s: _cap(_join_pinyin(s)), None)


def pinyin_name(text: str) -> str:
    """Hanyu Pinyin of a personal name: surname apart, given name one word (周恩来 Zhou Enlai)."""
    return _apply(text, lambda s: _cap(_join_pinyin(s)), lambda f, g: f"{_cap(''.join(f))} {_cap(_join_pinyin(g))}")


def _wg(sylls: list[str], ascii_: bool) -> str:
    out = "-".join(_syl.wade_giles(s) for s in sylls)
    if ascii_:
        out = out.replace("'", "").replace("ü", "u")
    return _cap(out)


def pinyin_spaced(text: str) -> str:
    """Hanyu Pinyin without tones, every syllable a word (习近平 Xi Jin Ping, 北京 Bei Jing)."""
    return _apply(text, lambda s: " ".join(_cap(x) for x in s), None)


def wade_giles(text: str) -> str:
    """Wade-Giles with apostrophes and umlauts, syllables hyphenated (北京 Pei-ching)."""
    return _apply(text, lambda s: _wg(s, False), None)


def wade_giles_ascii(text: str) -> str:
    """Wade-Giles without apostrophes and umlauts (清 Ching, 吕 Lu)."""
    return _apply(text, lambda s: _wg(s, True), None)


def wade_giles_name(text: str) -> str:
    """Wade-Giles of a personal name (周恩来 Chou En-lai, 邓小平 Teng Hsiao-p'ing)."""
    return _apply(text, lambda s: _wg(s, False), lambda f, g: f"{_wg(f, False)} {_wg(g, False)}")


def wade_giles_name_ascii(text: str) -> str:
    """Wade-Giles of a personal name without apostrophes and umlauts (Teng Hsiao-ping)."""
    return _apply(text, lambda s: _wg(s, True), lambda f, g: f"{_wg(f, True)} {_wg(g, True)}")


def _pal(sylls: list[str]) -> str:
    return _cap("".join(_syl.palladius(s) for s in sylls))


def palladius(text: str) -> str:
    """The Palladius system (Russian Cyrillic), each run one word (北京 Бэйцзин; the customary Russian
    name, Пекин, is a curated alias, not a rule)."""
    return _apply(text, _pal, None)


def palladius_name(text: str) -> str:
    """Palladius of a personal name: surname apart, given name one word (周恩来 Чжоу Эньлай)."""
    return _apply(text, _pal, lambda f, g: f"{_pal(f)} {_pal(g)}")


@functools.cache
def _customary() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in _read("customary.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            han, spellings = line.split("\t")
            out[han] = tuple(spellings.split(","))
    return out


def customary(text: str) -> tuple[str, ...]:
    """The established spellings of a Han name that no rule gives (蔣介石 Chiang Kai-shek, 香港 Hong Kong,
    北京 Peking), from ``customary.tsv``; ``()`` for a name not in the table."""
    if not isinstance(text, str):
        return ()
    return _customary().get(text.strip(), ())


def customary_reading(text: str) -> str:
    """The first established spelling of :func:`customary` (蔣介石 Chiang Kai-shek), or ``""``."""
    found = customary(text)
    return found[0] if found else ""


def customary_surnames(word: str) -> tuple[str, ...]:
    """Customary Cantonese / Taiwanese / Hokkien spellings of the surname of a Han personal name."""
    if not isinstance(word, str) or not 2 <= len(word) <= 4:
        return ()
    table = surnames()
    entry = table.get(word[:2]) if len(word) >= 3 else None
    entry = entry or table.get(word[0])
    return entry.customary if entry else ()
