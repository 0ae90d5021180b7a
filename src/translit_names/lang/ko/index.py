"""The Korean pack's index schemes: the romanisations of :mod:`.romanize` the build generates for every curated
Korean native name (Revised Romanization, McCune-Reischauer, the DPRK system, Kontsevich; for personal names
also with the given-name syllables spaced and joined), filtered by :func:`translit_names.lang.cjk.indexable`;
and the simplified Han form of a name in hanja."""

from __future__ import annotations

from ..cjk import for_index
from ..zh.index import simplified
from . import romanize as ko

__all__ = [
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
