"""Grouping spellings that name the same entity, with or without a gazetteer: :func:`cluster` and :func:`group`.

The pipeline, each step linear or nearly so in the number of names:

1. Cells that hold no name get the label -1; the rest are reduced to their distinct normalised forms (spellings
   that differ only in case, accents or punctuation are one form from the start).
2. Blocking (:mod:`translit_names.batch.blocking`) proposes the pairs of forms worth comparing.
3. Each proposed pair is scored with :func:`translit_names.compare` (in ``workers`` processes when asked).
4. Pairs are merged best first (union-find). Two groups are only merged when nothing says they differ: no
   scored pair between them fell below :data:`CANNOT_LINK`, and the first forms of the two groups compare at
   :data:`CANNOT_LINK` or more. So A~B and B~C do not put A with C when A and C clearly differ: the group does
   not chain. A low score only counts as a difference between names that ``compare`` can judge directly: of one
   script, or one of them in Latin letters. Between two other scripts (Hangul and Hebrew, say) it says nothing,
   and such names meet through the Latin spellings they both match.
5. With a ``gazetteer``, every form is also looked up: forms resolving to one entity are grouped, and groups
   resolving to different entities are never merged.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from ..errors import TranslitNamesError
from ..lang.readings import needs_reading
from ..score.compare import compare
from ..score.params import DEFAULT_THRESHOLD
from ..text.normalize import normalize
from rapidfuzz.distance import Levenshtein

from ..names.keys import split_words
from .blocking import candidate_pairs
from .sounds import latin_reading
from .many import check_threshold, check_workers, distinct_names, lookup_many

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer

__all__ = ["ANCHOR_LINK", "CANNOT_LINK", "PAIR_CHUNK", "READING_CANNOT_LINK", "READING_SLACK", "Grouping", "cluster", "group"]

#: Two groups with a pair of names scoring below this are never merged.
CANNOT_LINK = 0.5
#: The same for a pair of a Latin or Cyrillic name and a name in another script (``compare`` reads the other
#: script through romanisations, and scores true pairs lower there).
READING_CANNOT_LINK = 0.3
#: A pair of a name in Latin or Cyrillic letters and a name in another script is grouped at the threshold less
#: this: ``compare`` reads the other script through romanisations, and its scores of true pairs run lower there
#: (tuned on benchmarks/data/grouping-dev.tsv, never on the acceptance set).
READING_SLACK = 0.3
#: Two groups are never merged when their first Latin or Cyrillic forms compare below this.
ANCHOR_LINK = 0.6
#: Pairs scored per task when ``workers`` > 1.
PAIR_CHUNK = 20000


@dataclass(frozen=True)
class Grouping:
    """The result of :func:`group`: a label per input (-1 for a cell with no name), the gazetteer entity of each
    label where one was found (``None`` otherwise), and for each input a plain-words reason for its group."""

    labels: list[int]
    entities: dict[int, str | None]
    reasons: list[str]


class _Groups:
    """Union-find over forms, with members, cannot-link neighbours and gazetteer ids kept per group."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: list[list[int]] = [[i] for i in range(n)]
        self.entity: list[str | None] = [None] * n
        self.apart: dict[int, list[int]] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def differ(self, ra: int, rb: int) -> bool:
        ea, eb = self.entity[ra], self.entity[rb]
        if ea is not None and eb is not None and ea != eb:
            return True
        small, other = (ra, rb) if len(self.members[ra]) <= len(self.members[rb]) else (rb, ra)
        for m in self.members[small]:
            for o in self.apart.get(m, ()):
                if self.find(o) == other:
                    return True
        return False

    def union(self, ra: int, rb: int) -> int:
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members[rb])
        self.members[rb] = []
        self.entity[ra] = self.entity[ra] or self.entity[rb]
        return ra


def _scripts(name: str) -> frozenset[str]:
    """The scripts of the letters of ``name``, by the first word of their Unicode names (LATIN, CYRILLIC, CJK ...)."""
    out = set()
    for ch in name:
        if ch.isalpha():
            try:
                out.add(unicodedata.name(ch).split(" ", 1)[0])
            except ValueError:
                continue
    return frozenset(out)


