"""Fit the segment model of one script (translit_names.score.crossscript.segment) by expectation-maximisation.

Used by scripts/train_crossscript.py (on the training pairs only): :func:`fit` gives a
:class:`~translit_names.score.crossscript.segment.SegmentTable`, :func:`write` writes it.

Each pair is (the Latin letters of the English word, the native word's segment units). A unit writes a run of
0 to MAX_RUN Latin letters; the E-step sums over every cut of the Latin letters into one run per unit
(forward-backward), the M-step normalises the expected counts per unit. A count goes both to the unit and to
its back-off unit (its romanisation), so unseen units have a reading. Runs start equally likely, but for
their length (LENGTH_PRIOR). Runs under PRUNE of a unit's mass and units seen under MIN_UNIT times are left
out of the written table. The background model: letter bigrams of the training English words, add-one
smoothed.
"""

from __future__ import annotations

import collections
import math
from pathlib import Path

from translit_names.score.crossscript.segment import (
    BIGRAM,
    EMPTY,
    FLOOR,
    MAX_RUN,
    SegmentTable,
    mixture,
)

__all__ = ["ITERATIONS", "fit", "write"]

ITERATIONS = 6
LENGTH_PRIOR = (0.05, 1.0, 1.0, 0.5, 0.25)
PRUNE = 0.003
MIN_UNIT = 2.0
LETTERS = "abcdefghijklmnopqrstuvwxyz"

Unit = tuple[str, ...]
Example = tuple[str, tuple[Unit, ...]]


def _probabilities(emit: dict[str, dict[str, float]] | None, unit: Unit, latin: str) -> list[list[float]]:
    """For each start j in ``latin``, the probabilities of the unit writing the runs latin[j:j+k]."""
    m = len(latin)
    if emit is None:
        return [list(LENGTH_PRIOR[: min(MAX_RUN, m - j) + 1]) for j in range(m + 1)]
    mix = mixture(emit, unit)
    out = []
    for j in range(m + 1):
        row = []
        for k in range(min(MAX_RUN, m - j) + 1):
            run = latin[j : j + k]
            p = sum([w * runs.get(run, 0.0) for runs, w in mix])
            row.append(p if p > FLOOR else FLOOR)
        out.append(row)
    return out


def _expected_counts(examples: list[Example], emit: dict[str, dict[str, float]] | None) -> tuple[dict[str, dict[str, float]], float]:
    counts: dict[str, dict[str, float]] = collections.defaultdict(lambda: collections.defaultdict(float))
    total = 0.0
    for latin, word_units in examples:
        m, n = len(latin), len(word_units)
        if not m or not n or m > MAX_RUN * n:
            continue
        probs = [_probabilities(emit, unit, latin) for unit in word_units]
        alpha = [[0.0] * (m + 1) for _ in range(n + 1)]
        alpha[0][0] = 1.0
        for i in range(n):
            row, nxt = alpha[i], alpha[i + 1]
            for j in range(m + 1):
                a = row[j]
                if a:
                    for k, p in enumerate(probs[i][j]):
                        nxt[j + k] += a * p
        z = alpha[n][m]
        if z <= 0.0:
            continue
        total += math.log(z)
        beta = [[0.0] * (m + 1) for _ in range(n + 1)]
        beta[n][m] = 1.0
        for i in range(n - 1, -1, -1):
            after, row = beta[i + 1], beta[i]
            for j in range(m + 1):
                row[j] = sum(p * after[j + k] for k, p in enumerate(probs[i][j]))
        for i, unit in enumerate(word_units):
            tables = [counts[label] for label in unit]
            for j in range(m + 1):
                a = alpha[i][j]
                if not a:
                    continue
                for k, p in enumerate(probs[i][j]):
                    c = a * p * beta[i + 1][j + k] / z
                    if c > 1e-4:
                        run = latin[j : j + k]
                        for table in tables:
                            table[run] += c
    return counts, total


def fit(examples: list[Example], iterations: int = ITERATIONS, log: bool = True) -> SegmentTable:
    """The segment table fitted to ``examples`` ((Latin letters, segment units) pairs)."""
    emit: dict[str, dict[str, float]] | None = None
    for it in range(iterations):
        counts, total = _expected_counts(examples, emit)
        emit = {}
        for unit, runs in counts.items():
            mass = sum(runs.values())
            if mass < MIN_UNIT:
                continue
            kept = {run: c / mass for run, c in runs.items() if c / mass >= PRUNE}
            emit[unit] = kept
        if log:
            print(f"  segment model, iteration {it + 1}: log-likelihood {total:.0f}, {len(emit)} units")
    pairs: collections.Counter[str] = collections.Counter()
    for latin, _units in examples:
        framed = "^" + latin + "$"
        pairs.update(framed[i : i + 2] for i in range(len(framed) - 1))
    firsts: collections.Counter[str] = collections.Counter()
    for pair, n in pairs.items():
        firsts[pair[0]] += n
    bigram = {}
    for a in "^" + LETTERS:
        for b in LETTERS + "$":
            bigram[a + b] = (pairs[a + b] + 1) / (firsts[a] + 27)
    return SegmentTable(emit or {}, {k: math.log(v) for k, v in bigram.items()})


def write(table: SegmentTable, path: Path, header: list[str]) -> int:
    """Write ``table`` (sorted, four significant digits) to ``path``; the number of rows."""
    lines = list(header)
    for unit in sorted(table.emit):
        for run in sorted(table.emit[unit]):
            lines.append(f"{unit}\t{run or EMPTY}\t{table.emit[unit][run]:.4g}")
    for pair in sorted(table.bigram):
        lines.append(f"{BIGRAM}\t{pair}\t{math.exp(table.bigram[pair]):.4g}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - len(header)
