"""Georgian romanisation: the national system of 2002 (also BGN/PCGN 2009 and UNGEGN), ISO 9984, BGN/PCGN
1981, the German spelling, the Russian spelling (in Cyrillic) and its English-style Latin reading.

>>> national_2002("მიხეილ სააკაშვილი")
'Mikheil Saakashvili'
>>> german("ედუარდ შევარდნაძე")
'Eduard Schewardnadse'
>>> russian_latin("იოსებ ჯუღაშვილი")
'Ioseb Dzhugashvili'
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..casing import map_words, with_case

__all__ = ["bgn_pcgn_1981", "german", "iso_9984", "national_2002", "reading_stem", "russian", "russian_latin"]

_COLUMNS = ("national_2002", "iso_9984", "bgn_pcgn_1981", "german", "russian")
# Mtavruli capitals (U+1C90-U+1CBF) and Asomtavruli (U+10A0-U+10C5) are read as the Mkhedruli letter.
_MTAVRULI = {chr(c): chr(c - 0x1C90 + 0x10D0) for c in range(0x1C90, 0x1CBB)}
_ASOMTAVRULI = {chr(c): chr(c - 0x10A0 + 0x10D0) for c in range(0x10A0, 0x10C6)}
_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "э": "e",
}


@cache
def _tables() -> dict[str, dict[str, str]]:
    text = resources.files(__package__).joinpath("letters.tsv").read_text(encoding="utf-8")
    tables: dict[str, dict[str, str]] = {c: {} for c in _COLUMNS}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        letter, *values = line.split("\t")
        for column, value in zip(_COLUMNS, values):
            tables[column][letter] = value
    return tables


def _word(word: str, column: str) -> str:
    table = _tables()[column]
    letters = "".join(_MTAVRULI.get(c, _ASOMTAVRULI.get(c, c)) for c in word)
    out = "".join(table.get(c, c) for c in letters)
    if column == "russian" and out.startswith("е"):
        out = "э" + out[1:]  # initial е is written э in Russian (Эдуард)
    if column == "german":
        # s between vowels is written ss in German (Wissarion); voiced z is s.
        out = out.replace("aisi", "aissi")
    return with_case(word, out)


def national_2002(text: str) -> str:
    """The national romanisation of 2002 (no apostrophes), on Georgian passports and maps; BGN/PCGN 2009."""
    return map_words(text, lambda w: _word(w, "national_2002"))


def iso_9984(text: str) -> str:
    """ISO 9984:1996 transliteration (š, č, ž, x, ǰ; apostrophes on ejectives)."""
    return map_words(text, lambda w: _word(w, "iso_9984"))


def bgn_pcgn_1981(text: str) -> str:
    """BGN/PCGN 1981: apostrophes on the aspirated consonants (t', p', k', ch', ts')."""
    return map_words(text, lambda w: _word(w, "bgn_pcgn_1981"))


def german(text: str) -> str:
    """The German spelling (sch, tsch, dsch, w, z, ch): Schewardnadse, Saakaschwili."""
    return map_words(text, lambda w: _word(w, "german"))


def russian(text: str) -> str:
    """The Russian spelling in Cyrillic (Саакашвили, Джугашвили; ყ, ქ, კ all к; ღ г)."""
    return map_words(text, lambda w: _word(w, "russian"))


def russian_latin(text: str) -> str:
    """The Russian spelling read in English style (Dzhugashvili, Shevardnadze): how Georgian names reach the
    Latin alphabet through Russian."""
    cyr = russian(text)
    return map_words(cyr, lambda w: with_case(w, "".join(_CYRILLIC_TO_LATIN.get(c, c) for c in w.lower())))


_GEORGIAN_VOWELS = frozenset("აეიოუ")


def _stem(word: str) -> str:
    letters = "".join(_MTAVRULI.get(c, _ASOMTAVRULI.get(c, c)) for c in word)
    if len(letters) > 3 and letters.endswith("ი") and letters[-2] not in _GEORGIAN_VOWELS:
        return _word(word[:-1], "national_2002")
    return _word(word, "national_2002")


def reading_stem(text: str) -> str:
    """The national system without the nominative ending -ი that Georgian adds to names ending in a
    consonant (პუტინი -> Putin, შოლცი -> Shólts): how such a name is written outside Georgian. For matching;
    not an index scheme."""
    return map_words(text, _stem)
