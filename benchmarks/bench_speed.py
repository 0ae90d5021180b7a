"""Speed and memory of translit_names beside a rapidfuzz scan over the same names, in the same run.

    python benchmarks/bench_speed.py [--queries N] [--scale10x]

Prints: median / p99 latency of `lookup` and lookups per second; the same for
`rapidfuzz.process.extractOne(query, names, scorer=fuzz.ratio)` over every gazetteer name; the ratio;
`compare` per pair; cold start of the CLI (`translit-names lookup X`) beside `python -c pass`; peak memory of
a process doing lookups beside a bare interpreter; with --scale10x, latency at 10x entities (synthetic
persons built from real given names and surnames) beside 1x. Ratios are the figures: machines are noisy.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

import translit_names
from translit_names import Gazetteer, default_gazetteer
from translit_names.score.crossscript import cyrillic_latin
from translit_names.score.crossscript import model as crossscript_models
from translit_names.score import words
from translit_names.build.compile import IMPORTERS, collect, compile_sources
from translit_names.build.sources import RawEntity, RawName

from bench_quality import PAIRS, read_pairs, spelling_only  # a sibling script (benchmarks/ is on sys.path)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ROOT.parent / "shared" / "seeds"
LABELLED = HERE / "data" / "labelled.tsv"


def queries(n: int) -> list[str]:
    rows = []
    if LABELLED.exists():
        for line in LABELLED.read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip() and not line.startswith("#"):
                rows.append(line.split("\t")[0])
    random.seed(7)
    rows = list(dict.fromkeys(rows))  # distinct queries: a repeated name would be answered from the cache
    random.shuffle(rows)
    return rows[:n]


# The caches that remember a pair of words (not a single word's tokens): emptied to time pairs seen for the first time.
PAIR_CACHES = (words.token_similarity, cyrillic_latin.learned_similarity, crossscript_models.learned_similarity)


def compare_new_words(n: int = 5000) -> None:
    """`compare` on English / Russian pairs of words never seen before in this process (every word tokenised
    on the spot; the Cyrillic / Latin model runs on every pair the keys do not join)."""
    if not PAIRS.exists():
        print(f"(skipping compare on new words: {PAIRS} not found)")
        return
    random.seed(4)
    pairs = random.sample(read_pairs(PAIRS), n)
    for label in ("new words", "same pairs again"):
        t = time.perf_counter()
        for a, b in pairs:
            translit_names.compare(a, b)
        print(f"compare:    {(time.perf_counter() - t) / n * 1e6:.1f} us per pair, wd_russian_80 English/Russian, {label}")


def clear_word_caches() -> None:
    """Empty the package's bounded caches (tokens, word pairs, keys ...), so that a timed pass starts as cold as
    the first one did (the loaded data, cached without bound, stays)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("translit_names"):
            for value in vars(module).values():
                params = getattr(value, "cache_parameters", None)
                if params is not None and params().get("maxsize") is not None:
                    value.cache_clear()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def time_calls(fn: object, items: list[str]) -> list[float]:
    out = []
    for q in items:
        t = time.perf_counter()
        fn(q)  # type: ignore[operator]
        out.append(time.perf_counter() - t)
    return out


def all_names(gaz: Gazetteer) -> list[str]:
    return gaz.reader.name_texts()


