"""A learned word model per script pair (Han, kana, Hangul, Arabic, Hebrew against Latin).

The same design as the Cyrillic / Latin model (:mod:`translit_names.crossscript`), for any script with an
alignment romanisation (:mod:`translit_names.score.crossscript.romanize`):

1. The native word is romanised by its script's table; the Latin word is reduced to ASCII letters.
2. The two are aligned by insertions and deletions (rapidfuzz ``Indel``); each run of differing letters is one
   *edit block* (``kh>h``), named with the word's ends (``^``, ``$``) and one or two letters of context.
3. A logistic model adds a weight per block, per agreeing and disagreeing letter, and a bias; blocks seen too
   rarely in training share the weight ``rare``. The probability is capped at :data:`CAP`.

A screen runs first: the pair's two first letters (romanised native, Latin) must begin enough training pairs
the model accepts, or the score is 0 at the cost of a set lookup. Pairs whose romanised lengths differ more
than :data:`MIN_LENGTH_RATIO` or that share too few letters (:data:`MIN_SHARED`) score 0 too.

Weights: ``data/crossscript/<script>.tsv`` (``feature<TAB>weight``; ``start:xy<TAB>count`` rows are the
screen), written by ``scripts/train_crossscript.py --script <script>``.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from itertools import repeat

from rapidfuzz.distance import Indel

from .romanize import SCRIPTS, Unit, romanize, units
from .segment import SegmentTable, load_segments, log_ratio

__all__ = [
    "CAP",
    "GUARDS",
    "MIN_LENGTH_RATIO",
    "MIN_SHARED",
    "START_PREFIX",
    "UNIT_RARE",
    "Model",
    "features",
    "latin_letters",
    "learned_similarity",
    "load_model",
    "logit",
    "rare_name",
    "segment_features",
    "weights_file",
]

#: The highest score a learned model gives: below an exact match (1) and a matching-key match (0.95).
CAP = 0.9
#: Pairs sharing fewer letters than this share of the longer romanised word, in order, score 0.
MIN_SHARED = 0.25
#: Pairs whose romanised lengths differ more than this ratio score 0.
MIN_LENGTH_RATIO = 0.4
#: Rows of a weights file that list the first-letter screen (``start:ab``), not weights.
START_PREFIX = "start:"
#: The weight of a unit feature (``@``...) seen too rarely in training.
UNIT_RARE = "@rare"

_DICE = tuple(f"dice:{k}" for k in range(11))
_DIFF = tuple(f"diff:{k}" for k in range(-5, 6))
_SIZES = tuple(tuple(f"size:{a}:{b}" for b in range(4)) for a in range(4))


def weights_file(script: str) -> str:
    """The name of a script's weights file under ``data/crossscript/``."""
    return f"{script.lower()}.tsv"


def latin_letters(latin: str) -> str:
    """The lower-case ASCII letters of a normalised Latin word (what the model aligns)."""
    low = latin.lower()
    if low.isascii() and low.isalpha():
        return low
    return "".join(c for c in low if "a" <= c <= "z")


def _edit_blocks(src: str, dst: str) -> tuple[int, list[tuple[int, int, int, int]], list[tuple[int, int, int, int]]]:
    """Letters in agreement, the runs of differing letters and the runs of equal letters, as (src start, src
    end, dst start, dst end)."""
    same = 0
    runs: list[tuple[int, int, int, int]] = []
    spans: list[tuple[int, int, int, int]] = []
    ops: list[tuple[str, int, int, int, int]] = Indel.opcodes(src, dst).as_list()  # type: ignore[assignment]
    for tag, s0, s1, d0, d1 in ops:
        spans.append((s0, s1, d0, d1))
        if tag == "equal":
            same += s1 - s0
        elif runs and runs[-1][1] == s0 and runs[-1][3] == d0:
            runs[-1] = (runs[-1][0], s1, runs[-1][2], d1)
        else:
            runs.append((s0, s1, d0, d1))
    return same, runs, spans


