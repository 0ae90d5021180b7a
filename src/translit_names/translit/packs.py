"""The language packs with schemes of their own, served by ``languages``, ``schemes``, ``transliterate`` and
``romanize`` beside the Cyrillic scheme tables (docs/transliteration.md, "Language packs")."""

from __future__ import annotations

from typing import Any

from ..errors import UnknownSchemeError

__all__ = ["INDEX_PREFIX", "listed_schemes", "pack_of", "packs_with_schemes", "romanize_by_pack"]

#: Schemes named so are the forms the index build generates (lang/cjk.py: filtered copies of listed schemes):
#: callable by name, but not listed by ``schemes`` nor given by ``romanize``.
INDEX_PREFIX = "index_"


def packs_with_schemes() -> list[Any]:
    """The language packs that have schemes (the Cyrillic tables' own packs among them)."""
    from .. import lang  # a later stage: imported when first used, not at module level

    return [p for p in lang.packs() if p.schemes]


def listed_schemes(pack: Any) -> list[str]:
    """The scheme names of ``pack`` that ``schemes`` lists and ``romanize`` gives, sorted."""
    return sorted(s for s in pack.schemes if not s.startswith(INDEX_PREFIX))


def pack_of(lang: str) -> Any:
    """The pack of language ``lang`` (with schemes), or ``None``."""
    if not isinstance(lang, str):
        return None
    return next((p for p in packs_with_schemes() if p.code == lang), None)


def romanize_by_pack(pack: Any, text: object, scheme: object) -> str:
    """``text`` by ``scheme`` of ``pack``: the scheme is checked before the text (as for the tables)."""
    if not isinstance(scheme, str):
        raise TypeError(f"scheme must be a str, not {type(scheme).__name__}")
    if scheme not in pack.schemes:
        raise UnknownSchemeError(scheme, pack.code, sorted(pack.schemes))
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return str(pack.romanize(text, scheme))
