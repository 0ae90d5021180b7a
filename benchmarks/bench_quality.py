"""Matching quality: the team's labelled set, and the Wikidata English/Russian name pairs.

    python benchmarks/bench_quality.py [--pairs PATH] [--sample N] [--show-errors] [--precision-only]

1. benchmarks/data/labelled.tsv (query, expected id or "-", category): top-1 accuracy on rows with an expected
   entity, wrong-match rate (an answer that is not the expected one) over all rows, traps refused; beside
   rapidfuzz `extractOne(..., scorer=fuzz.ratio, score_cutoff=85)` over every gazetteer name in the same run.
2. benchmarks/data/precision.tsv (query, type, expected id or "-", category; issue 12): bare words typed alone
   (common given names and surnames of many countries, common words, codes, nonsense, a few dominant surnames
   and typed country codes), written by hand without running the matcher (benchmarks/data/README.md). The share
   answered as labelled (nothing for "-", else exactly the labelled entity), overall and by category; target
   >= 98%.
3. The wd_russian_80 pairs (default: ../shared/data/translit-pairs/wd_russian_80.tsv, read only when present):
   share of Russian words for which some scheme's romanisation equals the English form, or the matching key
   does; recall of `compare` at DEFAULT_THRESHOLD, and its false-positive rate against hard negatives (another
   pair's Russian word with the same first English letter and a length within one). Only the held-out fifth of
   the pairs is used (`held_out` in scripts/cyrillic_latin_training.py): the other four fifths trained the Cyrillic/Latin
   word model, and measuring on them would flatter it. Negatives are drawn from the held-out fifth too.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

from rapidfuzz import fuzz, process

import translit_names
from translit_names import DEFAULT_THRESHOLD, compare, default_gazetteer, normalize
from translit_names.names.keys import name_key
from translit_names.names.tokens import tokenize
from translit_names.names.variants import clean_query
from translit_names.score.align import name_similarity

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from cyrillic_latin_training import held_out, read_pairs  # noqa: E402  (the training helpers live with the scripts)

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "data" / "labelled.tsv"
PRECISION = HERE / "data" / "precision.tsv"
PAIRS = HERE.parent.parent / "shared" / "data" / "translit-pairs" / "wd_russian_80.tsv"


def labelled_rows() -> list[tuple[str, str | None, str]]:
    rows = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        query, expected, category = line.split("\t")[:3]
        rows.append((query, None if expected == "-" else expected, category))
    return rows


def report(label: str, rows: list[tuple[str, str | None, str]], answers: list[str | None], show: bool) -> None:
    with_entity = [(r, a) for r, a in zip(rows, answers) if r[1] is not None]
    top1 = sum(a == r[1] for r, a in with_entity) / len(with_entity)
    wrong = sum(a is not None and a != r[1] for r, a in zip(rows, answers)) / len(rows)
    traps = [(r, a) for r, a in zip(rows, answers) if r[2] == "trap"]
    refused = sum(a == r[1] for r, a in traps)
    print(f"{label:12} top-1 {top1:.1%} ({len(with_entity)} rows)  wrong matches {wrong:.1%} ({len(rows)} rows)  traps right {refused}/{len(traps)}")
    by_cat: dict[str, list[bool]] = collections.defaultdict(list)
    for r, a in zip(rows, answers):
        by_cat[r[2]].append(a == r[1])
    print(" " * 13 + "  ".join(f"{c}: {sum(v) / len(v):.1%} of {len(v)}" for c, v in sorted(by_cat.items())))
    if show:
        for r, a in zip(rows, answers):
            if a != r[1]:
                print(f"    {r[0]!r}: expected {r[1]}, got {a}")


def labelled(show: bool) -> None:
    rows = labelled_rows()
    gaz = default_gazetteer()
    ours = []
    for query, _expected, _cat in rows:
        match = gaz.lookup(query)
        ours.append(match.id if match else None)
    report("translit", rows, ours, show)
    pairs = [(n.text, n.id) for n in gaz.reader.indexed_names(ordered=False)]
    names = [p[0] for p in pairs]
    theirs = []
    for query, _expected, _cat in rows:
        hit = process.extractOne(query, names, scorer=fuzz.ratio, score_cutoff=85)
        theirs.append(pairs[hit[2]][1] if hit else None)
    report("rapidfuzz", rows, theirs, False)


def precision(show: bool) -> None:
    """The precision set: share of bare words answered as labelled."""
    if not PRECISION.exists():
        print(f"(skipping the precision set: {PRECISION} not found)")
        return
    gaz = default_gazetteer()
    by_cat: dict[str, list[bool]] = collections.defaultdict(list)
    misses = []
    for line in PRECISION.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        query, type_, expected, category = line.split("\t")[:4]
        match = gaz.lookup(query, type=type_ or None)
        got = match.id if match else None
        ok = got == (None if expected == "-" else expected)
        by_cat[category].append(ok)
        if not ok:
            misses.append((query, type_, expected, got, match.via if match else "", match.matched if match else ""))
    every = [ok for oks in by_cat.values() for ok in oks]
    print(f"precision set: {sum(every) / len(every):.1%} of {len(every)} bare words answered as labelled (target >= 98%)")
    print(" " * 13 + "  ".join(f"{c}: {sum(v) / len(v):.1%} of {len(v)}" for c, v in sorted(by_cat.items())))
    if show:
        for query, type_, expected, got, via, matched in misses:
            print(f"    {query!r}{f' (type={type_})' if type_ else ''}: expected {expected}, got {got} ({via} {matched!r})")


def spelling_only(a: str, b: str) -> float:
    """``compare`` without the learned Cyrillic/Latin word model: matching keys and edits only."""
    return name_similarity(tokenize(clean_query(a)), tokenize(clean_query(b)))


def wikidata_pairs(path: Path, sample: int) -> None:
    if not path.exists():
        print(f"(skipping the Wikidata pairs: {path} not found)")
        return
    every = read_pairs(path)
    total = len(every)
    rows = [pair for pair in every if held_out(pair[0])]
    random.seed(1)
    chosen = random.sample(rows, min(sample, len(rows)))
    by_first: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for e, r in rows:
        by_first[e[:1]].append((e, r))
    exact = key = 0
    positives, negatives = [], []
    # The same pairs scored by spelling rules alone (keys and edits, without the learned Cyrillic/Latin model).
    spelling_positives, spelling_negatives = [], []
    for english, russian in chosen:
        spellings = {normalize(s) for s in translit_names.romanize(russian, lang="ru").values()}
        exact += normalize(english) in spellings
        key += name_key(english) == name_key(russian)
        positives.append(compare(english, russian))
        spelling_positives.append(spelling_only(english, russian))
        others = [x for x in by_first[english[:1]] if abs(len(x[0]) - len(english)) <= 1 and x[0] != english]
        if others:
            other = random.choice(others)[1]
            negatives.append(compare(english, other))
            spelling_negatives.append(spelling_only(english, other))
    n = len(chosen)
    recall = sum(s >= DEFAULT_THRESHOLD for s in positives) / n
    fp = sum(s >= DEFAULT_THRESHOLD for s in negatives) / len(negatives)
    spelling_recall = sum(s >= DEFAULT_THRESHOLD for s in spelling_positives) / n
    spelling_fp = sum(s >= DEFAULT_THRESHOLD for s in spelling_negatives) / len(spelling_negatives)
    print(f"wd_russian_80 ({n} of the {len(rows)} held-out pairs of {total}): some scheme spells the English form {exact / n:.1%}; same matching key {key / n:.1%}")
    print(f"  compare at threshold {DEFAULT_THRESHOLD}: recall {recall:.1%}, false positives {fp:.2%} ({len(negatives)} hard negatives)")
    print(f"  the same without the learned model (spelling rules alone) at {DEFAULT_THRESHOLD}: recall {spelling_recall:.1%}, false positives {spelling_fp:.2%}")
    for th in (0.6, 0.65, 0.7, 0.8, 0.85):
        r = sum(s >= th for s in positives) / n
        f = sum(s >= th for s in negatives) / len(negatives)
        print(f"    at {th}: recall {r:.1%}, false positives {f:.2%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--sample", type=int, default=20000)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--precision-only", action="store_true", help="only the labelled and precision sets")
    args = parser.parse_args()
    labelled(args.show_errors)
    precision(args.show_errors)
    if not args.precision_only:
        wikidata_pairs(args.pairs, args.sample)


if __name__ == "__main__":
    main()
