"""Train the Cyrillic / Latin word model (translit_names.score.crossscript.cyrillic_latin) and write its weights.

    python scripts/train_cyrillic_latin.py [--pairs ../shared/data/translit-pairs/wd_russian_80.tsv]

Reads the wd_russian_80 English / Russian person-name pairs (CC0, github.com/steveash/NETransliteration-COLING2018),
keeps the pairs whose English word is not held out (``held_out`` in scripts/cyrillic_latin_training.py: the benchmark's test fifth), and
splits those again by word into training (nine tenths) and calibration (one tenth). Negatives are made as the
benchmark makes them (each English word with the Russian word of another pair whose English word has the same
first letter and a length within one), plus as many random ones (`random_negatives`).

A logistic regression over ``features`` (scripts/cyrillic_latin_training.py) is fitted by stochastic gradient descent (fixed seed,
sorted input: the output is the same on every run); edit blocks seen fewer than MIN_COUNT times share the weight
``rare``. Then the bias is shifted so that, on the calibration negatives, the share scoring at or above
``DEFAULT_THRESHOLD`` is CALIBRATION_FP. Last, the first-letter screen: every (first Cyrillic letter, first
Latin letter) pair that starts at least MIN_COUNT training pairs the final model scores at or above
``MIN_PAIR`` (the least word similarity a name alignment uses); the package scores no other pairs. Writes
src/translit_names/score/crossscript/cyrillic-latin.tsv and prints recall and false positives on the calibration split.
"""

from __future__ import annotations

import argparse
import collections
import math
import random
import zlib
from pathlib import Path

from cyrillic_latin_training import features, held_out, logit, read_pairs  # a sibling script (scripts/ is on sys.path)

from translit_names.names.tokens import make_token
from translit_names.score.crossscript.cyrillic_latin import START_PREFIX, WEIGHTS_FILE
from translit_names.score.params import DEFAULT_THRESHOLD, MIN_PAIR

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT.parent / "shared" / "data" / "translit-pairs" / "wd_russian_80.tsv"
OUTPUT = ROOT / "src" / "translit_names" / "score" / "crossscript" / WEIGHTS_FILE

MIN_COUNT = 3
EPOCHS = 12
LEARNING_RATE = 0.1
DECAY = 0.8
L2 = 1e-6
CALIBRATION_FP = 0.007
SEED = 20261123

Pair = tuple[str, str]


def hard_negatives(pairs: list[Pair], rng: random.Random) -> list[Pair]:
    """Each English word with the Russian word of another pair: same first letter, length within one."""
    by_shape: dict[tuple[str, int], list[Pair]] = collections.defaultdict(list)
    for pair in pairs:
        by_shape[(pair[0][:1], len(pair[0]))].append(pair)
    out = []
    for english, _russian in pairs:
        others = [
            other
            for size in (len(english) - 1, len(english), len(english) + 1)
            for other in by_shape[(english[:1], size)]
            if other[0] != english
        ]
        if others:
            out.append((english, rng.choice(others)[1]))
    return out


def random_negatives(pairs: list[Pair], rng: random.Random) -> list[Pair]:
    """Each English word with the Russian word of any other pair (never one the English word is itself paired
    with). Without them the model learns the hard negatives' quirks: their lengths always agree."""
    own: dict[str, set[str]] = collections.defaultdict(set)
    for english, russian in pairs:
        own[english].add(russian)
    out = []
    for english, _russian in pairs:
        other = rng.choice(pairs)
        if other[1] not in own[english]:
            out.append((english, other[1]))
    return out


def pair_features(pair: Pair) -> dict[str, float] | None:
    english, russian = make_token(pair[0]), make_token(pair[1])
    if english is None or russian is None:
        return None
    return features(russian.norm, english.norm)


