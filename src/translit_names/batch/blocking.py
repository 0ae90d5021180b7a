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
        a typo, a transliteration the keys do not unify, or a middle name or patronymic on one side only);
``p:``  its words' sound keys (:mod:`translit_names.batch.sounds`: consonant classes, shared across scripts),
        sorted: ``Hubbard``, ``허버드`` and ``ハバード`` meet here;
``q:``  the sound key of each of its words, for names of two words or more.

Sound blocks (``p:``, ``q:``) only propose pairs of a name in Latin or Cyrillic letters with a name in another
script: pairs within Latin and Cyrillic are the other keys' business, and ``compare`` judges two other scripts
only through Latin spellings. A sound block of up to :data:`MAX_SOUND_BLOCK` names is compared all across; in a
larger one each name in another script is compared with the :data:`WINDOW` nearest Latin or Cyrillic names on
either side, in the order of the rest of the name's sound keys and then its :func:`~translit_names.batch.sounds.sound_order` (liquids kept, then vowels).

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
from ..lang.readings import needs_reading
from .sounds import MIN_SOUND, sound_order, sound_key

__all__ = ["MAX_BLOCK", "MAX_SOUND_BLOCK", "MAX_WORDS", "WINDOW", "block_keys", "candidate_pairs", "name_keys", "sound_block_keys", "sound_keys"]

#: Blocks up to this size are compared all-to-all.
MAX_BLOCK = 16
#: Sound blocks up to this size pair every Latin or Cyrillic member with every member in another script.
MAX_SOUND_BLOCK = 64
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


def sound_keys(name: str) -> list[str]:
    """The sound keys of the words of ``name`` (at most :data:`MAX_WORDS`; words with none left out)."""
    return [k for k in (sound_key(w) for w in split_words(name)[:MAX_WORDS]) if k]


def sound_block_keys(sounds: Sequence[str]) -> list[str]:
    """The sound block keys (``p:``, ``q:``) of a name whose words' sound keys are ``sounds``."""
    if sum(len(s) for s in sounds) < MIN_SOUND:
        return []
    out = ["p:" + " ".join(sorted(sounds))]
    if len(sounds) > 1:
        out.extend("q:" + s for s in sounds if len(s) >= MIN_SOUND)
    return list(dict.fromkeys(out))


def _rest(keys: Sequence[str], sounds: Sequence[str], block: str) -> str:
    """The sort key of a name in a large block: its word keys (sound keys in a sound block) but the one the
    block is about, sorted."""
    if block.startswith(("w:", "q:")):
        part, words, of = block[2:], list(keys if block[0] == "w" else sounds), skeleton if block[0] == "w" else str
        for i, k in enumerate(words):
            if of(k) == part:
                del words[i]
                break
        return " ".join(sorted(words))
    return " ".join(sorted(sounds if block[0] in "pq" else keys))


def _sound_pairs(members: list[int], read: list[bool], order: list[str]) -> Iterator[tuple[int, int]]:
    """Pairs of a sound block: each member that needs a reading with Latin/Cyrillic members (all of them in a
    block of up to :data:`MAX_SOUND_BLOCK`, else the :data:`WINDOW` nearest on either side in ``order``)."""
    readers = [m for m in members if read[m]]
    if not readers or len(readers) == len(members):
        return
    if len(members) <= MAX_SOUND_BLOCK:
        keyed = [m for m in members if not read[m]]
        for r in readers:
            for k in keyed:
                yield r, k
        return
    for sort_key in (order, [o[::-1] for o in order]):
        ranked = [members[i] for i in sorted(range(len(members)), key=lambda i: (sort_key[i], members[i]))]
        for at, m in enumerate(ranked):
            if not read[m]:
                continue
            for step in (-1, 1):
                found, j = 0, at + step
                while found < WINDOW and 0 <= j < len(ranked):
                    if not read[ranked[j]]:
                        found += 1
                        yield m, ranked[j]
                    j += step


def candidate_pairs(names: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of positions in ``names`` worth comparing; each pair once."""
    blocks: defaultdict[str, list[int]] = defaultdict(list)
    keys_of: list[list[str]] = []
    sounds_of: list[list[str]] = []
    for i, name in enumerate(names):
        keys = name_keys(name)
        sounds = sound_keys(name)
        keys_of.append(keys)
        sounds_of.append(sounds)
        for k in block_keys(keys) + sound_block_keys(sounds):
            blocks[k].append(i)
    read = [needs_reading(name) for name in names]
    n = len(names)
    seen: set[int] = set()  # a pair (a, b) as the one int a * n + b: a third of the memory of a tuple
    for block, members in blocks.items():
        if len(members) < 2:
            continue
        if block[0] in "pq":
            if all(read[m] for m in members) or not any(read[m] for m in members):
                continue
            fine = [" ".join(sorted(sound_order(w) for w in split_words(names[m])[:MAX_WORDS])) for m in members]
            candidates: Iterator[tuple[int, int]] = _sound_pairs(
                members, read, [_rest(keys_of[m], sounds_of[m], block) + " " + f for m, f in zip(members, fine)])
        elif len(members) <= MAX_BLOCK:
            candidates = combinations(members, 2)
        else:
            candidates = _windowed(members, [_rest(keys_of[m], sounds_of[m], block) for m in members])
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
