"""Train one learned cross-script word model (translit_names.score.crossscript) and write its weights.

    python scripts/train_crossscript.py --script {han,kana,hangul,arabic,hebrew} [--pairs FILE] [--output FILE]
    python scripts/train_crossscript.py --han-readings     # (re)write data/crossscript/han-readings.txt

Reads Wikidata English / native person-name pairs (``english<TAB>n a t i v e<TAB>count``; by default
../shared/data/translit-pairs/wd_<language>_80.tsv, CC0, github.com/steveash/NETransliteration-COLING2018),
keeps the pairs whose English word is not held out (``held_out`` of scripts/cyrillic_latin_training.py: the benchmark's
test fifth) and splits those by word into training (nine tenths) and calibration (one tenth). Negatives: each
English word with the native word of another pair whose English word has the same first letter and a length
within one (as the benchmark makes them), plus as many random ones.

First the segment model (``model.segment`` features; scripts/segment_training.py) is fitted on the training
positives by expectation-maximisation and written to data/crossscript/<script>-seg.tsv. Then a logistic
regression over ``model.features`` is fitted by stochastic gradient descent (fixed seed, sorted input: the
same bytes on every run); blocks seen fewer than MIN_COUNT times share the weight ``rare``. The bias is then
shifted so that CALIBRATION_FP (per script: CALIBRATION_FP_OF) of the calibration hard negatives (drawn
CALIBRATION_DRAWS times) score at or above DEFAULT_THRESHOLD. Last, the first-letter screen: every (first romanised native letter, first Latin letter)
that starts at least MIN_COUNT usable pairs the final model scores at or above MIN_PAIR.

``--han-readings`` writes the Han reading table from pypinyin (MIT; ``pip install pypinyin``): for each Han
character its first Mandarin reading without tone marks.
"""

from __future__ import annotations

import argparse
import collections
import math
import random
import unicodedata
import zlib
from pathlib import Path

import sys

from translit_names.names.tokens import make_token
from translit_names.score.crossscript.learned import word_script
from translit_names.score.crossscript.model import START_PREFIX, features, latin_letters, logit, rare_name, weights_file
from translit_names.score.crossscript.romanize import HAN_READINGS_FILE, romanize, script_of
from translit_names.score.crossscript.segment import read_segments, segment_units
from translit_names.score.params import DEFAULT_THRESHOLD, MIN_PAIR

