"""Side-by-side speed of two installed versions of translit_names (e.g. before and after a refactor).

    python benchmarks/bench_versions.py OLD_PYTHON NEW_PYTHON [--rounds 5] [--typos 1000]

Each PYTHON is the interpreter of a virtual environment where one version is installed (compiled or pure).
The queries are the labelled spellings (benchmarks/data/labelled.tsv) plus one-letter typos of index names, as
scripts/snapshot_answers.py makes them, written once to a file both versions read. Each round runs every
version once, in a fresh process (cold caches, as the first pass of bench_speed.py), the order alternating
between rounds; each process times ``lookup`` on every query (first pass) and ``compare`` on neighbouring
queries (words tokenised first, the pair caches emptied: new pairs of known words). Prints each round, then
the median over rounds of: lookup median, lookup p99, compare per pair, and the ratio new / old (below 1.05
is "unchanged"). Machines are noisy; only ratios from one run mean anything.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

WORKER = r"""
import json, sys, time, importlib
import translit_names
qs = json.load(open(sys.argv[1], encoding="utf-8"))
gaz = translit_names.default_gazetteer()
times = []
for q in qs:
    t = time.perf_counter()
    gaz.lookup(q)
    times.append(time.perf_counter() - t)
times.sort()
pairs = list(zip(qs, qs[1:]))
for a, b in pairs[:200]:
    translit_names.compare(a, b)  # warm up: words tokenised, data loaded
caches = []
for mod, name in (("translit_names.score.words", "token_similarity"), ("translit_names.matching", "token_similarity"),
                  ("translit_names.score.crossscript.cyrillic_latin", "learned_similarity"),
                  ("translit_names.crossscript", "_learned_similarity")):
    try:
        caches.append(getattr(importlib.import_module(mod), name))
    except (ImportError, AttributeError):
        pass
for a, b in pairs:
    translit_names.compare(a, b)
for c in caches:
    c.cache_clear()
t = time.perf_counter()
for a, b in pairs:
    translit_names.compare(a, b)
per_pair = (time.perf_counter() - t) / len(pairs)
print(json.dumps({"median": times[len(times) // 2], "p99": times[min(len(times) - 1, int(0.99 * len(times)))],
                  "compare": per_pair, "compiled": any(str(m.__file__ or "").endswith(".so")
                  for k, m in list(sys.modules.items()) if k.startswith("translit_names.") and hasattr(m, "__file__"))}))
"""


def run(python: str, queries: Path) -> dict[str, float]:
    out = subprocess.run([python, "-c", WORKER, str(queries)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", help="python of the environment with the old version")
    parser.add_argument("new", help="python of the environment with the new version")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--typos", type=int, default=1000)
    args = parser.parse_args()
    from snapshot_answers import queries  # a sibling script (scripts/ is on sys.path)

    qs = queries(args.typos)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "queries.json"
        path.write_text(json.dumps(qs, ensure_ascii=False), encoding="utf-8")
        results: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
        for r in range(args.rounds):
            order = ("old", "new") if r % 2 == 0 else ("new", "old")
            for which in order:
                results[which].append(run(getattr(args, which), path))
            o, n = results["old"][-1], results["new"][-1]
            print(
                f"round {r + 1}: lookup median {o['median'] * 1e3:.3f} / {n['median'] * 1e3:.3f} ms,"
                f" p99 {o['p99'] * 1e3:.2f} / {n['p99'] * 1e3:.2f} ms, compare {o['compare'] * 1e6:.2f} /"
                f" {n['compare'] * 1e6:.2f} us (old / new)"
            )
    print(f"{len(qs)} queries, {len(qs) - 1} compare pairs, {args.rounds} rounds;"
          f" compiled: old {results['old'][0]['compiled']}, new {results['new'][0]['compiled']}")
    for key, unit, scale in (("median", "ms", 1e3), ("p99", "ms", 1e3), ("compare", "us", 1e6)):
        old = statistics.median(x[key] for x in results["old"])
        new = statistics.median(x[key] for x in results["new"])
        print(f"{key:8} old {old * scale:8.3f} {unit}  new {new * scale:8.3f} {unit}  ratio new/old x{new / old:.3f}")


if __name__ == "__main__":
    main()
