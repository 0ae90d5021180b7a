"""Name structure in the score: what a difference in each part of a person's or an organisation's name means.

``compare(a, b, type=...)`` reads both names as parts (:mod:`translit_names.names.parts`,
:mod:`translit_names.names.orgs`), aligns their words as :func:`translit_names.matching.name_similarity` does,
and then applies the rules of docs/matching.md, section 8 (scores in :mod:`.by_parts`):

- persons: a *different* patronymic, nasab element or ism, or a name chain in another order, means different
  people (the score is capped at :data:`~.by_parts.CONFLICT_CAP`); a part *missing* on one side is compatible (it weighs
  :data:`~.by_parts.MISSING_WEIGHT` when every word of the shorter name, of at least two words, is matched); nicknames from
  the packs' curated tables count as the full name (:data:`~.by_parts.NICKNAME_SIM`);
- organisations: legal forms are compared apart and never separate two names; generic words weigh
  :data:`~.by_parts.GENERIC_WEIGHT`, qualifiers (``of Russia``) :data:`~.by_parts.QUALIFIER_WEIGHT`; a distinctive word on one side only
  caps the score at :data:`~.by_parts.CONFLICT_CAP`; an acronym matches the words it abbreviates;
- every type: digits standing for letters (``V1ktor``) and words joined on one side (``KimJongUn``).

The word-by-word score of :func:`translit_names.score.compare.compare` (every word similarity and cross-script
reading it has) is where it starts: a pair of no known structure with nothing reshaped gets exactly that score;
across scripts it is a floor that the parts lower only by a named conflict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..errors import TranslitNamesError
from ..lang.readings import latin_readings, needs_reading
from ..names.tokens import Token, tokenize
from ..names.variants import clean_query
from ..names.orgs import has_org_markers, org_parts
from ..names.parts import has_person_markers, person_parts
from ..names.rules import rules
from ..names.shape import fix_digits, joined, merge_joined
from ..text.normalize import normalize
from .align import name_similarity
from .by_parts import CONFLICT_CAP, WordSim, org_score, person_score
from .compare import compare as word_compare
from .params import DEFAULT_THRESHOLD, KEY_MATCH, MAX_NAME_CHARS, READINGS_PAIRED
from .words import token_similarity, transcription_similarity

__all__ = [
    "CONFLICT_CAP",
    "Comparison",
    "STRUCTURE_TYPES",
    "compare",
    "compare_explain",
    "structured_similarity",
    "word_compare",
]

#: The structures ``type=`` may choose; gazetteer types of places (country, territory, city) mean "place".
STRUCTURE_TYPES = ("person", "organisation", "place")
_ALIASES = {"organization": "organisation", "org": "organisation", "country": "place", "territory": "place", "city": "place"}


@dataclass(frozen=True)
class Comparison:
    """The answer of :func:`compare_explain`: the score, whether it reaches the threshold, the structure used
    ("person", "organisation", "place" or "name" when none was given or guessed), the part that decided, and
    every note on the parts."""

    score: float
    same: bool
    type: str
    reason: str
    notes: tuple[str, ...] = ()

    def explanation(self) -> dict[str, object]:
        """The structure, the deciding part and the notes, as a JSON-ready dict."""
        return {"type": self.type, "reason": self.reason, "notes": list(self.notes)}

    def lines(self) -> list[str]:
        """The explanation as lines of text: the structure and the deciding part first, then the other notes."""
        return [f"structure: {self.type}; decided by: {self.reason}", *(n for n in self.notes if n != self.reason)]


class _Side(NamedTuple):
    """One name as ``compare`` reads it: its words (digits for letters read as letters), whether that changed
    it, and whether it shows an organisation's or a person's name."""

    tokens: tuple[Token, ...]
    reshaped: bool
    org: bool
    person: bool
    joined: tuple[str, str]
    #: What may make a word match by structure alone when no word matches by spelling: "caps" (acronyms),
    #: "number" (digits or number words), "nickname" (a curated short form), "compound" (Abd al-, Abdul ...).
    special: frozenset[str]
    #: Whether the name has a letter of a script the matching key does not read (compared through readings).
    reading: bool
    #: Whether some word is in ASCII, and whether some word is not (two scripts when they differ between names).
    ascii: tuple[bool, bool]


_QUOTES = frozenset("«»„“”\"")


@lru_cache(maxsize=65536)
def _side(text: str) -> _Side:
    fixed = fix_digits(text)
    tokens = tokenize(clean_query(fixed))
    org = has_org_markers(tokens) or not _QUOTES.isdisjoint(text)
    reading = needs_reading(text)
    ascii = (any(t.norm.isascii() for t in tokens), not all(t.norm.isascii() for t in tokens))
    return _Side(tokens, fixed != text, org, has_person_markers(tokens), joined(tokens), _special(tokens), reading, ascii)


def _special(tokens: tuple[Token, ...]) -> frozenset[str]:
    r = rules()
    out: set[str] = set()
    for t in tokens:
        if t.all_caps:
            out.add("caps")
        if t.norm in r.numbers or not t.norm.isalpha():
            out.add("number")
        if t.key in r.nicknames:
            out.add("nickname")
        if any(t.norm.startswith(c) for c in r.compounds):
            out.add("compound")
    return frozenset(out)


def _may_match_by_parts(type_: str, ta: tuple[Token, ...], tb: tuple[Token, ...], sa: frozenset[str], sb: frozenset[str]) -> bool:
    """Whether parts may make two names with no word in common by spelling match: a short form or a compound
    name (persons); numbers on both sides, an acronym of the other name, acronyms in two scripts
    (organisations)."""
    if type_ == "person":
        return bool({"nickname", "compound"} & (sa | sb))
    if "number" in sa and "number" in sb:
        return True
    return ("caps" in sa and "caps" in sb) or _initials_hit(ta, tb)


def _structure(
    a: str, b: str, type_: str | None
) -> tuple[str, tuple[Token, ...], tuple[Token, ...], bool, tuple[frozenset[str], frozenset[str]]]:
    """The structure to read the names with, their words (joined words merged), whether nothing was reshaped,
    and what in each name may make words match by structure alone (:attr:`_Side.special`)."""
    if type_ is not None:
        type_ = _ALIASES.get(type_, type_)
        if type_ not in STRUCTURE_TYPES:
            raise TranslitNamesError(f"unknown type {type_!r}; known types: {', '.join(STRUCTURE_TYPES)}")
    sa, sb = _side(a), _side(b)
    ma, mb = merge_joined(sa.tokens, sb.tokens, sa.joined, sb.joined)
    plain = not sa.reshaped and not sb.reshaped and ma is sa.tokens and mb is sb.tokens
    if type_ is None:
        type_ = "organisation" if sa.org or sb.org else "person" if sa.person or sb.person else "name"
    return type_, ma, mb, plain, (sa.special, sb.special)


def _initials_hit(a: tuple[Token, ...], b: tuple[Token, ...]) -> bool:
    """Whether a word of one name may be an acronym of words of the other (NTT: Nippon Telegraph and Telephone;
    Fiat, PiS): its letters are, in order, first letters of the other's words (a cheap screen)."""
    for short, long_ in ((a, b), (b, a)):
        initials = "".join(t.norm[:1] for t in long_)
        for t in short:
            if 2 <= len(t.norm) <= 8 and len(t.norm) <= len(initials):
                rest = iter(initials)
                if all(c in rest for c in t.norm):  # a subsequence of the initials
                    return True
    return False


