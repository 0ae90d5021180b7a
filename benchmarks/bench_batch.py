"""Throughput of `lookup_many` beside a loop of `lookup`, on one core and with two worker processes.

The input is a realistic column: N rows drawn from a mix of the labelled spellings of benchmarks/data/labelled.tsv
(real names), one-letter typos of them, and unknown names made of real given names and surnames, with the
repetition of a real column (rows drawn with Zipf-like frequencies, so popular names recur as they do in a
news archive). Each method starts from a fresh gazetteer (no answers cached) in this one process, and the runs
alternate so that machine noise falls on all of them alike. Printed: names per second of each method, and the
ratios against the loop of `lookup` and of two workers against one; beside each, the CPU time it used (the
process and its workers, user + system), which other work on a shared machine does not inflate as it does the
wall time, and the load average, to tell whether the 2-worker ratio could show at all.

    python benchmarks/bench_batch.py [--rows 100000] [--distinct 30000]
"""

from __future__ import annotations

import argparse
import os
import csv
import random
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

GIVEN = ("John Mary James Anna Peter Olga Ahmed Maria Jose Chen Hans Jan Pierre Marta Fatima Ivan Sofia Luca Emma "
         "Kenji Min-jun Ali Omar Elena Pavel Tomasz Ingrid Lars Aylin Mehmet Carlos Lucia Yusuf Hana Daniel").split()
FAMILY = ("Smith Kowalski Novak Hernandez Tanaka Schulz Dubois Rossi Jensen Popescu Horvat Nagy Larsen Moreau Silva "
          "Yilmaz Kaya Nakamura Park Nguyen Haddad Cohen Petrov Kovalenko Lindqvist Fischer Garcia Lopez Ozturk "
          "Murphy Walsh Bianchi Esposito Novotny Dvorak").split()


def column(rows: int, distinct: int, seed: int = 11) -> list[str]:
    rnd = random.Random(seed)
    with (HERE / "data" / "labelled.tsv").open(encoding="utf-8", newline="") as handle:
        known = [r["query"] for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]

    def typo(s: str) -> str:
        if len(s) < 5:
            return s
        i = rnd.randrange(1, len(s) - 2)
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]

    pool: list[str] = list(dict.fromkeys(known + [typo(k) for k in known]))
    while len(pool) < distinct:
        pool.append(f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)}{rnd.choice(['', 'son', 'ska', 'ov', 'ez', 'i'])}"
                    f"{'' if rnd.random() < 0.7 else ' ' + rnd.choice(FAMILY)}")
        pool = list(dict.fromkeys(pool))
    rnd.shuffle(pool)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(pool))]
    return rnd.choices(pool, weights=weights, k=rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--distinct", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from translit_names import Gazetteer, lookup_many
    from translit_names.gazetteer import default_gazetteer

    names = column(args.rows, args.distinct)
    path = default_gazetteer().path
    print(f"{len(names)} rows, {len(set(names))} distinct names")

    def loop() -> None:
        gaz = Gazetteer(path)
        for n in names:
            gaz.lookup(n)

    def many(workers: int) -> None:
        # A fresh gazetteer each call (it travels to worker processes by path), so no answers are cached.
        lookup_many(names, gazetteer=Gazetteer(path), workers=workers)

    def cpu() -> float:
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    methods = {"loop of lookup": loop, "lookup_many, 1 worker": lambda: many(1), "lookup_many, 2 workers": lambda: many(2)}
    best: dict[str, float] = {}
    best_cpu: dict[str, float] = {}
    for _ in range(args.rounds):
        for label, run in methods.items():
            start, start_cpu = time.perf_counter(), cpu()
            run()
            took, used = time.perf_counter() - start, cpu() - start_cpu
            best[label] = min(best.get(label, took), took)
            best_cpu[label] = min(best_cpu.get(label, used), used)
    base = best["loop of lookup"]
    for label, took in best.items():
        print(f"{label:24} {len(names) / took:9.0f} names/s   x{base / took:5.2f} vs the loop   "
              f"CPU {best_cpu[label]:6.1f} s ({len(names) / best_cpu[label]:6.0f} names per CPU second)")
    print(f"2 workers / 1 worker: x{best['lookup_many, 1 worker'] / best['lookup_many, 2 workers']:.2f}")
    print(f"load average (1, 5, 15 min) at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
