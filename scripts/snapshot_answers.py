"""Record what ``lookup``, ``search``, ``compare`` and ``annotate`` answer for fixed input, or diff two records.

    python scripts/snapshot_answers.py record OUT.json [--typos N]
    python scripts/snapshot_answers.py diff BEFORE.json AFTER.json

For changes that should make matching faster without changing its answers: record before, record after,
diff. The queries are the labelled spellings (benchmarks/data/labelled.tsv) plus N one-letter typos (a letter
dropped, doubled, swapped with its neighbour or replaced) of names drawn from the packaged index, all chosen
by a fixed seed, so two records of the same code and index are identical. ``compare`` is recorded (to full
precision) on each query against the next one and against the query as far from the end as it is from the
start: mostly unrelated names, a third of them in two scripts. Each lookup and search answer is recorded with
its explanation. ``annotate`` is recorded on every seed article found in ``--seeds`` (default
/work/shared/seeds; skipped when that folder is absent, and the record says so).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from translit_names import compare, default_gazetteer

LABELLED = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "labelled.tsv"
SEEDS = Path("/work/shared/seeds")


def _typo(name: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if len(letters) < 4:
        return name
    i = rng.choice(letters[1:])
    kind = rng.choice(("drop", "double", "swap", "replace"))
    if kind == "drop":
        return name[:i] + name[i + 1 :]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    if kind == "swap" and i + 1 < len(name):
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + rng.choice("aeioubdklmnrst") + name[i + 1 :]


def queries(typos: int) -> list[str]:
    out = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t")[0])
    names = default_gazetteer().reader.name_texts(tiers=(0, 1))  # preferred and alias names, sorted
    rng = random.Random(5)
    out += [_typo(name, rng) for name in rng.sample(names, typos)]
    return list(dict.fromkeys(out))


def record(out: Path, typos: int, seeds: Path) -> None:
    gaz = default_gazetteer()
    answers: dict[str, object] = {}
    qs = queries(typos)
    for q in qs:
        best = gaz.lookup(q)
        found = gaz.search(q, limit=5)
        answers[q] = {
            "lookup": best and [best.id, round(best.score, 4), best.via, best.matched],
            "search": [[m.id, round(m.score, 4), m.via, m.matched] for m in found],
            "explain": [best and best.explain, [m.explain for m in found]],
        }
    pairs = [*zip(qs, qs[1:]), *zip(qs, reversed(qs))]
    answers["compare"] = [repr(compare(a, b)) for a, b in pairs]
    articles = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    answers["annotate"] = {
        p.name: [m.as_dict() for m in gaz.annotate(p.read_text(encoding="utf-8"))] for p in articles
    } or {"(no seed articles)": []}
    out.write_text(json.dumps(answers, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(qs)} queries, {len(pairs)} compare pairs and {len(articles)} articles recorded in {out}")


def diff(before: Path, after: Path) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    scores_a, scores_b = a.pop("compare"), b.pop("compare")
    notes_a, notes_b = a.pop("annotate", {}), b.pop("annotate", {})
    compares = sum(x != y for x, y in zip(scores_a, scores_b)) + abs(len(scores_a) - len(scores_b))
    lookups = [q for q in a if q in b and a[q]["lookup"] != b[q]["lookup"]]
    searches = [q for q in a if q in b and a[q]["search"] != b[q]["search"]]
    explains = [q for q in a if q in b and a[q].get("explain") != b[q].get("explain")]
    articles = [k for k in notes_a.keys() | notes_b.keys() if notes_a.get(k) != notes_b.get(k)]
    print(
        f"{len(a)} / {len(b)} queries; lookup answers differ on {len(lookups)}, search results on {len(searches)},"
        f" explanations on {len(explains)}; compare differs on {compares} of {len(scores_a)} pairs;"
        f" annotate differs on {len(articles)} of {len(notes_a)} articles"
    )
    for q in explains[:10]:
        print(f"  explain {q!r}: {a[q].get('explain')} -> {b[q].get('explain')}")
    for k in sorted(articles):
        print(f"  annotate {k}: {len(notes_a.get(k, []))} -> {len(notes_b.get(k, []))} mentions")
    for q in lookups[:40]:
        print(f"  lookup {q!r}: {a[q]['lookup']} -> {b[q]['lookup']}")
    for q in [q for q in searches if q not in lookups][:20]:
        print(f"  search {q!r}: {[m[0] for m in a[q]['search']]} -> {[m[0] for m in b[q]['search']]}")
    return 1 if lookups or searches or compares or explains or articles else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="write the answers to a JSON file")
    rec.add_argument("out", type=Path)
    rec.add_argument("--typos", type=int, default=4000, help="how many one-letter typos of index names to add")
    rec.add_argument("--seeds", type=Path, default=SEEDS, help="folder of seed articles (*.txt) to annotate")
    dif = sub.add_parser("diff", help="compare two records; exit 1 when any answer differs")
    dif.add_argument("before", type=Path)
    dif.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        record(args.out, args.typos, args.seeds)
        return 0
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
