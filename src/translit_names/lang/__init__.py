"""Language packs: what each language needs, as data (titles, case endings, particles ...) and small code
(romanisers), registered by language and script. See :mod:`.registry` and docs/architecture.md."""

from __future__ import annotations

from .registry import LanguagePack, PackError, Registry, Scheme, default_registry, find, for_script, get, lines, packs

__all__ = [
    "LanguagePack",
    "PackError",
    "Registry",
    "Scheme",
    "default_registry",
    "find",
    "for_script",
    "get",
    "lines",
    "packs",
]
