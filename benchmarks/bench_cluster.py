"""Grouping quality and scale of `translit_names.cluster`.

Quality (default): the labelled grouping set benchmarks/data/grouping.tsv (made by scripts/make_grouping_set.py
from hand-written sources; see benchmarks/data/README.md) is clustered without a gazetteer. Printed: pairwise
precision / recall / F1 (over all pairs of spellings) and B-cubed precision / recall / F1, beside a baseline run
on the same spellings in the same process: connected components of the pairs whose rapidfuzz ``ratio`` after
``unidecode`` is at least 90.

Scale (``--scale 100000 300000 1000000``): synthetic names from real name parts (the English words of
../shared/data/translit-pairs, with their real Cyrillic renderings) with variants (typos, word order, case,
Cyrillic), each size clustered in a fresh process with ``workers=2``; wall time and peak RSS printed per size
with the time per 100k names, to show how the cost grows; and the CPU time of the process and its workers (user +
system), which a machine shared with other work does not inflate as it does the wall time.

    python benchmarks/bench_cluster.py [--set dev]
    python benchmarks/bench_cluster.py --scale 100000 300000 1000000
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ../shared next to the repository (or next to the worktrees' folder, /work/wt/<name> -> /work/shared).
PAIRS = next((p for p in (HERE.parent.parent / "shared" / "data" / "translit-pairs",
                          HERE.parent.parent.parent / "shared" / "data" / "translit-pairs") if p.is_dir()),
             HERE.parent.parent / "shared" / "data" / "translit-pairs")
SETS = {"acceptance": "grouping.tsv", "dev": "grouping-dev.tsv"}


def pair_scores(labels: list[int], truth: list[str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of predicted ``labels`` against ``truth`` (counted from group sizes)."""
    def same_pairs(keys: list) -> int:
        counts: dict = defaultdict(int)
        for k in keys:
            counts[k] += 1
        return sum(c * (c - 1) // 2 for c in counts.values())

    predicted = same_pairs(labels)
    actual = same_pairs(truth)
    both = same_pairs(list(zip(labels, truth)))
    p = both / predicted if predicted else 1.0
    r = both / actual if actual else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bcubed(labels: list[int], truth: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1."""
    by_label: dict = defaultdict(int)
    by_truth: dict = defaultdict(int)
    by_both: dict = defaultdict(int)
    for x, t in zip(labels, truth):
        by_label[x] += 1
        by_truth[t] += 1
        by_both[(x, t)] += 1
    n = len(labels)
    p = sum(by_both[(x, t)] / by_label[x] for x, t in zip(labels, truth)) / n
    r = sum(by_both[(x, t)] / by_truth[t] for x, t in zip(labels, truth)) / n
    return p, r, 2 * p * r / (p + r)


def baseline(names: list[str]) -> list[int]:
    """Connected components of rapidfuzz ratio >= 90 after unidecode (all pairs, vectorised)."""
    import numpy as np
    from rapidfuzz import fuzz, process
    from unidecode import unidecode

    plain = [unidecode(n).lower() for n in names]
    parent = list(range(len(names)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    step = 500
    for start in range(0, len(plain), step):
        block = process.cdist(plain[start : start + step], plain, scorer=fuzz.ratio, score_cutoff=90, workers=1)
        for i, j in zip(*np.nonzero(block)):
            a, b = find(start + int(i)), find(int(j))
            if a != b:
                parent[a] = b
    return [find(i) for i in range(len(names))]


def quality(which: str = "acceptance") -> None:
    from translit_names import cluster

    with (HERE / "data" / SETS[which]).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    names = [r["spelling"] for r in rows]
    truth = [r["entity"] for r in rows]
    print(f"grouping set {SETS[which]}: {len(names)} spellings of {len(set(truth))} entities")
    print(f"{'method':34} {'pair P':>7} {'pair R':>7} {'pair F1':>7} {'B3 P':>7} {'B3 R':>7} {'B3 F1':>7} {'time':>7}")
    for label, run in (("translit_names.cluster", lambda: cluster(names)), ("baseline: ratio>=90 components", lambda: baseline(names))):
        start = time.perf_counter()
        got = run()
        took = time.perf_counter() - start
        p, r, f = pair_scores(got, truth)
        bp, br, bf = bcubed(got, truth)
        print(f"{label:34} {p:7.3f} {r:7.3f} {f:7.3f} {bp:7.3f} {br:7.3f} {bf:7.3f} {took:6.1f}s")


def synthetic(size: int, seed: int = 7, pairs: Path = PAIRS) -> list[str]:
    """``size`` names: persons made of two real name words, each written in 1-4 variant spellings."""
    words: dict[str, str] = {}
    for line in (pairs / "wd_russian_80.tsv").read_text(encoding="utf-8").splitlines():
        english, russian, _count = line.split("\t")
        if english.isalpha() and len(english) > 2:
            words.setdefault(english.capitalize(), russian.replace(" ", "").capitalize())
    parts = sorted(words)
    rnd = random.Random(seed)
    out: list[str] = []
    while len(out) < size:
        given, family = rnd.choice(parts), rnd.choice(parts)
        for _ in range(rnd.randint(1, 4)):
            kind = rnd.random()
            if kind < 0.35:
                out.append(f"{given} {family}")
            elif kind < 0.5:
                out.append(f"{family}, {given}")
            elif kind < 0.65:
                out.append(f"{words[given]} {words[family]}")
            elif kind < 0.8 and len(family) > 4:
                i = rnd.randrange(1, len(family) - 2)
                out.append(f"{given} {family[:i]}{family[i + 1]}{family[i]}{family[i + 2:]}")
            else:
                out.append(f"{given.upper()} {family.upper()}")
    return out[:size]


def scale_one(size: int, workers: int, pairs: Path) -> None:
    from translit_names import cluster

    names = synthetic(size, pairs=pairs)
    me = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = me.ru_utime + me.ru_stime
    start = time.perf_counter()
    labels = cluster(names, workers=workers)
    took = time.perf_counter() - start
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    rss = me.ru_maxrss / 1024
    children = kids.ru_maxrss / 1024
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime - cpu_before
    print(json.dumps({"size": size, "seconds": round(took, 1), "cpu_seconds": round(cpu, 1), "groups": len(set(labels)),
                      "peak_rss_mb": round(rss), "peak_worker_rss_mb": round(children)}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, nargs="*", help="cluster synthetic sets of these sizes instead")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--set", choices=sorted(SETS), default="acceptance",
                        help="dev: grouping-dev.tsv, to tune on; acceptance: grouping.tsv (default), never tuned on")
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="the translit-pairs folder (default: %(default)s)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        scale_one(args.one, args.workers, args.pairs)
        return 0
    if args.scale:
        print(f"{'names':>9} {'seconds':>8} {'s per 100k':>10} {'CPU s':>8} {'CPU s/100k':>10} {'groups':>8} "
              f"{'peak RSS MB':>11} {'worker RSS MB':>13}")
        for size in args.scale:
            out = subprocess.run([sys.executable, __file__, "--one", str(size), "--workers", str(args.workers),
                                  "--pairs", str(args.pairs)],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"{size:9d} {r['seconds']:8.1f} {r['seconds'] / size * 1e5:10.1f} {r['cpu_seconds']:8.1f} "
                  f"{r['cpu_seconds'] / size * 1e5:10.1f} {r['groups']:8d} "
                  f"{r['peak_rss_mb']:11d} {r['peak_worker_rss_mb']:13d}", flush=True)
        return 0
    quality(args.set)
    return 0


if __name__ == "__main__":
    sys.exit(main())