def first_letters(pair: Pair) -> str:
    """The first letter of the Russian word and of the English word (normalised), as the package's screen reads them."""
    english, russian = make_token(pair[0]), make_token(pair[1])
    return (russian.norm[:1] if russian else "") + (english.norm[:1] if english else "")


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(examples: list[tuple[int, dict[str, float]]], rng: random.Random) -> dict[str, float]:
    weights: dict[str, float] = collections.defaultdict(float)
    rate = LEARNING_RATE
    order = list(range(len(examples)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            label, feats = examples[i]
            error = sigmoid(sum(weights[k] * v for k, v in feats.items())) - label
            for k, v in feats.items():
                weights[k] -= rate * (error * v + L2 * weights[k])
        rate *= DECAY
    return dict(weights)


def merge_rare(feats: dict[str, float], known: set[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for name, value in feats.items():
        key = name if name in known else "rare"
        out[key] = out.get(key, 0.0) + value
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    rng = random.Random(SEED)
    pairs = sorted(set(read_pairs(args.pairs)))
    usable = [p for p in pairs if not held_out(p[0])]
    calibration = [p for p in usable if zlib.crc32(("calibration " + p[0]).encode("utf-8")) % 10 == 0]
    training = [p for p in usable if zlib.crc32(("calibration " + p[0]).encode("utf-8")) % 10 != 0]

    labelled: list[tuple[int, dict[str, float]]] = []
    negatives = hard_negatives(training, rng) + random_negatives(training, rng)
    for label, group in ((1, training), (0, negatives)):
        for pair in group:
            feats = pair_features(pair)
            if feats is not None:
                labelled.append((label, feats))
    counts: collections.Counter[str] = collections.Counter()
    for _label, feats in labelled:
        counts.update(feats.keys())
    known = {name for name, n in counts.items() if n >= MIN_COUNT}
    examples = [(label, merge_rare(feats, known)) for label, feats in labelled]
    weights = train(examples, rng)

    def scores(group: list[Pair]) -> list[float]:
        out = []
        for pair in group:
            feats = pair_features(pair)
            out.append(-math.inf if feats is None else logit(feats, weights))
        return out

    positives = scores(calibration)
    negatives = sorted(scores(hard_negatives(calibration, rng)), reverse=True)
    # Shift the bias so that the CALIBRATION_FP-th highest negative sits just below the threshold.
    cut = negatives[int(CALIBRATION_FP * len(negatives))]
    shift = math.log(DEFAULT_THRESHOLD / (1 - DEFAULT_THRESHOLD)) - cut - 1e-6
    weights["bias"] += shift
    recall = sum(sigmoid(s + shift) >= DEFAULT_THRESHOLD for s in positives) / len(positives)
    fp = sum(sigmoid(s + shift) >= DEFAULT_THRESHOLD for s in negatives) / len(negatives)
    print(f"{len(training)} training pairs, {len(examples)} examples, {len(weights)} weights")
    print(f"calibration split ({len(calibration)} pairs): model alone at {DEFAULT_THRESHOLD}: recall {recall:.1%}, false positives {fp:.2%}")
    # The screen: first-letter pairs of training pairs the model accepts, seen MIN_COUNT times or more.
    starts = collections.Counter(
        first_letters(pair)
        for pair, score in zip(usable, scores(usable))
        if sigmoid(score + shift) >= MIN_PAIR
    )
    screen = sorted(start for start, n in starts.items() if n >= MIN_COUNT and len(start) == 2)
    print(f"first-letter screen: {len(screen)} pairs of first letters")

    lines = [
        "# Weights of the Cyrillic/Latin word model (translit_names.score.crossscript.cyrillic_latin): feature<TAB>weight.",
        "# Generated by scripts/train_cyrillic_latin.py; do not edit by hand.",
        "# Trained on wd_russian_80 (github.com/steveash/NETransliteration-COLING2018, data/wd_russian_80),",
        "# English/Russian person-name pairs from Wikidata, CC0 1.0 Universal.",
    ]
    # Every known block is written, even with a weight near 0: a missing one would count as "rare".
    lines += [f"{name}\t{weights[name]:.4f}" for name in sorted(weights)]
    lines += [f"{START_PREFIX}{start}\t{starts[start]}" for start in screen]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(weights)} weights, {len(screen)} first-letter pairs)")


if __name__ == "__main__":
    main()
