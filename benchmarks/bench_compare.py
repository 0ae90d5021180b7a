"""Speed of ``compare`` per pair, side by side in one process: the structured ``compare`` (without a type, and
with each pair's labelled type) against the word-by-word score it starts from (``score.compare.compare``, the
``compare`` of before issue 15), with rapidfuzz ``token_sort_ratio`` and Jaro-Winkler as reference points.

    python benchmarks/bench_compare.py [--pairs PATH ...] [--rounds 15] [--profile [cumulative|tottime]]

The pairs are the name pairs of benchmarks/data/pairs.tsv and pairs-dev.tsv (only the names and the type are
read, never the labels). Every name is parsed once before timing (tokens, and the structure's bounded parse
cache), as a caller that meets names again would; the word-pair caches (word similarity, learned cross-script
models) are emptied before each timed pass, so each pass scores new pairs of known words. Each round times
every method once, in an order that rotates between rounds; prints the median over rounds of the time per
pair, and the ratio to the word-by-word score. The machine is shared: only ratios from one run mean anything.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from translit_names import compare, normalize
from translit_names.score.compare import compare as word_compare

HERE = Path(__file__).resolve().parent
DEFAULT_PAIRS = (HERE / "data" / "pairs.tsv", HERE / "data" / "pairs-dev.tsv")
#: Pair caches emptied before each timed pass (module, function with cache_clear).
PAIR_CACHES = (
    ("translit_names.score.words", "token_similarity"),
    ("translit_names.score.crossscript.cyrillic_latin", "learned_similarity"),
    ("translit_names.score.crossscript.learned", "similarity"),
    ("translit_names.score.crossscript.model", "learned_similarity"),
)

Pair = tuple[str, str, str]


def read_pairs(paths: list[Path]) -> list[Pair]:
    out: list[Pair] = []
    for path in paths:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
        header = rows[0]
        ia, ib, it = header.index("a"), header.index("b"), header.index("type")
        out.extend((r[ia], r[ib], r[it]) for r in rows[1:] if len(r) > max(ia, ib, it))
    return out


def _caches() -> list[Callable[[], None]]:
    clears = []
    for mod, name in PAIR_CACHES:
        try:
            fn = getattr(importlib.import_module(mod), name)
        except (ImportError, AttributeError):
            continue
        if hasattr(fn, "cache_clear"):
            clears.append(fn.cache_clear)
    return clears


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, action="append", help="a pairs TSV with columns a, b, type (repeatable)")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--profile", nargs="?", const="cumulative", choices=("cumulative", "tottime"),
                        help="profile compare(type=) once instead, sorted by this column")
    args = parser.parse_args()
    pairs = read_pairs(args.pairs or [p for p in DEFAULT_PAIRS if p.is_file()])
    methods: dict[str, Callable[[Pair], object]] = {
        "word-by-word score.compare (before #15)": lambda p: word_compare(p[0], p[1]),
        "compare(a, b)": lambda p: compare(p[0], p[1]),
        "compare(a, b, type=T)": lambda p: compare(p[0], p[1], type=p[2]),
        "rapidfuzz token_sort_ratio": lambda p: fuzz.token_sort_ratio(normalize(p[0]), normalize(p[1])),
        "Jaro-Winkler": lambda p: JaroWinkler.similarity(normalize(p[0]), normalize(p[1])),
    }
    clears = _caches()
    for p in pairs:  # every name parsed once, data loaded
        for method in methods.values():
            method(p)
    if args.profile:
        import cProfile
        import pstats

        for clear in clears:
            clear()
        prof = cProfile.Profile()
        prof.enable()
        for p in pairs:
            compare(p[0], p[1], type=p[2])
        prof.disable()
        pstats.Stats(prof, stream=sys.stdout).sort_stats(args.profile).print_stats(30)
        return
    names = list(methods)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(args.rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            for clear in clears:
                clear()
            method = methods[name]
            t = time.perf_counter()
            for p in pairs:
                method(p)
            times[name].append((time.perf_counter() - t) / len(pairs))
    base = statistics.median(times[names[0]])
    print(f"{len(pairs)} pairs, {args.rounds} rounds, median time per pair (ratio to the word-by-word score)")
    for name in names:
        med = statistics.median(times[name])
        print(f"  {name:42} {med * 1e6:8.1f} us  x{med / base:.2f}")


if __name__ == "__main__":
    main()
