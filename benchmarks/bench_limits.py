"""Huge and long inputs answer or are refused quickly (issue 12, item 4).

    nice -n 10 python benchmarks/bench_limits.py

Times ``compare``, ``lookup`` and ``search`` on a 10 MB string (refused: names are limited to
``MAX_NAME_CHARS``), on the longest accepted names (many different words: the word alignment compares every pair),
and, as the baseline measured in the same run, on an ordinary name. Target: every call under 1 s.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import translit_names
from translit_names import TranslitNamesError
from translit_names.score.params import MAX_NAME_CHARS


def timed(call: Callable[[], object]) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        outcome = call()
        what = f"answered {outcome!r:.40}"
    except TranslitNamesError as exc:
        what = f"refused: {str(exc)[:60]}"
    return time.perf_counter() - started, what


def main() -> None:
    rng = random.Random(4)
    translit_names.lookup("Lukashenko")  # open the index first
    huge = "Lukashenko " * 1_000_000  # 11 MB
    words = " ".join("".join(rng.choice("abdeiklmnorstuvz") for _ in range(6)).capitalize() for _ in range(200))
    longest_a, longest_b = words[:MAX_NAME_CHARS], words[::-1][:MAX_NAME_CHARS]
    cases: list[tuple[str, Callable[[], object]]] = [
        ("compare, ordinary names (baseline)", lambda: translit_names.compare("Tikhanovskaya", "Tsikhanouskaya")),
        ("lookup, ordinary name (baseline)", lambda: translit_names.lookup("Tichanowskaya")),
        (f"compare, 10 MB string ({len(huge):,} chars)", lambda: translit_names.compare(huge, "Lukashenko")),
        ("lookup, 10 MB string", lambda: translit_names.lookup(huge)),
        ("search, 10 MB string", lambda: translit_names.search(huge)),
        (f"compare, two {MAX_NAME_CHARS}-character names of ~140 words", lambda: translit_names.compare(longest_a, longest_b)),
        (f"lookup, a {MAX_NAME_CHARS}-character name of ~140 words", lambda: translit_names.lookup(longest_a)),
    ]
    worst = 0.0
    for label, call in cases:
        seconds, what = timed(call)
        worst = max(worst, seconds)
        print(f"{label:58} {seconds * 1000:9.1f} ms  {what}")
    print(f"slowest: {worst * 1000:.1f} ms (target < 1000 ms)")


if __name__ == "__main__":
    main()