def _unit_features(word_units: tuple[Unit, ...], ops: list[tuple[int, int, int, int]], ls: int, ld: int, dst: str) -> list[str]:
    """One feature per native unit: its letters and the Latin letters aligned to its romanisation
    (``@斯=s``), and again for the first and last unit (``@^``, ``@$``). ``ops`` are the alignment's equal
    runs (src start, src end, dst start, dst end); a Latin letter inserted between two units goes to the
    first."""
    at = [0] * (ls + 1)  # at[p]: the Latin position aligned with the start of romanised letter p
    at[ls] = ld
    for s0, s1, d0, d1 in ops:
        for k in range(s1 - s0):
            at[s0 + k] = d0 + k if d1 - d0 == s1 - s0 else d0
    pos = 0
    out: list[str] = []
    last = len(word_units) - 1
    for i, (label, roman) in enumerate(word_units):
        end = pos + len(roman)
        name = label + "=" + dst[at[pos] : at[end]]
        out.append("@" + name)
        if i == 0:
            out.append("@^" + name)
        if i == last:
            out.append("@$" + name)
        pos = end
    return out


#: Guards per script, where they differ from :data:`MIN_SHARED` and :data:`MIN_LENGTH_RATIO`: a Han word's
#: Mandarin readings share fewer letters with the Latin spelling (布雷西 bu lei xi / Bracy).
GUARDS = {"Hani": (0.15, 0.3)}


