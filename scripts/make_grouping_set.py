"""Build benchmarks/data/grouping.tsv, the labelled grouping set of `benchmarks/bench_cluster.py`.

Every row is a real spelling and the entity it names, taken from two hand-written sources of this repository
(never from the matcher's output):

1. the curated person files gazetteer/people/*.yaml: each person's canonical name, its non-weak names (press
   forms in other languages, full names with patronymics, romanisations) and its native-script names
   (Cyrillic, Han, kana, Hangul, Arabic, Hebrew, Greek, Devanagari ...). Weak names (a surname alone, which
   may name relatives) are left out. Persons with fewer than MIN_SPELLINGS distinct spellings are left out;
2. benchmarks/data/labelled.tsv: its person rows (real press spellings, inflected forms and typos of those
   persons), and, as unrelated names each naming an entity of its own, its rows labelled `-` that name a
   person or organisation (relatives, namesakes and near misses not in the gazetteer; not its common words);
3. with ``--pairs DIR`` (../shared/data/translit-pairs, Wikidata person-name words, CC0): name words written in
   Latin and in at least MIN_SCRIPTS of Cyrillic, Arabic, Hebrew, Han, katakana and Hangul, each word an entity
   of its own (``name:<english>``). Only words of the held-out fifth (``held_out``: never seen by a learned
   model) whose most frequent rendering in every language is that of no other English word, the
   WORDS most frequent of them.

Rows are sorted and the file is written byte-identically on every run. Run: python scripts/make_grouping_set.py --pairs ../shared/data/translit-pairs

``--dev DIR`` writes the DEVELOPMENT set benchmarks/data/grouping-dev.tsv instead, to tune and diagnose
``cluster`` on (grouping.tsv is the acceptance set: never tuned on). It is made only from the TRAINING part of the
Wikidata pairs (words that ``held_out`` does not hold out), so it shares no word with grouping.tsv, and uses no
curated person file or labelled row:

1. the DEV_WORDS most frequent training words chosen by the rule of (3) above, each an entity of its own;
2. DEV_PERSONS made-up persons of two further training words each (``person:<given>-<family>``), written in Latin
   (``Given Family``, ``FAMILY, Given``, ``Family Given``, and one swapped-letter typo of the family word) and in
   every script both words have, joined as that script writes foreign names: a space (Cyrillic, Arabic, Hebrew,
   Hangul), ``・`` (katakana), ``·`` (Han), plus the Cyrillic family-first order.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
import zlib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "grouping.tsv"
DEV_OUT = ROOT / "benchmarks" / "data" / "grouping-dev.tsv"
DEV_WORDS = 450
DEV_PERSONS = 250
JOINERS = {"russian": " ", "arabic": " ", "hebrew": " ", "korean": " ", "katakana": "・", "chinese": "·"}
MIN_SPELLINGS = 4
MIN_SCRIPTS = 4
WORDS = 450
LANGS = ("russian", "arabic", "hebrew", "chinese", "katakana", "korean")


def _text(name: object) -> str:
    return unicodedata.normalize("NFC", str(name)).strip()


def _person_rows() -> dict[str, set[tuple[str, str]]]:
    rows: dict[str, set[tuple[str, str]]] = {}
    for path in sorted((ROOT / "gazetteer" / "people").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entity in data.get("entities", []):
            if entity.get("type") != "person" or "id" not in entity:
                continue
            spellings = {(_text(entity["name"]), f"gazetteer/people/{path.name}: name")}
            for item in entity.get("names", []) or []:
                if item.get("tier", "alias") != "weak":
                    spellings.add((_text(item["name"]), f"gazetteer/people/{path.name}: names"))
            for item in entity.get("native", []) or []:
                spellings.add((_text(item["name"]), f"gazetteer/people/{path.name}: native {item.get('lang', '')}"))
            rows.setdefault(entity["id"], set()).update(spellings)
    return rows


def _chosen_words(folder: Path, training: bool) -> tuple[list[str], dict[str, dict[str, tuple[int, str]]]]:
    """The words of one side of the split (held out, or ``training``) whose most frequent rendering in every
    language is that of no other English word, most frequent first, with those renderings."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from cyrillic_latin_training import held_out  # the one split rule of the learned models

    best: dict[str, dict[str, tuple[int, str]]] = {}  # english -> lang -> (count, native)
    owners: dict[tuple[str, str], set[str]] = {}  # (lang, native) -> english words
    total: dict[str, int] = {}
    for lang in LANGS:
        for line in (folder / f"wd_{lang}_80.tsv").read_text(encoding="utf-8").splitlines():
            english, native, count = line.split("\t")
            native = _text(native.replace(" ", ""))
            owners.setdefault((lang, native), set()).add(english)
            if held_out(english) == training:
                continue
            total[english] = total.get(english, 0) + int(count)
            have = best.setdefault(english, {})
            if lang not in have or int(count) > have[lang][0]:
                have[lang] = (int(count), native)
    chosen = [
        e for e, langs in best.items()
        if len(langs) >= MIN_SCRIPTS and e.isalpha() and len(e) > 2
        and all(owners[(lang, native)] == {e} for lang, (_c, native) in langs.items())
    ]
    chosen.sort(key=lambda e: (-total[e], e))
    return chosen, best