sys.path.insert(0, str(Path(__file__).resolve().parent))  # (when loaded from elsewhere, as the tests do)
from cyrillic_latin_training import held_out  # noqa: E402  (the one held-out rule, shared with the Cyrillic model)
import segment_training  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the repository (or beside the worktrees' folder, for a git worktree under wt/).
PAIRS_DIR = next(
    (d for d in (ROOT.parent / "shared" / "data" / "translit-pairs", ROOT.parent.parent / "shared" / "data" / "translit-pairs") if d.is_dir()),
    ROOT.parent / "shared" / "data" / "translit-pairs",
)
DATA = ROOT / "src" / "translit_names" / "data" / "crossscript"

#: --script name -> (ISO 15924 code, pairs file stem, language of the pairs).
SCRIPTS = {
    "han": ("Hani", "wd_chinese_80", "Chinese"),
    "kana": ("Kana", "wd_katakana_80", "Japanese (katakana)"),
    "hangul": ("Hang", "wd_korean_80", "Korean"),
    "arabic": ("Arab", "wd_arabic_80", "Arabic"),
    "hebrew": ("Hebr", "wd_hebrew_80", "Hebrew"),
}

MIN_COUNT = 3
EPOCHS = 12
LEARNING_RATE = 0.1
DECAY = 0.8
L2 = 1e-6
CALIBRATION_FP = 0.007
#: Per script, where it differs from CALIBRATION_FP (chosen on the calibration split).
CALIBRATION_FP_OF: dict[str, float] = {"Arab": 0.005}
#: The calibration hard negatives are drawn this many times (each English word with this many other native
#: words), so that the cut at CALIBRATION_FP rests on more negatives.
CALIBRATION_DRAWS = 5
SEED = 20261205
DIGITS = 3

Pair = tuple[str, str]


def read_pairs(path: Path) -> list[Pair]:
    """(English word, native word) of each ``english<TAB>n a t i v e<TAB>count`` line, the letters joined."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            out.append((fields[0], fields[1].replace(" ", "")))
    return out


def normalised(pair: Pair, script: str) -> Pair | None:
    """The pair as ``compare`` sees it (normalised tokens), or ``None`` when it is not a Latin word and a word
    of ``script``."""
    english, native = make_token(pair[0]), make_token(pair[1])
    if english is None or native is None or not latin_letters(english.norm):
        return None
    found = word_script(native.norm)
    if found != script and not (found in ("Hani", "Kana") and script in ("Hani", "Kana")):
        return None
    return english.norm, native.norm


def hard_negatives(pairs: list[Pair], rng: random.Random) -> list[Pair]:
    """Each English word with the native word of another pair: same first letter, length within one."""
    by_shape: dict[tuple[str, int], list[Pair]] = collections.defaultdict(list)
    for pair in pairs:
        by_shape[(pair[0][:1], len(pair[0]))].append(pair)
    out = []
    for english, _native in pairs:
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
    """Each English word with the native word of any other pair (never one it is itself paired with)."""
    own: dict[str, set[str]] = collections.defaultdict(set)
    for english, native in pairs:
        own[english].add(native)
    out = []
    for english, _native in pairs:
        other = rng.choice(pairs)
        if other[1] not in own[english]:
            out.append((english, other[1]))
    return out


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
        key = name if name in known else rare_name(name)
        out[key] = out.get(key, 0.0) + value
    return out


def write_han_readings(output: Path) -> None:
    from pypinyin.pinyin_dict import pinyin_dict  # type: ignore[import-untyped]

    by_reading: dict[str, list[str]] = collections.defaultdict(list)
    for code in sorted(pinyin_dict):
        ch = chr(code)
        if script_of(ch) != "Hani":
            continue
        first = pinyin_dict[code].split(",")[0]
        reading = "".join(c for c in unicodedata.normalize("NFD", first) if c.isascii() and c.isalpha()).lower()
        if reading:
            by_reading[reading].append(ch)
    lines = [
        "# Han character readings for the Han/Latin alignment romanisation (translit_names.score.crossscript).",
        "# Generated by scripts/train_crossscript.py --han-readings; do not edit by hand. reading<TAB>characters.",
        "# From pypinyin 0.55.0 (MIT, github.com/mozillazg/python-pinyin; its data from mozillazg/pinyin-data,",
        "# MIT, after the Unicode Unihan database): the first Mandarin reading of each character, tone marks dropped.",
    ]
    lines += [f"{reading}\t{''.join(chars)}" for reading, chars in sorted(by_reading.items())]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {output} ({sum(map(len, by_reading.values()))} characters, {len(by_reading)} readings)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--script", choices=sorted(SCRIPTS))
    parser.add_argument("--pairs", type=Path, help="the pairs file (default: the script's wd_*_80.tsv)")
    parser.add_argument("--output", type=Path, help="the weights file (default: the package's)")
    parser.add_argument("--han-readings", action="store_true", help="(re)write the Han reading table first")
    parser.add_argument("--segments", type=Path, help="the segment table file (default: beside the weights file)")
    parser.add_argument("--no-segments", action="store_true", help="train without the segment model")
    parser.add_argument("--calibration-fp", type=float, help="the share of calibration hard negatives accepted")
    args = parser.parse_args()
    if args.han_readings:
        write_han_readings(DATA / HAN_READINGS_FILE)
    if args.script is None:
        if not args.han_readings:
            parser.error("--script is required")
        return
    script, stem, language = SCRIPTS[args.script]
    pairs_path = args.pairs or PAIRS_DIR / f"{stem}.tsv"
    output = args.output or DATA / weights_file(script)
    rng = random.Random(SEED)
    pairs = sorted({p for p in (normalised(raw, script) for raw in read_pairs(pairs_path)) if p is not None})
    usable = [p for p in pairs if not held_out(p[0])]
    calibration = [p for p in usable if zlib.crc32(("calibration " + p[0]).encode("utf-8")) % 10 == 0]
    training = [p for p in usable if zlib.crc32(("calibration " + p[0]).encode("utf-8")) % 10 != 0]

    segments = None
    if not args.no_segments:
        # Beside the weights file: DATA/<script>-seg.tsv for the package's, <output stem>-seg.tsv for another.
        seg_path = args.segments or output.with_name(output.stem + "-seg.tsv")
        seg_examples = [(latin_letters(e), segment_units(n, script)) for e, n in training]
        rows = segment_training.write(
            segment_training.fit(seg_examples),
            seg_path,
            [
                f"# Segment model of the {language} script / Latin word model (translit_names.score.crossscript.segment):",
                "# unit<TAB>run<TAB>probability. Generated by scripts/train_crossscript.py; do not edit by hand.",
                f"# Fitted on {stem} (github.com/steveash/NETransliteration-COLING2018, data/{stem}),",
                "# English/native person-name pairs from Wikidata, CC0 1.0 Universal; the held-out fifth left out.",
            ],
        )
        print(f"wrote {seg_path} ({rows} rows)")
        segments = read_segments(seg_path.read_text(encoding="utf-8"))

    def feats_of(pair: Pair) -> dict[str, float] | None:
        return features(pair[1], pair[0], script, segments)

    labelled: list[tuple[int, dict[str, float]]] = []
    negatives = hard_negatives(training, rng) + random_negatives(training, rng)
    for label, group in ((1, training), (0, negatives)):
        for pair in group:
            feats = feats_of(pair)
            if feats is not None:
                labelled.append((label, feats))
    counts: collections.Counter[str] = collections.Counter()
    for _label, feats in labelled:
        counts.update(feats.keys())
    known = {name for name, n in counts.items() if n >= MIN_COUNT}
    examples = [(label, merge_rare(feats, known)) for label, feats in labelled]
    weights = train(examples, rng)
    weights = {name: round(w, DIGITS) for name, w in weights.items()}

    def scores(group: list[Pair]) -> list[float]:
        out = []
        for pair in group:
            feats = feats_of(pair)
            out.append(-math.inf if feats is None else logit(feats, weights))
        return out

    positives = scores(calibration)
    drawn = [pair for _ in range(CALIBRATION_DRAWS) for pair in hard_negatives(calibration, rng)]
    negative_scores = sorted(scores(drawn), reverse=True)
    calibration_fp = args.calibration_fp or CALIBRATION_FP_OF.get(script, CALIBRATION_FP)
    cut = negative_scores[int(calibration_fp * len(negative_scores))] if negative_scores else 0.0
    if not math.isfinite(cut):
        cut = min((s for s in positives if math.isfinite(s)), default=0.0)
    shift = math.log(DEFAULT_THRESHOLD / (1 - DEFAULT_THRESHOLD)) - cut
    weights["bias"] = round(weights.get("bias", 0.0) + shift + 10 ** -DIGITS, DIGITS)
    shift = weights["bias"] - (weights["bias"] - shift - 10 ** -DIGITS)  # the shift as rounded

    def accepted(group_scores: list[float], at: float) -> float:
        return sum(sigmoid(s + shift) >= at for s in group_scores) / max(1, len(group_scores))

    print(f"{language}: {len(training)} training pairs, {len(examples)} examples, {len(weights)} weights")
    print(
        f"calibration split ({len(calibration)} pairs): model alone at {DEFAULT_THRESHOLD}: recall "
        f"{accepted(positives, DEFAULT_THRESHOLD):.1%}, false positives {accepted(negative_scores, DEFAULT_THRESHOLD):.2%}"
    )
    starts = collections.Counter(
        romanize(native, script)[:1] + latin_letters(english)[:1]
        for (english, native), score in zip(usable, scores(usable))
        if sigmoid(score + shift) >= MIN_PAIR
    )
    screen = sorted(start for start, n in starts.items() if n >= MIN_COUNT and len(start) == 2)
    print(f"first-letter screen: {len(screen)} pairs of first letters")

    lines = [
        f"# Weights of the {language} script / Latin word model (translit_names.score.crossscript): feature<TAB>weight.",
        "# Generated by scripts/train_crossscript.py; do not edit by hand.",
        f"# Trained on {stem} (github.com/steveash/NETransliteration-COLING2018, data/{stem}),",
        "# English/native person-name pairs from Wikidata, CC0 1.0 Universal; the held-out fifth left out.",
    ]
    lines += [f"{name}\t{weights[name]:.{DIGITS}f}" for name in sorted(weights)]
    lines += [f"{START_PREFIX}{start}\t{starts[start]}" for start in screen]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {output} ({len(weights)} weights, {len(screen)} first-letter pairs)")


if __name__ == "__main__":
    main()
