"""Memory of a long-running process: peak RSS after 100,000 lookups and after 1,000,000, and their ratio.

    nice -n 10 python benchmarks/bench_memory.py [--total 1000000] [--checkpoint 100000] [--seed 12]

The queries are varied the way a long batch is: a quarter labelled spellings (benchmarks/data/labelled.tsv),
a quarter one-letter typos of them, and half unknown names made of real name parts (a given name of one person
of the packaged gazetteer with the surname of another, a typo in one word of them in a third of the cases), all
drawn with a fixed seed. Every cache of the package has a documented maximum size (docs/matching.md, "Caches"),
so the peak RSS should level off: the target is RSS(total) <= 1.2 x RSS(checkpoint) and <= 400 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

import translit_names
from translit_names import default_gazetteer

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "data" / "labelled.tsv"


def peak_rss_mb() -> float:
    """The process's peak resident set size so far, in MB (ru_maxrss is in kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _typo(name: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if len(letters) < 4:
        return name + rng.choice("aeiou")
    i = rng.choice(letters[1:])
    kind = rng.randrange(4)
    if kind == 0:
        return name[:i] + name[i + 1 :]
    if kind == 1:
        return name[:i] + name[i] + name[i:]
    if kind == 2 and i + 1 < len(name):
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + rng.choice("aeioubdklmnrst") + name[i + 1 :]


def name_parts() -> tuple[list[str], list[str]]:
    """Given names and surnames of the packaged gazetteer's persons (first and last word of two-word names)."""
    reader = default_gazetteer().reader
    given: set[str] = set()
    family: set[str] = set()
    last = 0
    while rows := reader.entities_after(last, 2000):
        for row in rows:
            words = row.name.split()
            if row.type == "person" and len(words) >= 2:
                given.add(words[0])
                family.add(words[-1])
        last = rows[-1].eid
    return sorted(given), sorted(family)


def queries(total: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    labelled = [line.split("\t")[0] for line in LABELLED.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    given, family = name_parts()
    out = []
    for _ in range(total):
        r = rng.random()
        if r < 0.25:
            out.append(rng.choice(labelled))
        elif r < 0.5:
            out.append(_typo(rng.choice(labelled), rng))
        else:
            first, last = rng.choice(given), rng.choice(family)
            if rng.random() < 0.33:
                last = _typo(last, rng)
            out.append(f"{first} {last}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--total", type=int, default=1_000_000)
    parser.add_argument("--checkpoint", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    names = queries(args.total, args.seed)
    print(f"{len(set(names)):,} distinct names among {len(names):,} queries; peak RSS before the first lookup "
          f"{peak_rss_mb():.0f} MB", flush=True)
    started = time.perf_counter()
    at_checkpoint = 0.0
    step = max(1, args.total // 10)
    for n, name in enumerate(names, start=1):
        translit_names.lookup(name)
        if n == args.checkpoint:
            at_checkpoint = peak_rss_mb()
        if n % step == 0 or n == args.checkpoint:
            print(f"{n:>9,} lookups  peak RSS {peak_rss_mb():6.0f} MB  {time.perf_counter() - started:6.0f} s", flush=True)
    final = peak_rss_mb()
    ratio = final / at_checkpoint if at_checkpoint else float("nan")
    print(f"peak RSS after {args.checkpoint:,}: {at_checkpoint:.0f} MB; after {args.total:,}: {final:.0f} MB; "
          f"ratio {ratio:.2f} (target <= 1.2, and <= 400 MB)")
    sys.exit(0 if ratio <= 1.2 and final <= 400 else 1)


if __name__ == "__main__":
    main()
