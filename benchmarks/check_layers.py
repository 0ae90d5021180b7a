"""Layered lookups give the same answers as one merged index (issue 16), on the labelled set.

The packaged gazetteer is split in two: a base index compiled from its place files and importers (countries,
cities), and a user layer of its people and organisation files, loaded over it with ``Gazetteer.load(files,
base=...)`` (compiled in memory, nothing copied). Every query of ``benchmarks/data/labelled.tsv`` is looked up in
the layered gazetteer and in the packaged index (the same sources merged into one index); the script prints how
many answers (entity IDs) agree and every one that does not, and the scores that differ by more than 0.005 (word
rarity is counted per layer, so a score may move in the third decimal). The base index is written to a
temporary folder that is removed at the end.

    nice -n 10 python benchmarks/check_layers.py
Exit code 0 when every answer agrees (and no score moves by more than 0.005).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def answer(gaz: object, query: str) -> tuple[str, float] | None:
    m = gaz.lookup(query)  # type: ignore[attr-defined]
    return None if m is None else (m.id, round(m.score, 3))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labelled", type=Path, default=ROOT / "benchmarks" / "data" / "labelled.tsv")
    args = ap.parse_args(argv)
    from translit_names import Gazetteer, default_gazetteer
    from translit_names.build.compile import IMPORTERS, collect, compile_sources

    source = ROOT / "gazetteer"
    layer_files = sorted((source / "people").glob("*.yaml")) + sorted((source / "organisations").glob("*.yaml"))
    base_files = sorted((source / "places").glob("*.yaml"))
    with args.labelled.open(encoding="utf-8") as fh:
        queries = [row["query"] for row in csv.DictReader(fh, delimiter="\t")]
    with tempfile.TemporaryDirectory() as tmp:
        base_index = Path(tmp) / "base.sqlite"
        compile_sources(collect(base_files, importers=IMPORTERS, gazetteer_dir=source, root=ROOT), base_index)
        layered = Gazetteer.load(*layer_files, base=Gazetteer(base_index))
        merged = Gazetteer(default_gazetteer().path)
        differ, moved, largest = [], [], 0.0
        for q in queries:
            a, b = answer(layered, q), answer(merged, q)
            if (a and a[0]) != (b and b[0]):
                differ.append((q, a, b))
            elif a and b:
                largest = max(largest, abs(a[1] - b[1]))
                if abs(a[1] - b[1]) > 0.005:
                    moved.append((q, a, b))
        print(f"layered (places + importers index, people and organisation files over it) vs merged (packaged index): "
              f"{len(queries) - len(differ)} of {len(queries)} labelled queries give the same answer; largest score "
              f"difference {largest:.3f}")
        for q, a, b in differ + moved:
            print(f"  {q!r}: layered {a}, merged {b}")
    return 0 if not differ and not moved else 1


if __name__ == "__main__":
    sys.exit(main())
