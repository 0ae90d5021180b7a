"""The romanisation families of names written in Arabic script, as writers of the pivot notation of
:mod:`translit_names.lang.ar.engine`: academic (ALA-LC, DIN 31635, ISO 233-2), English press, Egyptian and
Levantine press (e/o vowels, el-, Abdel), French press (ou, ch, dj, k, Abdel, ben, Abou), German press (sch,
dsch, ch, j), Maghreb (Abdelaziz joined, Ben, Ould, el-), Persian (UNGEGN, Iranian press with ou/ei, gh for
qaf, French-style Kassem) and Urdu.

A family is a :class:`Family`: a letter table over the pivot, how it writes the article (al-/el-, sun-letter
assimilation), the ʿAbd al- compounds (Abd al-Fattah, Abdel Fattah, Abdelfattah, Abdul Fattah), the name
``ʿAbd Allāh`` (Abdullah, Abdallah, Abdellah), the particles (bin/ben, Abu/Abou, Ould) and a few vowel
rules (short i -> e, u -> o; ay -> ei; s between vowels -> ss).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..casing import capitalize_word
from .engine import Part, is_sun, read_name

__all__ = ["FAMILIES", "Family", "write", "write_pivot"]

_STRIP = {"ḥ": "h", "ṣ": "s", "ḍ": "d", "ṭ": "t", "ẓ": "z", "ā": "a", "ī": "i", "ū": "u", "ē": "e", "ō": "o",
          "ʾ": "", "ʿ": "", "ṯ": "th", "ḏ": "dh", "ḫ": "kh", "š": "sh", "ġ": "gh", "ẗ": "", "ž": "zh", "č": "ch",
          "ṛ": "r", "ż": "z"}


@dataclass(frozen=True)
class Family:
    """How one romanisation family writes the pivot (see the module docstring)."""

    letters: dict[str, str]
    article: str = "al-"
    assimilate: bool = False
    abd: str = "Abd al-"  # before the next word; "{a}" is the (assimilated) article
    abd_joined: bool = False
    abd_allah: str = "Abdullah"
    particles: dict[str, str] = field(default_factory=dict)
    short_i: str = "i"
    short_u: str = "u"
    diphthong_ay: str = "ay"
    double_s: bool = False
    consonant_y: str = "y"
    reduce_doubled_digraphs: bool = True
    single_final: bool = True  # a doubled final letter written once (Haqq -> Haq, Dubayy -> Dubay)
    rewrites: tuple[tuple[str, str], ...] = ()  # pivot rewrites before everything else (Persian e -> i in ALA-LC)
    final_ai: bool = False  # a final -ay written -ai (Dubai)
    allah_joined: str = ""  # compounds X + allāh written as one word: Nasrallah, Ruhollah (Persian -ollah)


def _vowels(pivot: str, fam: Family) -> str:
    text = pivot
    for pattern, replacement in fam.rewrites:
        text = re.sub(pattern, replacement, text)
    if fam.short_i != "i":
        text = re.sub(r"i(?![īy])", fam.short_i, text)
    if fam.short_u != "u":
        text = re.sub(r"u(?!ū)", fam.short_u, text)
    if fam.diphthong_ay != "ay":
        text = re.sub(r"[ae]yy?(?=[^aeiouāīūēō]|$)", fam.diphthong_ay, text)
    if fam.final_ai:
        text = re.sub(r"ayy?$", "ai", text)
    return text


def _letters(pivot: str, fam: Family) -> str:
    text = _vowels(pivot, fam)
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(text):
        if ch == "y" and fam.consonant_y != "y" and (i + 1 < len(text) and text[i + 1] in "aeiouāīūēō"):
            value = fam.consonant_y
        else:
            value = fam.letters.get(ch, ch)
        if fam.reduce_doubled_digraphs and ch == prev and len(value) > 1:
            continue  # šš -> sh, not shsh (Bashar)
        out.append(value)
        prev = ch
    word = "".join(out)
    if fam.single_final and len(word) > 3 and word[-1] == word[-2] and word[-1].isalpha():
        word = word[:-1]
    if fam.double_s:
        word = re.sub(r"(?<=[aeiouy])s(?=[aeiouy])", "ss", word)
    return word


def write_pivot(pivot: str, fam: Family) -> str:
    """One word's pivot reading written by family ``fam`` (no article, no capital)."""
    return _letters(pivot[1:] if pivot.startswith("ʾ") else pivot, fam)


