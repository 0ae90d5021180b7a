"""Latin spellings of Chinese names in pinyin and in Wade-Giles brought to one form, for matching: each word is
cut into syllables and every syllable written in Wade-Giles without apostrophes and umlauts (``Zhou Enlai`` and
``Chou En-lai`` are both ``Chou Enlai``; ``Deng Xiaoping`` and ``Teng Hsiao-p'ing`` are ``Teng Hsiaoping``).

The form is lossy as Wade-Giles without apostrophes is (zh, j and ch all ch; Zhang and Chang alike), so ``compare``
caps a match through it at the score of a transliteration variant. A name of one word, or with a word that is
no run of pinyin or Wade-Giles syllables (Smith, Kim), has no such form (``""``).

>>> wade_giles_form("Zhou Enlai"), wade_giles_form("Chou En-lai"), wade_giles_form("John Smith")
('Chou Enlai', 'Chou Enlai', '')
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .syllables import pinyin_of_wade_giles, wade_giles

__all__ = ["MAX_WORD", "shows_wade_giles", "wade_giles_form"]

#: Longer words are not cut into syllables (no Chinese name word has more than 4 syllables of 6 letters).
MAX_WORD = 24
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
# Letter groups Wade-Giles writes and pinyin never does: hs, ts, tz, ss, -ih (chih, shih, jih), -ung, -ieh, -ueh,
# -ien, -erh.
_HALLMARK = re.compile(r"hs|ts|tz|ss|ih\b|ung|ieh|ueh|ien|erh")


@functools.lru_cache(maxsize=1)  # one set, from pypinyin's table, built on first use
def _syllables() -> tuple[frozenset[str], frozenset[str]]:
    """(toneless pinyin syllables, Wade-Giles syllables without apostrophes and umlauts)."""
    from pypinyin.pinyin_dict import pinyin_dict

    pinyin: set[str] = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            plain = "".join(c for c in unicodedata.normalize("NFD", r) if c.isascii() and c.isalpha())
            if plain:
                pinyin.add(plain)
    wg = {wade_giles(s).replace("'", "").replace("ü", "u") for s in pinyin}
    return frozenset(pinyin), frozenset(wg)


def _cut(word: str, known: frozenset[str]) -> list[str] | None:
    """``word`` cut into the fewest syllables of ``known`` (longest first on ties), or ``None``."""
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            head = best[start]
            if head is not None and word[start:end] in known:
                candidate = [*head, word[start:end]]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[len(word)]


def _wade_giles_word(word: str) -> str | None:
    """A word (hyphens and apostrophes dropped) in Wade-Giles without apostrophes: as it is when it is a run of
    Wade-Giles syllables, its pinyin syllables converted when it is a run of those; else ``None``."""
    if len(word) > MAX_WORD:
        return None
    pinyin, wg = _syllables()
    if _cut(word, wg) is not None:
        return word
    cut = _cut(word, pinyin)
    if cut is None:
        return None
    return "".join(wade_giles(s).replace("'", "").replace("ü", "u") for s in cut)


@functools.lru_cache(maxsize=4096)  # names recently compared; each entry one short string
def wade_giles_form(name: str) -> str:
    """``name`` (two to four words, each a run of pinyin or Wade-Giles syllables) with every word in Wade-Giles
    without apostrophes and umlauts, capitalised; ``""`` for any other name. Never raises on a ``str``."""
    if not isinstance(name, str) or not name.isascii():
        return ""
    text = name.lower().replace("-", "").replace("\u2019", "'")
    words = text.split()
    if not 2 <= len(words) <= 4 or any(_WORD.fullmatch(w) is None for w in words):
        return ""
    out = []
    for w in words:
        form = _wade_giles_word(w.replace("'", ""))
        if form is None:
            return ""
        out.append(form.capitalize())
    return " ".join(out)


def shows_wade_giles(name: str) -> bool:
    """Whether a name with a :func:`wade_giles_form` shows it is written in Wade-Giles rather than pinyin: an
    apostrophe or a hyphen inside a word (Teng Hsiao-p'ing, Chou En-lai), or a letter group pinyin never writes
    (Hsi, Tzu, Tung, Chih). Two plain pinyin names (Li Qiang, Li Jiang) are never brought to the lossy form."""
    if not wade_giles_form(name):
        return False
    if "'" in name or "\u2019" in name or "-" in name:
        return True
    return any(_HALLMARK.search(w) is not None for w in name.lower().split())
