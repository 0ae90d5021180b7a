"""Greek romanisation: ELOT 743 (= ISO 843 transcription), ISO 843 transliteration, and the informal
phonetic spelling of the press and of Greeks writing in Latin letters ("Yorgos", "Kiriakos", "Hristos").

>>> elot_743("Κυριάκος Μητσοτάκης")
'Kyriakos Mitsotakis'
>>> iso_843("Μητσοτάκης")
'Mītsotakīs'
>>> phonetic("Γιώργος Παπανδρέου")
'Yorgos Papandreou'
"""

from __future__ import annotations

import unicodedata

from ..casing import map_words, with_case

__all__ = ["elot_743", "iso_843", "phonetic", "reading_nominative"]

_BASE = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ϊ": "i", "ϋ": "y",
}
# Letters after which αυ / ευ / ηυ sound [f] (voiceless consonants) - ELOT 743.
_VOICELESS = frozenset("θκξπσςτφχψ")
_VOWELS = frozenset("αεηιουωϊϋ")


def _plain(word: str) -> str:
    """Lower case without tonos (the diaeresis kept: it breaks digraphs)."""
    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in "\u0301\u0300\u0342\u0313\u0314\u0345":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _greek(word: str, scheme: str) -> str:
    w = _plain(word)
    out: list[str] = []
    i = 0
    n = len(w)
    while i < n:
        c = w[i]
        nxt = w[i + 1] if i + 1 < n else ""
        after = w[i + 2] if i + 2 < n else ""
        initial = i == 0
        pair = c + nxt
        if pair in ("αυ", "ευ", "ηυ"):
            first = {"α": "a", "ε": "e", "η": "i"}[c]
            if scheme == "iso":
                out.append(first + "y" if c != "η" else "īy")
            else:
                out.append(first + ("f" if (after in _VOICELESS or not after) else "v"))
            i += 2
            continue
        if pair == "ου":
            out.append("ou")
            i += 2
            continue
        if scheme == "phonetic" and pair in ("ει", "οι", "υι"):
            out.append("i")
            i += 2
            continue
        if scheme == "phonetic" and pair == "αι":
            out.append("e")
            i += 2
            continue
        if pair == "μπ":
            out.append("mp" if scheme == "iso" else ("b" if initial else "mb" if scheme == "elot" else "mp"))
            i += 2
            continue
        if pair == "ντ":
            out.append("nt" if scheme == "iso" else ("d" if initial else "nt" if scheme == "phonetic" else "nd"))
            i += 2
            continue
        if pair == "γκ":
            out.append("gk" if scheme == "iso" else ("g" if initial else "ng"))
            i += 2
            continue
        if pair == "γγ":
            out.append("gg" if scheme == "iso" else "ng")
            i += 2
            continue
        if c == "γ" and nxt in ("ξ", "χ"):
            out.append("g" if scheme == "iso" else "n")
            i += 1
            continue
        if scheme == "phonetic" and c == "γ" and nxt in ("ε", "ι", "η", "υ", "ϊ"):
            out.append("y")
            # γιώ- -> yo: the ι only marks the palatal
            i += 3 if nxt == "ι" and after in _VOWELS else 1
            if nxt == "ι" and after in _VOWELS:
                out.append(_BASE.get(after, after))
            continue
        if scheme == "phonetic" and c == "χ":
            out.append("h")
            i += 1
            continue
        if scheme == "phonetic" and c in ("υ", "η", "ϋ"):
            out.append("i")
            i += 1
            continue
        if scheme == "iso" and c == "η":
            out.append("ī")
            i += 1
            continue
        if scheme == "iso" and c == "ω":
            out.append("ō")
            i += 1
            continue
        out.append(_BASE.get(c, c))
        i += 1
    return with_case(word, "".join(out))


def elot_743(text: str) -> str:
    """ELOT 743:1982 / ISO 843:1997 transcription (type 2), used on Greek passports, road signs and by the UN."""
    return map_words(text, lambda w: _greek(w, "elot"))


def iso_843(text: str) -> str:
    """ISO 843:1997 transliteration (type 1): letter for letter, ī for η and ō for ω."""
    return map_words(text, lambda w: _greek(w, "iso"))


def phonetic(text: str) -> str:
    """The informal phonetic spelling: η, υ, ει, οι -> i, αι -> e, χ -> h, γ before a front vowel -> y."""
    return map_words(text, lambda w: _greek(w, "phonetic"))


# Genitive (and accusative) endings of Greek masculine names and the nominative they come from:
# Κυριάκου -> Κυριάκος, Μητσοτάκη -> Μητσοτάκης, Κώστα -> Κώστας.
_NOMINATIVE = (("ου", "ος"), ("ού", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς"))


def _nominative(word: str) -> str:
    low = word.lower()
    if len(low) > 4 and not low.endswith(("ος", "ός", "ης", "ής", "ας", "άς")):
        for ending, nominative in _NOMINATIVE:
            if low.endswith(ending):
                return _greek(word[: -len(ending)] + nominative, "elot")
    return _greek(word, "elot")


def reading_nominative(text: str) -> str:
    """ELOT 743 of the nominative of masculine names written in the genitive or accusative (Κυριάκου
    Μητσοτάκη -> Kyriakos Mitsotakis), as Greek text writes them after prepositions and in possessives. For
    matching; not an index scheme."""
    return map_words(text, _nominative)