def _article(next_pivot: str, fam: Family) -> str:
    if fam.assimilate and is_sun(next_pivot) and next_pivot[0] != "l":
        first = _letters(next_pivot[0], fam)
        return fam.article[0] + first + "-"
    return fam.article


def write(text: str, lang: str, fam: Family) -> str:
    """``text`` (Arabic script, language ``lang``) written by family ``fam``; text without an Arabic-script
    letter is returned as it is (in NFC)."""
    if not any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff" for ch in text):
        return unicodedata.normalize("NFC", text)
    parts = read_name(text, lang)
    words: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if part.kind == "other":
            words.append(part.pivot)
        elif part.kind == "abd" and nxt is not None and nxt.pivot == "allāh":
            words.append(fam.abd_allah)
            i += 1
        elif part.kind == "abd" and nxt is not None and nxt.kind == "word":
            article = _article(nxt.pivot, fam) if fam.assimilate else ""
            head = fam.abd.replace("{a}", article)
            body = _letters(nxt.pivot, fam)
            words.append(head + (body if fam.abd_joined else capitalize_word(body)))
            i += 1
        elif part.kind in fam.particles:
            words.append(fam.particles[part.kind] if part.kind != "nasab" or part.pivot == "bin" else
                         fam.particles.get("ibn", fam.particles[part.kind]))
        elif part.pivot == "allāh" and words and fam.allah_joined and i > 0 and parts[i - 1].kind == "word":
            words[-1] = words[-1] + fam.allah_joined
        else:
            pivot = part.pivot[1:] if part.pivot.startswith("ʾ") else part.pivot  # no initial hamza
            body = capitalize_word(_letters(pivot, fam))
            if part.article:
                body = _article(pivot, fam) + body
            words.append(body)
        i += 1
    if words:
        words[0] = capitalize_word(words[0])
    return " ".join(words)


_ACADEMIC_BASE = {"ʾ": "ʼ", "ʿ": "ʻ", "ṯ": "th", "ḏ": "dh", "ḫ": "kh", "š": "sh", "ġ": "gh", "ẗ": "h", "ž": "zh", "č": "ch"}
_ACADEMIC_PARTICLES = {"nasab": "bin", "ibn": "ibn", "kunya": "Abū", "tribe": "Walad"}

FAMILIES: dict[str, Family] = {
    "ala_lc": Family(_ACADEMIC_BASE, abd="ʻAbd al-", abd_allah="ʻAbd Allāh", particles=_ACADEMIC_PARTICLES,
                     reduce_doubled_digraphs=False, single_final=False),
    "din_31635": Family(
        {"j": "ǧ", "ẗ": "", "ʾ": "ʾ", "ʿ": "ʿ"}, assimilate=True, abd="ʿAbd {a}", abd_allah="ʿAbdallāh",
        particles={"nasab": "bin", "ibn": "ibn", "kunya": "Abū", "tribe": "Walad"}, reduce_doubled_digraphs=False, single_final=False,
    ),
    "iso_233_2": Family(
        {"j": "ǧ", "ḫ": "ẖ", "ẗ": "ẗ"}, abd="ʿAbd al-", abd_allah="ʿAbd Allāh",
        particles={"nasab": "bin", "ibn": "ibn", "kunya": "Abū", "tribe": "Walad"}, reduce_doubled_digraphs=False, single_final=False,
    ),
    "english": Family(_STRIP, allah_joined="allah", final_ai=True, particles={"nasab": "bin", "ibn": "ibn", "kunya": "Abu", "tribe": "Ould"}),
    "long_vowels": Family(
        {**_STRIP, "ī": "ee", "ū": "oo"}, allah_joined="allah", final_ai=True,
        particles={"nasab": "bin", "ibn": "ibn", "kunya": "Abu", "tribe": "Ould"},
    ),
    "bare": Family(_STRIP, article="", allah_joined="allah", final_ai=True,
                   particles={"nasab": "bin", "ibn": "ibn", "kunya": "Abu", "tribe": "Ould"}),
    "levantine": Family(
        _STRIP, article="el-", abd="Abdel ", abd_allah="Abdallah", short_i="e", short_u="o", allah_joined="allah",
        final_ai=True,
        particles={"nasab": "bin", "ibn": "ibn", "kunya": "Abu", "tribe": "Ould"},
    ),
    "egyptian": Family(
        {**_STRIP, "j": "g"}, article="el-", abd="Abdel ", abd_allah="Abdallah", short_i="e", short_u="o", allah_joined="allah",
        final_ai=True,
        particles={"nasab": "bin", "ibn": "ibn", "kunya": "Abu", "tribe": "Ould"},
    ),
    "french": Family(
        {**_STRIP, "š": "ch", "j": "dj", "q": "k", "u": "ou", "ū": "ou"}, abd="Abdel ", abd_allah="Abdallah",
        diphthong_ay="ei", double_s=True, allah_joined="allah", short_i="e",
        particles={"nasab": "ben", "ibn": "ibn", "kunya": "Abou", "tribe": "Ould"},
    ),
    "german": Family(
        {**_STRIP, "š": "sch", "j": "dsch", "ḫ": "ch", "q": "k", "ḏ": "d"}, abd_allah="Abdallah", allah_joined="allah",
        diphthong_ay="ei", double_s=True, consonant_y="j",
        particles={"nasab": "bin", "ibn": "ibn", "kunya": "Abu", "tribe": "Ould"},
    ),
    "maghreb": Family(
        {**_STRIP, "š": "ch", "j": "dj", "q": "k", "u": "ou", "ū": "ou"}, article="el-", abd="Abdel",
        abd_joined=True, abd_allah="Abdellah", double_s=True, allah_joined="allah",
        particles={"nasab": "Ben", "ibn": "Ben", "kunya": "Abou", "tribe": "Ould"},
    ),
}

