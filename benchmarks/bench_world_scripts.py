"""Lookup quality on the world-scripts label sets (issue #14): ``world-scripts.tsv`` (Arabic-script, Hebrew,
Greek, Georgian, Armenian, Indic and Thai spellings, romanisation families, typos and traps) and
``people-scripts.tsv`` (30 people in 10 or more scripts each).

    python benchmarks/bench_world_scripts.py [--data DIR] [--show-misses] [--dev]

For each row, ``lookup(query)`` is judged: correct (the expected ID, or nothing when ``-`` is expected), wrong
(another entity) or missed (nothing found for an expected ID). Prints the counts per set, per category or
script, and for people-scripts how many of the 30 people resolve in at least 10 scripts. The label files are
read, never written; rows are never filtered. ``--dev`` reads the development table ``world-scripts-dev.tsv``
instead (entities and spellings apart from the two acceptance sets; the one to diagnose and tune on).
``--typed`` looks each name up with the type of its expected entity (a bare word names a little-known imported
town only so), to measure the reading of the script apart from that precision rule.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

from translit_names import lookup

DATA = Path(__file__).resolve().parent / "data"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# The entity type of an ID's prefix (``--typed``); ``country:`` IDs may be countries or territories.
_TYPES = {"person": "person", "org": "organisation", "city": "city", "place": "place"}


def _judge(query: str, expected: str, typed: bool = False) -> tuple[str, str]:
    wanted = _TYPES.get(expected.partition(":")[0]) if typed else None
    match = lookup(query, type=wanted)
    got = match.id if match else "-"
    if got == expected:
        return "correct", got
    return ("missed" if got == "-" else "wrong"), got


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--dev", action="store_true", help="the development table world-scripts-dev.tsv only")
    parser.add_argument(
        "--typed", action="store_true",
        help="look each name up with its expected entity's type (a one-word name of a little-known town answers "
        "only then: docs/matching.md, 'Bare words'); traps stay untyped",
    )
    args = parser.parse_args()
    sets = (("world-scripts-dev.tsv", "category"),) if args.dev else (("world-scripts.tsv", "category"), ("people-scripts.tsv", "script"))
    for name, group_field in sets:
        path = args.data / name
        if not path.exists():
            print(f"{name}: not found in {args.data}, skipped")
            continue
        rows = _rows(path)
        total: Counter[str] = Counter()
        by_group: dict[str, Counter[str]] = defaultdict(Counter)
        scripts_ok: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            verdict, got = _judge(row["query"], row["expected"], args.typed)
            total[verdict] += 1
            by_group[row[group_field]][verdict] += 1
            if verdict == "correct" and name == "people-scripts.tsv":
                scripts_ok[row["expected"]].add(row["script"] + "/" + row["note"])
            if verdict != "correct" and args.show_misses:
                print(f"  {verdict:7} {row['query']!r:40} expected {row['expected']} got {got}  ({row.get('note', '')})")
        n = len(rows)
        print(
            f"{name}: {n} rows, top-1 {total['correct'] / n:.1%} correct, {total['wrong'] / n:.1%} wrong, "
            f"{total['missed'] / n:.1%} missed"
        )
        for group in sorted(by_group):
            c = by_group[group]
            m = sum(c.values())
            print(f"  {group:14} {m:4} rows  correct {c['correct'] / m:6.1%}  wrong {c['wrong']:3}  missed {c['missed']:3}")
        if name == "people-scripts.tsv":
            people = {r["expected"] for r in rows}
            ten = sum(1 for p in people if len(scripts_ok[p]) >= 10)
            print(f"  people resolved in >= 10 of their spellings: {ten} of {len(people)}")


if __name__ == "__main__":
    main()
