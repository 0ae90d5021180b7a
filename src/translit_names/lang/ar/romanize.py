"""Arabic romanisation families (see :mod:`translit_names.lang.ar.families`).

>>> english("قاسم سليماني")
'Qasim Soleymani'
>>> ala_lc("عبد الفتاح السيسي")
'ʻAbd al-Fattāḥ al-Sīsī'
>>> din_31635("عبد الفتاح السيسي")
'ʿAbd al-Fattāḥ as-Sīsī'
>>> levantine("عبد الفتاح السيسي")
'Abdel Fattah el-Sisi'
>>> french("أسامة بن لادن")
'Oussama ben Laden'
>>> german("بشار الأسد")
'Baschar al-Assad'
>>> maghreb("عبد العزيز بوتفليقة")
'Abdelaziz Boutaflika'
"""

from __future__ import annotations

from ..casing import MAX_INPUT
from .families import FAMILIES, write

__all__ = [
    "ala_lc", "din_31635", "egyptian", "english", "french", "german", "iso_233_2", "levantine", "long_vowels", "maghreb",
    "reading_bare",
]


def _write(text: str, family: str) -> str:
    if not isinstance(text, str):
        return ""
    return write(text[:MAX_INPUT], "ar", FAMILIES[family])


def ala_lc(text: str) -> str:
    """ALA-LC (Library of Congress, 2012): ā ī ū, ḥ ṣ ḍ ṭ ẓ, ʻ and ʼ, th dh kh sh gh, al- unassimilated, -ah."""
    return _write(text, "ala_lc")


def din_31635(text: str) -> str:
    """DIN 31635 (2011): ǧ ḫ š ṯ ḏ ġ, the article assimilated to sun letters (as-Sīsī), -a."""
    return _write(text, "din_31635")


def iso_233_2(text: str) -> str:
    """ISO 233-2 (1993, simplified) letter values: ṯ ǧ ḥ ẖ ḏ š ṣ ḍ ṭ ẓ ʿ ġ, ẗ for ta marbuta."""
    return _write(text, "iso_233_2")


def english(text: str) -> str:
    """English press: no diacritics, q kh dh th sh gh, al-, bin, Abu, Abd al-, Abdullah, -a."""
    return _write(text, "english")


def levantine(text: str) -> str:
    """Egyptian and Levantine press: short i and u as e and o, el-, Abdel: Abdel Fattah el-Sisi."""
    return _write(text, "levantine")


def egyptian(text: str) -> str:
    """Egyptian press: as :func:`levantine`, with g for jim (Gamal, Naguib)."""
    return _write(text, "egyptian")


def french(text: str) -> str:
    """French press: ou, ch, dj, k for qaf, ss between vowels, ben, Abou, Abdel: Oussama ben Laden."""
    return _write(text, "french")


def german(text: str) -> str:
    """German press: sch, dsch, ch, k for qaf, j for consonant y, ss between vowels: Baschar al-Assad."""
    return _write(text, "german")


def long_vowels(text: str) -> str:
    """English spelling with the long vowels doubled, as in the Gulf and South Asian press (Kareem, Saeed,
    Mahmood)."""
    return _write(text, "long_vowels")


def maghreb(text: str) -> str:
    """Maghreb (Algeria, Morocco, Tunisia, Mauritania): French letters, Abdel joined (Abdelaziz), el-, Ben,
    Bou, Ould."""
    return _write(text, "maghreb")


def reading_bare(text: str) -> str:
    """English press spelling without the article (البغدادي -> Baghdadi), as names are often cited. For
    matching; not an index scheme."""
    return _write(text, "bare")
