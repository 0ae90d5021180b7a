"""Cyrillic / Latin word similarity learned from real pairs of one name written in both scripts.

The matching key (see :mod:`translit_names.names.keys`) catches every romanisation *of* a Cyrillic name. It cannot
catch names that went the other way: a Latin-script name transcribed *into* Russian by ear (Worthen / Уорфен,
Rocheteau / Рошто, Yoshizawa / Ёсидзава). For those, this module scores a pair of words with a small logistic
model trained on Wikidata English / Russian person-name pairs (``wd_russian_80``, CC0; see
docs/data-sources.md).

How a pair is scored:

1. The Cyrillic word (normalised, so ``й`` is ``и``) is romanised letter by letter with a plain English-style
   table (:data:`_ROMAN`); the Latin word is normalised and reduced to ASCII letters.
2. The two are aligned by insertions and deletions (rapidfuzz ``Indel``: the longest common subsequence); each run of differing letters becomes one
   *edit block*, such as ``kh>h`` or ``u>w``, with markers for the start (``^``) and end (``$``) of the word and
   the one or two letters before and after it.
3. The model adds a learned weight for every block, and for the letters that agree and those that do not
   and turns the sum into a probability. Blocks seen fewer than three times in training share one weight,
   ``rare``.

Before any of this, a screen: a pair is scored only if its two first letters (Cyrillic, Latin) begin at least
three training pairs that the model accepts (``х``/``h``, ``х``/``k``, ``у``/``w``, ``ж``/``g`` ...). A name
transcribed by ear starts with a like sound; most unrelated pairs fail this test and cost a set lookup
instead of an alignment.

:func:`cyrillic_latin_similarity` is that probability, capped at :data:`CAP` so that a learned match always ranks
below an exact one or one by matching key. The weights ship beside this module in ``cyrillic-latin.tsv``; they are made by
``scripts/train_cyrillic_latin.py`` from the pairs whose English word is *not* held out (see ``held_out`` there),
so that ``benchmarks/bench_quality.py`` measures the model only on pairs it never saw. Only ``compare`` uses
the model (through :func:`translit_names.score.words.transcription_similarity`); see docs/matching.md.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat

from rapidfuzz.distance import Indel
from unidecode import unidecode

from ...text.scripts import script_ranges

__all__ = ["CAP", "START_PREFIX", "WEIGHTS_FILE", "aligned", "cyrillic_latin_similarity", "is_cyrillic", "is_latin", "load_weights", "learned_similarity", "totals"]

#: The highest score the model gives: below :data:`translit_names.score.params.KEY_MATCH`.
CAP = 0.9

WEIGHTS_FILE = "cyrillic-latin.tsv"
#: Rows of the weights file that list the first-letter screen (``start:хh``), not weights.
START_PREFIX = "start:"

#: Pairs sharing fewer letters than this share of the longer word, in order, are not scored (0): transcription
#: keeps most letters, and a linear model must not be asked about pairs it has not seen (Мартин / San).
MIN_SHARED = 0.25
#: Pairs whose lengths differ more than this ratio are not scored either.
MIN_LENGTH_RATIO = 0.4

# Step 1: one romanisation for alignment. The model learns how English spellings differ from it, so it only has
# to be consistent, not right.
_ROMAN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    }
)  # fmt: skip


# Cyrillic letters by the Unicode Script property, as a character class: built on first use (the compare of a
# Latin and a non-Latin word asks for every pair).
_CYRILLIC_WORD: re.Pattern[str] | None = None


def _cyrillic_word() -> re.Pattern[str]:
    global _CYRILLIC_WORD
    ranges = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in script_ranges("Cyrl"))
    _CYRILLIC_WORD = re.compile(f"[{ranges}]+")
    return _CYRILLIC_WORD


def is_cyrillic(word: str) -> bool:
    """Whether ``word`` is made of Cyrillic letters only (letters, by the Unicode Script property)."""
    return (_CYRILLIC_WORD or _cyrillic_word()).fullmatch(word) is not None and word.isalpha()


def is_latin(word: str) -> bool:
    """Whether every character of ``word`` is a basic Latin letter (a normalised Latin-script word)."""
    return bool(word) and word.isascii() and word.isalpha()


def _edit_blocks(src: str, dst: str) -> tuple[int, list[tuple[int, int, int, int]]]:
    """Letters in agreement, and the runs of differing letters as (src start, src end, dst start, dst end)."""
    same = 0
    runs: list[tuple[int, int, int, int]] = []
    ops: list[tuple[str, int, int, int, int]] = Indel.opcodes(src, dst).as_list()  # type: ignore[assignment]
    for tag, s0, s1, d0, d1 in ops:
        if tag == "equal":
            same += s1 - s0
        elif runs and runs[-1][1] == s0 and runs[-1][3] == d0:
            runs[-1] = (runs[-1][0], s1, runs[-1][2], d1)  # a deletion next to an insertion: one run
        else:
            runs.append((s0, s1, d0, d1))
    return same, runs


# Every block also counts under its size: letters on each side, 3 meaning three or more.
_SIZES = tuple(tuple(f"size:{a}:{b}" for b in range(4)) for a in range(4))


def aligned(cyrillic: str, latin: str) -> tuple[int, int, int, list[str]] | None:
    """Letters in agreement, the lengths of the two aligned spellings, and the names of the edit-block features (a
    name may come more than once); ``None`` when the pair is not scored. (The training script builds its features
    from this.)"""
    src = cyrillic.translate(_ROMAN)
    if latin.isascii() and latin.isalpha():
        dst = latin.lower()
    else:
        dst = "".join(c for c in (latin if latin.isascii() else unidecode(latin)).lower() if "a" <= c <= "z")
    ls, ld = len(src), len(dst)
    if not ls or not ld or min(ls, ld) < MIN_LENGTH_RATIO * max(ls, ld):
        return None
    # Indel similarity is twice the longest common subsequence: the letters the alignment below keeps.
    if Indel.similarity(src, dst) < 2 * MIN_SHARED * max(ls, ld):
        return None
    same, runs = _edit_blocks(src, dst)
    names: list[str] = []
    add = names.append
    framed = "^" + src + "$"
    for s0, s1, d0, d1 in runs:
        edit = src[s0:s1] + ">" + dst[d0:d1]
        block = edit
        if s0 == 0 and d0 == 0:
            block = "^" + block
        if s1 == ls and d1 == ld:
            block += "$"
        if s0 == s1:  # an insertion: the letter it follows says much (silent letters, doubled letters)
            block = src[s0 - 1 : s0] + "|" + block
        if d0 == d1 and d0 > 0:
            block += "|" + dst[d0 - 1 : d0]
        # In the framed word, src[i] is framed[i + 1]: the letter before a run is framed[s0], after it framed[s1 + 1].
        add(_SIZES[min(s1 - s0, 3)][min(d1 - d0, 3)])
        add(block)
        add(framed[s0] + "[" + edit)
        add(edit + "]" + framed[s1 + 1])
        if s0 > 0:
            add(framed[s0 - 1 : s0 + 1] + "[" + edit)
        if s1 < ls:
            add(edit + "]" + framed[s1 + 1 : s1 + 3])
    return same, ls, ld, names


def totals(same: int, ls: int, ld: int) -> tuple[float, float, float]:
    """The features counted over the whole pair: letters that agree and that do not (in eighths), a short word."""
    return same / 8, (ls + ld - 2 * same) / 8, 1.0 if min(ls, ld) <= 4 else 0.0


@cache
def load_weights() -> tuple[dict[str, float], frozenset[str]]:
    """The weights, and the first-letter pairs the screen lets through (read once)."""
    text = (resources.files("translit_names.score.crossscript") / WEIGHTS_FILE).read_text(encoding="utf-8")
    rows = "\n".join(line for line in text.splitlines() if line and not line.startswith("#"))
    fields = iter(rows.replace("\t", "\n").split("\n"))  # name, weight, name, weight ...
    weights: dict[str, float] = {}
    starts = set()
    for name, value in zip(fields, fields):
        if name.startswith(START_PREFIX):
            starts.add(name[len(START_PREFIX) :])
        else:
            weights[name] = float(value)
    return weights, frozenset(starts)


@cache
def _model() -> tuple[frozenset[str], Callable[[str, float], float], float, float, float, float, float]:
    """The screen; the weights' lookup; the weights of ``rare``, ``bias``, ``same``, ``unmatched`` and ``short``."""
    w, starts = load_weights()
    return starts, w.get, w.get("rare", 0.0), w.get("bias", 0.0), w.get("same", 0.0), w.get("unmatched", 0.0), w.get("short", 0.0)


