"""The Korean pack's index schemes: the romanisations of :mod:`.romanize` the build generates for every curated
Korean native name (Revised Romanization, McCune-Reischauer, the DPRK system, Kontsevich; for personal names
also with the given-name syllables spaced and joined), filtered by :func:`translit_names.lang.cjk.indexable`;
and the simplified Han form of a name in hanja."""

from __future__ import annotations

from ..cjk import for_index
from ..zh.index import simplified
from . import romanize as ko

__all__ = [
    "customary",
    "customary_joined",
    "customary_mr",
    "customary_mr_joined",
    "kontsevich",
    "kontsevich_name",
    "kontsevich_name_spaced",
    "mccune",
    "mccune_name",
    "mccune_name_joined",
    "mccune_name_spaced",
    "north_korean",
    "revised",
    "revised_name",
    "revised_name_joined",
    "revised_name_spaced",
    "simplified",
]


def _joined(text: str) -> str:
    """A romanised personal name with its given-name syllables joined (Gim Jeong-eun -> Gim Jeongeun)."""
    return text.replace("-", "") if " " in text.strip() else ""


def _customary(text: str, which: int) -> str:
    """The commonest customary surname spelling with the ``which``-th customary given-name spelling of
    :func:`.romanize.customary_given` (0: Revised consonants, 1: McCune-Reischauer consonants; 박근혜 Park
    Geun-hye, Park Keun-hye); ``""`` for text that is not a Hangul personal name."""
    split = ko.split_name(text.strip()) if isinstance(text, str) else None
    surnames = ko.customary_surnames(text.strip()) if split else ()
    givens = ko.customary_given(split[1]) if split else ()
    return f"{surnames[0]} {givens[which]}" if surnames and len(givens) > which else ""


customary = for_index(lambda text: _customary(text, 0))
customary_joined = for_index(lambda text: _joined(_customary(text, 0)))
customary_mr = for_index(lambda text: _customary(text, 1))
customary_mr_joined = for_index(lambda text: _joined(_customary(text, 1)))
revised = for_index(ko.revised)
revised_name = for_index(ko.revised_name)
revised_name_joined = for_index(lambda text: _joined(ko.revised_name(text)))
revised_name_spaced = for_index(lambda text: dict(ko.spaced_names(text)).get("rr_name", ""))
mccune = for_index(ko.mccune)
mccune_name = for_index(ko.mccune_name)
mccune_name_joined = for_index(lambda text: _joined(ko.mccune_name(text)))
mccune_name_spaced = for_index(lambda text: dict(ko.spaced_names(text)).get("mr_name", ""))
north_korean = for_index(ko.north_korean)
kontsevich = for_index(ko.kontsevich)
kontsevich_name = for_index(ko.kontsevich_name)
kontsevich_name_spaced = for_index(lambda text: dict(ko.spaced_names(text)).get("kontsevich_name", ""))
