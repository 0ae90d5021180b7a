"""Thai romanisation by the Royal Thai General System of Transcription (RTGS, Royal Institute, 1999).

Thai writes some vowels before the consonant they follow in speech, leaves others unwritten, and gives
consonants other values at the end of a syllable. The reader here splits a word into syllables greedily
(leading vowel, initial consonant or cluster, vowel signs, final consonant), writes an unwritten vowel as o in
a closed syllable and a in an open one, and drops letters under the silencing mark (thanthakhat) and tone
marks. It is a rule-based reading: words whose syllables the script leaves ambiguous (นคร, nakhon) may come
out otherwise than in the RTGS dictionary.

>>> rtgs("ประยุทธ์ จันทร์โอชา")
'Prayut Chanocha'
>>> rtgs("ทักษิณ")
'Thaksin'
>>> rtgs("กรุงเทพ")
'Krungthep'
"""

from __future__ import annotations

from functools import lru_cache

from ..casing import map_words, with_case

__all__ = ["rtgs"]

# consonant -> (initial value, final value)
_CONS = {
    "ก": ("k", "k"), "ข": ("kh", "k"), "ฃ": ("kh", "k"), "ค": ("kh", "k"), "ฅ": ("kh", "k"), "ฆ": ("kh", "k"),
    "ง": ("ng", "ng"), "จ": ("ch", "t"), "ฉ": ("ch", "t"), "ช": ("ch", "t"), "ซ": ("s", "t"), "ฌ": ("ch", "t"),
    "ญ": ("y", "n"), "ฎ": ("d", "t"), "ฏ": ("t", "t"), "ฐ": ("th", "t"), "ฑ": ("th", "t"), "ฒ": ("th", "t"),
    "ณ": ("n", "n"), "ด": ("d", "t"), "ต": ("t", "t"), "ถ": ("th", "t"), "ท": ("th", "t"), "ธ": ("th", "t"),
    "น": ("n", "n"), "บ": ("b", "p"), "ป": ("p", "p"), "ผ": ("ph", "p"), "ฝ": ("f", "p"), "พ": ("ph", "p"),
    "ฟ": ("f", "p"), "ภ": ("ph", "p"), "ม": ("m", "m"), "ย": ("y", "i"), "ร": ("r", "n"), "ล": ("l", "n"),
    "ว": ("w", "o"), "ศ": ("s", "t"), "ษ": ("s", "t"), "ส": ("s", "t"), "ห": ("h", ""), "ฬ": ("l", "n"),
    "อ": ("", ""), "ฮ": ("h", ""),
}
_LEADING = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
_ABOVE_BELOW = {"ั": "a", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue", "ุ": "u", "ู": "u", "็": ""}
_FOLLOWING = {"ะ": "a", "า": "a", "ำ": "am"}
_SILENT_MARKS = frozenset("่้๊๋")
_THANTHAKHAT = "์"
_CLUSTER_SECOND = frozenset("รลว")
_LEAD_H = frozenset("งญนมยรลว")


def _is_cons(ch: str) -> bool:
    return ch in _CONS


@lru_cache(maxsize=4096)
def _word(word: str) -> str:
    if not any("\u0e00" <= ch <= "\u0e7f" for ch in word):
        return word
    w = [c for c in word if c not in _SILENT_MARKS]
    out: list[str] = []
    i = 0
    n = len(w)
    while i < n:
        ch = w[i]
        if ch == "ๆ":  # repeat the previous word
            out.append(out[-1] if out else "")
            i += 1
            continue
        if ch in ("ฤ", "ฦ"):
            out.append("rue" if ch == "ฤ" else "lue")
            i += 1
            continue
        lead = ""
        if ch in _LEADING:
            lead = ch
            i += 1
            if i >= n:
                out.append(_LEADING[lead])
                break
            ch = w[i]
        if not _is_cons(ch):
            out.append(_ABOVE_BELOW.get(ch, _FOLLOWING.get(ch, "")))
            i += 1
            continue
        initial = _CONS[ch][0]
        i += 1
        if ch == "ห" and i < n and w[i] in _LEAD_H:
            initial = _CONS[w[i]][0]  # leading h: silent (หนู, หลวง)
            i += 1
        elif ch in ("ศ", "ส", "ซ") and i < n and w[i] == "ร":
            i += 1  # ร after s is silent (ศรี: si; เศรษฐา: settha)
        elif ch == "อ" and i < n and w[i] == "ย" and lead == "":
            initial = "y"
            i += 1
        elif i < n and w[i] in _CLUSTER_SECOND and i + 1 < n and not _is_cons(w[i + 1]) and w[i + 1] != _THANTHAKHAT:
            if not (w[i] == "ว" and w[i + 1] in ("ั",)):
                initial += _CONS[w[i]][0]
                i += 1
        vowel = ""
        while i < n and (w[i] in _ABOVE_BELOW or w[i] in _FOLLOWING):
            vowel += _ABOVE_BELOW.get(w[i], _FOLLOWING.get(w[i], ""))
            i += 1
        # vowel patterns written around the consonant
        if lead == "เ" and i < n and w[i] == "า":
            vowel, i = "ao", i + 1
            if i < n and w[i] == "ะ":
                i += 1
        elif lead == "เ" and vowel == "i" and i < n and w[i] == "ย":
            vowel, i = "ia", i + 1
        elif lead == "เ" and vowel == "ue" and i < n and w[i] == "อ":
            vowel, i = "uea", i + 1
        elif lead == "เ" and i < n and w[i] == "อ":
            vowel, i = "oe", i + 1
        elif lead:
            vowel = _LEADING[lead] + ("" if vowel in ("a", "") else vowel)
        elif vowel == "a" and i < n and w[i] == "ว":
            vowel, i = "ua", i + 1
        elif not vowel and i < n and w[i] == "อ" and (i + 1 >= n or _is_cons(w[i + 1])):
            vowel, i = "o", i + 1
        elif not vowel and i < n and w[i] == "ว" and i + 1 < n and _is_cons(w[i + 1]):
            vowel, i = "ua", i + 1
        final = ""
        if lead in ("ใ", "ไ") and i < n and w[i] == "ย" and (i + 1 >= n or _is_cons(w[i + 1])):
            i += 1  # ไทย: Thai
        opens_syllable = i + 2 < n and w[i + 1] == "อ" and _is_cons(w[i + 2])  # ทอง: the อ is its vowel
        if i < n and _is_cons(w[i]) and not opens_syllable and not (
            i + 1 < n and (w[i + 1] in _ABOVE_BELOW or w[i + 1] in _FOLLOWING)
        ):
            if i + 1 < n and w[i + 1] == _THANTHAKHAT:
                i += 2  # a silenced letter
            elif vowel in ("", "a", "i", "u", "ue", "e", "ae", "o", "oe", "ia", "uea", "ua") and not (
                vowel in ("ai", "ao", "am")
            ):
                final = _CONS[w[i]][1]
                i += 1
        if not vowel:
            vowel = "o" if final else "a"
        out.append(initial + vowel + final)
        # letters after the final that carry the silencing mark, or a final cluster (ตร), are silent
        while i < n and _is_cons(w[i]) and (
            (i + 1 < n and w[i + 1] == _THANTHAKHAT) or (i + 2 < n and w[i + 2] == _THANTHAKHAT) or (final and i + 1 == n)
        ):
            i += 1
            while i < n and w[i] == _THANTHAKHAT:
                i += 1
        while i < n and w[i] == _THANTHAKHAT:
            i += 1
    return with_case(word, "".join(out))


def rtgs(text: str) -> str:
    """The Royal Thai General System of Transcription (1999), without its hyphens between syllables."""
    return map_words(text, _word)
