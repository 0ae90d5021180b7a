"""Urdu romanisation families (see :mod:`translit_names.lang.ar.families`): ALA-LC Urdu and the English
spelling of the Pakistani press (Imran Khan, Shahbaz Sharif, Zulfiqar Ali Bhutto).

>>> english("عمران خان")
'Imran Khan'
>>> ala_lc("ذوالفقار علی بھٹو")
'Ẕulfiqār ʻAlī Bhuṭṭo'
"""

from __future__ import annotations

from ..casing import MAX_INPUT
from ..ar.families import FAMILIES, write

__all__ = ["ala_lc", "english"]


def _write(text: str, family: str) -> str:
    if not isinstance(text, str):
        return ""
    return write(text[:MAX_INPUT], "ur", FAMILIES[family])


def ala_lc(text: str) -> str:
    """ALA-LC Urdu (Library of Congress): ā ī ū e o, ṭ ḍ ṛ, s̱ ẕ ż ẓ, ʻ ʼ."""
    return _write(text, "ur_ala_lc")


def english(text: str) -> str:
    """The English spelling of the Pakistani press: no diacritics, kh sh, -ullah (Imran Khan, Nawaz Sharif)."""
    return _write(text, "ur_english")
