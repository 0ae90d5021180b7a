"""Table-driven transliteration of Cyrillic names into Latin script.

Every scheme is a JSON file, ``schemes/<lang>/<scheme>.json``, holding a letter table, context rules and word
endings (the format is described in ``docs/transliteration.md``). Nothing is read at import time: a scheme file
is read, validated and compiled the first time it is used, and kept for the life of the process.

>>> transliterate("Щукин", lang="ru", scheme="wikipedia")
'Shchukin'
>>> transliterate("ЩУКИН", lang="ru", scheme="wikipedia")
'SHCHUKIN'
>>> transliterate("Тихановская", lang="ru", scheme="german")
'Tichanowskaja'
>>> romanize("Зеленський", lang="uk")["national_2010"]
'Zelenskyi'
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import TranslitNamesError, UnknownLanguageError, UnknownSchemeError
from .packs import listed_schemes, pack_of, packs_with_schemes, romanize_by_pack

__all__ = ["compile_scheme", "languages", "parse_scheme", "romanize", "schemes", "transliterate"]

_PACKAGE = "translit_names.translit"
_SCHEMES_DIR = "schemes"
_FORMAT = 1

# A word is a run of letters (and combining marks), possibly joined by apostrophes: the apostrophe is a
# letter of Ukrainian and Belarusian spelling (Знам'янка, Вераб'ёвічы), so it belongs to the word around it.
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f])"
_WORD = re.compile(rf"{_LETTER}+(?:['\u2019\u02bc]{_LETTER}+)*")

# Stress marks (combining acute and grave) written over Cyrillic vowels in dictionaries and encyclopedias are
# not part of the spelling. NFC would fuse some of them with their letter (и + grave -> ѝ), so they are removed
# from the decomposed text before it is recomposed.
_MAY_CARRY_STRESS = re.compile("[\u0300\u0301\u0400\u040d\u0450\u045d]")
_STRESS = re.compile("(?<=[\u0400-\u04ff])[\u0300\u0301]+")

_WORD_START = "^"
_WORD_END = "$"
_CLASS_REF = re.compile(r"\{([a-z_]+)\}")
_TOP_LEVEL_FIELDS = frozenset(
    {
        "format",
        "lang",
        "name",
        "title",
        "description",
        "reference",
        "attribution",
        "license",
        "source",
        "notes",
        "classes",
        "letters",
        "rules",
        "endings",
    }
)
_REQUIRED_FIELDS = ("format", "lang", "name", "title", "description", "reference", "attribution", "letters")
_RULE_FIELDS = frozenset({"match", "after", "before", "to", "note"})


class _SchemeFileError(TranslitNamesError):
    """A scheme file that cannot be used; the message names the file and the entry at fault."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


# ---------------------------------------------------------------------------------------------------------
# Public API


def languages() -> list[str]:
    """The language codes that have at least one scheme, sorted: the Cyrillic tables' and the packs' (``ar`` ...)."""
    return sorted({*_catalogue(), *(p.code for p in packs_with_schemes())})


def _pack(lang: str) -> Any:
    """The language pack of ``lang`` when no scheme table serves it, else ``None``."""
    return None if not isinstance(lang, str) or lang in _catalogue() else pack_of(lang)


def schemes(lang: str) -> list[str]:
    """The scheme names offered for ``lang``, sorted.

    Raises :class:`~translit_names.errors.UnknownLanguageError` (listing the known languages) for a language
    without schemes.
    """
    pack = _pack(lang)
    return listed_schemes(pack) if pack is not None else list(_schemes_of(lang))


def transliterate(text: str, *, lang: str, scheme: str) -> str:
    """``text`` written in Latin script by ``scheme`` of language ``lang``.

    Letters the scheme does not know (Latin letters, digits, punctuation, other scripts) are kept as they are;
    the text is put in Unicode NFC first and stress marks over Cyrillic vowels are dropped. Case follows the
    source: ``Щукин`` gives ``Shchukin`` and ``ЩУКИН`` gives ``SHCHUKIN``.

    Raises :class:`TypeError` if ``text`` is not a string, and
    :class:`~translit_names.errors.UnknownLanguageError` or :class:`~translit_names.errors.UnknownSchemeError`
    (listing what is known) for a language or scheme that does not exist, whatever ``text`` is.
    """
    pack = _pack(lang)
    if pack is not None:
        return romanize_by_pack(pack, text, scheme)
    table = _table(lang, scheme)
    _check_text(text)
    return table.apply(_prepare(text))


