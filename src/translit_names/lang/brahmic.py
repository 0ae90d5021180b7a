"""Romanisation of the Brahmic scripts of India, whose Unicode blocks share one layout (inherited from ISCII):
Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam. One table, written at
the offsets of the Devanagari block, serves them all.

Schemes: ISO 15919 (diacritics, every vowel written), IAST, Hunterian (the official romanisation of Indian
place names, no diacritics: sh, ch, chh) and the press spelling (Hunterian with ee/oo for long i/u inside
words: Naveen). In Hunterian and press spellings the inherent vowel is dropped where speakers of the northern
languages drop it (schwa deletion) at the end of a word after a single consonant (राहुल -> Rahul, not Rahula);
the press spelling of Hindi, Punjabi and Gujarati also drops it between two single consonants when a vowel
precedes and follows (मनमोहन -> Manmohan; Hunterian keeps it: Gujarat). Dravidian scripts
(Tamil, Telugu, Kannada, Malayalam) write their vowels out and keep every one.

>>> iso_15919("नरेन्द्र मोदी")
'Narēndra Mōdī'
>>> hunterian("राहुल गांधी")
'Rahul Gandhi'
>>> press("मनमोहन सिंह")
'Manmohan Singh'
>>> press("नवीन पटनायक")
'Naveen Patnayak'
>>> hunterian("ગુજરાત")
'Gujarat'
"""

from __future__ import annotations

from functools import lru_cache

from .casing import map_words, with_case

__all__ = ["hunterian", "iast", "iso_15919", "press"]

# Block starts; Tamil, Telugu ... use the same offsets for the same sounds.
_BLOCKS = {0x0900: "Deva", 0x0980: "Beng", 0x0A00: "Guru", 0x0A80: "Gujr", 0x0B00: "Orya", 0x0B80: "Taml",
           0x0C00: "Telu", 0x0C80: "Knda", 0x0D00: "Mlym"}
_NORTHERN = frozenset({"Deva", "Beng", "Guru", "Gujr", "Orya"})
_MEDIAL = frozenset({"Deva", "Guru", "Gujr"})

# offset -> ISO 15919 value
_VOWELS = {0x04: "a", 0x05: "a", 0x06: "ā", 0x07: "i", 0x08: "ī", 0x09: "u", 0x0A: "ū", 0x0B: "r̥", 0x0C: "l̥",
           0x0D: "ê", 0x0E: "e", 0x0F: "ē", 0x10: "ai", 0x11: "ô", 0x12: "o", 0x13: "ō", 0x14: "au", 0x60: "r̥̄",
           0x61: "l̥̄"}
_SIGNS = {0x3E: "ā", 0x3F: "i", 0x40: "ī", 0x41: "u", 0x42: "ū", 0x43: "r̥", 0x44: "r̥̄", 0x45: "ê", 0x46: "e",
          0x47: "ē", 0x48: "ai", 0x49: "ô", 0x4A: "o", 0x4B: "ō", 0x4C: "au", 0x62: "l̥", 0x63: "l̥̄", 0x57: "au"}
_CONSONANTS = {
    0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "ṅ", 0x1A: "c", 0x1B: "ch", 0x1C: "j", 0x1D: "jh",
    0x1E: "ñ", 0x1F: "ṭ", 0x20: "ṭh", 0x21: "ḍ", 0x22: "ḍh", 0x23: "ṇ", 0x24: "t", 0x25: "th", 0x26: "d",
    0x27: "dh", 0x28: "n", 0x29: "ṉ", 0x2A: "p", 0x2B: "ph", 0x2C: "b", 0x2D: "bh", 0x2E: "m", 0x2F: "y",
    0x30: "r", 0x31: "ṟ", 0x32: "l", 0x33: "ḷ", 0x34: "ḻ", 0x35: "v", 0x36: "ś", 0x37: "ṣ", 0x38: "s", 0x39: "h",
    0x58: "q", 0x59: "k͟h", 0x5A: "ġ", 0x5B: "z", 0x5C: "ṛ", 0x5D: "ṛh", 0x5E: "f", 0x5F: "ẏ",
    0x4E: "t",  # Bengali khanda ta
    0x7A: "ṇ", 0x7B: "n", 0x7C: "r", 0x7D: "l", 0x7E: "ḷ", 0x7F: "k",  # Malayalam chillu letters
}
_CHILLU = frozenset({0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F, 0x4E})
_VIRAMA, _NUKTA, _ANUSVARA, _CANDRABINDU, _VISARGA, _AVAGRAHA = 0x4D, 0x3C, 0x02, 0x01, 0x03, 0x3D
# In Gurmukhi, tippi (U+0A70) is a nasal like anusvara and addak (U+0A71) doubles the next consonant.
_TIPPI, _ADDAK = 0x0A70, 0x0A71
# Nukta + consonant -> the nukta letter's value (Devanagari and Gurmukhi write both ways).
_NUKTA_FORMS = {0x15: "q", 0x16: "k͟h", 0x17: "ġ", 0x1C: "z", 0x21: "ṛ", 0x22: "ṛh", 0x2B: "f", 0x2F: "ẏ",
                0x32: "ḻ"}