def _judged(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether ``compare`` judges names of scripts ``a`` and ``b`` directly (so a low score means they differ)."""
    return a == b or "LATIN" in a or "LATIN" in b


def _reading_similarity(a: str, b: str) -> float:
    """How alike the Latin readings of ``a`` and ``b`` are (normalised Levenshtein similarity, ``l`` as ``r``)."""
    ra = " ".join(sorted(latin_reading(w).replace("l", "r") for w in split_words(a)))
    rb = " ".join(sorted(latin_reading(w).replace("l", "r") for w in split_words(b)))
    return Levenshtein.normalized_similarity(ra, rb)


def _score_chunk(args: tuple[list[tuple[str, str]], ...]) -> list[float]:
    (pairs,) = args
    return [compare(a, b) for a, b in pairs]


def _scores(forms: Sequence[str], pairs: list[tuple[int, int]], workers: int) -> list[float]:
    if workers == 1 or len(pairs) <= PAIR_CHUNK:
        return [compare(forms[a], forms[b]) for a, b in pairs]
    size = max(1000, min(PAIR_CHUNK, math.ceil(len(pairs) / (workers * 4))))
    tasks = [([(forms[a], forms[b]) for a, b in pairs[i : i + size]],) for i in range(0, len(pairs), size)]
    out: list[float] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for part in pool.map(_score_chunk, tasks):
            out.extend(part)
    return out


def group(
    names: Iterable[object],
    *,
    type: str | None = None,
    threshold: float | None = None,
    gazetteer: Gazetteer | None = None,
    workers: int = 1,
) -> Grouping:
    """Group ``names`` by the entity they name; see :func:`cluster` (which returns only the labels)."""
    threshold = check_threshold(threshold)
    workers = check_workers(workers)
    cut = DEFAULT_THRESHOLD if threshold is None else threshold
    distinct, rows = distinct_names(names)
    # Forms: distinct normalised spellings; the first raw spelling of each stands for it.
    form_of: dict[str, int] = {}
    forms: list[str] = []
    spelling_form: list[int] = []
    for name in distinct:
        key = normalize(name) or name
        at = form_of.get(key)
        if at is None:
            at = form_of[key] = len(forms)
            forms.append(name)
        spelling_form.append(at)
    groups = _Groups(len(forms))
    why: list[str] = ["" for _ in forms]
    if gazetteer is not None:
        answers = lookup_many(forms, type=type, threshold=threshold, gazetteer=gazetteer, workers=workers)
        first_of: dict[str, int] = {}
        for i, m in enumerate(answers):
            if m is None:
                continue
            groups.entity[i] = m.id
            why[i] = f"gazetteer: {m.id} ({m.name}) at {m.score:.3f}"
            at = first_of.setdefault(m.id, i)
            if at != i:
                groups.union(groups.find(at), groups.find(i))
    elif type is not None:
        from ..model import ENTITY_TYPES

        if type not in ENTITY_TYPES:
            raise TranslitNamesError(f"unknown entity type {type!r}; known types: {', '.join(ENTITY_TYPES)}")
    pairs = list(candidate_pairs(forms))
    scores = _scores(forms, pairs, workers)
    scripts = [_scripts(f) for f in forms]
    edges: list[tuple[float, float, int, int]] = []
    read = [needs_reading(f) for f in forms]
    for (a, b), s in zip(pairs, scores):
        if s >= (cut - READING_SLACK if read[a] != read[b] else cut):
            # Cross-script scores come in few distinct values: among equal scores, the closer Latin readings first.
            edges.append((-s, -_reading_similarity(forms[a], forms[b]) if read[a] != read[b] else 0.0, a, b))
        elif s < (READING_CANNOT_LINK if read[a] != read[b] else CANNOT_LINK) and _judged(scripts[a], scripts[b]):
            groups.apart.setdefault(a, []).append(b)
            groups.apart.setdefault(b, []).append(a)
    edges.sort()
    # The first Latin or Cyrillic form of each group (-1: none yet): two groups whose anchors differ stay apart
    # even when they meet through spellings in other scripts, which compare cannot judge against each other.
    anchor = [-1 if r else i for i, r in enumerate(read)]
    for neg, _tie, a, b in edges:
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb or groups.differ(ra, rb):
            continue
        if _judged(scripts[ra], scripts[rb]) and compare(forms[ra], forms[rb]) < (
            READING_CANNOT_LINK if read[ra] != read[rb] else CANNOT_LINK):
            continue
        xa, xb = anchor[ra], anchor[rb]
        if xa >= 0 and xb >= 0 and (xa, xb) != (ra, rb) and compare(forms[xa], forms[xb]) < ANCHOR_LINK:
            continue
        root = groups.union(ra, rb)
        anchor[root] = xa if xa >= 0 else xb
        for x, y in ((a, b), (b, a)):
            if not why[x]:
                why[x] = f"compare with {forms[y]!r}: {-neg:.3f}"
    # Labels in order of first appearance in the input.
    label_of_root: dict[int, int] = {}
    labels: list[int] = []
    reasons: list[str] = []
    entities: dict[int, str | None] = {}
    for at in rows:
        if at < 0:
            labels.append(-1)
            reasons.append("no name")
            continue
        form = spelling_form[at]
        root = groups.find(form)
        label = label_of_root.setdefault(root, len(label_of_root))
        entities[label] = groups.entity[root]
        labels.append(label)
        reasons.append(why[form] or ("same normalised spelling" if len(groups.members[root]) > 1 and forms[form] != distinct[at] else "alone"))
    return Grouping(labels=labels, entities=entities, reasons=reasons)


def cluster(
    names: Iterable[object],
    *,
    type: str | None = None,
    threshold: float | None = None,
    gazetteer: Gazetteer | None = None,
    workers: int = 1,
) -> list[int]:
    """A group label per input: the same label means the same entity; -1 for a cell that holds no name.

    Works without a gazetteer (spellings no gazetteer knows); with ``gazetteer=`` names it resolves are grouped by
    entity and never merged across entities (:func:`group` also returns the entity of each group). ``threshold``
    (default :data:`~translit_names.DEFAULT_THRESHOLD`) is the ``compare`` score at which two names are grouped.
    """
    return group(names, type=type, threshold=threshold, gazetteer=gazetteer, workers=workers).labels
