"""The Chinese pack's index schemes: the romanisations of :mod:`.romanize` the build generates for every curated
Chinese native name, each filtered by :func:`translit_names.lang.cjk.indexable`, and the syllables spaced
(Xi Jin Ping, Bei Jing) as the press sometimes writes them."""

from __future__ import annotations

from ..cjk import indexable
from . import romanize as zh

__all__ = ["palladius", "palladius_name", "pinyin", "pinyin_name", "pinyin_spaced", "simplified", "wade_giles_name", "wade_giles_name_ascii"]


def pinyin(text: str) -> str:
    """:func:`.romanize.pinyin` for the index (北京 Beijing; 习近平 Xijinping, the name joined)."""
    return indexable(text, zh.pinyin(text))


def pinyin_name(text: str) -> str:
    """:func:`.romanize.pinyin_name` for the index (习近平 Xi Jinping)."""
    return indexable(text, zh.pinyin_name(text))


def pinyin_spaced(text: str) -> str:
    """Pinyin with every syllable a word (习近平 Xi Jin Ping, 北京 Bei Jing)."""
    return indexable(text, zh.pinyin_spaced(text))


def wade_giles_name(text: str) -> str:
    """:func:`.romanize.wade_giles_name` for the index (邓小平 Teng Hsiao-p'ing)."""
    return indexable(text, zh.wade_giles_name(text))


def wade_giles_name_ascii(text: str) -> str:
    """:func:`.romanize.wade_giles_name_ascii` for the index (邓小平 Teng Hsiao-ping)."""
    return indexable(text, zh.wade_giles_name_ascii(text))


def palladius(text: str) -> str:
    """:func:`.romanize.palladius` for the index (北京 Бэйцзин)."""
    return indexable(text, zh.palladius(text))


def palladius_name(text: str) -> str:
    """:func:`.romanize.palladius_name` for the index (周恩来 Чжоу Эньлай)."""
    return indexable(text, zh.palladius_name(text))


def simplified(text: str) -> str:
    """The simplified form of a traditional name (鄧小平 邓小平); ``""`` when it is already simplified."""
    if not isinstance(text, str) or any(c in "·・" for c in text):
        return ""
    simp = zh.simplified(text)
    return simp if simp != text else ""
