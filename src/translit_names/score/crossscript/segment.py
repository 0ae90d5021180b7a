"""A learned segment model: how likely a Latin word is as a spelling of a native word, unit by unit.

The edit-block model (:mod:`.model`) sees a native word through one fixed romanisation. This one learns what
each native unit is written as in Latin letters: every unit (a Han character, a kana, a Hangul jamo, an Arabic
or Hebrew letter) emits a run of 0 to :data:`MAX_RUN` Latin letters (弗 ``v``/``f``, 尔 ``r``/``l``/``re``,
ب ``b``/``ba``/``bou``), with probabilities fitted by expectation-maximisation on the training pairs
(``scripts/segment_training.py``). A word's score is the log-likelihood of the Latin letters under the native
units (summed over every way of cutting them into runs), less their log-likelihood under a letter-bigram model
of Latin names alone, per letter: :func:`log_ratio`. The edit-block model takes it as features.

A unit's emissions are mixed with those of its *back-off* unit (its alignment romanisation: a Han character
unseen in training is read as its pinyin syllable), and a run seen for neither gets :data:`FLOOR`.

Table: ``data/crossscript/<script>-seg.tsv``, rows ``unit<TAB>run<TAB>probability`` (run ``-`` = no
letters); rows of the unit :data:`BIGRAM` are the background model (run = two letters, ``^``/``$`` at the
ends).
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

from .romanize import SCRIPTS, units

__all__ = [
    "BACKOFF",
    "BIGRAM",
    "EMPTY",
    "FLOOR",
    "MAX_RUN",
    "SegmentTable",
    "background_log_probability",
    "log_probability",
    "log_ratio",
    "mixture",
    "load_segments",
    "read_segments",
    "segment_units",
    "segments_file",
]

#: The longest run of Latin letters one unit writes.
MAX_RUN = 4
#: The probability of a run a unit (and its back-off unit) never wrote in training.
FLOOR = 1e-5
#: The weight of a unit's own emissions, against its back-off unit's (for units seen in training).
BACKOFF = 0.8
#: The unit name of the background letter-bigram rows.
BIGRAM = "%bigram"
#: How a run of no letters is written in the table.
EMPTY = "-"

Unit = tuple[str, ...]  # a unit, then its back-off units, most specific first


def segments_file(script: str) -> str:
    """The name of a script's segment table under ``data/crossscript/``."""
    return f"{script.lower()}-seg.tsv"


