"""Cross-script matching quality: Wikidata English / native name pairs in Han, kana, Hangul, Arabic and Hebrew.

    python benchmarks/bench_crossscript.py [--pairs-dir DIR] [--script han ...] [--sample N]
    python benchmarks/bench_crossscript.py --speed      # compare per pair; run it with the old code too

For each script, the held-out fifth of its pairs (``held_out`` of scripts/cyrillic_latin_training.py on the English word:
the learned models never saw them) of ../shared/data/translit-pairs/wd_<language>_80.tsv (read only when
present), and one hard negative per pair: the native word of another held-out pair whose English word has the
same first letter and a length within one (as for Cyrillic in bench_quality.py). Printed, in the same run:

- ``compare`` at DEFAULT_THRESHOLD (recall on the pairs, false positives on the negatives), and at thresholds
  nearby;
- the same pairs by spelling rules alone (``compare`` without the learned models: keys and edits);
- a baseline: unidecode of the native word against the English word, Jaro-Winkler >= 0.85.

With ``--speed``: microseconds per ``compare`` of pairs scored for the first time (the caches of word pairs
emptied before each of nine rounds; the words already tokenised): the labelled spellings paired off (as
bench_speed.py pairs them), wd_russian_80 held-out pairs, and per script 2,000 held-out pairs with their hard
negatives. The script imports only what the code before the learned cross-script models had too, so running
it with both (two virtual environments, same machine, one after the other) gives the before/after ratio.
"""

from __future__ import annotations

import argparse
import collections
import random
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz.distance import JaroWinkler
from unidecode import unidecode

from translit_names import DEFAULT_THRESHOLD, compare

try:  # the stage packages
    from translit_names.names.tokens import tokenize
    from translit_names.names.variants import clean_query
    from translit_names.score import compare as matching
    from translit_names.score.align import name_similarity

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from cyrillic_latin_training import held_out
except ImportError:  # the code before them (for side-by-side runs with an older install)
    from translit_names import matching  # type: ignore[attr-defined,no-redef]
    from translit_names.crossscript import held_out  # type: ignore[import-not-found,no-redef]
    from translit_names.matching import clean_query, name_similarity, tokenize  # type: ignore[import-not-found,no-redef]

HERE = Path(__file__).resolve().parent
PAIRS_DIR = next(
    (d for d in (HERE.parent.parent / "shared" / "data" / "translit-pairs", HERE.parent.parent.parent / "shared" / "data" / "translit-pairs") if d.is_dir()),
    HERE.parent.parent / "shared" / "data" / "translit-pairs",
)
FILES = {"han": "wd_chinese_80", "kana": "wd_katakana_80", "hangul": "wd_korean_80", "arabic": "wd_arabic_80", "hebrew": "wd_hebrew_80"}
THRESHOLDS = (0.6, 0.65, 0.7, 0.8, 0.85)
BASELINE_JW = 0.85

Pair = tuple[str, str]


def read_pairs(path: Path) -> list[Pair]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            out.append((fields[0], fields[1].replace(" ", "")))
    return out


def spelling_only(a: str, b: str) -> float:
    """``compare`` without the learned cross-script models: matching keys and edits only."""
    return name_similarity(tokenize(clean_query(a)), tokenize(clean_query(b)))


def baseline(english: str, native: str) -> bool:
    """unidecode + Jaro-Winkler >= 0.85 on the letters of both words."""
    a = "".join(c for c in unidecode(native).lower() if c.isalpha())
    b = "".join(c for c in unidecode(english).lower() if c.isalpha())
    return bool(a and b) and JaroWinkler.similarity(a, b) >= BASELINE_JW


def hard_negatives(rows: list[Pair], rng: random.Random) -> list[Pair]:
    by_first: dict[str, list[Pair]] = collections.defaultdict(list)
    for e, n in rows:
        by_first[e[:1]].append((e, n))
    out = []
    for english, _native in rows:
        others = [x for x in by_first[english[:1]] if abs(len(x[0]) - len(english)) <= 1 and x[0] != english]
        if others:
            out.append((english, rng.choice(others)[1]))
    return out


def share(flags: list[bool]) -> float:
    return sum(flags) / max(1, len(flags))


