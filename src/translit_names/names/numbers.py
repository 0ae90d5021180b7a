"""Numbers in names, as digits, words and ordinals, read into one form: ``25th``, ``25.``, ``25-я``,
``twenty-fifth``, ``Twenty Five``, ``двадцать пятая`` all become the word ``25``.

Number words come from the language packs (``lang/<code>/numbers.tsv``); ordinal endings written after digits
are listed here (English, French, Spanish, Italian, Portuguese, German, Russian, Ukrainian, Belarusian).
"""

from __future__ import annotations

import re

from .rules import rules

__all__ = ["number_value", "read_numbers"]

#: Endings written after digits to make an ordinal, on normalised text (``25th``, ``2nd``, ``3e``, ``25eme``,
#: ``1er``, ``1o``/``1a`` (º, ª), and the Russian/Ukrainian/Belarusian ``25-я``, ``25-й``, ``25-го``, ``25-та``).
ORDINAL_ENDINGS = frozenset(
    "st nd rd th e er re eme ieme o a ая я й ый ий ой го ого та тя ти ый ша га".split()
)
# Endings that may stand as their own word after digits (``25-я`` normalises to ``25 я``).
_SEPARATE_ENDINGS = frozenset(e for e in ORDINAL_ENDINGS if not e.isascii() or e in ("st", "nd", "rd", "th"))
_DIGITS_THEN_ENDING = re.compile(r"^(\d+)([^\W\d_]+)$")


def number_value(word: str) -> int | None:
    """The value of one normalised word that is a number: digits, digits with an ordinal ending, or a number
    word of a pack (``25`` -> 25, ``25th`` -> 25, ``fifth`` -> 5); else ``None``."""
    if word.isdigit():
        return int(word) if len(word) <= 9 else None
    match = _DIGITS_THEN_ENDING.match(word)
    if match and match.group(2) in ORDINAL_ENDINGS and len(match.group(1)) <= 9:
        return int(match.group(1))
    found = rules().numbers.get(word)
    return found.value if found is not None and found.kind != "multiplier" else None


def read_numbers(words: list[str]) -> list[str]:
    """Normalised words with every number (digits, ordinals, runs of number words) written as its digits; an
    ordinal ending written as its own word after digits (``25 я`` from ``25-я``) is dropped."""
    table = rules().numbers
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        value = number_value(word)
        if value is None:
            out.append(word)
            i += 1
            continue
        i += 1
        if word.isdigit():
            if i < len(words) and words[i] in _SEPARATE_ENDINGS:
                i += 1
            out.append(str(value))
            continue
        # A run of number words: tens then units (twenty fifth), a multiplier (two hundred).
        total, current = 0, value
        while i < len(words):
            nxt = table.get(words[i])
            if nxt is None:
                break
            if nxt.kind == "multiplier":
                current = max(current, 1) * nxt.value
            elif current % 10 == 0 and 0 < nxt.value < 10 or current % 100 == 0 and 0 < nxt.value < 100:
                current += nxt.value
            else:
                break
            i += 1
        out.append(str(total + current))
    return out
