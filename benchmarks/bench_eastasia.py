"""Top-1, wrong answers and refused traps of `lookup` on a labelled table of East Asian spellings.

    python benchmarks/bench_eastasia.py [TABLE.tsv]

TABLE (default benchmarks/data/eastasia.tsv) has the columns query, expected, category, note; `expected` is a
gazetteer ID or `-` (no entity: the answer must be None). Prints, overall and by category and by the script of
the query: rows, correct top-1 answers, wrong answers (another entity), misses (None where an entity was
expected), and for `-` rows how many were refused. The rows are read as they are: never edited to fit.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from translit_names import lookup

DEFAULT = Path(__file__).resolve().parent / "data" / "eastasia.tsv"


def script(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            for word, label in (("HANGUL", "Hangul"), ("HIRAGANA", "kana"), ("KATAKANA", "kana"), ("CJK", "Han"), ("CYRILLIC", "Cyrillic")):
                if word in name:
                    return label
    return "Latin"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"(no table at {path})")
        return
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip() and not line.startswith("#")]
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    failures = []
    for query, expected, category, *_ in rows:
        match = lookup(query)
        got = match.id if match else "-"
        if got == expected:
            outcome = "correct"
        elif got == "-":
            outcome = "missed"
        else:
            outcome = "wrong"
        for key in ("all", f"category {category}", f"script {script(query)}", "refusals" if expected == "-" else "entities"):
            stats[key][outcome] += 1
            stats[key]["rows"] += 1
        if outcome != "correct":
            failures.append(f"{outcome}\t{query}\texpected {expected}\tgot {got}")
    print(f"{path.name}: {len(rows)} rows")
    for key in sorted(stats, key=lambda k: (k != "all", k)):
        c = stats[key]
        print(f"{key:24} rows {c['rows']:4}  correct {c['correct']:4} ({c['correct'] / c['rows']:.1%})  wrong {c['wrong']:3} ({c['wrong'] / c['rows']:.1%})  missed {c['missed']:3}")
    print("\n".join(failures))


if __name__ == "__main__":
    main()