def _has_digits(tokens: tuple[Token, ...]) -> bool:
    return any(t.norm.isdigit() for t in tokens)


def _across_scripts(x: Token, y: Token) -> float:
    """:func:`transcription_similarity`, and two acronyms in capitals written in two scripts letter for letter
    (``НАТО`` / ``NATO``, ``ВТБ`` / ``VTB``, ``КПРФ`` / ``KPRF``) at the score of a key match (organisations only)."""
    if x.all_caps and y.all_caps and x.key == y.key and x.norm.isascii() != y.norm.isascii():
        return KEY_MATCH
    return transcription_similarity(x, y)


_Scored = tuple[float, str, str, list[str], bool, tuple[Token, ...], tuple[Token, ...]]


def _score(a: str, b: str, type_: str | None) -> _Scored:
    """The score, the structure used, the conflict that decided (or ""), notes, whether the words were kept as
    written, and the two names' words: the names as written, and for a name in a script the matching key does
    not read against a Latin or Cyrillic one, its Latin readings (:func:`_through_readings`) when they score
    higher (with the conflict of parts the best reading shows, if any)."""
    scored = _as_written_score(a, b, type_)
    if scored[0] >= KEY_MATCH:
        return scored  # (readings score at most KEY_MATCH)
    through, conflict = _through_readings(a, b, type_)
    if through > scored[0]:
        return (through, scored[1], conflict, [*scored[3], "through the Latin reading"], *scored[4:])
    return scored


