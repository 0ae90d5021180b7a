"""The parts of an organisation's name: legal forms, generic and distinctive words, numbers, qualifiers.

:func:`org_parts` reads a tokenised organisation name with the language packs' ``legal-forms.tsv`` and
``org-words.tsv``:

- legal forms at either end (``ПАО``, ``PJSC``, ``Aktiengesellschaft``, ``Sp. z o.o.``, ``GmbH & Co. KG``) are
  taken out and kept apart, each with the abbreviations it compares as (ISO 20275 forms; ``OOO`` = ``LLC``);
- numbers as digits, ordinals and words become digits (``25th``, ``Twenty-Fifth`` -> ``25``);
- function words are dropped; the one or two words after the last ``of``/``de`` are a *qualifier*
  (``Sberbank of Russia``);
- generic words (``Company``, ``Group``, ``Holding``, ``Bank``) are marked: they weigh less than the
  distinctive words, which name *which* organisation it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .tokens import Token, make_token
from .numbers import read_numbers
from .rules import rules

__all__ = ["OrgParts", "acronym_of", "has_org_markers", "org_parts"]


@dataclass(frozen=True)
class OrgParts:
    """An organisation's name as parts: the words that name it (``tokens``), and for each its kind
    ("distinctive", "generic", "optional", "place" or "qualifier"); the legal forms found, as written (normalised) and as the
    abbreviations they compare as."""

    tokens: tuple[Token, ...]
    kinds: tuple[str, ...]
    legal: tuple[str, ...] = ()
    legal_equivalents: frozenset[str] = frozenset()
    #: The words before stop words were dropped, for acronyms that count them (``BoA``).
    with_stops: tuple[Token, ...] = ()
    #: Every word, legal forms included, for acronyms that count them (``BBC``: British Broadcasting Corporation).
    every: tuple[Token, ...] = ()
    #: Whether a number was written otherwise than in digits (``25th``, ``Twenty-Fifth``).
    numbers: bool = False


def _legal_at(words: list[str], start: int, end: int, at_end: bool) -> int:
    """The length of the longest legal form ending at ``end`` (``at_end``) or starting at ``start``, when what
    remains of the name has a word of two letters or more (``U.S.A.`` does not end in the legal form ``S.A.``)."""
    table = rules().legal_forms
    for size in range(min(rules().legal_form_words, end - start), 0, -1):
        piece = tuple(words[end - size : end]) if at_end else tuple(words[start : start + size])
        rest = words[start : end - size] if at_end else words[start + size : end]
        if piece in table and any(len(w) > 1 for w in rest):
            return size
    return 0


@lru_cache(maxsize=65536)
def org_parts(tokens: tuple[Token, ...]) -> OrgParts:
    """The parts of a tokenised organisation name (see the module's description)."""
    r = rules()
    words = [t.norm for t in tokens]
    start, end = 0, len(words)
    legal: list[str] = []
    equivalents: set[str] = set()
    # Legal forms at either end, while a word remains.
    changed = True
    while changed and end - start > 1:
        changed = False
        size = _legal_at(words, start, end, at_end=True)
        if size and end - size > start:
            piece = tuple(words[end - size : end])
            legal.append(" ".join(piece))
            equivalents |= r.legal_forms[piece]
            end -= size
            changed = True
        size = _legal_at(words, start, end, at_end=False)
        if size and start + size < end:
            piece = tuple(words[start : start + size])
            legal.append(" ".join(piece))
            equivalents |= r.legal_forms[piece]
            start += size
            changed = True
    body = read_numbers(words[start:end])
    numbers = body != words[start:end]
    # The words as tokenised, where unchanged (an acronym keeps its capitals: CIJ is not Sstschi).
    as_written = {t.norm: t for t in tokens[start:end]}
    kept: list[Token] = []
    kinds: list[str] = []
    with_stops: list[Token] = []
    # A qualifier: the one or two words after the last "of" that is not the first word (Sberbank of Russia).
    last_of = max((pos for pos, word in enumerate(body) if word in r.of_words and pos > 0), default=-1)
    qualifier = False
    for pos, word in enumerate(body):
        tok = as_written.get(word) or make_token(word)
        if tok is None:
            continue
        with_stops.append(tok)
        if word in r.stop and len(body) > 1:
            if pos == last_of and kept and len(body) - pos - 1 <= 2:
                qualifier = True
            continue
        kept.append(tok)
        if qualifier:
            kinds.append("qualifier")
        elif word in r.places:
            kinds.append("place")
        elif word in r.optional:
            kinds.append("optional")
        elif word in r.generic:
            kinds.append("generic")
        else:
            kinds.append("distinctive")
    if not kept:
        kept = [t for t in (as_written.get(w) or make_token(w) for w in body) if t is not None]
        kinds = ["distinctive"] * len(kept)
    return OrgParts(tuple(kept), tuple(kinds), tuple(legal), frozenset(equivalents), tuple(with_stops), tokens, numbers)


def acronym_of(acronym: Token, run: tuple[Token, ...]) -> bool:
    """Whether ``acronym`` (2 to 8 letters) is made of the first letters of the words of ``run``."""
    if not 2 <= len(acronym.norm) <= 8 or len(run) != len(acronym.norm) or not acronym.norm.isalpha():
        return False
    return all(t.norm[:1] == c for t, c in zip(run, acronym.norm))


def has_org_markers(tokens: tuple[Token, ...]) -> bool:
    """Whether the words show an organisation's name: a legal form at either end, or a generic organisation
    word (``Company``, ``Holding``, ``Bank``, ``Brigade`` ...)."""
    if len(tokens) < 2:
        return False
    words = [t.norm for t in tokens]
    r = rules()
    if _legal_at(words, 0, len(words), at_end=True) or _legal_at(words, 0, len(words), at_end=False):
        return True
    return any(w in r.generic for w in words)
