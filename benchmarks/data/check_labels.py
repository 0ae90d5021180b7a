"""Check the shape of the labelled sets in this folder, without the matcher.

Usage: ``python benchmarks/data/check_labels.py`` (from the repository root; needs only PyYAML).

Checks ``precision.tsv`` and ``pairs.tsv`` (whichever exist): UTF-8, the header, the column count of every
row, no empty or padded field, allowed types / labels / categories, no duplicate row, and that every expected
ID other than ``-`` exists in the gazetteer sources: an ``id:`` field of ``gazetteer/**/*.yaml``, or
``country:<code>`` for a ``code`` of ``gazetteer/sources/rigour-territories/data.jsonl``. It deliberately
imports nothing from ``translit_names``: the sets measure the matcher and must not depend on it.
Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import yaml

__all__ = ["gazetteer_ids", "check_precision", "check_pairs", "main"]

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

LOOKUP_TYPES = {"", "person", "organisation", "country", "territory", "city", "place"}
PRECISION_CATEGORIES = {"given-name", "surname", "dominant", "word", "code", "country-code", "nonsense"}
PAIR_TYPES = {"person", "organisation"}
PAIR_LABELS = {"same", "different"}


def gazetteer_ids(root: Path = ROOT) -> set[str]:
    """Every entity ID the gazetteer sources define (YAML ``id:`` fields and rigour country codes)."""
    ids: set[str] = set()
    for path in sorted((root / "gazetteer").rglob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entity in doc.get("entities") or []:
            if isinstance(entity, dict) and isinstance(entity.get("id"), str):
                ids.add(entity["id"])
    territories = root / "gazetteer" / "sources" / "rigour-territories" / "data.jsonl"
    for line in territories.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ids.add("country:" + json.loads(line)["code"])
    return ids


def _rows(path: Path, header: list[str], problems: list[str]) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        problems.append(f"{path.name}:1: header must be {'<TAB>'.join(header)}")
        return []
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            problems.append(f"{path.name}:{number}: {len(fields)} columns, expected {len(header)}")
            continue
        for name, value in zip(header, fields):
            if value != value.strip() or "\r" in value:
                problems.append(f"{path.name}:{number}: {name} has surrounding whitespace")
            if not value and name != "type":
                problems.append(f"{path.name}:{number}: {name} is empty")
        rows.append([str(number), *fields])
    return rows


def check_precision(path: Path, ids: set[str]) -> tuple[list[str], Counter[str]]:
    problems: list[str] = []
    counts: Counter[str] = Counter()
    seen: dict[tuple[str, str], str] = {}
    for number, query, type_, expected, category, _note in _rows(
        path, ["query", "type", "expected", "category", "note"], problems
    ):
        where = f"{path.name}:{number}"
        if type_ not in LOOKUP_TYPES:
            problems.append(f"{where}: unknown type {type_!r}")
        if category not in PRECISION_CATEGORIES:
            problems.append(f"{where}: unknown category {category!r}")
        if expected != "-" and expected not in ids:
            problems.append(f"{where}: expected ID {expected!r} is not in the gazetteer sources")
        if category in {"dominant", "country-code"} and expected == "-":
            problems.append(f"{where}: category {category} needs an entity")
        if category not in {"dominant", "country-code"} and expected != "-":
            problems.append(f"{where}: category {category} must expect '-'")
        key = (query.casefold(), type_)
        if key in seen:
            problems.append(f"{where}: duplicate of line {seen[key]} ({query!r}, type {type_!r})")
        seen[key] = number
        counts[category] += 1
    return problems, counts


def check_pairs(path: Path) -> tuple[list[str], Counter[str]]:
    problems: list[str] = []
    counts: Counter[str] = Counter()
    seen: dict[tuple[str, str, str], str] = {}
    for number, a, b, type_, label, category, _note in _rows(
        path, ["a", "b", "type", "label", "category", "note"], problems
    ):
        where = f"{path.name}:{number}"
        if type_ not in PAIR_TYPES:
            problems.append(f"{where}: unknown type {type_!r}")
        if label not in PAIR_LABELS:
            problems.append(f"{where}: unknown label {label!r}")
        if a == b:
            problems.append(f"{where}: both names are identical")
        first, second = sorted((a.casefold(), b.casefold()))
        key = (first, second, type_)
        if key in seen:
            problems.append(f"{where}: duplicate of line {seen[key]} ({a!r} / {b!r})")
        seen[key] = number
        counts[f"{type_} {category} {label}"] += 1
    return problems, counts


def main() -> int:
    problems: list[str] = []
    precision = HERE / "precision.tsv"
    pairs = HERE / "pairs.tsv"
    if precision.exists():
        found, counts = check_precision(precision, gazetteer_ids())
        problems += found
        print(f"precision.tsv: {sum(counts.values())} rows")
        for name, count in sorted(counts.items()):
            print(f"  {name:14} {count}")
    if pairs.exists():
        found, counts = check_pairs(pairs)
        problems += found
        print(f"pairs.tsv: {sum(counts.values())} rows")
        for name, count in sorted(counts.items()):
            print(f"  {name:40} {count}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
