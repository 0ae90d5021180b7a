"""Write a synthetic FollowTheMoney JSON-lines file for the own-index benchmark (issue 16).

Entities are made of real name parts: the English spellings and native renderings (Cyrillic, Arabic, Hebrew,
Chinese, Japanese, Korean) of the Wikidata transliteration pairs in ``../shared/data/translit-pairs``
(wd_<language>_80.tsv, CC0). Persons are given name + family name drawn from one language's list; organisations
two words and a legal form. Each entity has 3 to 7 names (5 on average, cycling 3, 4, 5, 6, 7): the English
spelling and the native rendering as ``name``, then ``alias`` (reordered, initial), ``previousName`` and
``weakAlias``. IDs are ``syn-<number>``; no Wikidata or other real identifier is made up.

The file goes to a folder outside the repository (default: the system temp folder); it is never committed.

    python benchmarks/gen_synthetic_ftm.py --entities 1000000 --output /tmp/translit-synth/ftm-1m.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

PAIRS = Path(__file__).resolve().parents[2] / "shared" / "data" / "translit-pairs"
SHARED = Path("/work/shared/data/translit-pairs")
#: Pair file -> (countries its entities get, whether native words are written without spaces).
LANGS: dict[str, tuple[tuple[str, ...], bool]] = {
    "russian": (("ru", "by", "kz"), False),
    "arabic": (("eg", "sa", "ae", "iq"), False),
    "hebrew": (("il",), False),
    "chinese": (("cn", "tw"), True),
    "japanese": (("jp",), True),
    "korean": (("kr",), True),
}
LEGAL_FORMS = ("LLC", "Ltd", "Limited", "JSC", "GmbH", "S.A.", "Holdings", "Group", "Trading Co.")


def read_pairs(folder: Path, lang: str, limit: int) -> list[tuple[str, str]]:
    out = []
    with (folder / f"wd_{lang}_80.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0].isalpha() and len(cols[0]) > 1:
                out.append((cols[0].title(), cols[1].replace(" ", "").title()))
            if len(out) >= limit:
                break
    return out


def entity(i: int, rng: random.Random, pools: dict[str, list[tuple[str, str]]]) -> dict[str, object]:
    lang = rng.choice(list(pools))
    countries, no_space = LANGS[lang]
    pool = pools[lang]
    sep = "" if no_space else " "
    (g, gn), (f, fn) = rng.choice(pool), rng.choice(pool)
    k = 3 + i % 5
    person = rng.random() < 0.7
    if person:
        names = [f"{g} {f}", f"{fn}{sep}{gn}" if no_space else f"{gn} {fn}"]
        extra = [("alias", f"{f} {g}"), ("alias", f"{g[0]}. {f}"), ("previousName", f"{g} {rng.choice(pool)[0]}"),
                 ("weakAlias", f), ("alias", f"{g} {rng.choice(pool)[0][0]}. {f}")]
        schema = "Person"
    else:
        form = rng.choice(LEGAL_FORMS)
        names = [f"{g} {f} {form}", f"{gn}{sep}{fn}"]
        extra = [("alias", f"{g} {f}"), ("alias", f"{g}-{f} {rng.choice(LEGAL_FORMS)}"),
                 ("previousName", f"{g} {rng.choice(pool)[0]} {form}"), ("weakAlias", f"{g[0]}{f[0]}"), ("alias", f"{f} {g} {form}")]
        schema = rng.choice(("Company", "Organization", "LegalEntity"))
    props: dict[str, list[str]] = {"name": names, "country": [rng.choice(countries)]}
    for prop, value in extra[: k - 2]:
        props.setdefault(prop, []).append(value)
    return {
        "id": f"syn-{i:07d}",
        "caption": names[0],
        "schema": schema,
        "properties": props,
        "datasets": ["synthetic"],
        "referents": [],
        "target": True,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=1_000_000)
    ap.add_argument("--output", type=Path, default=Path(tempfile.gettempdir()) / "translit-synth" / "ftm-1m.json")
    ap.add_argument("--pairs", type=Path, default=PAIRS if PAIRS.is_dir() else SHARED)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args(argv)
    repo = Path(__file__).resolve().parents[1]
    if args.output.resolve().is_relative_to(repo):
        print("write the synthetic data outside the repository", file=sys.stderr)
        return 2
    if not args.pairs.is_dir():
        print(f"no translit-pairs folder at {args.pairs}", file=sys.stderr)
        return 2
    pools = {lang: read_pairs(args.pairs, lang, 40000) for lang in LANGS}
    rng = random.Random(args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    names = 0
    with args.output.open("w", encoding="utf-8") as fh:
        for i in range(args.entities):
            e = entity(i, rng, pools)
            names += sum(len(v) for k, v in e["properties"].items() if k != "country")  # type: ignore[union-attr]
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{args.output}: {args.entities} entities, {names} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
