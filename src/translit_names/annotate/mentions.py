"""Find and resolve the names in running text.

The text is split into words; candidate spans are runs of capitalised words (Latin, Cyrillic, Greek ...),
all-capital acronyms and initials, possibly joined by name particles ("de", "von", "al-"). Each run is
resolved left to right, longest span first, with the same matcher as ``lookup`` (so transliteration variants,
typos, possessives and case inflections resolve). A surname mentioned after the full name in the same document
links to that person even when the surname alone would be ambiguous. A capitalised word that begins a sentence
and is also used in lower case in the document, or is on the list of common words, is never a mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ..names.tokens import make_token
from .. import lang
from ..names.variants import common_words, titles
from ..text.normalize import normalize

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer
    from ..model import Match

__all__ = ["MAX_SPAN_WORDS", "Mention", "annotate_text", "mark_inline"]

#: The longest span tried, in words.
MAX_SPAN_WORDS = 6
#: A span that starts with a common word ("State", "The") is kept only at this score or above.
STRICT_SCORE = 0.9


@dataclass(frozen=True)
class Mention:
    """A name found in a text: its character span, the entity, and how it was resolved.

    ``kind`` is ``name`` for a span resolved by the matcher, ``coreference`` for a surname linked to the full
    name mentioned earlier in the same text, ``demonym`` for a country's adjective or demonym ("Belarusian").
    """

    start: int
    end: int
    text: str
    id: str
    name: str
    type: str
    score: float
    kind: str = "name"

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "score": round(self.score, 4),
            "kind": self.kind,
        }


# Invisible format characters (soft hyphen, zero-width joiners, bidi marks) inside a word do not split it.
_WORD = re.compile(r"[^\W\d_](?:[\w\-'’.\u00ad\u061c\u200b-\u200f\u2060\ufeff]*[^\W_])?\.?|\d+", re.UNICODE)
_POSSESSIVE_TAIL = re.compile(r"(?:['’]s|['’])$")
_SENTENCE_END = re.compile(r"[.!?…:»\"“”]\s*$|^\s*$")

@cache
def _particles() -> frozenset[str]:
    """Name particles that join capitalised words into one name (the ``particles`` lists of the packs)."""
    return frozenset(lang.lines("particles"))


@cache
def _sentence_words() -> frozenset[str]:
    """Frequent capitalised words that are never names on their own: days, months, pronouns, connectives, titles
    (the ``sentence_words`` lists of the packs)."""
    return frozenset(normalize(w) for w in lang.lines("sentence_words"))


@cache
def _demonym() -> re.Pattern[str]:
    """Endings of adjectives and demonyms of countries ("Belarusian", "Russians", "Weißrussisch"): the gazetteer
    lists them as weak names of their country; annotate reports them with kind "demonym"."""
    return re.compile(f"(?:{'|'.join(dict.fromkeys(lang.lines('demonym_endings')))})$", re.IGNORECASE)


@dataclass
class _Word:
    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def _words(text: str) -> list[_Word]:
    out = []
    for m in _WORD.finditer(text):
        token = m.group(0)
        start, end = m.start(), m.end()
        # A trailing full stop belongs to the word only for initials ("A.") and abbreviations.
        if token.endswith(".") and len(token.rstrip(".")) > 1:
            token = token[:-1]
            end -= 1
        poss = _POSSESSIVE_TAIL.search(token)
        if poss and len(token) - len(poss.group(0)) >= 2:
            token = token[: poss.start()]
            end = start + len(token)
        out.append(_Word(start, end, token))
    return out


def _runs(text: str, words: list[_Word]) -> Iterator[list[_Word]]:
    """Runs of capitalised words separated only by spaces, hyphens, slashes or name particles."""
    particles = _particles()
    run: list[_Word] = []
    for i, w in enumerate(words):
        gap = text[run[-1].end : w.start] if run else ""
        joinable = not run or (len(gap) <= 3 and all(c in " \u00a0-/–&" or c == "\n" and gap.count("\n") < 2 for c in gap))
        if w.capitalised and joinable:
            run.append(w)
            continue
        if run and w.text.lower() in particles and joinable and i + 1 < len(words) and words[i + 1].capitalised:
            run.append(w)
            continue
        if run:
            yield run
        run = [w] if w.capitalised else []
    if run:
        yield run


_PLACE_TYPES = frozenset({"city", "place", "territory", "country"})
#: A single word near-matching a country's name counts at this score (typos of country names are common).
FUZZY_COUNTRY_SCORE = 0.78
#: A single word names a place of at least this prominence through an exact or key match of any of its names;
#: a smaller place only through its own name spelled exactly (small towns' alternate names include common
#: words: "Game", "Freedom").
PLACE_PROMINENCE = 60.0


def _confident_place(match: Match) -> bool:
    how = match.path
    if match.type == "country" and how == "fuzzy" and match.score >= FUZZY_COUNTRY_SCORE:
        return True  # "Belaraus"
    if how not in ("exact", "key") or "de-inflected" in match.via and match.prominence < PLACE_PROMINENCE:
        return False
    if match.prominence >= PLACE_PROMINENCE:
        return True
    # A smaller place: only its own name, spelled exactly ("Pool" is not Poole, "Game" is not Hamm).
    return how == "exact" and match.tier == "preferred" and match.prominence >= 30


def _sentence_initial(text: str, word: _Word) -> bool:
    before = text[max(0, word.start - 4) : word.start]
    return word.start == 0 or bool(_SENTENCE_END.search(before)) or "\n" in before


def annotate_text(
    gazetteer: Gazetteer, text: str, *, types: set[str] | None = None, threshold: float
) -> list[Mention]:
    """The mentions of gazetteer entities in ``text`` accepted at ``threshold``, non-overlapping, ordered by
    position."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    particles, common, demonym, known_titles = _particles(), _sentence_words(), _demonym(), titles()
    words = _words(text)
    lowercase_vocab = {normalize(w.text) for w in words if w.text[:1].islower()}
    cache: dict[str, Match | None] = {}
    surnames: dict[str, tuple[str, str, str]] = {}  # token key -> (id, name, type) of a person seen in full
    mentions: list[Mention] = []

    def resolve(span_text: str) -> Match | None:
        if span_text not in cache:
            cache[span_text] = gazetteer.lookup(span_text, threshold=threshold)
        return cache[span_text]

    def known(word: str) -> bool:
        tok = make_token(word)
        if tok is None or not tok.keyable or tok.is_initial or tok.all_caps:
            return True
        return bool(gazetteer.close_words(tok))

    def edge_is_common(word: _Word) -> bool:
        norm = normalize(word.text)
        if word.is_acronym or (len(norm) == 1 and word.capitalised):  # "EU", and initials: "A. Lukashenko"
            return False
        return norm in common or norm in common_words()

    def spelled_exactly(span_text: str) -> bool:
        return gazetteer.has_spelling(normalize(span_text))

    def close_enough(word: str) -> bool:
        """Whether a lone word is close enough to some word of the gazetteer to be a name on its own (a name of one
        word scores no more than its word does)."""
        tok = make_token(word)
        if tok is None or not tok.keyable or tok.all_caps:
            return True
        cands = gazetteer.close_words(tok)
        if not cands:
            return False
        # A case ending may hide the word (Тихановской): let the matcher try its de-inflected forms.
        return max(sim for _df, sim in cands.values()) >= threshold or tok.latin[-1:] in "aeiouyms"

    for run in _runs(text, words):
        i = 0
        while i < len(run):
            first = run[i]
            if normalize(first.text) in known_titles and i + 1 < len(run):
                i += 1
                continue
            found = None
            for length in range(min(MAX_SPAN_WORDS, len(run) - i), 0, -1):
                span = run[i : i + length]
                if span[-1].text.lower() in particles:
                    continue
                start, end = span[0].start, span[-1].end
                span_text = text[start:end]
                norm = normalize(span_text)
                if not norm:
                    continue
                if length == 1:
                    if not first.is_acronym and (norm in common or norm in common_words() or norm in lowercase_vocab):
                        break
                    if _sentence_initial(text, first) and norm in lowercase_vocab:
                        break
                    tok = make_token(span_text)
                    if tok is not None and tok.key in surnames and not first.is_acronym:
                        eid, name, etype = surnames[tok.key]
                        if types is None or etype in types:
                            found = Mention(start, end, span_text, eid, name, etype, 1.0, "coreference")
                            break
                if length == 1 and not close_enough(span_text):
                    continue
                if length > 1 and (edge_is_common(span[0]) or edge_is_common(span[-1])) and not spelled_exactly(span_text):
                    # "The UN", "In Belarus", "Ireland News", "US Secretary": a span that begins or ends with a
                    # common word is a name only when spelled exactly so ("State Duma").
                    continue
                if length > 1 and not (known(span[0].text) and known(span[-1].text)):
                    # A name's first and last words are words of the gazetteer (or close to one): skip the search.
                    continue
                top = resolve(span_text)
                if top is None:
                    continue
                if types is not None and top.type not in types:
                    continue
                if length > 1 and normalize(first.text) in common and top.score < STRICT_SCORE:
                    # "State Mike Pompeo": a span led by a common word must match outright ("State Duma").
                    continue
                if length == 1 and top.type in _PLACE_TYPES and not _confident_place(top):
                    continue
                if length > 1 and top.path == "fuzzy":
                    # "Ireland News", "Alexander Lukashenko More": a near match of the whole run loses to a better
                    # match of the run without its last word.
                    shorter_top = resolve(text[start : span[-2].end])
                    if shorter_top is not None and shorter_top.score > top.score + 0.02:
                        continue
                if length > 1 and not (len(normalize(first.text)) == 1 and first.capitalised):
                    # "Selon Alexandre Loukachenko": a leading word the name does not need is left out (but
                    # not an initial: "A. Lukashenko").
                    rest = text[span[1].start : end]
                    rest_top = resolve(rest)
                    if rest_top is not None and rest_top.id == top.id and rest_top.score > top.score + 0.02:
                        break
                # Only a place's (a country's) weak name can be its demonym: a person's surname ending in -sky or
                # -an ("Zelensky", "Erdoğan") is a name.
                is_demonym = length == 1 and top.type in _PLACE_TYPES and top.tier == "weak" and demonym.search(span_text)
                kind = "demonym" if is_demonym else "name"
                found = Mention(start, end, span_text, top.id, top.name, top.type, top.score, kind)
                if top.type == "person" and length > 1:
                    # Later mentions of the surname alone refer to this person.
                    t = make_token(span[-1].text)
                    if t is not None and len(t.norm) > 2:
                        surnames[t.key] = (top.id, top.name, top.type)
                break
            if (
                found is not None
                and found.type in _PLACE_TYPES
                and found.end == first.end
                and not first.is_acronym
                and i + 1 < len(run)
                and normalize(run[i + 1].text) not in common_words()
                and resolve(run[i + 1].text) is None
            ):
                # "Vladimir Putilin": a place name followed by an unknown capitalised word is a person's name.
                found = None
            if found is not None:
                mentions.append(found)
                i += sum(1 for w in run[i:] if w.end <= found.end)
            else:
                i += 1
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


def mark_inline(text: str, mentions: list[Mention]) -> str:
    """``text`` with each mention marked ``[[text|id]]`` (mentions ordered by position, not overlapping)."""
    parts = []
    last = 0
    for m in mentions:
        parts.append(text[last : m.start])
        parts.append(f"[[{text[m.start : m.end]}|{m.id}]]")
        last = m.end
    parts.append(text[last:])
    return "".join(parts)
