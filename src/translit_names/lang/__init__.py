"""Language packs: one folder per language under ``lang/<code>/`` with a ``pack.json``, data files and the
little code only that language needs (see docs/transliteration.md, "Language packs").

Packs are discovered by scanning for ``pack.json`` (adding a language edits no core module). Nothing is read
at import time: the catalogue is read on first use and kept for the life of the process.

>>> get("el").romanize("Μητσοτάκης")
'Mitsotakis'
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ..errors import TranslitNamesError, UnknownLanguageError, UnknownSchemeError

__all__ = ["Pack", "Scheme", "for_script", "get", "packs"]

_PACKAGE = "translit_names.lang"


@dataclass(frozen=True)
class Scheme:
    """One named romanisation of a pack: the function that applies it, its title and source."""

    name: str
    function: str
    title: str
    source: str


@dataclass(frozen=True)
class Pack:
    """A language pack as declared by its ``pack.json``."""

    code: str
    name: str
    scripts: tuple[str, ...]
    default_scheme: str
    schemes: dict[str, Scheme]
    index_schemes: tuple[str, ...]
    data_files: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    def scheme_function(self, scheme: str | None = None) -> Callable[[str], str]:
        """The ``str -> str`` function of ``scheme`` (the pack's default when ``None``)."""
        name = self.default_scheme if scheme is None else scheme
        if not isinstance(name, str):
            raise TypeError(f"scheme must be a str, not {type(name).__name__}")
        if name not in self.schemes:
            raise UnknownSchemeError(name, self.code, sorted(self.schemes))
        return _resolve(self.schemes[name].function)

    def romanize(self, text: str, scheme: str | None = None) -> str:
        """``text`` written by ``scheme`` (the default scheme when ``None``)."""
        function = self.scheme_function(scheme)
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        return function(text)

    def index_romanizations(self, text: str) -> dict[str, str]:
        """``text`` in each of the pack's ``index_schemes`` (scheme -> spelling), as the index build stores them."""
        return {s: self.romanize(text, s) for s in self.index_schemes}

    def data(self, name: str) -> str:
        """The text of the data file the pack declares as ``name``."""
        try:
            filename = self.data_files[name]
        except KeyError:
            raise TranslitNamesError(f"language pack {self.code!r} has no data file {name!r}") from None
        return resources.files(_PACKAGE).joinpath(self.code).joinpath(filename).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=256)  # one entry per "module:function" named by a pack.json
def _resolve(target: str) -> Callable[[str], str]:
    module_name, _, attr = target.partition(":")
    function = getattr(importlib.import_module(module_name), attr)
    if not callable(function):  # pragma: no cover - pack.json files are checked by the tests
        raise TranslitNamesError(f"{target} is not a function")
    return function  # type: ignore[no-any-return]


def _pack(code: str, raw: dict[str, Any]) -> Pack:
    schemes = {
        name: Scheme(name, str(s["function"]), str(s["title"]), str(s.get("source", "")))
        for name, s in sorted(raw["schemes"].items())
    }
    return Pack(
        code=code,
        name=str(raw["name"]),
        scripts=tuple(raw["scripts"]),
        default_scheme=str(raw["default_scheme"]),
        schemes=schemes,
        index_schemes=tuple(raw.get("index_schemes", ())),
        data_files=dict(raw.get("data", {})),
        sources=dict(raw.get("sources", {})),
    )


@functools.cache
def _catalogue() -> dict[str, Pack]:
    root = resources.files(_PACKAGE)
    found: dict[str, Pack] = {}
    for entry in root.iterdir():
        if not entry.is_dir() or entry.name.startswith((".", "_")):
            continue
        manifest = entry.joinpath("pack.json")
        if manifest.is_file():
            raw = json.loads(manifest.read_text(encoding="utf-8"))
            if raw.get("code") != entry.name:  # pragma: no cover - checked by the tests
                raise TranslitNamesError(f"lang/{entry.name}/pack.json: code {raw.get('code')!r} is not the folder's")
            found[entry.name] = _pack(entry.name, raw)
    return dict(sorted(found.items()))


def packs() -> list[Pack]:
    """Every language pack, by code."""
    return list(_catalogue().values())


def get(code: str) -> Pack:
    """The pack of language ``code``; :class:`UnknownLanguageError` (listing the known ones) otherwise."""
    if not isinstance(code, str):
        raise TypeError(f"code must be a str, not {type(code).__name__}")
    try:
        return _catalogue()[code]
    except KeyError:
        raise UnknownLanguageError(code, list(_catalogue())) from None


def for_script(script: str) -> list[Pack]:
    """The packs whose language is written in ``script`` (an ISO 15924 code such as ``Arab``), by code."""
    return [p for p in _catalogue().values() if script in p.scripts]
