"""The language-pack registry: every folder of this package holding a ``pack.json`` is a language pack.

A pack (``lang/<code>/``, ``code`` a BCP-47 language code) holds ``pack.json`` (name, scripts, schemes, data
files, sources), data files (txt / tsv / json, UTF-8, with a header comment naming source and licence) and,
optionally, code modules exposing plain ``str -> str`` functions. Packs are found by scanning for
``pack.json`` on first use: adding a language adds a folder and touches no core module. See
docs/architecture.md ("Adding a language").

>>> get("ru").romanize("Щукин", "wikipedia")
'Shchukin'
>>> [p.code for p in for_script("Cyrl")][:3]
['be', 'mul', 'ru']
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from ..errors import TranslitNamesError, UnknownLanguageError, UnknownSchemeError

__all__ = ["LanguagePack", "PackError", "Registry", "Scheme", "default_registry", "find", "for_script", "get", "lines", "packs"]

_PACKAGE = "translit_names.lang"
_PACK_FILE = "pack.json"
_PACK_KEYS = frozenset({"code", "name", "scripts", "default_scheme", "schemes", "index_schemes", "data", "sources"})


class PackError(TranslitNamesError):
    """A language pack whose ``pack.json`` or data files cannot be used (names the pack and the problem)."""


@dataclass(frozen=True)
class Scheme:
    """A romanisation scheme of a pack: a function ``"module:attribute"`` (``str -> str``), or a table of the
    transliteration engine (``"table": "<lang>/<scheme>"``, a file under ``translit/schemes/``)."""

    name: str
    title: str
    source: str = ""
    function: str | None = None
    table: str | None = None


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per pack of a registry
class LanguagePack:
    """One language pack, as ``pack.json`` describes it, in ``folder``. Data and scheme code are loaded on first
    use."""

    folder: Traversable = field(repr=False)
    module: str | None = field(repr=False)  # the pack's Python package, when it is one
    code: str
    name: str
    scripts: tuple[str, ...] = ()
    default_scheme: str | None = None
    schemes: dict[str, Scheme] = field(default_factory=dict)
    index_schemes: tuple[str, ...] = ()
    data_files: dict[str, str] = field(default_factory=dict)
    sources: dict[str, Any] = field(default_factory=dict)

    def romanize(self, text: str, scheme: str | None = None) -> str:
        """``text`` in Latin script by ``scheme`` (default: the pack's default scheme)."""
        name = scheme if scheme is not None else self.default_scheme
        if name is None or name not in self.schemes:
            raise UnknownSchemeError(str(name), self.code, sorted(self.schemes))
        return _scheme_function(self, name)(text)

    def romanizations(self, text: str) -> dict[str, str]:
        """``text`` in every scheme of :attr:`index_schemes` (the romanisations the index build generates for a
        native name), in that order."""
        tables = {s.table.split("/")[0] for s in map(self.schemes.__getitem__, self.index_schemes) if s.table}
        if len(tables) == 1 and all(self.schemes[s].table for s in self.index_schemes):
            from ..translit.engine import romanize  # every index scheme is a table of one language: one pass

            every = romanize(text, lang=next(iter(tables)))
            return {s: every[self.schemes[s].table.split("/")[1]] for s in self.index_schemes}  # type: ignore[union-attr]
        return {s: self.romanize(text, s) for s in self.index_schemes}

    def has_data(self, name: str) -> bool:
        return name in self.data_files

    def data(self, name: str) -> Any:
        """The data file ``name`` of this pack: a ``.txt`` file as a tuple of its lines (comments starting with
        ``#`` and blank lines left out, ends stripped), a ``.tsv`` file as a tuple of rows (tuples of fields), a
        ``.json`` file as its value. Read once, then kept (at most 512 files over all packs)."""
        if name not in self.data_files:
            raise PackError(f"language pack {self.code!r} has no data file {name!r} (it has: {', '.join(sorted(self.data_files))})")
        return _read_data(self, self.data_files[name])


@lru_cache(maxsize=512)
def _read_data(pack: LanguagePack, filename: str) -> Any:
    try:
        text = (pack.folder / filename).read_text(encoding="utf-8")
    except OSError as exc:
        raise PackError(f"language pack {pack.code!r}: cannot read {filename}: {exc}") from None
    if filename.endswith(".json"):
        return json.loads(text)
    lines = [line.rstrip("\r") for line in text.split("\n")]
    kept = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if filename.endswith(".tsv"):
        return tuple(tuple(line.split("\t")) for line in kept)
    return tuple(line.strip() for line in kept)


def _import(pack: LanguagePack, module: str) -> Any:
    """The pack's code module: ``.name`` is a module of the pack itself (``romanize.py`` in its folder)."""
    if not module.startswith("."):
        return importlib.import_module(module)
    if pack.module is not None:
        return importlib.import_module(pack.module + module)
    path = Path(str(pack.folder)) / (module[1:].replace(".", "/") + ".py")
    spec = importlib.util.spec_from_file_location(f"translit_names_pack_{pack.code}{module.replace('.', '_')}", path)
    if spec is None or spec.loader is None:
        raise PackError(f"language pack {pack.code!r}: no module {module} ({path})")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


@lru_cache(maxsize=256)
def _scheme_function(pack: LanguagePack, name: str) -> Callable[[str], str]:
    scheme = pack.schemes[name]
    if scheme.table:
        from ..translit.engine import transliterate

        lang, table = scheme.table.split("/")
        return lambda text: transliterate(text, lang=lang, scheme=table)
    if not scheme.function or ":" not in scheme.function:
        raise PackError(f"language pack {pack.code!r}: scheme {name!r} has neither a table nor a 'module:function'")
    module, _, attr = scheme.function.partition(":")
    fn = getattr(_import(pack, module), attr, None)
    if not callable(fn):
        raise PackError(f"language pack {pack.code!r}: {scheme.function} is not a function")
    return fn  # type: ignore[no-any-return]


def _parse_pack(folder: str, raw: dict[str, Any], where: Traversable, module: str | None) -> LanguagePack:
    unknown = set(raw) - _PACK_KEYS
    if unknown:
        raise PackError(f"language pack {folder!r}: unknown pack.json keys {sorted(unknown)}")
    if raw.get("code") != folder:
        raise PackError(f"language pack {folder!r}: pack.json says code {raw.get('code')!r}; it must be the folder name")
    if not isinstance(raw.get("name"), str):
        raise PackError(f"language pack {folder!r}: pack.json needs a 'name'")
    schemes = {}
    for name, spec in (raw.get("schemes") or {}).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("title"), str):
            raise PackError(f"language pack {folder!r}: scheme {name!r} needs a 'title'")
        schemes[name] = Scheme(name, spec["title"], spec.get("source", ""), spec.get("function"), spec.get("table"))
    index_schemes = tuple(raw.get("index_schemes") or ())
    default = raw.get("default_scheme")
    for s in (*index_schemes, *([default] if default else [])):
        if s not in schemes:
            raise PackError(f"language pack {folder!r}: scheme {s!r} is listed but not defined")
    return LanguagePack(
        folder=where,
        module=module,
        code=folder,
        name=raw["name"],
        scripts=tuple(raw.get("scripts") or ()),
        default_scheme=default,
        schemes=schemes,
        index_schemes=index_schemes,
        data_files=dict(raw.get("data") or {}),
        sources=dict(raw.get("sources") or {}),
    )


