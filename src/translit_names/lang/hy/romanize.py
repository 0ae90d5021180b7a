"""Armenian romanisation: BGN/PCGN 1981 (Eastern), the same without apostrophes (the usual press spelling),
ISO 9985, Western Armenian pronunciation, French spelling and Russian spelling (Cyrillic).

Context rules on top of the letter table (``letters.tsv``): ու is one vowel (u; ou in French; у in Russian);
և is ev (yev at the start of a word); ե is ye and ո is vo at the start of a word (Eastern, except before վ);
յա after a consonant is я in Russian, and the surname ending -յան is -yan (Eastern), -ian (Western, French).

>>> press("Նիկոլ Փաշինյան")
'Nikol Pashinyan'
>>> bgn_pcgn("Երևան")
'Yerevan'
>>> western("Քարտաշեան")
'Kardashian'
>>> russian("Փաշինյան")
'Пашинян'
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..casing import map_words, with_case

__all__ = ["bgn_pcgn", "french", "iso_9985", "press", "russian", "western"]

_COLUMNS = ("bgn_pcgn", "iso_9985", "western", "french", "russian")


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


_U = {"bgn_pcgn": "u", "iso_9985": "ow", "western": "u", "french": "ou", "russian": "у"}
_EV = {"bgn_pcgn": "ev", "iso_9985": "ew", "western": "ev", "french": "ev", "russian": "ев"}
_VOWELS = frozenset("աեէըիոօ")


def _word(word: str, column: str) -> str:
    table = _tables()[column]
    w = word.lower().replace("\u0587", "եւ")  # the ligature և is ե + ւ
    out: list[str] = []
    i = 0
    while i < len(w):
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "ո" and nxt == "ւ":
            if column == "russian" and out and out[-1] == "й" and i > 1:
                out[-1] = "ю"  # Գյումրի: Гюмри
            else:
                out.append(_U[column])
            i += 2
            continue
        if c == "ե" and nxt == "ւ":
            out.append(("y" if i == 0 and column not in ("iso_9985", "russian") else "") + _EV[column])
            i += 2
            continue
        if i == 0 and c == "ե" and column in ("bgn_pcgn", "western", "french"):
            out.append("ye")
        elif i == 0 and c == "ո" and nxt != "վ" and column in ("bgn_pcgn", "french"):
            out.append("vo")
        elif i == 0 and c == "ո" and nxt != "վ" and column == "russian":
            out.append("во")
        elif c == "ե" and w[i:] == "եան" and i > 0:
            # classical (Western) spelling of the -yan surname ending
            out.append("i" if column in ("western", "french") else "y" if column in ("bgn_pcgn",) else table.get(c, c))
        elif c == "յ" and w[i:] in ("յան", "յանց") and column in ("western", "french"):
            out.append("i")
        elif c == "յ" and nxt == "ա" and column == "russian" and i > 0:
            out.append("я")
            i += 2
            continue
        elif c == "ե" and column == "russian" and i > 0 and w[i - 1] in _VOWELS:
            out.append("е")
        else:
            out.append(table.get(c, c))
        i += 1
    return with_case(word, "".join(out))


def bgn_pcgn(text: str) -> str:
    """BGN/PCGN 1981 (Eastern Armenian), apostrophes on the aspirated consonants (P'ashinyan)."""
    return map_words(text, lambda w: _word(w, "bgn_pcgn"))


def press(text: str) -> str:
    """BGN/PCGN without apostrophes: the spelling of Armenian passports, the press and Wikipedia (Pashinyan)."""
    return map_words(text, lambda w: _word(w, "bgn_pcgn").replace("'", "").replace("rr", "r").replace("Rr", "R"))


def iso_9985(text: str) -> str:
    """ISO 9985:1996 transliteration (š, č, ž, x, ǰ; ʿ on the aspirates)."""
    return map_words(text, lambda w: _word(w, "iso_9985"))


def western(text: str) -> str:
    """Western Armenian pronunciation (voiced and voiceless stops swapped; -ian): the diaspora's spelling."""
    return map_words(text, lambda w: _word(w, "western"))


def french(text: str) -> str:
    """French spelling (ou, ch, j, dj, -ian): Aznavour, Pachinian."""
    return map_words(text, lambda w: _word(w, "french"))


def russian(text: str) -> str:
    """Russian spelling in Cyrillic (Пашинян; հ as г: Оганесян)."""
    return map_words(text, lambda w: _word(w, "russian"))
