"""Reading names of other languages written in Greek letters: the press writes foreign b, d, g and j as ``μπ``,
``ντ``, ``γκ`` and ``τζ`` everywhere in a word (``Μπους`` Bush, ``Στόλτενμπεργκ`` Stoltenberg, ``Τζόρτζια``
Giorgia), where ELOT 743 writes mp, nt, gk inside a word. This reading gives b, d, g, j, ou as u, and γ before
a front vowel as y. For matching only (``loanword``, not an index scheme).

>>> loanword("Γενς Στόλτενμπεργκ")
'Yens Stoltenberg'
>>> loanword("Τζορτζ Μπους")
'Jorj Bus'
"""

from __future__ import annotations

import unicodedata

from ..casing import MAX_INPUT, map_words, with_case

__all__ = ["loanword"]

_PAIRS = {"μπ": "b", "ντ": "d", "γκ": "g", "γγ": "ng", "τζ": "j", "τσ": "ts", "ου": "u", "αι": "e", "ει": "i", "οι": "i", "αυ": "av", "ευ": "ev"}
_LETTERS = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "i", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
}
_FRONT = frozenset("εηιυ")


def _word(word: str) -> str:
    letters: list[str] = []
    marked: list[bool] = []  # a letter with an accent or diaeresis
    for c in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.category(c) == "Mn":
            if marked:
                marked[-1] = True
        else:
            letters.append(c)
            marked.append(False)
    w = "".join(letters)
    out: list[str] = []
    i = 0
    while i < len(w):
        pair = w[i : i + 2]
        # An accent on the first vowel or a diaeresis on the second splits a vowel pair (Ρόιτερς: o-i).
        split = pair[:1] in "αεο" and pair[1:] in ("ι", "υ") and (marked[i] or marked[i + 1])
        if pair in _PAIRS and not split:
            out.append(_PAIRS[pair])
            i += 2
            continue
        ch = w[i]
        if ch == "γ" and i + 1 < len(w) and w[i + 1] in _FRONT:
            out.append("y")
        else:
            out.append(_LETTERS.get(ch, ch if ch.isascii() else ""))
        i += 1
    return "".join(out)


def loanword(text: str) -> str:
    """``text`` read as a name of another language written in Greek letters (see the module)."""
    if not isinstance(text, str):
        return ""
    return map_words(text[:MAX_INPUT], lambda w: with_case(w, _word(w)) if not w.isascii() else w)
