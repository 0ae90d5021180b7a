"""Benchmark of a user's own index at scale (issue 16): build time and peak memory, opening time, lookup speed.

1. Writes the synthetic FollowTheMoney file (benchmarks/gen_synthetic_ftm.py; default 1,000,000 entities with
   5,000,000 names) to a folder outside the repository, unless it is there already.
2. Compiles it with the streaming build in a child process; reports wall time and the peak RSS of the largest
   process of the build (the child or one of its workers: ``ru_maxrss`` of waited-for descendants).
3. Opens the compiled index in fresh processes (median of 5).
4. Times ``lookup`` in the same run, fresh instances, each query once: (a) each index with variants of its own
   names (the name, a two-letter swap, a name in another script); (b) both indexes with the same mixed list.

    nice -n 10 python benchmarks/bench_own_index.py --entities 1000000
Targets: build <= 600 s with peak RSS <= 2 GB; open <= 0.1 s; lookup median and p99 <= 1.5 x the packaged one.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

_BUILD = """
import json, sys, time
from pathlib import Path
from translit_names.build.streaming import build_file
started = time.perf_counter()
report = build_file([Path(sys.argv[1])], Path(sys.argv[2]), workers=int(sys.argv[3]) or None)
print(json.dumps({"seconds": time.perf_counter() - started, "entities": report.entities, "names": report.names,
                  "forms": report.forms, "tokens": report.tokens}))
"""

_OPEN = """
import json, sys, time
started = time.perf_counter()
from translit_names.gazetteer import Gazetteer
imported = time.perf_counter()
g = Gazetteer(sys.argv[1])
opened = time.perf_counter()
g.lookup("Vladimir Putin")
first = time.perf_counter()
print(json.dumps({"open": opened - imported, "first_lookup": first - opened}))
"""


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 6:
        return text
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def own_queries(ftm_path: Path, n: int, rng: random.Random) -> list[str]:
    """``n`` queries from the synthetic file: for every 997th entity its name, the name with two letters swapped,
    and its native-script name."""
    picked: list[str] = []
    with ftm_path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 997 == 0:
                names = json.loads(line)["properties"]["name"]
                picked += [names[0], _typo(rng, names[0]), names[-1]]
            if len(picked) >= n:
                break
    return picked[:n]


def packaged_queries(n: int, rng: random.Random) -> list[str]:
    """``n`` queries of the packaged gazetteer made the same way: name, a typo of it, a name in another script."""
    from translit_names import default_gazetteer

    entities = [e for e in default_gazetteer() if e.type in ("person", "organisation", "city")]
    rng.shuffle(entities)
    picked: list[str] = []
    for e in entities:
        other = next((x.text for x in e.names if x.tier in ("preferred", "alias") and not x.text.isascii()), e.name)
        picked += [e.name, _typo(rng, e.name), other]
        if len(picked) >= n:
            break
    return picked[:n]


def _latencies(gaz: object, qs: list[str]) -> list[float]:
    out = []
    for q in qs:
        t = time.perf_counter()
        gaz.lookup(q)  # type: ignore[attr-defined]
        out.append(time.perf_counter() - t)
    return out


def _stats(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs) * 1000, xs[min(len(xs) - 1, int(0.99 * len(xs)))] * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=1_000_000)
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "translit-synth")
    ap.add_argument("--workers", type=int, default=0, help="worker processes (0: the build's default)")
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--skip-build", action="store_true", help="reuse the index built by an earlier run")
    args = ap.parse_args(argv)
    data = args.dir / f"ftm-{args.entities}.json"
    index = args.dir / f"own-{args.entities}.sqlite"
    if not data.exists():
        subprocess.run(
            [sys.executable, str(HERE / "gen_synthetic_ftm.py"), "--entities", str(args.entities), "--output", str(data)],
            check=True,
        )
    if not args.skip_build:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _BUILD, str(data), str(index), str(args.workers)],
            check=True, capture_output=True, text=True,
        )
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        built = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"build: {built['entities']:,} entities, {built['names']:,} names, {built['forms']:,} forms, "
              f"{built['tokens']:,} words in {wall:.1f} s wall, {cpu:.0f} s CPU (all processes; load average "
              f"{os.getloadavg()[0]:.1f}); peak RSS {max(after.ru_maxrss, before.ru_maxrss) / 1024:.0f} MB "
              f"(largest process); index {index.stat().st_size / 2**20:.0f} MB")
    opens = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", _OPEN, str(index)], check=True, capture_output=True, text=True)
        opens.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"open: Gazetteer(path) median {statistics.median(o['open'] for o in opens) * 1000:.1f} ms; with its first "
          f"lookup (the file is opened on first use) median "
          f"{statistics.median(o['open'] + o['first_lookup'] for o in opens) * 1000:.0f} ms")

    from translit_names.gazetteer import Gazetteer, default_gazetteer

    own_qs = own_queries(data, args.queries // 2, random.Random(16))
    pkg_qs = packaged_queries(args.queries // 2, random.Random(16))
    packaged = Gazetteer(default_gazetteer().path)
    own = Gazetteer(index)
    # (a) each index looked up with variants of its own names; (b) both with the same mixed list (half of it
    # misses for each index, which go through the approximate stage). Halves interleaved, so load hits both alike.
    lat = {"own-own": _latencies(own, own_qs), "pkg-pkg": _latencies(packaged, pkg_qs)}
    mixed = own_qs + pkg_qs
    packaged, own = Gazetteer(default_gazetteer().path), Gazetteer(index)  # fresh: no answer cached
    lat["pkg-mixed"] = _latencies(packaged, mixed)
    lat["own-mixed"] = _latencies(own, mixed)
    for label, (mine, base) in {"own names": ("own-own", "pkg-pkg"), "same mixed list": ("own-mixed", "pkg-mixed")}.items():
        (om, o99), (pm, p99) = _stats(lat[mine]), _stats(lat[base])
        print(f"lookup, {label} ({len(lat[mine])} queries): packaged median {pm:.2f} ms p99 {p99:.1f} ms; "
              f"own ({index.name}) median {om:.2f} ms p99 {o99:.1f} ms; ratio median x{om / pm:.2f} p99 x{o99 / p99:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