def _aligned(src: str, dst: str, word_units: tuple[Unit, ...] = (), script: str = "") -> tuple[int, int, int, list[str], list[str]] | None:
    """Letters in agreement, the two lengths, the edit-block feature names and the unit feature names (see
    :func:`_unit_features`) of a romanised native word and the Latin letters; ``None`` when the pair is not
    scored."""
    ls, ld = len(src), len(dst)
    min_shared, min_ratio = GUARDS.get(script, (MIN_SHARED, MIN_LENGTH_RATIO))
    if not ls or not ld or min(ls, ld) < min_ratio * max(ls, ld):
        return None
    if Indel.similarity(src, dst) < 2 * min_shared * max(ls, ld):
        return None
    same, runs, spans = _edit_blocks(src, dst)
    # The share of letters in agreement and the difference in length, in bins: the linear model's way to
    # weigh them differently for short and long words.
    names: list[str] = [_DICE[20 * same // (ls + ld)], _DIFF[max(-5, min(5, ld - ls)) + 5]]
    add = names.append
    framed = "^" + src + "$"
    for s0, s1, d0, d1 in runs:
        edit = src[s0:s1] + ">" + dst[d0:d1]
        block = edit
        if s0 == 0 and d0 == 0:
            block = "^" + block
        if s1 == ls and d1 == ld:
            block += "$"
        if s0 == s1:
            block = src[s0 - 1 : s0] + "|" + block
        if d0 == d1 and d0 > 0:
            block += "|" + dst[d0 - 1 : d0]
        add(_SIZES[min(s1 - s0, 3)][min(d1 - d0, 3)])
        add(block)
        add(framed[s0] + "[" + edit)
        add(edit + "]" + framed[s1 + 1])
        if s0 > 0:
            add(framed[s0 - 1 : s0 + 1] + "[" + edit)
        if s1 < ls:
            add(edit + "]" + framed[s1 + 1 : s1 + 3])
    return same, ls, ld, names, _unit_features(word_units, spans, ls, ld, dst)


def _totals(same: int, ls: int, ld: int) -> tuple[float, float, float]:
    return same / 8, (ls + ld - 2 * same) / 8, 1.0 if min(ls, ld) <= 4 else 0.0


_SEG_BINS = tuple(f"segbin:{k}" for k in range(-16, 17))


def segment_features(native: str, dst: str, script: str, table: SegmentTable | None) -> tuple[float, float, str] | None:
    """The segment model's features of a pair (:mod:`.segment`): its log-likelihood ratio per letter, a
    quarter of it as the value of the feature ``seg``, the ratio of the whole word over 16 (``segword``), and
    the per-letter ratio's half-unit bin (``segbin:k``); ``None`` when the script has no segment table."""
    if table is None:
        return None
    ratio = log_ratio(native, dst, script, table)
    if ratio is None:
        return None
    word = max(-4.0, min(4.0, ratio * (len(dst) + 1) / 16))
    return ratio / 4, word, _SEG_BINS[max(-16, min(16, math.floor(ratio * 2))) + 16]


def features(native: str, latin: str, script: str, segments: SegmentTable | None = None) -> dict[str, float] | None:
    """The features of a (normalised native word, normalised Latin word) pair under ``script``'s romanisation,
    before rare blocks are merged; ``None`` when the pair is not scored (no letters, or too little in common).
    ``segments``: the segment table to use (default: the script's, if it has one)."""
    word_units = units(native, script)
    dst = latin_letters(latin)
    aligned = _aligned(romanize(native, script), dst, word_units, script)
    if aligned is None:
        return None
    same, ls, ld, names, unit_names = aligned
    agree, differ, short = _totals(same, ls, ld)
    out = {"bias": 1.0, "same": agree, "unmatched": differ, "short": short}
    seg = segment_features(native, dst, script, segments if segments is not None else load_segments(script))
    if seg is not None:
        out["seg"] = seg[0]
        out["segword"] = seg[1]
        out[seg[2]] = 1.0
    for name in names + unit_names:
        out[name] = out.get(name, 0.0) + 1.0
    return out


def rare_name(name: str) -> str:
    """The shared feature that stands for a rare one: ``@rare`` for a unit feature, ``rare`` for a block."""
    return UNIT_RARE if name.startswith("@") else "rare"


def logit(feats: dict[str, float], weights: dict[str, float]) -> float:
    """The log-odds of a feature set: a feature the weights do not know counts as its :func:`rare_name`."""
    total = 0.0
    for name, value in feats.items():
        weight = weights.get(name)
        total += value * (weights.get(rare_name(name), 0.0) if weight is None else weight)
    return total


class Model:
    """One script's weights and first-letter screen (read once, see :func:`load_model`)."""

    __slots__ = ("weights", "starts", "rare", "unit_rare", "bias", "same", "unmatched", "short", "seg", "segword")

    def __init__(self, weights: dict[str, float], starts: frozenset[str]) -> None:
        self.weights = weights
        self.starts = starts
        self.rare = weights.get("rare", 0.0)
        self.unit_rare = weights.get(UNIT_RARE, 0.0)
        self.bias = weights.get("bias", 0.0)
        self.same = weights.get("same", 0.0)
        self.unmatched = weights.get("unmatched", 0.0)
        self.short = weights.get("short", 0.0)
        self.seg = weights.get("seg", 0.0)
        self.segword = weights.get("segword", 0.0)


@lru_cache(maxsize=len(SCRIPTS))
def load_model(script: str) -> Model | None:
    """The model of one of :data:`~translit_names.score.crossscript.romanize.SCRIPTS`, or ``None`` when its
    weights file is absent (one cached entry per script)."""
    path = resources.files("translit_names") / "data" / "crossscript" / weights_file(script)
    if not path.is_file():
        return None
    weights: dict[str, float] = {}
    starts: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, value = line.partition("\t")
        if name.startswith(START_PREFIX):
            starts.add(name[len(START_PREFIX) :])
        else:
            weights[name] = float(value)
    return Model(weights, frozenset(starts))


@lru_cache(maxsize=65536)
def learned_similarity(native: str, latin: str, script: str) -> float:
    """The model's probability that a normalised native word of ``script`` and a normalised Latin word are one
    name, in [0, :data:`CAP`]; 0 when the script has no model, or the screen or the alignment guards turn the
    pair away."""
    model = load_model(script)
    if model is None:
        return 0.0
    src = romanize(native, script)
    dst = latin_letters(latin)
    if src[:1] + dst[:1] not in model.starts:
        return 0.0
    aligned = _aligned(src, dst, units(native, script), script)
    if aligned is None:
        return 0.0
    same, ls, ld, names, unit_names = aligned
    agree, differ, short = _totals(same, ls, ld)
    z = model.bias + agree * model.same + differ * model.unmatched + short * model.short
    z += sum(map(model.weights.get, names, repeat(model.rare)))
    z += sum(map(model.weights.get, unit_names, repeat(model.unit_rare)))
    seg = segment_features(native, dst, script, load_segments(script))
    if seg is not None:
        z += seg[0] * model.seg + seg[1] * model.segword + model.weights.get(seg[2], model.rare)
    return min(CAP, 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