_HUNTERIAN = {
    "ā": "a", "ī": "i", "ū": "u", "ē": "e", "ō": "o", "ê": "e", "ô": "o", "r̥": "ri", "r̥̄": "ri", "l̥": "li",
    "l̥̄": "li", "ṅ": "n", "ñ": "n", "ṭ": "t", "ṭh": "th", "ḍ": "d", "ḍh": "dh", "ṇ": "n", "ṉ": "n", "ṟ": "r",
    "ḷ": "l", "ḻ": "zh", "ś": "sh", "ṣ": "sh", "c": "ch", "ch": "chh", "k͟h": "kh", "ġ": "gh", "ṛ": "r",
    "ṛh": "rh", "ẏ": "y", "ṁ": "n", "m̐": "n", "ḥ": "h",
}
_IAST = {"ē": "e", "ō": "o", "ṁ": "ṃ", "r̥": "ṛ", "r̥̄": "ṝ", "l̥": "ḷ", "l̥̄": "ḹ"}
_LABIALS = frozenset({"p", "ph", "b", "bh", "m"})


def _block(ch: str) -> tuple[int, int] | None:
    cp = ord(ch)
    base = cp & ~0x7F
    if base in _BLOCKS:
        return base, cp - base
    return None


# A syllable unit: (consonant cluster, vowel or None for the inherent vowel, "" after a virama, coda)
_Unit = tuple[list[str], str | None, str]


def _parse(word: str) -> tuple[list[_Unit], str]:
    units: list[_Unit] = []
    script = ""
    cluster: list[str] = []
    i = 0
    chars = list(word)
    double_next = False
    while i < len(chars):
        ch = chars[i]
        found = _block(ch)
        if ord(ch) == _TIPPI:
            if units:
                c, v, coda = units[-1]
                units[-1] = (c, v, coda + "ṁ")
            i += 1
            continue
        if found is None:
            if cluster:
                units.append((cluster, None, ""))
                cluster = []
            units.append(([ch], "", ""))
            i += 1
            continue
        base, off = found
        script = script or _BLOCKS[base]
        if base == 0x0980 and off in (0x70, 0x71):  # Assamese ra and wa
            cluster.append("r" if off == 0x70 else "w")
            units.append((cluster, None, ""))
            cluster = []
            i += 1
            continue
        nukta = i + 1 < len(chars) and _block(chars[i + 1]) == (base, _NUKTA)
        if off in _CONSONANTS:
            value = _NUKTA_FORMS.get(off, _CONSONANTS[off]) if nukta else _CONSONANTS[off]
            if double_next:
                cluster.append(value)
                double_next = False
            cluster.append(value)
            i += 2 if nukta else 1
            if off in _CHILLU:
                units.append((cluster, "", ""))
                cluster = []
                continue
            nxt = _block(chars[i]) if i < len(chars) else None
            if nxt is not None and nxt[0] == base and nxt[1] == _VIRAMA:
                i += 1  # the consonant joins the next one (a conjunct) or ends the word
                after = _block(chars[i]) if i < len(chars) else None
                if after is None or after[0] != base or after[1] not in _CONSONANTS:
                    units.append((cluster, "", ""))
                    cluster = []
                continue
            if nxt is not None and nxt[0] == base and nxt[1] in _SIGNS:
                units.append((cluster, _SIGNS[nxt[1]], ""))
                i += 1
            else:
                units.append((cluster, None, ""))
            cluster = []
            continue
        if off in _VOWELS:
            units.append(([], _VOWELS[off], ""))
        elif off in (_ANUSVARA, _CANDRABINDU, _VISARGA):
            mark = "ḥ" if off == _VISARGA else "m̐" if off == _CANDRABINDU else "ṁ"
            if units:
                c, v, coda = units[-1]
                units[-1] = (c, v, coda + mark)
        elif ord(ch) == _ADDAK:
            double_next = True
        elif off in _SIGNS and units:
            c, _v, coda = units[-1]
            units[-1] = (c, _SIGNS[off], coda)
        i += 1
    if cluster:
        units.append((cluster, None, ""))
    return units, script


