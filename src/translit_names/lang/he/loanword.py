"""Reading names of other languages written in Hebrew script: European names, brands and organisations are
written with their vowels spelled by ``ו`` and ``י`` (and ``א``) and consonant clusters kept (``סטולטנברג``
Stoltenberg, ``גוגל`` Google), with a geresh for sounds Hebrew lacks (``ג'`` j, ``ז'`` zh, ``צ'`` ch), so a
reading that guesses the vowels of Hebrew words (``Gogal``) is far from them. This reading inserts none: ``ו``
is o (``וו`` v), ``י`` i (y at the start of a word, ``יי`` ei), ``א`` a (silent before a vowel letter), a final
``ה`` a. For matching only (``loanword``, not an index scheme).

>>> loanword("מייק פומפאו")
'Meik Pompo'
>>> loanword("ג'סטין טרודו")
'Jstin Trodo'
"""

from __future__ import annotations

from ..casing import MAX_INPUT, map_words, with_case

__all__ = ["loanword"]

_LETTERS = {
    "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ז": "z", "ח": "kh", "ט": "t", "כ": "k", "ך": "k", "ל": "l", "מ": "m",
    "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "a", "פ": "p", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r",
    "ש": "sh", "ת": "t",
}
_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ץ": "ch", "ת": "th", "ד": "dh", "ח": "kh", "פ": "f"}
_MARKS = frozenset("'’\u05f3")
_VOWEL_LETTERS = frozenset("אוי")


def _word(word: str) -> str:
    chars = [c for c in word if c in _LETTERS or c in _VOWEL_LETTERS or c in _MARKS]
    out: list[str] = []
    i, n = 0, len(chars)
    while i < n:
        ch = chars[i]
        nxt = chars[i + 1] if i + 1 < n else ""
        if ch in _MARKS:
            i += 1
            continue
        if nxt in _MARKS and ch in _GERESH:
            out.append(_GERESH[ch])
            i += 2
            continue
        if ch == "ו":
            if nxt == "ו":
                out.append("v")
                i += 2
                continue
            out.append("v" if i == 0 else "o")
        elif ch == "י":
            if nxt == "י":
                out.append("ei" if i > 0 else "y")
                i += 2
                continue
            out.append("y" if i == 0 or chars[i - 1] in _VOWEL_LETTERS else "i")
        elif ch == "א":
            out.append("" if nxt in ("ו", "י") else "a")
        elif ch == "ה" and i == n - 1 and i > 0:
            out.append("a")
        else:
            out.append(_LETTERS[ch])
        i += 1
    return "".join(out)


def loanword(text: str) -> str:
    """``text`` read as a name of another language written in Hebrew script (see the module)."""
    if not isinstance(text, str):
        return ""
    return map_words(text[:MAX_INPUT].replace('"', "").replace("\u05f4", ""), lambda w: with_case(w, _word(w)) if not w.isascii() else w)
