"""Learned cross-script word models, chosen by script pair.

Each model scores a word in one script against a word in Latin script, for transcriptions by ear that the
matching key cannot see (Worthen / Уорфен). A model is a module of this package exposing a function
``(native word, latin word) -> float`` in [0, 1]; :data:`MODELS` maps the ISO 15924 code of the native script
to it. Today: Cyrillic (:mod:`.cyrillic_latin`), and Han, kana (hiragana and katakana), Hangul, Arabic and
Hebrew (:mod:`.learned`: one generic model, :mod:`.model`, with a romanisation per script, :mod:`.romanize`).
A new model is one more module and one more entry here.
"""

from __future__ import annotations

from collections.abc import Callable

from ...text.scripts import word_script
from .cyrillic_latin import cyrillic_latin_similarity, is_cyrillic, is_latin
from .learned import script_similarity, similarity

__all__ = ["MODELS", "cross_script_similarity", "model_for"]

#: ISO 15924 code of a native script -> its learned similarity to Latin script, ``(native, latin) -> float``.
MODELS: dict[str, Callable[[str, str], float]] = {
    "Cyrl": cyrillic_latin_similarity,
    "Hani": script_similarity("Hani"),
    "Hira": script_similarity("Kana"),
    "Kana": script_similarity("Kana"),
    "Hang": script_similarity("Hang"),
    "Arab": script_similarity("Arab"),
    "Hebr": script_similarity("Hebr"),
}


def model_for(script: str) -> Callable[[str, str], float] | None:
    """The learned model for words of ``script`` (an ISO 15924 code) against Latin script, or ``None``."""
    return MODELS.get(script)


def cross_script_similarity(a: str, b: str) -> float:
    """The learned similarity of two normalised words, one in Latin script and one in another script with a
    model; 0 when no model applies (both Latin, neither Latin, or a script without a model)."""
    latin, other = (a, b) if a.isascii() else (b, a)
    if not is_latin(latin) or other.isascii():
        return 0.0
    if is_cyrillic(other):  # the common case, without asking for the script
        return cyrillic_latin_similarity(other, latin)
    script = word_script(other)
    # (A Cyrillic word is one is_cyrillic accepts: the Cyrillic model was trained on those.)
    model = MODELS.get(script) if script != "Cyrl" else None
    if model is None and script == "mixed":
        return similarity(other, latin) or 0.0  # Japanese names mix kanji and kana in one word
    return model(other, latin) if model is not None else 0.0