def cyrillic_latin_similarity(cyrillic: str, latin: str) -> float:
    """How likely a normalised Cyrillic word and a normalised Latin word are one name, in [0, :data:`CAP`]; 0 for a
    pair the first-letter screen or the alignment guards (:data:`MIN_SHARED`, :data:`MIN_LENGTH_RATIO`) turn away.

    >>> cyrillic_latin_similarity("уорфен", "worthen") > 0.75 > cyrillic_latin_similarity("уорфен", "wilson")
    True
    """
    first = latin[:1] if latin[:1].isascii() else unidecode(latin[:1])[:1]
    if cyrillic[:1] + first.lower() not in _model()[0]:
        return 0.0
    return learned_similarity(cyrillic, latin)


@lru_cache(maxsize=16384)
def learned_similarity(cyrillic: str, latin: str) -> float:
    """:func:`cyrillic_latin_similarity` past the screen (remembered for 65,536 pairs)."""
    blocks = aligned(cyrillic, latin)
    if blocks is None:
        return 0.0
    same, ls, ld, names = blocks
    _starts, get, rare, bias, w_same, w_unmatched, w_short = _model()
    agree, differ, short = totals(same, ls, ld)
    # logit(features(...)) without building the feature dictionary: the same sum, term by term in the same order.
    z = bias + agree * w_same + differ * w_unmatched + short * w_short
    z += sum(map(get, names, repeat(rare)))
    return min(CAP, 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
