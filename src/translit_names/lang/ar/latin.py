"""Latin spellings of Arabic, Persian and Urdu names brought to one form, so that the romanisation families
agree: ``Oussama ben Laden`` and ``Osama bin Laden``, ``Abdel Fattah el-Sisi`` and ``Abd al-Fattah al-Sisi``,
``Qasem``, ``Ghassem`` and ``Kassem Soleimani``.

:func:`canonical_latin` rewrites a name that shows it is one (a particle, an article, an ʿAbd compound, or a
word of the Arabic, Persian or Urdu lexicons in any family's spelling): articles (al-, el-, as-, ash- ...) are
dropped, particles written one way (bin, bint, abu, umm, ould), ʿAbd compounds joined (abdfattah,
abdallah), and each lexicon word replaced by its family-neutral key (:func:`arabic_key`: q/gh/k -> k, kh -> x,
sh/ch/sch -> sh, dj/dsch -> j, o/u/ou -> u, e/i/ee -> i, ei/ey/ai -> ay, w/v -> u, doubled letters single).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...text.normalize import normalize
from .engine import lexicon, particles
from .families import FAMILIES, write_pivot

__all__ = ["MIN_EVIDENCE_WORD", "arabic_key", "canonical_latin"]

# Rewrites of arabic_key, in order (plain replacements; two context rules follow them in arabic_key).
_KEY_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    ("dsch", "j"), ("dj", "j"), ("sch", "sh"), ("ch", "sh"), ("kh", "x"), ("gh", "q"), ("q", "k"), ("c", "k"),
    ("ou", "u"), ("oo", "u"), ("o", "u"), ("ee", "i"), ("e", "i"),
)
_DIPHTHONG = re.compile(r"[aei][iy](?=[^aeiou]|$)")
_AFTER_DIPHTHONG = str.maketrans({"w": "u", "v": "u", "y": "i"})

_ARTICLES = frozenset(
    "al el ul il as ash ad adh an ar at ath az es esh ed er et ez en ech ud ur us ut uz".split()
)
_ABD = re.compile(r"^abd(?:el|ul|al|ol|oul|ou|u|e|i|o)?(.*)$")
#: A lexicon word shows that a name is Arabic, Persian or Urdu only if it has at least this many letters.
MIN_EVIDENCE_WORD = 5
_ALLAH = frozenset({"lah", "llah", "allah", "ullah", "ellah", "ollah", "illah"})


@lru_cache(maxsize=65536)
def arabic_key(word: str) -> str:
    """The family-neutral key of one normalised Latin word (see the module docstring)."""
    text = word
    for old, new in _KEY_REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    text = _DIPHTHONG.sub("ay", text).translate(_AFTER_DIPHTHONG).replace("ph", "f")
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)  # doubled letters written once
    if len(out) > 1 and out[-1] == "h" and out[-2] in "aiu":
        out.pop()  # -ah, -eh
    return "".join(out)


@cache
def _particle_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for role, pivot, latin in particles().values():
        if role in ("nasab", "kunya", "tribe"):
            canonical = {"nasab": "bint" if pivot == "bint" else "bin", "kunya": "abu" if "b" in pivot else "umm",
                         "tribe": "ould"}[role]
            for spelling in latin:
                if len(spelling) > 1:
                    out[spelling] = canonical
    return out


@cache
def _lexicon_keys() -> frozenset[str]:
    """The keys of every family's spelling of every lexicon word (Arabic, Persian, Urdu)."""
    keys: set[str] = set()
    for lang in ("ar", "fa", "ur"):
        for pivot in lexicon(lang).values():
            for fam in FAMILIES.values():
                spelling = normalize(write_pivot(pivot, fam)).replace(" ", "")
                if len(spelling) >= 3 and spelling.isascii():
                    keys.add(arabic_key(spelling))
    return frozenset(keys)


@lru_cache(maxsize=65536)
def canonical_latin(name: str, force: bool = False) -> str | None:
    """The family-neutral form of a Latin-script Arabic, Persian or Urdu name, or ``None`` when ``name`` shows
    nothing of one (then it is compared as it is), unless ``force``: then the rewritten name whatever it shows
    (the other name of a pair showed it)."""
    words = normalize(name).split()
    if not words or not all(w.isascii() for w in words):
        return None
    particle_words = _particle_words()
    known = _lexicon_keys()
    evidence = False
    out: list[str] = []
    pending_abd = False
    for i, word in enumerate(words):
        has_next = i + 1 < len(words)
        if word in _ARTICLES and has_next and (out or pending_abd) or (word in ("al", "el") and has_next and not out):
            evidence = evidence or "-" in name
            continue
        m = _ABD.match(word)
        if m is not None and len(word) <= 12:
            evidence = True
            rest = m.group(1).lstrip("-")
            if rest and len(rest) > 1 and rest[0] == rest[1]:
                rest = rest[1:]  # abdurrahman
            if rest in _ALLAH:
                out.append("abdallah")
            elif rest:
                out.append("abd" + arabic_key(rest))
            elif has_next:
                pending_abd = True
            else:
                out.append("abd")
            continue
        if pending_abd:
            pending_abd = False
            out.append("abdallah" if word in _ALLAH else "abd" + arabic_key(word))
            continue
        if word in particle_words and has_next:
            evidence = True
            out.append(particle_words[word])
            continue
        key = arabic_key(word)
        if key in known:
            # A short word is no evidence by itself (Belarusian Aleh has the key of Ali).
            evidence = evidence or len(word) >= MIN_EVIDENCE_WORD
            out.append(key)
        else:
            out.append(word)
    if not evidence and not force:
        return None
    return " ".join(out)