def bench(name: str, path: Path, sample: int) -> None:
    every = read_pairs(path)
    rows = [pair for pair in every if held_out(pair[0])]
    rng = random.Random(1)
    chosen = rng.sample(rows, min(sample, len(rows)))
    negatives = hard_negatives(chosen, rng)
    started = time.perf_counter()
    pos = [compare(e, n) for e, n in chosen]
    neg = [compare(e, n) for e, n in negatives]
    seconds = time.perf_counter() - started
    rules_pos = [spelling_only(e, n) for e, n in chosen]
    rules_neg = [spelling_only(e, n) for e, n in negatives]
    base_pos = [baseline(e, n) for e, n in chosen]
    base_neg = [baseline(e, n) for e, n in negatives]
    t = DEFAULT_THRESHOLD
    print(f"{path.stem} ({len(chosen)} of the {len(rows)} held-out pairs of {len(every)}; {len(negatives)} hard negatives)")
    print(f"  compare at {t}: recall {share([s >= t for s in pos]):.1%}, false positives {share([s >= t for s in neg]):.2%}  ({seconds / (len(pos) + len(neg)) * 1e6:.0f} µs a pair)")
    print(f"  spelling rules alone at {t}: recall {share([s >= t for s in rules_pos]):.1%}, false positives {share([s >= t for s in rules_neg]):.2%}")
    print(f"  unidecode + Jaro-Winkler >= {BASELINE_JW}: recall {share(base_pos):.1%}, false positives {share(base_neg):.2%}")
    print("    " + "  ".join(f"at {th}: {share([s >= th for s in pos]):.1%} / {share([s >= th for s in neg]):.2%}" for th in THRESHOLDS))


def pair_caches() -> list[object]:
    """The bounded caches that remember a pair of words, whichever of them this version of the code has."""
    found = []
    for name, module in list(sys.modules.items()):
        if name.startswith("translit_names"):
            for attr in ("token_similarity", "_learned_similarity", "learned_similarity"):
                value = getattr(module, attr, None)
                if value is not None and hasattr(value, "cache_clear") and value not in found:
                    found.append(value)
    return found


def time_pairs(label: str, pairs: list[Pair]) -> None:
    for a, b in pairs:  # tokenise every word and load every model once
        compare(a, b)
    caches = pair_caches()
    rounds = []
    for _ in range(9):
        for cached in caches:
            cached.cache_clear()  # type: ignore[attr-defined]
        t = time.perf_counter()
        for a, b in pairs:
            compare(a, b)
        rounds.append((time.perf_counter() - t) / len(pairs))
    print(f"  {label:44} {statistics.median(rounds) * 1e6:7.1f} us per pair (median of 9 rounds; fastest {min(rounds) * 1e6:.1f})")


def speed(pairs_dir: Path, scripts: list[str]) -> None:
    labelled = HERE / "data" / "labelled.tsv"
    rows = []
    for line in labelled.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t")[0])
    rng = random.Random(7)
    rows = list(dict.fromkeys(rows))
    rng.shuffle(rows)
    print(f"compare per pair ({matching.__file__})")
    time_pairs(f"labelled spellings paired off ({len(rows)})", list(zip(rows, reversed(rows))))
    for name, stem in [("russian", "wd_russian_80"), *((n, FILES[n]) for n in scripts)]:
        path = pairs_dir / f"{stem}.tsv"
        if not path.exists():
            continue
        held = [p for p in read_pairs(path) if held_out(p[0])]
        chosen = random.Random(2).sample(held, min(2000, len(held)))
        time_pairs(f"{stem}: 2,000 held-out pairs + hard negatives", chosen + hard_negatives(chosen, random.Random(3)))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pairs-dir", type=Path, default=PAIRS_DIR)
    parser.add_argument("--script", action="append", choices=sorted(FILES), help="(repeatable; default: all)")
    parser.add_argument("--sample", type=int, default=100000, help="at most this many held-out pairs a script")
    parser.add_argument("--speed", action="store_true", help="time compare instead (see above)")
    args = parser.parse_args()
    if args.speed:
        speed(args.pairs_dir, args.script or list(FILES))
        return
    for name in args.script or list(FILES):
        path = args.pairs_dir / f"{FILES[name]}.tsv"
        if not path.exists():
            print(f"(skipping {name}: {path} not found)")
            continue
        bench(name, path, args.sample)


if __name__ == "__main__":
    main()
