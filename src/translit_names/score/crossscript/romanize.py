"""One romanisation per script, for aligning a native word with a Latin one.

The learned models (:mod:`translit_names.score.crossscript.model`) learn how real Latin spellings differ from
these, so they only have to be consistent, not right: Hangul by jamo (Revised-Romanisation-like letters;
the vowel ``ㅡ`` (eu), mostly a helping vowel in loanwords, left out), kana by a Hepburn-like table, Han by the first Mandarin reading without tones, Arabic-script and Hebrew
letters by one consonant or vowel letter each (short vowels are not written; ``ا`` is ``a``, ``و`` ``u``,
``ي``/``י`` ``i``). A character of no table is dropped; the katakana long-vowel mark is written ``-``.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from ...text import scripts

__all__ = ["HAN_READINGS_FILE", "SCRIPTS", "Unit", "romanize", "script_of", "units"]

#: The scripts with a learned model (ISO 15924 codes; ``Kana`` covers hiragana too).
SCRIPTS = ("Hani", "Kana", "Hang", "Arab", "Hebr")

HAN_READINGS_FILE = "han-readings.txt"


#: The model of each Unicode script (hiragana is read by the katakana table).
_MODEL_OF = {"Hani": "Hani", "Hira": "Kana", "Kana": "Kana", "Hang": "Hang", "Arab": "Arab", "Hebr": "Hebr"}


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str | None:
    """Which of :data:`SCRIPTS` a (normalised) character belongs to, or ``None``: by its Unicode Script
    property, and for a Common or Inherited character (``ー``, ``・``, Arabic marks) by its Script_Extensions,
    kana before Han and Hangul."""
    script = scripts.script_of(ch)
    model = _MODEL_OF.get(script)
    if model is not None or script not in (scripts.COMMON, scripts.INHERITED):
        return model
    used_by = scripts.script_extensions(ch)
    return next((_MODEL_OF[s] for s in ("Kana", "Hira", "Hani", "Hang", "Arab", "Hebr") if s in used_by), None)


# --- Arabic script (Arabic, Persian and Urdu letters) and Hebrew: one letter each; marks are dropped.
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ب": "b", "ت": "t",
    "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "u", "ى": "a", "ي": "i", "پ": "p", "چ": "ch", "ژ": "zh",
    "گ": "g", "ک": "k", "ی": "i", "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ہ": "h", "ھ": "h", "ے": "e",
    "ۃ": "a", "ڤ": "v", "ڨ": "g", "ڭ": "g", "ۆ": "o", "ێ": "e", "ە": "e",
}  # fmt: skip
_HEBREW = {
    "א": "a", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "u", "ז": "z", "ח": "kh", "ט": "t", "י": "i",
    "כ": "k", "ך": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "a", "פ": "p",
    "ף": "p", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t", "װ": "v", "ױ": "oi", "ײ": "ei",
}  # fmt: skip

# --- Hangul: a syllable is (initial, medial, final) jamo.
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_MEDIALS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
    "", "ui", "i",
)  # fmt: skip
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
    "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
_RIEUL_FINAL = 8  # ㄹ as a final: a following initial ㄹ is written "l" too ("ll")
_RIEUL_INITIAL = 5

# --- Kana: katakana (hiragana is mapped onto it), Hepburn-like.
_KANA = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke",
    "コ": "ko", "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so", "タ": "ta", "チ": "chi",
    "ツ": "tsu", "テ": "te", "ト": "to", "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no",
    "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho", "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me",
    "モ": "mo", "ヤ": "ya", "ユ": "yu", "ヨ": "yo", "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro",
    "ワ": "wa", "ヰ": "i", "ヱ": "e", "ヲ": "o", "ン": "n", "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge",
    "ゴ": "go", "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo", "ダ": "da", "ヂ": "ji", "ヅ": "zu",
    "デ": "de", "ド": "do", "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo", "パ": "pa", "ピ": "pi",
    "プ": "pu", "ペ": "pe", "ポ": "po", "ヴ": "vu", "ヷ": "va", "ヸ": "vi", "ヹ": "ve", "ヺ": "vo",
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "ya", "ュ": "yu", "ョ": "yo", "ヮ": "wa",
    "ヵ": "ka", "ヶ": "ke", "ー": "-",
}  # fmt: skip
_SMALL_VOWELS = frozenset("ァィゥェォ")
_SMALL_Y = frozenset("ャュョ")
_SOKUON = "ッ"


@cache
def _han_readings() -> dict[str, str]:
    """Han character -> toneless Mandarin reading, from ``data/crossscript/han-readings.txt`` (lines
    ``reading<TAB>characters``)."""
    text = (resources.files("translit_names") / "data" / "crossscript" / HAN_READINGS_FILE).read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        reading, _, chars = line.partition("\t")
        for ch in chars:
            out[ch] = reading
    return out


Unit = tuple[str, str]


def _hangul(word: str) -> list[Unit]:
    out: list[Unit] = []
    last_final = -1
    for ch in word:
        o = ord(ch) - 0xAC00
        if not 0 <= o < 11172:
            last_final = -1
            continue
        initial, medial, final = o // 588, (o % 588) // 28, o % 28
        first = "l" if initial == _RIEUL_INITIAL and last_final == _RIEUL_FINAL else _INITIALS[initial]
        vowel = _MEDIALS[medial]
        if first in ("s", "ss", "j", "ch") and vowel.startswith("y"):
            first, vowel = ("sh" if first[0] == "s" else first), vowel[1:]  # 셰 she, 슈 shu, 쥬 ju
        out.append((ch, first + vowel + _FINALS[final]))
        last_final = final
    return out


def _kana(word: str) -> list[Unit]:
    # Hiragana onto katakana (the same letters 0x60 apart).
    chars = [chr(ord(c) + 0x60) if 0x3041 <= ord(c) <= 0x3096 else c for c in word]
    out: list[list[str]] = []
    sokuon = ""
    for ch in chars:
        if ch == _SOKUON:
            sokuon += ch
            continue
        syl = _KANA.get(ch, "")
        if not syl:
            continue
        if out and len(out[-1][1]) >= 2 and (ch in _SMALL_VOWELS or ch in _SMALL_Y):
            prev = out[-1][1][:-1] if out[-1][1][-1] in "aeiou" else out[-1][1]
            if ch in _SMALL_Y and prev.endswith(("sh", "ch", "j")):
                syl = syl[1:]
            out[-1] = [out[-1][0] + ch, prev + syl]
            continue
        if out and out[-1][1] == "u" and ch in _SMALL_VOWELS:
            out[-1] = [out[-1][0] + ch, "w" + syl]  # ウィ wi, ウェ we, ウォ wo
            continue
        if sokuon and syl[0] not in "aeiou-":
            syl = syl[0] + syl
        out.append([sokuon + ch, syl])
        sokuon = ""
    return [(label, roman) for label, roman in out]


@lru_cache(maxsize=65536)
def units(word: str, script: str) -> tuple[Unit, ...]:
    """The alignment romanisation of a normalised word under the model of ``script`` (one of :data:`SCRIPTS`),
    unit by unit: (the native letters of one unit, their romanisation in lower-case ASCII letters, ``-`` for
    the kana long-vowel mark). A unit is a letter (Arabic, Hebrew), a syllable block (Hangul), a character
    (Han) or a kana with its small kana. Characters the script's tables do not know are dropped, so any text
    gives a tuple, maybe empty. Han words may contain kana and the reverse (Japanese writes names with both):
    each character is read by its own table."""
    if script == "Hang":
        return tuple(_hangul(word))
    if script in ("Arab", "Hebr"):
        table = _ARABIC if script == "Arab" else _HEBREW
        return tuple((ch, table[ch]) for ch in word if ch in table)
    if script in ("Hani", "Kana"):
        out: list[Unit] = []
        run: list[str] = []
        for ch in word:
            if script_of(ch) == "Kana":
                run.append(ch)
                continue
            if run:
                out.extend(_kana("".join(run)))
                run = []
            reading = _han_readings().get(ch)  # (loaded on the first Han character)
            if reading:
                out.append((ch, reading))
        if run:
            out.extend(_kana("".join(run)))
        return tuple(out)
    return ()


@lru_cache(maxsize=65536)
def romanize(word: str, script: str) -> str:
    """The alignment romanisation of a normalised word (its :func:`units`, run together)."""
    return "".join(roman for _label, roman in units(word, script))