def _word_rows(folder: Path) -> dict[str, set[tuple[str, str]]]:
    chosen, best = _chosen_words(folder, training=False)
    rows: dict[str, set[tuple[str, str]]] = {}
    for english in chosen[:WORDS]:
        spellings = {(english.capitalize(), "translit-pairs (English)")}
        spellings.update((native, f"translit-pairs wd_{lang}_80") for lang, (_c, native) in best[english].items())
        rows[f"name:{english}"] = spellings
    return rows


def _dev_rows(folder: Path) -> dict[str, set[tuple[str, str]]]:
    chosen, best = _chosen_words(folder, training=True)
    rows: dict[str, set[tuple[str, str]]] = {}
    for english in chosen[:DEV_WORDS]:
        spellings = {(english.capitalize(), "translit-pairs (English)")}
        spellings.update((native, f"translit-pairs wd_{lang}_80") for lang, (_c, native) in best[english].items())
        rows[f"name:{english}"] = spellings
    rest = chosen[DEV_WORDS : DEV_WORDS + 2 * DEV_PERSONS]
    rest.sort(key=lambda e: zlib.crc32(e.encode("utf-8")))  # deterministic pairing of unrelated words
    for given, family in zip(rest[0::2], rest[1::2]):
        g, f = given.capitalize(), family.capitalize()
        spellings = {(f"{g} {f}", "made up (Latin)"), (f"{f.upper()}, {g}", "made up (Latin, surname first)"),
                     (f"{f} {g}", "made up (Latin, family first)")}
        if len(f) > 4:
            i = 1 + zlib.crc32(f.encode("utf-8")) % (len(f) - 3)
            spellings.add((f"{g} {f[:i]}{f[i + 1]}{f[i]}{f[i + 2:]}", "made up (Latin, typo)"))
        for lang, joiner in JOINERS.items():
            if lang in best[given] and lang in best[family]:
                gn, fn = best[given][lang][1], best[family][lang][1]
                spellings.add((f"{gn}{joiner}{fn}", f"made up from translit-pairs wd_{lang}_80"))
                if lang == "russian":
                    spellings.add((f"{fn} {gn}", f"made up from translit-pairs wd_{lang}_80 (family first)"))
        rows[f"person:{given}-{family}"] = spellings
    return rows


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--dev":
        return _write(_dev_rows(Path(sys.argv[2])), DEV_OUT)
    rows = _person_rows()
    if len(sys.argv) > 2 and sys.argv[1] == "--pairs":
        rows.update(_word_rows(Path(sys.argv[2])))
    labelled = ROOT / "benchmarks" / "data" / "labelled.tsv"
    with labelled.open(encoding="utf-8", newline="") as handle:
        unrelated = 0
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            query, expected, note = _text(row["query"]), row["expected"], row["note"]
            if expected.startswith("person:") and expected in rows:
                rows[expected].add((query, "benchmarks/data/labelled.tsv"))
            elif expected == "-" and "common word" not in note:
                unrelated += 1
                rows[f"unrelated:{unrelated:03d}"] = {(query, "benchmarks/data/labelled.tsv (-)")}
    return _write(rows, OUT)


def _write(rows: dict[str, set[tuple[str, str]]], path: Path) -> int:
    out: list[tuple[str, str, str]] = []
    for entity, spellings in rows.items():
        distinct = {s for s, _ in spellings}
        if entity.startswith("person:") and len(distinct) < MIN_SPELLINGS:
            continue
        first: dict[str, str] = {}
        for spelling, source in sorted(spellings):
            first.setdefault(spelling, source)
        out.extend((spelling, entity, source) for spelling, source in first.items())
    # A spelling shared by two entities cannot be labelled with one: leave it out.
    owners: dict[str, set[str]] = {}
    for spelling, entity, _ in out:
        owners.setdefault(spelling, set()).add(entity)
    out = sorted(r for r in out if len(owners[r[0]]) == 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("spelling\tentity\tsource\n")
        for r in out:
            handle.write("\t".join(r) + "\n")
    entities = {e for _, e, _ in out}
    print(f"{path.relative_to(ROOT)}: {len(out)} spellings of {len(entities)} entities "
          f"({sum(1 for e in entities if e.startswith('person:'))} persons)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
