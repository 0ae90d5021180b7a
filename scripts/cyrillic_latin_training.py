"""Training helpers of the Cyrillic / Latin word model (not shipped: the package holds only the runtime model,
translit_names.score.crossscript.cyrillic_latin). Used by scripts/train_cyrillic_latin.py, the quality benchmark
and the model's tests."""

from __future__ import annotations

import zlib
from pathlib import Path

from translit_names.score.crossscript.cyrillic_latin import aligned, totals

__all__ = ["features", "held_out", "logit", "read_pairs"]


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """The (English word, Russian word) pairs of a ``wd_russian_80`` file: ``english<TAB>р у с с к и й<TAB>count``
    lines, the Russian letters joined. (For the training script and the benchmarks; the package ships no pairs.)"""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        english, russian, _count = line.split("\t")
        out.append((english, russian.replace(" ", "")))
    return out


def held_out(english: str) -> bool:
    """Whether a ``wd_russian_80`` pair with this English word is held out of training (a fifth of the words,
    chosen by a CRC-32 of the word, so every pair of one English word falls on the same side)."""
    return zlib.crc32(english.encode("utf-8")) % 5 == 0


def features(cyrillic: str, latin: str) -> dict[str, float] | None:
    """The model's features of a (normalised Cyrillic word, normalised Latin word) pair, before rare blocks are
    merged; ``None`` when either side has no letters, or the two share too few letters (``MIN_SHARED``,
    ``MIN_LENGTH_RATIO``) to be scored. Every block counts under its size (``size:1:2``), its edit with
    markers for the ends of the word, and its edit with one or two letters of context on either side."""
    blocks = aligned(cyrillic, latin)
    if blocks is None:
        return None
    same, ls, ld, names = blocks
    agree, differ, short = totals(same, ls, ld)
    out = {"bias": 1.0, "same": agree, "unmatched": differ, "short": short}
    for name in names:
        out[name] = out.get(name, 0.0) + 1.0
    return out


def logit(feats: dict[str, float], weights: dict[str, float]) -> float:
    """The model's log-odds for a feature set: a block the weights do not know counts as ``rare``."""
    rare = weights.get("rare", 0.0)
    total = 0.0
    for name, value in feats.items():
        weight = weights.get(name)
        total += value * (rare if weight is None else weight)
    return total
