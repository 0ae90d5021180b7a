"""Name structure (issue 15): F1 of ``compare`` on labelled pairs of person and organisation names, beside
baselines measured in the same run.

    python benchmarks/bench_structure.py [--pairs PATH] [--half all|dev|held-out] [--show-errors] [--nomenklatura]

The pairs file (default benchmarks/data/pairs.tsv, else the development probes
benchmarks/data/structure-probes.tsv) is UTF-8 TSV with a header naming its columns; the two names, the label
(same / different, 1 / 0, yes / no, true / false) and the type (person / organisation) are found by their
header names. For each type it prints precision, recall and F1 of:

- ``compare(a, b, type=T)`` at DEFAULT_THRESHOLD (the structure of the labelled type);
- ``compare(a, b)`` at DEFAULT_THRESHOLD (no type: the structure guessed);
- the word-by-word score of before this work (``matching.compare``) at DEFAULT_THRESHOLD;
- rapidfuzz ``fuzz.token_sort_ratio`` and Jaro-Winkler on the normalised names, each at the threshold that
  gives it its best F1 on these very pairs (an upper bound for them: they are tuned on the test set, we are not);
- with ``--nomenklatura``, nomenklatura's logic-v2 when it is installed (its ``LogicV2`` name score, best
  threshold as for the other baselines).
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from translit_names import DEFAULT_THRESHOLD, compare, compare_explain, normalize
from translit_names.matching import compare as word_compare

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "data" / "pairs.tsv"
PROBES = HERE / "data" / "structure-probes.tsv"

_A = ("a", "name_a", "left", "name1", "a_name", "first")
_B = ("b", "name_b", "right", "name2", "b_name", "second")
_LABEL = ("label", "same", "match", "expected", "is_same", "gold")
_TYPE = ("type", "kind", "category", "entity_type", "schema")
_YES = {"1", "same", "yes", "true", "match", "positive", "pos", "y", "t"}
_NO = {"0", "different", "no", "false", "nonmatch", "non-match", "negative", "neg", "n", "f", "diff"}

Row = tuple[str, str, bool, str]


def _column(header: list[str], names: Sequence[str]) -> int:
    for name in names:
        if name in header:
            return header.index(name)
    raise SystemExit(f"no column named one of {', '.join(names)} in header {header}")


def read_pairs(path: Path) -> list[Row]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    header = [h.strip().lower() for h in lines[0].split("\t")]
    ia, ib, il, it = (_column(header, names) for names in (_A, _B, _LABEL, _TYPE))
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        label = cells[il].strip().lower()
        if label not in _YES | _NO:
            raise SystemExit(f"{path}: unknown label {label!r} in {line!r}")
        kind = cells[it].strip().lower()
        kind = {"organization": "organisation", "org": "organisation", "company": "organisation"}.get(kind, kind)
        rows.append((cells[ia], cells[ib], label in _YES, kind))
    return rows


def half(row: Row) -> str:
    """ "dev" or "held-out": a fixed half of the pairs by the CRC-32 of the two names."""
    return "dev" if zlib.crc32(f"{row[0]}\t{row[1]}".encode()) % 2 == 0 else "held-out"


def f1(truth: list[bool], guess: list[bool]) -> tuple[float, float, float]:
    tp = sum(t and g for t, g in zip(truth, guess))
    fp = sum(g and not t for t, g in zip(truth, guess))
    fn = sum(t and not g for t, g in zip(truth, guess))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def best_threshold(truth: list[bool], scores: list[float]) -> tuple[float, tuple[float, float, float]]:
    best = (0.0, (0.0, 0.0, 0.0))
    for cut in sorted(set(scores)):
        result = f1(truth, [s >= cut for s in scores])
        if result[2] > best[1][2]:
            best = (cut, result)
    return best


def _nomenklatura() -> Callable[[str, str, str], float] | None:
    try:  # optional: only when installed
        from followthemoney import model  # type: ignore[import-not-found]
        from nomenklatura.matching import LogicV2  # type: ignore[import-not-found]
    except Exception as exc:  # pragma: no cover - depends on the environment
        print(f"nomenklatura logic-v2: not available ({type(exc).__name__}: {exc})")
        return None

    def score(a: str, b: str, kind: str) -> float:
        schema = "Person" if kind == "person" else "Company" if kind == "organisation" else "LegalEntity"
        ea = model.make_entity(schema)
        ea.id = "a"
        ea.add("name", a)
        eb = model.make_entity(schema)
        eb.id = "b"
        eb.add("name", b)
        return float(LogicV2.compare(model, ea, eb).score)

    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=Path, default=None)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--nomenklatura", action="store_true")
    parser.add_argument(
        "--half",
        choices=("all", "dev", "held-out"),
        default="all",
        help="a half of the pairs by a hash of the two names (dev: the half whose errors were looked at while"
        " building the rules; held-out: the other half, never looked at)",
    )
    args = parser.parse_args(argv)
    path = args.pairs or (PAIRS if PAIRS.is_file() else PROBES)
    rows = read_pairs(path)
    if args.half != "all":
        rows = [r for r in rows if (half(r) == "dev") == (args.half == "dev")]
    print(f"{path.name} ({args.half}): {len(rows)} pairs, {sum(r[2] for r in rows)} same, {sum(not r[2] for r in rows)} different")
    nk = _nomenklatura() if args.nomenklatura else None
    for kind in sorted({r[3] for r in rows}):
        part = [r for r in rows if r[3] == kind]
        truth = [r[2] for r in part]
        typed = [compare(a, b, type=kind if kind in ("person", "organisation", "place") else None) for a, b, _s, _k in part]
        methods: list[tuple[str, list[bool], str]] = [
            ("translit_names compare(type=)", [s >= DEFAULT_THRESHOLD for s in typed], f"{DEFAULT_THRESHOLD}"),
            ("translit_names compare() guessed", [compare(a, b) >= DEFAULT_THRESHOLD for a, b, _s, _k in part], f"{DEFAULT_THRESHOLD}"),
            ("word-by-word (before #15)", [word_compare(a, b) >= DEFAULT_THRESHOLD for a, b, _s, _k in part], f"{DEFAULT_THRESHOLD}"),
        ]
        baselines: list[tuple[str, list[float]]] = [
            ("rapidfuzz token_sort_ratio", [fuzz.token_sort_ratio(normalize(a), normalize(b)) / 100 for a, b, _s, _k in part]),
            ("Jaro-Winkler", [JaroWinkler.similarity(normalize(a), normalize(b)) for a, b, _s, _k in part]),
        ]
        if nk is not None:
            baselines.append(("nomenklatura logic-v2", [nk(a, b, kind) for a, b, _s, _k in part]))
        print(f"\n{kind}: {len(part)} pairs ({sum(truth)} same)")
        print(f"  {'method':36} {'threshold':>9} {'precision':>9} {'recall':>7} {'F1':>7}")
        for name, guess, cut in methods:
            p, r, f = f1(truth, guess)
            print(f"  {name:36} {cut:>9} {p:9.3f} {r:7.3f} {f:7.3f}")
        for name, scores in baselines:
            cut_value, (p, r, f) = best_threshold(truth, scores)
            print(f"  {name + ' (best cut)':36} {cut_value:9.3f} {p:9.3f} {r:7.3f} {f:7.3f}")
        if args.show_errors:
            for (a, b, same, _k), score in zip(part, typed):
                if (score >= DEFAULT_THRESHOLD) != same:
                    why = compare_explain(a, b, type=kind if kind in ("person", "organisation", "place") else None)
                    label = "FN" if same else "FP"
                    print(f"    {label} {score:.3f} {a!r} / {b!r}: {why.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