def romanize(text: str, *, lang: str) -> dict[str, str]:
    """``text`` in every scheme of ``lang``: a dict from scheme name to spelling, in sorted scheme order.

    Different schemes often agree, so the same spelling may appear under several schemes; callers that want
    distinct spellings should deduplicate the values (``dict.fromkeys(result.values())`` keeps the order).
    Raises like :func:`transliterate`.
    """
    pack = _pack(lang)
    if pack is not None:
        return {name: romanize_by_pack(pack, text, name) for name in listed_schemes(pack)}
    names = _schemes_of(lang)
    _check_text(text)
    prepared = _prepare(text)
    return {name: _table(lang, name).apply(prepared) for name in names}


# ---------------------------------------------------------------------------------------------------------
# Catalogue of scheme files


@functools.cache
def _catalogue() -> dict[str, tuple[str, ...]]:
    """Language code -> sorted scheme names, from the directory layout of the packaged scheme files."""
    root = resources.files(_PACKAGE).joinpath(_SCHEMES_DIR)
    found: dict[str, tuple[str, ...]] = {}
    for entry in root.iterdir():
        if not entry.is_dir() or entry.name.startswith((".", "_")):
            continue
        names = sorted(f.name[: -len(".json")] for f in entry.iterdir() if f.is_file() and f.name.endswith(".json"))
        if names:
            found[entry.name] = tuple(names)
    return dict(sorted(found.items()))


def _schemes_of(lang: str) -> tuple[str, ...]:
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str, not {type(lang).__name__}")
    catalogue = _catalogue()
    try:
        return catalogue[lang]
    except KeyError:
        raise UnknownLanguageError(lang, languages()) from None


@functools.cache
def _table(lang: str, scheme: str) -> SchemeTable:
    """The compiled table of a scheme, validating both names first."""
    known = _schemes_of(lang)
    if not isinstance(scheme, str):
        raise TypeError(f"scheme must be a str, not {type(scheme).__name__}")
    if scheme not in known:
        raise UnknownSchemeError(scheme, lang, list(known))
    path = f"{_SCHEMES_DIR}/{lang}/{scheme}.json"
    text = resources.files(_PACKAGE).joinpath(path).read_text(encoding="utf-8")
    return compile_scheme(parse_scheme(text, path), path, lang=lang, scheme=scheme)


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")


def _prepare(text: str) -> str:
    """NFC, without stress marks over Cyrillic letters."""
    if text.isascii():
        return text
    if _MAY_CARRY_STRESS.search(text):
        text = _STRESS.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------------------------------------
# Compiled tables


@dataclass(frozen=True, slots=True)
class _Rule:
    after: frozenset[str] | None  # allowed previous letters ("^" = start of word); None = anything
    before: frozenset[str] | None  # allowed next letters ("$" = end of word); None = anything
    output: str


@dataclass(frozen=True, slots=True)
class _Entry:
    rules: tuple[_Rule, ...]
    default: str | None  # None: the sequence is only transliterated where a rule matches

    def resolve(self, low: str, start: int, stop: int) -> str | None:
        if self.rules:
            prev = low[start - 1] if start else _WORD_START
            nxt = low[stop] if stop < len(low) else _WORD_END
            for rule in self.rules:
                if (rule.after is None or prev in rule.after) and (rule.before is None or nxt in rule.before):
                    return rule.output
        return self.default


class SchemeTable:
    """One scheme, compiled for speed: per first letter, the lengths of the sequences that start with it."""

    __slots__ = ("_endings", "_entries", "_lengths", "_word_sub")

    def __init__(self, entries: dict[str, _Entry], endings: dict[str, str]) -> None:
        self._entries = entries
        lengths: dict[str, set[int]] = {}
        for key in entries:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {first: tuple(sorted(ls, reverse=True)) for first, ls in lengths.items()}
        self._endings = tuple(sorted(endings.items(), key=lambda item: (-len(item[0]), item[0])))
        self._word_sub: Callable[[re.Match[str]], str] = lambda m: self._word(m.group())

    def apply(self, text: str) -> str:
        return _WORD.sub(self._word_sub, text)

    def _word(self, word: str) -> str:
        low = word.lower()
        if len(low) != len(word):  # a few letters lower-case to two characters (İ); keep positions aligned
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in word)
        n = len(low)
        upper = n > 1 and word.isupper()
        stop = n
        tail = ""
        for ending, ending_out in self._endings:
            if n > len(ending) and low.endswith(ending):
                stop = n - len(ending)
                tail = ending_out.upper() if upper else ending_out
                break
        parts: list[str] = []
        entries, lengths = self._entries, self._lengths
        i = 0
        while i < stop:
            out: str | None = None
            j = i + 1
            for length in lengths.get(low[i], ()):
                j = i + length
                if j > stop:
                    continue
                entry = entries.get(low[i:j])
                if entry is not None:
                    out = entry.resolve(low, i, j)
                    if out is not None:
                        break
            if out is None:
                parts.append(word[i])
                i += 1
                continue
            if out:
                if upper:
                    out = out.upper()
                elif word[i].isupper():
                    out = _capitalize(out)
                parts.append(out)
            i = j
        parts.append(tail)
        return "".join(parts)