def cold_start(cmd: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def peak_rss_mb(code: str) -> float:
    """Peak resident memory of a fresh interpreter running ``code`` (VmHWM: not inherited from this process)."""
    probe = (
        f"{code}\nimport re\n"
        "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024


def synthetic_gazetteer(gaz: Gazetteer, factor: int, tmp: Path) -> Gazetteer:
    """The default gazetteer's sources plus (factor - 1) x its entity count of synthetic persons made of real
    given names and surnames, compiled into one index."""
    found = collect([ROOT / "gazetteer"], importers=IMPORTERS, gazetteer_dir=ROOT / "gazetteer")
    given, surnames = set(), set()
    for entity in found.entities:
        if entity.type == "person" and len(entity.name.split()) == 2:
            g, s = entity.name.split()
            given.add(g)
            surnames.add(s)
    given_l, sur_l = sorted(given), sorted(surnames)
    random.seed(11)
    count = (factor - 1) * len(found.entities)
    for i in range(count):
        name = f"{random.choice(given_l)} {random.choice(sur_l)}"
        found.entities.append(
            RawEntity(
                id=f"person:synthetic-{i}", type="person", name=name, path="synthetic", source="synthetic",
                names=[RawName(text=name, tier="preferred", lang="en", source="synthetic")], curated=False,
            )
        )
    found.sources["synthetic"] = {"title": "synthetic benchmark entities"}
    out = tmp / "synthetic.sqlite"
    compile_sources(found, out)
    return Gazetteer(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=2000, help="at most this many distinct queries")
    parser.add_argument("--scale10x", action="store_true", help="also measure latency at 10x entities")
    args = parser.parse_args()

    gaz = default_gazetteer()
    qs = queries(args.queries)
    names = all_names(gaz)
    print(f"gazetteer: {len(gaz)} entities, {len(names)} names; {len(qs)} queries")

    warm, qs = qs[:50], qs[50:]
    for q in warm:  # warm up the interpreter and SQLite; these queries are not timed
        gaz.lookup(q)
    ours = time_calls(gaz.lookup, qs)
    baseline_qs = qs[: max(50, len(qs) // 10)]
    theirs = time_calls(lambda q: process.extractOne(q, names, scorer=fuzz.ratio), baseline_qs)
    med_ours, med_theirs = statistics.median(ours), statistics.median(theirs)
    print(f"lookup:     median {med_ours * 1e3:.3f} ms, p99 {percentile(ours, 99) * 1e3:.3f} ms, {len(ours) / sum(ours):.0f} lookups/s")
    print(f"rapidfuzz:  median {med_theirs * 1e3:.3f} ms, p99 {percentile(theirs, 99) * 1e3:.3f} ms (extractOne, fuzz.ratio, {len(names)} names)")
    print(f"ratio:      lookup is {med_theirs / med_ours:.0f}x faster (median)")
    # The same queries through a fresh gazetteer (no answer cached, every candidate list read again from the index)
    # while the words' tokens and word-pair scores stay remembered, as in a process that has run for a while.
    again = Gazetteer(gaz.path)
    for q in warm:
        again.lookup(q)
    repeat = time_calls(again.lookup, qs)
    again.close()
    print(
        f"lookup:     a second pass, fresh gazetteer, words already seen: median {statistics.median(repeat) * 1e3:.3f} ms,"
        f" p99 {percentile(repeat, 99) * 1e3:.3f} ms"
    )

    t = time.perf_counter()
    translit_names.compare("Worthen", "Уорфен")  # loads the Cyrillic/Latin model's weights, once per process
    print(f"compare:    first Cyrillic/Latin pair of the process (loads the learned model) {(time.perf_counter() - t) * 1e3:.0f} ms")
    pairs = [(a, b) for a, b in zip(qs, reversed(qs))]
    # Each pair scored for the first time (the pair-level caches are emptied before each of nine rounds; the
    # words were tokenised by the lookups above): the median round, and the fastest (the least disturbed by the
    # machine's other work).
    rounds = []
    for _ in range(9):
        for cached in PAIR_CACHES:
            cached.cache_clear()
        t = time.perf_counter()
        for a, b in pairs:
            translit_names.compare(a, b)
        rounds.append((time.perf_counter() - t) / len(pairs))
    per_pair = statistics.median(rounds)
    spelling_rounds = []  # the same, scored by spelling rules alone (no learned Cyrillic/Latin model)
    for _ in range(9):
        for cached in PAIR_CACHES:
            cached.cache_clear()
        t = time.perf_counter()
        for a, b in pairs:
            spelling_only(a, b)
        spelling_rounds.append((time.perf_counter() - t) / len(pairs))
    t = time.perf_counter()
    for a, b in pairs:
        fuzz.ratio(a, b)
    rf_pair = (time.perf_counter() - t) / len(pairs)
    print(
        f"compare:    {per_pair * 1e6:.1f} us per pair (new pairs of known words, median of 9 rounds; fastest"
        f" {min(rounds) * 1e6:.1f}, slowest {max(rounds) * 1e6:.1f}; rapidfuzz fuzz.ratio {rf_pair * 1e6:.2f} us)"
    )
    print(
        f"compare:    the same pairs by spelling rules alone (no learned model): {statistics.median(spelling_rounds) * 1e6:.1f}"
        f" us per pair (fastest {min(spelling_rounds) * 1e6:.1f})"
    )
    compare_new_words()

    exe = shutil.which("translit-names")
    cli = [exe] if exe else [sys.executable, "-m", "translit_names.cli"]
    cold = cold_start([*cli, "lookup", "Tichanowskaya"])
    bare = cold_start([sys.executable, "-c", "pass"])
    imp = cold_start([sys.executable, "-c", "import translit_names; translit_names.lookup('Tichanowskaya')"])
    print(f"cold start: CLI lookup {cold:.3f} s; import + first lookup {imp:.3f} s; bare python {bare:.3f} s")

    mem = peak_rss_mb("import translit_names\nfor q in ['Tichanowskaya','Lukashenko','Minsk','Belchett']*50: translit_names.lookup(q)")
    mem_bare = peak_rss_mb("pass")
    mem_rf = peak_rss_mb(
        "import translit_names\nfrom rapidfuzz import process, fuzz\n"
        "names=translit_names.default_gazetteer().reader.name_texts()\n"
        "process.extractOne('Tichanowskaya', names, scorer=fuzz.ratio)"
    )
    print(f"peak RSS:   lookups {mem:.0f} MB; rapidfuzz scan with names in memory {mem_rf:.0f} MB; bare python {mem_bare:.0f} MB")

    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if seeds:
        corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)
        translit_names.annotate(corpus)  # warm the caches once, as a long-running pipeline would be
        fresh_gaz = Gazetteer(gaz.path)
        t = time.perf_counter()
        mentions = fresh_gaz.annotate(corpus)
        cold_s = time.perf_counter() - t
        t = time.perf_counter()
        repeats = 5
        for _ in range(repeats):
            gaz.annotate(corpus)
        warm_s = (time.perf_counter() - t) / repeats
        kb = len(corpus.encode("utf-8")) / 1024
        print(
            f"annotate:   {kb:.1f} KB of news ({len(seeds)} articles, {len(mentions)} mentions): "
            f"{kb / cold_s:.0f} KB/s first pass, {kb / warm_s:.0f} KB/s warm"
        )

    if args.scale10x:
        with tempfile.TemporaryDirectory() as tmp:
            big = synthetic_gazetteer(gaz, 10, Path(tmp))
            clear_word_caches()  # as cold as the 1x pass was: the same queries, no word remembered from it
            for q in warm:
                big.lookup(q)
            big_times = time_calls(big.lookup, qs)
            one_x = statistics.median(ours)
            ten_x = statistics.median(big_times)
            print(
                f"10x:        {len(big)} entities: median {ten_x * 1e3:.3f} ms, p99 {percentile(big_times, 99) * 1e3:.3f} ms; "
                f"10x/1x median ratio {ten_x / one_x:.2f}"
            )
            big.close()


if __name__ == "__main__":
    main()
