"""The learned word models of Han, kana, Hangul, Arabic and Hebrew script against Latin script.

:func:`similarity` scores a native word (Han, kana, Hangul, Arabic or Hebrew script) against a Latin word
with the model of the native word's script (:mod:`.model`, weights in ``data/crossscript/``), or says there
is no such model (``None``). :func:`joined_similarity` scores a name written without spaces (Han, kana,
Hangul: 周恩来, 김정은) against the words of a Latin name (Zhou Enlai, Kim Jong-un) run together, when its
parts agree with the Latin words. Only ``compare`` uses these (see docs/matching.md), through
:func:`translit_names.score.crossscript.cross_script_similarity` (which also holds the Cyrillic model) and
:mod:`translit_names.score.compare`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import combinations
from math import comb

from .model import CAP, learned_similarity
from rapidfuzz.distance import Indel

from .romanize import SCRIPTS, romanize, script_of, units

__all__ = [
    "CAP",
    "MAX_SPLITS",
    "MIN_PART",
    "SCRIPTS",
    "UNSPACED",
    "joined_similarity",
    "script_similarity",
    "similarity",
    "word_script",
]

#: Scripts that write a name's parts without spaces between them.
UNSPACED = frozenset({"Hani", "Kana", "Hang"})


@lru_cache(maxsize=65536)
def word_script(word: str) -> str | None:
    """The script of a normalised word when it has a learned model: every character of it is in that script
    (Han and kana may mix, as in Japanese names; the first character decides); ``None`` otherwise. (Cached:
    65,536 words.)"""
    if not word:
        return None
    script = script_of(word[0])
    if script is None:
        return None
    for ch in word[1:]:
        other = script_of(ch)
        if other != script and not (other in ("Hani", "Kana") and script in ("Hani", "Kana")):
            if other is None and not ch.isalpha():
                continue  # combining marks (Arabic harakat, Hebrew points)
            return None
    return script


def _is_latin(word: str) -> bool:
    return bool(word) and word.isascii() and word.isalpha()


def similarity(native: str, latin: str) -> float | None:
    """How likely a normalised native word and a normalised Latin word are one name, in [0, :data:`CAP`], by the
    learned model of the native word's script; ``None`` when no model covers the pair (the native word is not
    all in one of :data:`SCRIPTS`, or the Latin word is not ASCII letters).

    >>> similarity("ワシントン", "washington") >= 0.75
    True
    >>> similarity("иван", "ivan") is None
    True
    """
    script = word_script(native)
    if script is None or not _is_latin(latin):
        return None
    return learned_similarity(native, latin, script)


#: A native run and a Latin word agree as parts of a name when the model scores them at least this, or when
#: this share of their letters agree in order (Indel similarity: 정 jeong / jong, 习 xi / xi).
MIN_PART = 0.55
#: At most this many ways of cutting a native run into parts are tried.
MAX_SPLITS = 256


def _splits(n: int, k: int) -> list[tuple[int, ...]]:
    """Every way to cut ``n`` units into ``k`` non-empty runs, as the k+1 cut positions."""
    if k > n:
        return []
    return [(0, *cuts, n) for cuts in combinations(range(1, n), k - 1)]


def _part_agrees(native: str, latin: str, script: str) -> bool:
    if Indel.normalized_similarity(romanize(native, script), latin) >= MIN_PART:
        return True
    return learned_similarity(native, latin, script) >= MIN_PART


def script_similarity(script: str) -> Callable[[str, str], float]:
    """The learned similarity of one script's model as a function ``(native word, latin word) -> float`` in
    [0, :data:`CAP`] (for :data:`translit_names.score.crossscript.MODELS`)."""

    def scored(native: str, latin: str) -> float:
        return learned_similarity(native, latin, script) if _is_latin(latin) else 0.0

    return scored


def joined_similarity(native: tuple[str, ...], latin: tuple[str, ...]) -> float | None:
    """How likely a name in a script written without spaces (:data:`UNSPACED`: 周恩来, 김정은, or 周 恩来) and
    the words of a Latin name (Zhou Enlai, Kim Jong-un) are one name, in [0, :data:`CAP`].

    The native words run together are scored against the Latin words run together by the learned model, the
    Latin words in their order and with the last one first (given-family against family-given), provided
    the native run can be cut into runs of whole units (characters, syllable blocks, kana), one per Latin
    word, that each agree with their word (:data:`MIN_PART`): 김정일 is not Kim Jong-un. ``None`` when the
    native words are not all in one such script, or the Latin words are not all ASCII letters, or both sides
    have one word only."""
    if not native or not latin or len(native) + len(latin) < 3:
        return None
    scripts = {word_script(w) for w in native}
    if len(scripts) != 1 or not scripts <= UNSPACED or not all(map(_is_latin, latin)):
        return None
    script = scripts.pop()
    assert script is not None
    joined = "".join(native)
    labels = [label for label, _roman in units(joined, script)]
    if len(latin) > len(labels) or comb(len(labels) - 1, len(latin) - 1) > MAX_SPLITS:
        return 0.0  # more words than units, or too many ways to cut a long run
    splits = _splits(len(labels), len(latin))
    best = 0.0
    for order in dict.fromkeys((latin, latin[-1:] + latin[:-1])):
        whole = learned_similarity(joined, "".join(order), script)
        if whole <= best or whole < MIN_PART:
            continue
        for cuts in splits:
            if all(
                _part_agrees("".join(labels[cuts[i] : cuts[i + 1]]), word, script) for i, word in enumerate(order)
            ):
                best = whole
                break
    return best
