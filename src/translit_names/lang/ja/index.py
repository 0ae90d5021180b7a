"""The Japanese pack's index schemes: the romanisations of :mod:`.romanize` (Hepburn in each long-vowel
spelling, Kunrei, Polivanov) the build generates for every curated Japanese native name written in kana or
in kanji with a curated reading, filtered by :func:`translit_names.lang.cjk.indexable`."""

from __future__ import annotations

from ..cjk import for_index
from ..zh.index import simplified
from . import romanize as ja

__all__ = ["hepburn", "hepburn_oo", "hepburn_passport", "hepburn_simple", "kunrei", "polivanov", "simplified", "wapuro"]

hepburn = for_index(ja.hepburn)
hepburn_simple = for_index(ja.hepburn_simple)
hepburn_passport = for_index(ja.hepburn_passport)
hepburn_oo = for_index(ja.hepburn_oo)
wapuro = for_index(ja.wapuro)
kunrei = for_index(ja.kunrei)
polivanov = for_index(ja.polivanov)