def _capitalize(text: str) -> str:
    """Upper-case the first letter of ``text`` and nothing else (``"·y"`` -> ``"·Y"``)."""
    for k, c in enumerate(text):
        if c.isalpha():
            return text[:k] + c.upper() + text[k + 1 :]
    return text


# ---------------------------------------------------------------------------------------------------------
# Reading and validating scheme files


def parse_scheme(text: str, path: str) -> dict[str, Any]:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        for key, value in pairs:
            if key in obj:
                raise _SchemeFileError(path, f"duplicate key {key!r}")
            obj[key] = value
        return obj

    try:
        data = json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        raise _SchemeFileError(path, f"not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise _SchemeFileError(path, "the top level must be an object")
    return data


def compile_scheme(data: dict[str, Any], path: str, *, lang: str, scheme: str) -> SchemeTable:
    def fail(message: str) -> _SchemeFileError:
        return _SchemeFileError(path, message)

    unknown = sorted(set(data) - _TOP_LEVEL_FIELDS)
    if unknown:
        raise fail(f"unknown field(s) {', '.join(unknown)}")
    missing = [f for f in _REQUIRED_FIELDS if f not in data]
    if missing:
        raise fail(f"missing field(s) {', '.join(missing)}")
    if data["format"] != _FORMAT:
        raise fail(f"format {data['format']!r} is not supported (expected {_FORMAT})")
    if data["lang"] != lang or data["name"] != scheme:
        raise fail(f"lang/name {data['lang']!r}/{data['name']!r} do not match the file's place {lang!r}/{scheme!r}")

    classes = data.get("classes", {})
    if not isinstance(classes, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in classes.items()
    ):
        raise fail("classes must map names to non-empty strings of letters")

    def sequence(value: object, where: str) -> str:
        if not isinstance(value, str) or not value:
            raise fail(f"{where}: must be a non-empty string")
        if value != value.lower() or unicodedata.normalize("NFC", value) != value:
            raise fail(f"{where}: {value!r} must be lower-case NFC")
        return value

    def output(value: object, where: str) -> str:
        if not isinstance(value, str):
            raise fail(f"{where}: the output must be a string")
        return value

    def context(value: object, where: str, boundary: str) -> frozenset[str] | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            raise fail(f"{where}: must be a non-empty string of letters")

        def expand(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in classes:
                raise fail(f"{where}: unknown class {{{name}}}")
            return str(classes[name])

        chars = _CLASS_REF.sub(expand, value)
        other = _WORD_END if boundary == _WORD_START else _WORD_START
        if other in chars:
            raise fail(f"{where}: {other!r} cannot be used here (only {boundary!r})")
        if "{" in chars or "}" in chars:
            raise fail(f"{where}: malformed class reference in {value!r}")
        if chars != chars.lower():
            raise fail(f"{where}: {value!r} must be lower-case")
        return frozenset(chars)

    letters = data["letters"]
    if not isinstance(letters, dict) or not letters:
        raise fail("letters must be a non-empty object")
    rules_by_key: dict[str, list[_Rule]] = {}
    rules = data.get("rules", [])
    if not isinstance(rules, list):
        raise fail("rules must be a list")
    for number, rule in enumerate(rules, start=1):
        where = f"rule {number}"
        if not isinstance(rule, dict):
            raise fail(f"{where}: must be an object")
        extra = sorted(set(rule) - _RULE_FIELDS)
        if extra or "match" not in rule or "to" not in rule:
            raise fail(f"{where}: needs 'match' and 'to' and may have 'after', 'before', 'note' (got {sorted(rule)})")
        key = sequence(rule["match"], f"{where} match")
        after = context(rule.get("after"), f"{where} ({key}) after", _WORD_START)
        before = context(rule.get("before"), f"{where} ({key}) before", _WORD_END)
        if after is None and before is None:
            raise fail(f"{where} ({key}): a rule needs 'after' or 'before' (put plain mappings in letters)")
        rules_by_key.setdefault(key, []).append(_Rule(after, before, output(rule["to"], f"{where} ({key}) to")))

    entries: dict[str, _Entry] = {}
    for key in sorted(set(letters) | set(rules_by_key)):
        default = None
        if key in letters:
            default = output(letters[key], f"letters {sequence(key, 'letters key')!r}")
        entries[key] = _Entry(tuple(rules_by_key.get(key, ())), default)

    endings = data.get("endings", {})
    if not isinstance(endings, dict):
        raise fail("endings must be an object")
    for key, value in endings.items():
        sequence(key, "endings key")
        output(value, f"endings {key!r}")
    return SchemeTable(entries, dict(endings))