class Registry:
    """The language packs found in some folders (each a folder of pack folders), discovered on first use.

    :func:`default_registry` holds the packs of this package; a registry of other folders serves tests and
    experiments (``Registry(Path("my-packs"))``) without changing the default one.
    """

    def __init__(self, *roots: Traversable, package: str | None = None) -> None:
        self._roots = roots
        self._package = package
        self._packs: dict[str, LanguagePack] | None = None

    def _all(self) -> dict[str, LanguagePack]:
        if self._packs is None:
            found: dict[str, LanguagePack] = {}
            for root in self._roots:
                for entry in sorted(root.iterdir(), key=lambda e: e.name):
                    if not entry.is_dir() or entry.name.startswith((".", "_")):
                        continue
                    spec = entry / _PACK_FILE
                    if not spec.is_file():
                        continue
                    try:
                        raw = json.loads(spec.read_text(encoding="utf-8"))
                    except ValueError as exc:
                        raise PackError(f"language pack {entry.name!r}: pack.json is not valid JSON ({exc})") from None
                    if not isinstance(raw, dict):
                        raise PackError(f"language pack {entry.name!r}: pack.json must hold an object")
                    module = f"{self._package}.{entry.name}" if self._package else None
                    found[entry.name] = _parse_pack(entry.name, raw, entry, module)
            self._packs = dict(sorted(found.items()))
        return self._packs

    def packs(self) -> list[LanguagePack]:
        """Every language pack, ordered by code."""
        return list(self._all().values())

    def get(self, code: str) -> LanguagePack:
        """The pack of language ``code``; raises :class:`~translit_names.UnknownLanguageError` listing the known
        ones."""
        pack = self._all().get(code)
        if pack is None:
            raise UnknownLanguageError(code, sorted(self._all()))
        return pack

    def find(self, code: str) -> LanguagePack | None:
        """The pack of language ``code`` (its primary subtag: ``ru`` for ``ru-Latn``), or ``None``."""
        return self._all().get(code.split("-")[0])

    def for_script(self, script: str) -> list[LanguagePack]:
        """The packs for languages written in ``script`` (an ISO 15924 code such as ``Cyrl`` or ``Hang``)."""
        return [p for p in self._all().values() if script in p.scripts]

    def lines(self, name: str) -> tuple[str, ...]:
        """The lines of the ``.txt`` data file ``name`` of every pack that has one, pack after pack in code order
        (for lists that are the union over languages: ``lines("titles")``)."""
        out: list[str] = []
        for pack in self._all().values():
            if name in pack.data_files:
                out.extend(pack.data(name))
        return tuple(out)


@cache
def default_registry() -> Registry:
    """The packs that ship in ``translit_names/lang/`` (discovered once)."""
    return Registry(resources.files(_PACKAGE), package=_PACKAGE)


def packs() -> list[LanguagePack]:
    """Every language pack of this package, ordered by code."""
    return default_registry().packs()


def get(code: str) -> LanguagePack:
    """The pack of language ``code``; raises :class:`~translit_names.UnknownLanguageError` listing the known ones."""
    return default_registry().get(code)


def find(code: str) -> LanguagePack | None:
    """The pack of language ``code`` (its primary subtag: ``ru`` for ``ru-Latn``), or ``None``."""
    return default_registry().find(code)


def for_script(script: str) -> list[LanguagePack]:
    """The packs for languages written in ``script`` (an ISO 15924 code such as ``Cyrl`` or ``Hang``), by code."""
    return default_registry().for_script(script)


@lru_cache(maxsize=64)
def lines(name: str) -> tuple[str, ...]:
    """:meth:`Registry.lines` of the default registry (kept once read, at most 64 names)."""
    return default_registry().lines(name)