def _as_written_score(a: str, b: str, type_: str | None) -> _Scored:
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError("compare() takes two str")
    guessed = type_ is None
    type_, ta, tb, plain, special = _structure(a, b, type_)
    conflict = ""
    notes: list[str] = []
    # The word-by-word score (score.compare: every word similarity and cross-script reading it knows) is where
    # the structure starts: names of no structure, and nothing reshaped, get it as it is.
    if type_ not in ("person", "organisation") and plain:
        return word_compare(a, b), type_, conflict, notes, plain, ta, tb
    (latin_a, native_a), (latin_b, native_b) = _side(a).ascii, _side(b).ascii
    mixed = (latin_a and native_b) or (native_a and latin_b)
    # Across scripts the word-by-word score may know readings the parts do not: it is then a floor (computed
    # here); within one script the parts see the same words, and the floor would be the same alignment again.
    words = word_compare(a, b) if mixed or not plain else -1.0
    if plain and words == 0.0 and not _may_match_by_parts(type_, ta, tb, *special):
        # Parts never make words match that do not match by spelling (they only weigh, cap and drop words), so
        # a pair with no matching word at all (most pairs of different names) is answered without them.
        return words, type_, conflict, notes, plain, ta, tb
    ws: WordSim = token_similarity
    if mixed:
        # Acronyms in two scripts only in organisation names: elsewhere they are spelled, not transcribed
        # (ЦРУ is not CRU).
        acronyms = type_ == "organisation" and any(t.all_caps for t in ta) and any(t.all_caps for t in tb)
        ws = _across_scripts if acronyms else transcription_similarity
    if type_ == "person" and ta and tb:
        score, notes, conflict = person_score(ta, tb, ws)
    elif type_ == "organisation" and ta and tb:
        score, notes, conflict = org_score(ta, tb, ws)
    else:
        score = name_similarity(ta, tb, word_similarity=ws)
    # Parts lower a score only by a named conflict; otherwise the word-by-word score, where computed, is a floor.
    # Across scripts a guessed structure does not lower it: the guess read one side only (אאג אאג / Ag Ag: a
    # word that reads like a legal form).
    if conflict and guessed and mixed and words >= score:
        notes.append(f"structure guessed from one script only, not applied: {conflict}")
        conflict = ""
    return (score if conflict else max(score, words)), type_, conflict, notes, plain, ta, tb


def _through_readings(a: str, b: str, type_: str | None) -> tuple[float, str]:
    """A name in a script the matching key does not read (Arabic, Devanagari, Thai ...) against a Latin or
    Cyrillic one: the best structured score of its Latin readings (the anyascii one among them) against the
    other name, at most :data:`KEY_MATCH`, and the conflict of parts that reading shows ("" if none); so that a
    native name is never further from a Latin spelling than its own reading is (words run together included:
    ``KkakakaaKk`` / ``ককাকাকা কক``). (0, "") when neither or both need a reading. A conflict keeps its cap
    (below the threshold), so a reading never makes different names the same."""
    need_a, need_b = _side(a).reading, _side(b).reading
    if need_a == need_b:
        return 0.0, ""
    native, other = (a, b) if need_a else (b, a)
    best, best_conflict = 0.0, ""
    for reading in latin_readings(native)[:READINGS_PAIRED]:
        if needs_reading(reading) or len(reading) > MAX_NAME_CHARS:
            continue  # (a reading still in another script, or longer than a name may be: none to go through)
        score, _type, conflict, *_rest = _as_written_score(reading, other, type_)
        if min(score, KEY_MATCH) > best:
            best, best_conflict = min(score, KEY_MATCH), conflict
    return best, best_conflict