def _drop_schwas(units: list[_Unit], medial: bool) -> list[_Unit]:
    """Schwa deletion of the northern languages, right to left (see the module docstring). ``medial``: also
    between consonants (Hindi, Punjabi, Gujarati; Bengali and Odia keep it: Mamata)."""
    out = list(units)
    letters = [k for k, u in enumerate(out) if (u[0] and u[0][0].isalpha()) or u[1]]
    if len(letters) < 2:
        return out
    last = letters[-1]
    c, v, coda = out[last]
    if v is None and len(c) == 1 and (not coda or (coda == "ṁ" and c == ["h"])):
        out[last] = (c, "", coda)  # राहुल: Rahul; सिंह: Singh
    if not medial:
        return out
    for k in range(last - 1, 0, -1):
        c, v, coda = out[k]
        prev, nxt = out[k - 1], out[k + 1]
        if (
            v is None
            and not coda
            and len(c) == 1
            and prev[1] != ""
            and (prev[0] or prev[1])
            and len(nxt[0]) == 1  # not before a conjunct: बनर्जी is Banarji
            and nxt[1] != ""
        ):
            out[k] = (c, "", coda)
    return out


def _render(units: list[_Unit], scheme: str) -> str:
    parts: list[str] = []
    for cluster, vowel, coda in units:
        cons = list(cluster)
        v = "a" if vowel is None else vowel
        if scheme in ("hunterian", "press"):
            cons = [_HUNTERIAN.get(x, x) for x in cons]
            if scheme == "press" and v in ("ī", "ū") and coda == "" and units[-1][0] is not cluster:
                v = "ee" if v == "ī" else "oo"
            v = _HUNTERIAN.get(v, v)
        elif scheme == "iast":
            cons = [_IAST.get(x, x) for x in cons]
            v = _IAST.get(v, v)
        parts.append("".join(cons) + v)
        if coda:
            parts.append(_coda(coda, scheme))
    text = "".join(parts)
    if scheme in ("hunterian", "press"):
        text = _nasals(text)
    return text


def _coda(coda: str, scheme: str) -> str:
    if scheme == "iast":
        return "".join(_IAST.get(m, m) for m in coda)
    if scheme in ("hunterian", "press"):
        return "".join("\x00" if m in ("ṁ", "m̐") else _HUNTERIAN.get(m, m) for m in coda)
    return coda


def _nasals(text: str) -> str:
    """A nasal sign (marked \\x00) is m before a labial and at the end of a word, ng before a final h (Singh),
    nothing before another nasal, else n."""
    out = []
    for i, ch in enumerate(text):
        if ch != "\x00":
            out.append(ch)
            continue
        rest = text[i + 1 :]
        if rest[:1] in ("m", "n"):
            continue  # a nasal before a nasal is one sound (ਅੰਮ੍ਰਿਤਸਰ: Amritsar)
        if rest[:1] in ("p", "b"):
            out.append("m")
        elif rest in ("h", "ha"):
            out.append("ng")
        elif not rest:
            out.append("m")  # a final anusvara is m (കേരളം: Keralam)
        else:
            out.append("n")
    return "".join(out)


@lru_cache(maxsize=4096)
def _word(word: str, scheme: str) -> str:
    units, script = _parse(word)
    if scheme in ("hunterian", "press") and script in _NORTHERN:
        units = _drop_schwas(units, medial=scheme == "press" and script in _MEDIAL)
    return with_case(word, _render(units, scheme))


def iso_15919(text: str) -> str:
    """ISO 15919:2001: every vowel written, diacritics (ā, ē, ṭ, ś, ṣ, ṁ, r̥)."""
    return map_words(text, lambda w: _word(w, "iso"))


def iast(text: str) -> str:
    """IAST: ISO 15919 with e and o unmarked, ṃ for anusvara and ṛ for the vocalic r."""
    return map_words(text, lambda w: _word(w, "iast"))


def hunterian(text: str) -> str:
    """Hunterian (official for Indian place names): no diacritics, sh, ch, chh, the inherent vowel dropped
    where the northern languages drop it."""
    return map_words(text, lambda w: _word(w, "hunterian"))


def press(text: str) -> str:
    """Hunterian with ee and oo for long i and u inside words, as Indian newspapers write names (Naveen)."""
    return map_words(text, lambda w: _word(w, "press"))