_PERSIAN_STRIP = {**_STRIP, "ṯ": "s", "ḏ": "z", "ż": "z", "ẓ": "z", "ʾ": "", "ʿ": "", "ẗ": "h"}
_PERSIAN_PARTICLES = {"nasab": "bin", "ibn": "ibn", "kunya": "Abu", "tribe": "Ould"}
FAMILIES.update(
    {
        "fa_ala_lc": Family(
            {**_ACADEMIC_BASE, "ṯ": "s̄", "ḏ": "z̄", "ż": "ẓ", "ẓ": "ẓ̤", "w": "v"},
            rewrites=(("ey", "ay"), ("ow", "aw"), ("e", "i"), ("o", "u")), single_final=False,
            abd="ʻAbd al-", abd_allah="ʻAbd Allāh", particles=_ACADEMIC_PARTICLES, reduce_doubled_digraphs=False,
            allah_joined="",
        ),
        "fa_un": Family(_PERSIAN_STRIP, abd="Abdol", abd_joined=True, abd_allah="Abdollah", allah_joined="ollah",
                        particles=_PERSIAN_PARTICLES),
        "fa_press": Family(
            {**_PERSIAN_STRIP, "ū": "ou", "ž": "j"}, abd="Abdol", abd_joined=True, abd_allah="Abdollah", diphthong_ay="ei",
            allah_joined="ollah", particles=_PERSIAN_PARTICLES,
        ),
        "fa_gh": Family(
            {**_PERSIAN_STRIP, "ū": "ou", "q": "gh", "ž": "j"}, abd="Abdol", abd_joined=True, abd_allah="Abdollah",
            diphthong_ay="ei", allah_joined="ollah", particles=_PERSIAN_PARTICLES,
        ),
        "fa_french": Family(
            {**_PERSIAN_STRIP, "ū": "ou", "u": "ou", "q": "k", "š": "ch", "j": "dj", "ž": "j"}, abd="Abdol", abd_joined=True,
            abd_allah="Abdollah", diphthong_ay="ei", double_s=True, allah_joined="ollah",
            particles=_PERSIAN_PARTICLES,
        ),
        "ur_ala_lc": Family(
            {**_ACADEMIC_BASE, "ṯ": "s̱", "ḏ": "ẕ", "ż": "ż", "ẓ": "ẓ", "ṭ": "ṭ"}, abd="ʻAbd al-",
            abd_allah="ʻAbdullāh", particles=_ACADEMIC_PARTICLES, reduce_doubled_digraphs=False, single_final=False,
        ),
        "ur_english": Family(
            {**_PERSIAN_STRIP, "ẗ": "a"}, article="ul-", abd="Abdul ", abd_allah="Abdullah", allah_joined="ullah",
            particles=_PERSIAN_PARTICLES,
        ),
    }
)
