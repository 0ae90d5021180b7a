"""``compare`` per pair, this code beside another install of the package (e.g. the code before a change), in
alternating processes on the same pairs.

    python benchmarks/bench_compare_ab.py --before /path/to/other/venv/bin/python [--runs 5] [--with-probes]

The pairs: each labelled spelling (benchmarks/data/labelled.tsv) against the one as far from the end as it is
from the start (as in bench_speed.py); with ``--with-probes`` also the name-structure probes
(benchmarks/data/structure-probes.tsv), every one of which is read by its parts. Each process scores every pair
once (words tokenised), then times fifteen rounds with the word-pair caches emptied before each, and reports
the median round. Processes of the two installs alternate, ``--runs`` of each; the
figure is the median over runs, and the ratio this / before.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def pairs(probes: bool = False) -> list[tuple[str, str]]:
    queries = []
    for line in (HERE / "data" / "labelled.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            queries.append(line.split("\t")[0])
    out = list(zip(queries, reversed(queries)))
    if not probes:
        return out
    for line in (HERE / "data" / "structure-probes.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            a, b = line.split("\t")[:2]
            out.append((a, b))
    return out


def child(probes: bool) -> None:
    import translit_names
    from translit_names import matching

    caches = [matching.token_similarity]
    try:
        from translit_names import crossscript

        caches.append(crossscript._learned_similarity)  # the learned model's word-pair cache, where it exists
    except (ImportError, AttributeError):
        pass
    work = pairs(probes)
    for a, b in work:
        translit_names.compare(a, b)
    rounds = []
    for _ in range(15):
        for cached in caches:
            cached.cache_clear()
        t = time.perf_counter()
        for a, b in work:
            translit_names.compare(a, b)
        rounds.append((time.perf_counter() - t) / len(work))
    print(json.dumps({"us": statistics.median(rounds) * 1e6, "pairs": len(work), "where": translit_names.__file__}))


def run(python: str, probes: bool) -> dict[str, object]:
    command = [python, __file__, "--child"] + (["--with-probes"] if probes else [])
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--before", help="python of the other install")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--with-probes", action="store_true", help="add the name-structure probes to the pairs")
    args = parser.parse_args()
    if args.child:
        child(args.with_probes)
        return 0
    if not args.before:
        parser.error("--before is required")
    before: list[float] = []
    after: list[float] = []
    for _ in range(args.runs):
        b = run(args.before, args.with_probes)
        a = run(sys.executable, args.with_probes)
        before.append(float(b["us"]))  # type: ignore[arg-type]
        after.append(float(a["us"]))  # type: ignore[arg-type]
        print(f"before {b['us']:.1f} us ({b['where']})   this {a['us']:.1f} us ({a['where']})   pairs {a['pairs']}")
    mb, ma = statistics.median(before), statistics.median(after)
    print(f"compare per pair: before {mb:.1f} us, this {ma:.1f} us, ratio {ma / mb:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
