"""Blocking for :func:`translit_names.cluster`: which pairs of names are worth comparing at all.

Comparing every name with every other grows with the square of their number. Instead each name gets a few
*block keys* made from the library's matching keys (one spelling-invariant key per word, the same for every
romanisation and for other scripts read through their romanisation) and consonant skeletons (vowel slips, and
the unwritten vowels of Arabic and Hebrew, vanish in them). Only names that share a block key are compared.
The keys of a name (see :func:`block_keys`):

``a:``  its word keys, sorted (word order and transliteration do not matter);
``s:``  its word skeletons, sorted (vowel spellings and vowel typos do not matter either);
``j:``  its word keys joined with no space, in order, reversed and sorted (``Xi Jin Ping``, ``Xi Jinping``);
``w:``  the skeleton of each of its words, for names of two words or more (the rest of the name may differ by
        a typo, a transliteration the keys do not unify, or a middle name or patronymic on one side only).

A block of up to :data:`MAX_BLOCK` names is compared all-to-all. A larger one (a common given name) is sorted by
the rest of each name's key, forwards and backwards, and each name is compared with its :data:`WINDOW` next
neighbours in each order (a sorted neighbourhood), so the number of pairs grows about linearly with the number
of names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import combinations

from ..names.keys import skeleton, split_words, token_key

__all__ = ["MAX_BLOCK", "MAX_WORDS", "WINDOW", "block_keys", "candidate_pairs", "name_keys"]

#: Blocks up to this size are compared all-to-all.
MAX_BLOCK = 16
#: In larger blocks, each name is compared with this many neighbours in each sort order.
WINDOW = 4
#: Only the first this many words of a name make word keys (long organisation names).
MAX_WORDS = 6


def _collapse(text: str) -> str:
    """Runs of one letter written once (joined keys: ``xi`` + ``inping``)."""
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def name_keys(name: str) -> list[str]:
    """The matching keys of the words of ``name`` (at most :data:`MAX_WORDS`)."""
    return [k for k in (token_key(w) for w in split_words(name)) if k][:MAX_WORDS]


def block_keys(keys: Sequence[str]) -> list[str]:
    """The block keys of a name whose word keys are ``keys`` (see :func:`name_keys`)."""
    if not keys:
        return []
    skels = [skeleton(k) for k in keys]
    out = ["a:" + " ".join(sorted(keys)), "s:" + " ".join(sorted(skels)), "j:" + _collapse("".join(keys))]
    if len(keys) > 1:
        out.append("j:" + _collapse("".join(reversed(keys))))
        out.append("j:" + _collapse("".join(sorted(keys))))
        out.extend("w:" + s for s in skels if len(s) > 1)
    return list(dict.fromkeys(out))


def _rest(keys: Sequence[str], block: str) -> str:
    """The sort key of a name in a large block: its word keys but the one the block is about, sorted."""
    if block.startswith("w:"):
        skel = block[2:]
        rest = list(keys)
        for i, k in enumerate(rest):
            if skeleton(k) == skel:
                del rest[i]
                break
        return " ".join(sorted(rest))
    return " ".join(sorted(keys))


def candidate_pairs(names: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of positions in ``names`` worth comparing; each pair once."""
    blocks: defaultdict[str, list[int]] = defaultdict(list)
    keys_of: list[list[str]] = []
    for i, name in enumerate(names):
        keys = name_keys(name)
        keys_of.append(keys)
        for k in block_keys(keys):
            blocks[k].append(i)
    n = len(names)
    seen: set[int] = set()  # a pair (a, b) as the one int a * n + b: a third of the memory of a tuple
    for block, members in blocks.items():
        if len(members) < 2:
            continue
        if len(members) <= MAX_BLOCK:
            candidates: Iterator[tuple[int, int]] = combinations(members, 2)
        else:
            candidates = _windowed(members, [_rest(keys_of[m], block) for m in members])
        for a, b in candidates:
            if a > b:
                a, b = b, a
            code = a * n + b
            if code not in seen:
                seen.add(code)
                yield a, b


def _windowed(members: list[int], rests: list[str]) -> Iterator[tuple[int, int]]:
    for order in (
        sorted(range(len(members)), key=lambda i: (rests[i], members[i])),
        sorted(range(len(members)), key=lambda i: (rests[i][::-1], members[i])),
    ):
        ranked = [members[i] for i in order]
        for a in range(len(ranked)):
            for b in range(a + 1, min(a + 1 + WINDOW, len(ranked))):
                yield ranked[a], ranked[b]
