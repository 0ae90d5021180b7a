"""Look up every preferred and alias name of every entity of the packaged gazetteer and classify the result.

    python scripts/check_all_names.py [--every N] [--show K]

A name *resolves* when ``lookup`` returns its own entity; a name of an imported entity is looked up with the
entity's type (``lookup(name, type=...)``), since a bare word names a little-known imported town only when the
query asks for a town (docs/matching.md, "Bare words"). Otherwise it is a *shared spelling* when another
entity has a name with the same normalised text or the same matching key (namesakes such as the eight
Springfields, or Лапа / Lapa): ``lookup`` then answers one of them or nothing, and ``search`` lists them all.
Anything else is *unresolved*. Prints the counts (the figures in docs/benchmarks.md come from this script).
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import os
import sys
import time

from pathlib import Path

from translit_names import Gazetteer, default_gazetteer, normalize
from translit_names.names.tokens import tokenize


KNOWN = Path(__file__).resolve().parent.parent / "tests" / "data" / "known-unresolved.tsv"


_SHARED: dict[str, dict[str, set[str]]] = {}


def _check(rows: list[tuple[str, int, str, str, str]], index_path: str) -> dict[str, list[tuple[str, str, str | None]]]:
    gaz = Gazetteer(index_path)
    by_norm, by_key = _SHARED["norm"], _SHARED["key"]
    out: dict[str, list[tuple[str, str, str | None]]] = {"resolves": [], "shared": [], "unresolved": []}
    for id_, imported, text, key, type_ in rows:
        match = gaz.lookup(text, type=type_ if imported else None)
        got = match.id if match else None
        if got == id_:
            out["resolves"].append((text, id_, got))
            continue
        query_key = " ".join(t.key for t in tokenize(text))
        namesakes = (by_norm.get(normalize(text), set()) | by_key.get(query_key, set()) | by_key.get(key, set())) - {id_}
        kind = "shared" if namesakes and (got is None or got in namesakes) else "unresolved"
        out[kind].append((text, id_, got))
    gaz.close()
    return out


def _check_part(args: tuple[list[tuple[str, int, str, str, str]], str]) -> dict[str, list[tuple[str, str, str | None]]]:
    return _check(*args)


def classify(
    every: int = 1, curated_only: bool = False, processes: int = 1, tiers: tuple[int, ...] = (0, 1)
) -> dict[str, list[tuple[str, str, str | None]]]:
    """Every curated name, and every ``every``-th imported name, of the given tiers (default: preferred and
    alias; 2 is generated), sorted into resolves / shared / unresolved."""
    gaz = default_gazetteer()
    by_norm: dict[str, set[str]] = collections.defaultdict(set)
    by_key: dict[str, set[str]] = collections.defaultdict(set)
    for form in gaz.reader.form_keys():
        by_norm[form.norm].add(form.id)
        by_key[form.key].add(form.id)
    rows = [(n.id, int(n.imported), n.text, n.key, n.type) for n in gaz.reader.indexed_names(tiers)]
    rows = [r for i, r in enumerate(rows) if not r[1] or (not curated_only and i % every == 0)]
    _SHARED["norm"], _SHARED["key"] = by_norm, by_key
    path = str(gaz.path)
    if processes <= 1:
        return _check(rows, path)
    parts = [(rows[i::processes], path) for i in range(processes)]
    # fork: the workers share the namesake maps built above; each opens its own connection to the index.
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        results = pool.map(_check_part, parts)
    merged: dict[str, list[tuple[str, str, str | None]]] = {"resolves": [], "shared": [], "unresolved": []}
    for result in results:
        for kind, items in result.items():
            merged[kind].extend(items)
    for items in merged.values():
        items.sort(key=lambda t: (t[1], t[0]))
    return merged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, help="check every Nth imported name (default: all)")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--show", type=int, default=20, help="print up to K unresolved names")
    parser.add_argument("--write-known", action="store_true", help=f"write the unresolved names to {KNOWN}")
    args = parser.parse_args()
    started = time.perf_counter()
    result = classify(args.every, processes=args.processes)
    total = sum(len(v) for v in result.values())
    for kind, items in result.items():
        print(f"{kind:11} {len(items):7} ({len(items) / total:.2%})")
    print(f"checked {total} names in {time.perf_counter() - started:.0f} s")
    for text, id_, got in result["unresolved"][: args.show]:
        print(f"  unresolved: {text!r} of {id_} -> {got}")
    if args.write_known:
        rows = sorted({(id_, text, got or "-") for text, id_, got in result["unresolved"]})
        header = (
            "# Imported alternate names that do not resolve to their own entity and are not shared spellings.\n"
            "# Most are inflected forms (Latvian and Lithuanian cases: Arlingtona, Bresta) or old spellings that now\n"
            "# name another place. Written by scripts/check_all_names.py --write-known; tests/test_all_entities.py\n"
            "# fails on any unresolved name not listed here.\n"
            "# entity\tname\tlookup answer\n"
        )
        KNOWN.write_text(header + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
        print(f"wrote {len(rows)} rows to {KNOWN}")
    sys.exit(0)


if __name__ == "__main__":
    main()