_JAMO_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JAMO_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JAMO_FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def _jamo(word: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch in word:
        o = ord(ch) - 0xAC00
        if not 0 <= o < 11172:
            continue
        initial, medial, final = o // 588, (o % 588) // 28, o % 28
        if initial != 11:  # ㅇ as an initial is silent
            out.append(("<" + _JAMO_INITIALS[initial], ""))
        out.append((_JAMO_MEDIALS[medial], ""))
        if final:
            out.append((">" + _JAMO_FINALS[final], ""))
    return out


def _placed(label: str, i: int, last: int) -> str:
    return ("^" if i == 0 else "") + label + ("$" if i == last else "")


@lru_cache(maxsize=65536)
def segment_units(native: str, script: str) -> tuple[Unit, ...]:
    """The units of a normalised native word for the segment model, each as a chain of labels from the most
    specific to its back-off: the unit marked with its place (``^`` first, ``$`` last), the unit, and its
    romanisation (``~si``; not for Hangul). Hangul is read by jamo (initial ``<ㄱ``, medial ``ㅏ``, final
    ``>ㄱ``; the silent initial ``ㅇ`` left out), other scripts by their alignment units
    (:func:`~.romanize.units`). (Cached: 65,536 words.)"""
    found = _jamo(native) if script == "Hang" else list(units(native, script))
    last = len(found) - 1
    return tuple(
        (_placed(label, i, last), label, "~" + roman) if roman else (_placed(label, i, last), label)
        for i, (label, roman) in enumerate(found)
    )


class SegmentTable:
    """One script's emission probabilities and background bigram model (read once, see
    :func:`load_segments`)."""

    __slots__ = ("emit", "bigram", "unigram_floor", "mixed")

    #: At most this many units' mixed emissions are kept (:meth:`emissions`); then the store starts afresh.
    MIXED_SIZE = 16384

    def __init__(self, emit: dict[str, dict[str, float]], bigram: dict[str, float]) -> None:
        self.emit = emit
        self.bigram = bigram
        self.unigram_floor = min(bigram.values(), default=FLOOR)
        self.mixed: dict[Unit, dict[str, float]] = {}

    def emissions(self, unit: Unit) -> dict[str, float]:
        """The unit's runs with their probabilities, its chain mixed (:func:`mixture`); kept for the next
        call (at most :attr:`MIXED_SIZE` units)."""
        found = self.mixed.get(unit)
        if found is None:
            found = {}
            for runs, weight in mixture(self.emit, unit):
                for run, p in runs.items():
                    found[run] = found.get(run, 0.0) + weight * p
            if len(self.mixed) >= self.MIXED_SIZE:
                self.mixed.clear()
            self.mixed[unit] = found
        return found


@lru_cache(maxsize=len(SCRIPTS))
def load_segments(script: str) -> SegmentTable | None:
    """The segment table of one of :data:`~.romanize.SCRIPTS`, or ``None`` when its file is absent (one cached
    entry per script)."""
    path = resources.files("translit_names") / "data" / "crossscript" / segments_file(script)
    if not path.is_file():
        return None
    return read_segments(path.read_text(encoding="utf-8"))


def read_segments(text: str) -> SegmentTable:
    """A segment table from the text of its file."""
    emit: dict[str, dict[str, float]] = {}
    bigram: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        unit, run, value = line.split("\t")
        run = "" if run == EMPTY else run
        if unit == BIGRAM:
            bigram[run] = math.log(float(value))
        else:
            emit.setdefault(unit, {})[run] = float(value)
    return SegmentTable(emit, bigram)


def mixture(emit: dict[str, dict[str, float]], unit: Unit) -> list[tuple[dict[str, float], float]]:
    """The emission tables of a unit's chain that ``emit`` has, with their weights: each known label takes
    :data:`BACKOFF` of what the more specific ones left, the last known one all the rest."""
    found = [emit[label] for label in unit if label in emit]
    out = []
    left = 1.0
    for k, runs in enumerate(found):
        weight = left if k == len(found) - 1 else left * BACKOFF
        out.append((runs, weight))
        left -= weight
    return out


def log_probability(units_: tuple[Unit, ...], latin: str, table: SegmentTable) -> float:
    """The natural log of the probability that ``units_`` are written ``latin`` (lower-case ASCII letters),
    summed over every cut of ``latin`` into one run per unit; ``-inf`` when there is no such cut."""
    m = len(latin)
    n = len(units_)
    if not n or not m or m > MAX_RUN * n:
        return -math.inf
    alpha = [0.0] * (m + 1)
    alpha[0] = 1.0
    scale = 0.0
    for unit in units_:
        get = table.emissions(unit).get
        nxt = [0.0] * (m + 1)
        for j in range(m + 1):
            a = alpha[j]
            if not a:
                continue
            for k in range(min(MAX_RUN, m - j) + 1):
                p = get(latin[j : j + k], 0.0)
                nxt[j + k] += a * (p if p > FLOOR else FLOOR)
        top = max(nxt)
        if not top:
            return -math.inf
        alpha = [x / top for x in nxt]
        scale += math.log(top)
    return scale + math.log(alpha[m]) if alpha[m] else -math.inf


def background_log_probability(latin: str, table: SegmentTable) -> float:
    """The natural log of the probability of ``latin`` under the background letter-bigram model."""
    framed = "^" + latin + "$"
    get = table.bigram.get
    low = table.unigram_floor
    return sum(get(framed[i : i + 2], low) for i in range(len(framed) - 1))


def log_ratio(native: str, latin: str, script: str, table: SegmentTable | None = None) -> float | None:
    """The segment model's log-likelihood ratio per Latin letter (native units against the background model)
    of a normalised native word and the Latin letters of a word; ``None`` when the script has no table or
    either side is empty. Clipped to [-8, 8]."""
    table = table if table is not None else load_segments(script)
    if table is None or not latin:
        return None
    word_units = segment_units(native, script)
    if not word_units:
        return None
    lp = log_probability(word_units, latin, table)
    if lp == -math.inf:
        return -8.0
    ratio = (lp - background_log_probability(latin, table)) / (len(latin) + 1)
    return max(-8.0, min(8.0, ratio))