def _as_written(a: str, b: str) -> Callable[[str], str]:
    """A function that writes the normalised words of a note as they were written in ``a`` or ``b``."""
    written: dict[str, str] = {}
    for word in (a + " " + b).split():
        for part in re.split(r"[-‐‑/]", word):
            core = part.strip(".,;:!?'\"()[]«»„“”+")
            if core:
                written.setdefault(normalize(core), core)

    def shown(note: str) -> str:
        head, sep, tail = note.partition(": ")
        if not sep:
            return note
        return head + sep + " ".join(written.get(w, w) for w in tail.split(" "))

    return shown


def compare_explain(a: str, b: str, *, type: str | None = None) -> Comparison:
    """:func:`compare` with its reasons: the structure used and the part that decided.

    >>> compare_explain("Ivan Ivanovich Petrov", "Ivan Sergeyevich Petrov", type="person").reason
    'patronymics differ: Ivanovich / Sergeyevich'
    """
    score, type_, conflict, more, plain, ta, tb = _score(a, b, type)
    notes: list[str] = []
    if not plain:
        notes.append("words reshaped: " + " ".join(t.norm for t in ta) + " / " + " ".join(t.norm for t in tb))
    notes.extend(more)
    if conflict or notes:
        shown = _as_written(a, b)
        conflict = shown(conflict)
        notes = [shown(n) for n in notes]
    same = score >= DEFAULT_THRESHOLD
    reason = conflict or (notes[-1] if notes else ("words agree" if same else "words differ"))
    return Comparison(score, same, type_, reason, tuple(([conflict] if conflict else []) + notes))


def compare(a: str, b: str, *, type: str | None = None) -> float:
    """How likely two spellings name the same entity, in [0, 1]; gazetteer-free and symmetric.

    ``type`` ("person", "organisation" or "place") chooses the structure the names are read with. Without it
    the structure is guessed: an organisation if either name has a legal form at one end, a generic
    organisation word or quotation marks; a person if either has a nasab or kunya particle, a Turkic patronymic
    marker or a patronymic ending; otherwise the names are compared word by word, as places are. At or above
    :data:`~translit_names.matching.DEFAULT_THRESHOLD` the two are taken to be the same.
    """
    if type is None and isinstance(a, str) and isinstance(b, str):
        sa, sb = _side(a), _side(b)
        if not (sa.org or sb.org or sa.person or sb.person or sa.reshaped or sb.reshaped):
            ta, tb = sa.tokens, sb.tokens
            if len(ta) == len(tb) or merge_joined(ta, tb, sa.joined, sb.joined) == (ta, tb):
                # No structure shown, nothing reshaped: the word-by-word score (or a native name's reading's).
                words = word_compare(a, b)
                return words if words >= KEY_MATCH else max(words, _through_readings(a, b, None)[0])
    return _score(a, b, type)[0]


def structured_similarity(
    query: tuple[Token, ...], form: tuple[Token, ...], entity_type: str, sim: float, info: Callable[[Token], float]
) -> float:
    """The hook of ``lookup``/``search``: ``sim`` (the word-by-word score of a query against a candidate's name)
    read with the structure of the candidate's type. For persons, a conflict of parts caps it at
    :data:`~.by_parts.CONFLICT_CAP`; for organisations where either name has a legal form, or both have a number
    and one of them not in digits, the score of :func:`org_score` (legal forms, numbers, acronyms) with the gazetteer's word
    weights (which already weigh common words less) when it is higher. A distinctive word on one side only does not cap a
    candidate here: a query is often a short form of an organisation's long name, and a subsidiary that is in
    the gazetteer outranks its parent on its own words. Other types keep ``sim``."""
    if entity_type == "person":
        pa, pb = person_parts(query), person_parts(form)
        if not (pa.nasab or pb.nasab or (pa.patronymics and pb.patronymics)):
            return sim
        _score, _notes, conflict = person_score(query, form, token_similarity)
        return min(sim, CONFLICT_CAP) if conflict else sim
    if entity_type == "organisation":
        oq, of = org_parts(query), org_parts(form)
        numbers = (oq.numbers or of.numbers) and _has_digits(oq.tokens) and _has_digits(of.tokens)
        if not (oq.legal or of.legal or numbers):
            return sim  # nothing the gazetteer's own word weights do not already see
        return max(sim, org_score(query, form, token_similarity, info, cap=False, generic=False)[0])
    return sim
