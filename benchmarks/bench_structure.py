"""Name structure (issue 15): F1 of ``compare`` on labelled pairs of person and organisation names, beside
baselines measured in the same run.

    python benchmarks/bench_structure.py [--pairs PATH] [--half all|dev|held-out] [--show-errors] [--nomenklatura PYTHON]

The pairs file (default benchmarks/data/pairs.tsv, else the development probes
benchmarks/data/structure-probes.tsv) is UTF-8 TSV with a header naming its columns; the two names, the label
(same / different, 1 / 0, yes / no, true / false) and the type (person / organisation) are found by their
header names. For each type it prints precision, recall and F1 of:

- ``compare(a, b, type=T)`` at DEFAULT_THRESHOLD (the structure of the labelled type);
- ``compare(a, b)`` at DEFAULT_THRESHOLD (no type: the structure guessed);
- ``compare_entities(a, b, type=T)``: the same, decided by the packaged gazetteer when it resolves both names
  (the gazetteer was curated before these pairs were written, by other people; many of their entities are in
  it, so this figure measures the gazetteer's coverage as much as the matcher);
- the word-by-word score of before this work (``matching.compare``) at DEFAULT_THRESHOLD;
- rapidfuzz ``fuzz.token_sort_ratio`` and Jaro-Winkler on the normalised names, each at a usual cut (0.85,
  0.9) and at the threshold that gives it its best F1 on these very pairs (an upper bound for them: tuned on the
  test set); and the trivial answer "every pair is the same", whose F1 a best cut can never fall below;
- with ``--nomenklatura PYTHON``, nomenklatura's logic-v2 (``LogicV2.compare`` of two Person or Company
  entities named by the two names), run by that python (an environment where ``pip install nomenklatura``
  worked), at 0.7 and at its best cut.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from translit_names import DEFAULT_THRESHOLD, compare, compare_entities, compare_explain, normalize
from translit_names.score.compare import compare as word_compare

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

#: The usual operating points of the baselines (their "best cut" on these pairs is printed too).
FIXED_CUTS = {"rapidfuzz token_sort_ratio": 0.85, "Jaro-Winkler": 0.9, "nomenklatura logic-v2": 0.7}


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


def _type(kind: str) -> str | None:
    return kind if kind in ("person", "organisation", "place") else None


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


_NOMENKLATURA = """
import json, sys
from followthemoney import model
from nomenklatura.matching import LogicV2
config = LogicV2.default_config()
out = []
for number, line in enumerate(sys.stdin):
    a, b, kind = json.loads(line)
    schema = "Person" if kind == "person" else "Company" if kind == "organisation" else "LegalEntity"
    query = model.make_entity(schema)
    query.id = f"a{number}"  # (ids unique per pair: results are remembered by entity id)
    query.add("name", a)
    result = model.make_entity(schema)
    result.id = f"b{number}"
    result.add("name", b)
    out.append(float(LogicV2.compare(query, result, config).score))
print(json.dumps(out))
"""


def nomenklatura_scores(python: str, rows: list[Row]) -> list[float] | None:
    """nomenklatura's logic-v2 score of each pair (a Person or Company entity named by each name), run by
    ``python`` (an environment where nomenklatura is installed: it needs PyICU), or ``None`` if that fails."""
    feed = "".join(json.dumps([a, b, kind]) + "\n" for a, b, _same, kind in rows)
    try:
        done = subprocess.run([python, "-c", _NOMENKLATURA], input=feed, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"nomenklatura logic-v2: not available ({exc})")
        return None
    scores: list[float] = json.loads(done.stdout.strip().splitlines()[-1])
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=Path, default=None)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--nomenklatura", metavar="PYTHON", help="python of an environment with nomenklatura installed")
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
    nk = nomenklatura_scores(args.nomenklatura, rows) if args.nomenklatura else None
    for kind in sorted({r[3] for r in rows}):
        part = [r for r in rows if r[3] == kind]
        truth = [r[2] for r in part]
        typed = [compare(a, b, type=kind if kind in ("person", "organisation", "place") else None) for a, b, _s, _k in part]
        methods: list[tuple[str, list[bool], str]] = [
            ("translit_names compare(type=)", [s >= DEFAULT_THRESHOLD for s in typed], f"{DEFAULT_THRESHOLD}"),
            ("translit_names compare() guessed", [compare(a, b) >= DEFAULT_THRESHOLD for a, b, _s, _k in part], f"{DEFAULT_THRESHOLD}"),
            ("compare_entities (gazetteer)", [compare_entities(a, b, type=_type(kind)).same for a, b, _s, _k in part], f"{DEFAULT_THRESHOLD}"),
            ("word-by-word (before #15)", [word_compare(a, b) >= DEFAULT_THRESHOLD for a, b, _s, _k in part], f"{DEFAULT_THRESHOLD}"),
        ]
        baselines: list[tuple[str, list[float]]] = [
            ("rapidfuzz token_sort_ratio", [fuzz.token_sort_ratio(normalize(a), normalize(b)) / 100 for a, b, _s, _k in part]),
            ("Jaro-Winkler", [JaroWinkler.similarity(normalize(a), normalize(b)) for a, b, _s, _k in part]),
        ]
        if nk is not None:
            baselines.append(("nomenklatura logic-v2", [score for row, score in zip(rows, nk) if row[3] == kind]))
        print(f"\n{kind}: {len(part)} pairs ({sum(truth)} same)")
        print(f"  {'method':36} {'threshold':>9} {'precision':>9} {'recall':>7} {'F1':>7}")
        for name, guess, cut in methods:
            p, r, f = f1(truth, guess)
            print(f"  {name:36} {cut:>9} {p:9.3f} {r:7.3f} {f:7.3f}")
        for name, scores in baselines:
            p, r, f = f1(truth, [s >= FIXED_CUTS[name] for s in scores])
            print(f"  {name:36} {FIXED_CUTS[name]:9.3f} {p:9.3f} {r:7.3f} {f:7.3f}")
            cut_value, (p, r, f) = best_threshold(truth, scores)
            print(f"  {name + ' (best cut)':36} {cut_value:9.3f} {p:9.3f} {r:7.3f} {f:7.3f}")
        p, r, f = f1(truth, [True] * len(truth))
        print(f"  {'every pair called the same':36} {'':>9} {p:9.3f} {r:7.3f} {f:7.3f}")
        if args.show_errors:
            for (a, b, same, _k), score in zip(part, typed):
                if (score >= DEFAULT_THRESHOLD) != same:
                    why = compare_explain(a, b, type=kind if kind in ("person", "organisation", "place") else None)
                    label = "FN" if same else "FP"
                    print(f"    {label} {score:.3f} {a!r} / {b!r}: {why.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
