"""The parts of a person's name: given names and surnames, patronymics, the Arabic name chain, initials.

:func:`person_parts` tags each word of a tokenised name from the language packs' ``person-parts.tsv``:

- leading titles (``Sheikh``, ``Dr``, ``Präsident``) are dropped while two words remain;
- name particles (``de``, ``van``, ``von``, ``dos``) inside the name are dropped (they weigh nothing);
- ``bin``/``ibn``/``bint``/``بن`` (nasab) make the next word a father's name; the words that are neither family
  names nor kunya form the *chain* (ism, father, grandfather ...), in order;
- ``al``/``el``/``آل`` inside the name make the next word a family name or nisbah; ``Abu``/``Umm`` the next word
  a kunya (a name by one's child);
- a Turkic marker after a word (``Heydar oglu``, ``Nursultan kyzy``) makes that word a patronymic; so does a
  patronymic ending (``-ovich``, ``-evna``, ``-ович``, ``-sson``, ``-dottir`` ...; ``lang/*/person-parts.tsv``) in
  a name of three words or more (in two words, ``Oleg Gaidukevich``, such a word is a surname);
- a capital single letter is an initial;
- compound names are written as one word (``Abd al-Aziz``, ``Abdul Aziz``, ``Abdelaziz``), and regnal numbers
  as Roman numerals (``Elizabeth the Second`` = ``Elizabeth II``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .tokens import Token, make_token
from .rules import rules

__all__ = ["PersonParts", "has_person_markers", "join_compounds", "person_parts"]

#: A patronymic ending counts only on words at least this long (``Ivanovich``, not ``Rich``).
MIN_PATRONYMIC = 6


@dataclass(frozen=True)
class PersonParts:
    """A person's name as parts. ``tokens`` are the words that carry the name (titles, particles and markers
    dropped); ``roles`` gives each one's part: "name", "patronymic", "family", "kunya" or "initial"; ``chain``
    lists, in order, the indices of the ism/nasab chain (only when ``nasab`` is true); ``ism`` says whether the
    chain starts with the person's own name (false for ``bin Laden``)."""

    tokens: tuple[Token, ...]
    roles: tuple[str, ...]
    chain: tuple[int, ...] = ()
    nasab: bool = False
    ism: bool = True

    @property
    def patronymics(self) -> tuple[int, ...]:
        return tuple(i for i, r in enumerate(self.roles) if r == "patronymic")


def _is_patronymic(tok: Token) -> bool:
    return len(tok.norm) >= MIN_PATRONYMIC and rules().patronymic.search(tok.norm) is not None


#: A compound name is joined only when what follows its first part has at least this many letters (``Abdullah``
#: is a name of its own, not ``Abd`` + ``lah``).
MIN_COMPOUND_REST = 4


def _compound(first: str, rest: str) -> str:
    return ("abd" if first.isascii() else first) + rest


def join_compounds(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Compound names written as one word: ``Abd al-Aziz``, ``Abdul Aziz``, ``Abdelaziz`` -> ``abdaziz`` (the
    packs' "compound" first parts, with an optional article between)."""
    r = rules()
    if not r.compounds:
        return tokens
    out: list[Token] = []
    changed = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word: str | None = None
        if tok.norm in r.compounds and i + 1 < len(tokens):
            j = i + 2 if tokens[i + 1].norm in r.articles and i + 2 < len(tokens) else i + 1
            if len(tokens[j].norm) >= MIN_COMPOUND_REST - 1:
                word, i = _compound(tok.norm, tokens[j].norm), j + 1
        else:
            first = next((c for c in r.compounds if tok.norm.startswith(c)), "")  # the longest that begins it
            if first and first != "abd" and len(tok.norm) - len(first) >= MIN_COMPOUND_REST:
                word, i = _compound(first, tok.norm[len(first) :]), i + 1
        joined = make_token(word) if word else None
        if joined is None:
            out.append(tok)
            i += 1 if word is None else 0
        else:
            out.append(joined)
            changed = True
    return tuple(out) if changed else tokens


_ROMAN = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def regnal_numbers(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A regnal or generation number written as "the" and an ordinal (``Elizabeth the Second``) written as the
    Roman numeral (``Elizabeth II``)."""
    numbers = rules().numbers
    for k in range(1, len(tokens) - 1):
        if tokens[k].norm == "the":
            found = numbers.get(tokens[k + 1].norm)
            if found is not None and found.kind == "ordinal" and found.value < len(_ROMAN):
                roman = make_token(_ROMAN[found.value].upper())
                if roman is not None:
                    return (*tokens[:k], roman, *tokens[k + 2 :])
    return tokens


@lru_cache(maxsize=65536)
def person_parts(tokens: tuple[Token, ...]) -> PersonParts:
    """The parts of a tokenised person name (see the module's description)."""
    tokens = regnal_numbers(join_compounds(tokens))
    words = rules().person_words
    n = len(tokens)
    start = 0
    # A title is followed by a name, not by a particle ("Sultan bin Zayed": Sultan is the name).
    while n - start > 2 and words.get(tokens[start].norm) == "title" and words.get(tokens[start + 1].norm) != "nasab":
        start += 1
    out: list[Token] = []
    roles: list[str] = []
    chain: list[int] = []
    nasab = False
    ism = True
    pending = ""  # the role the next word takes from a particle before it
    for pos in range(start, n):
        tok = tokens[pos]
        kind = words.get(tok.norm, "")
        inside = start < pos < n - 1
        if kind == "nasab" and pos < n - 1 and not tok.initial:
            nasab = True
            if not out:
                ism = False
            pending = "chain"
            continue
        if kind == "family" and inside and not tok.initial:
            pending = "family"
            continue
        if kind == "kunya" and pos < n - 1:
            pending = "kunya"
            continue
        if kind == "particle" and inside and not tok.initial:
            continue
        if kind == "patronymic-marker" and out and pos > start:
            if roles[-1] == "name":
                roles[-1] = "patronymic"
                if chain and chain[-1] == len(out) - 1:
                    chain.pop()
            continue
        if pending in ("family", "kunya"):
            role = pending
        elif tok.initial:
            role = "initial"
        elif _is_patronymic(tok) and n - start > 2:
            role = "patronymic"
        else:
            role = "name"
        if role == "name":
            chain.append(len(out))
        out.append(tok)
        roles.append(role)
        pending = ""
    if not out:
        return PersonParts(tokens, tuple("initial" if t.initial else "name" for t in tokens))
    return PersonParts(tuple(out), tuple(roles), tuple(chain), nasab, ism)


def has_person_markers(tokens: tuple[Token, ...]) -> bool:
    """Whether the words show a person's name: a nasab or kunya particle or a Turkic patronymic marker inside
    it, or a patronymic ending on a word of a name of three or more words."""
    words = rules().person_words
    for pos, tok in enumerate(tokens):
        kind = words.get(tok.norm, "")
        if kind in ("nasab", "kunya", "patronymic-marker") and 0 < pos < len(tokens) - 1 + (kind == "patronymic-marker"):
            return True
        if len(tokens) > 2 and _is_patronymic(tok):
            return True
    return False
