"""The name-structure scores of two tokenised names: persons by their parts (patronymics, the Arabic name chain,
missing parts, nicknames) and organisations by theirs (legal forms, generic words, qualifiers, acronyms).
The rules are described in docs/matching.md, section 8; every tuned number is a constant here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..names.tokens import Token, make_token
from .align import align_words, aligned_similarity
from .params import KEY_MATCH, MIN_PAIR
from .words import token_similarity
from ..names.orgs import OrgParts, acronym_of, org_parts
from ..names.parts import PersonParts, person_parts
from ..names.rules import rules

__all__ = [
    "CONFLICT_CAP",
    "GENERIC_WEIGHT",
    "MISSING_WEIGHT",
    "NICKNAME_SIM",
    "QUALIFIER_WEIGHT",
    "SAME_PART",
    "WordSim",
    "org_score",
    "person_score",
    "same_part",
]

#: Score cap for two names whose parts say they are different (patronymics, nasab, distinctive words).
CONFLICT_CAP = 0.5
#: Two words of one part (patronymic, chain element) are the same part at or above this word similarity.
SAME_PART = 0.8
#: Weight of a word missing on one side when the other name is matched word for word (middle names, a second
#: surname, a patronymic, a family name), relative to its length weight.
MISSING_WEIGHT = 0.25
#: Weight of a generic organisation word (Company, Group, Bank), relative to a distinctive word.
GENERIC_WEIGHT = 0.4
#: Weight of a qualifier (the words after "of" at the end: Sberbank of Russia) and of a country or nationality
#: word (Deutsche Lufthansa, Сбербанк России).
QUALIFIER_WEIGHT = 0.3
#: Word similarity of a curated short form and its full name (Sasha / Aleksandr).
NICKNAME_SIM = 0.85
WordSim = Callable[[Token, Token], float]


def _with_nicknames(ws: WordSim) -> WordSim:
    nicknames = rules().nicknames

    def sim(x: Token, y: Token) -> float:
        score = ws(x, y)
        if score >= NICKNAME_SIM:
            return score
        for short, full in ((x, y), (y, x)):
            for name in nicknames.get(short.key, ()):
                tok = make_token(name)
                if tok is not None and token_similarity(tok, full) >= SAME_PART:
                    return max(score, NICKNAME_SIM)
        return score

    return sim


#: A "y" between vowels: the iotated vowels of Russian and Ukrainian (е, ё, ю, я after a vowel) that some
#: romanisations write ye/yo/yu/ya and others e/o/u/a (Sergeyev / Sergeev, Dostoyevsky / Dostoevsky).
_IOTATED = re.compile(r"(?<=[aeiou])y(?=[aeiou])")


def _with_iotation(ws: WordSim) -> WordSim:
    """``ws``, and for two words of six letters or more that are not the same part, the score of the two with
    a "y" between vowels left out (at most :data:`KEY_MATCH`)."""

    def sim(x: Token, y: Token) -> float:
        score = ws(x, y)
        if score >= SAME_PART or len(x.latin) < 6 or len(y.latin) < 6 or ("y" not in x.latin and "y" not in y.latin):
            return score
        bare_x, bare_y = _IOTATED.sub("", x.latin), _IOTATED.sub("", y.latin)
        if bare_x == x.latin and bare_y == y.latin:
            return score
        tx, ty = make_token(bare_x), make_token(bare_y)
        if tx is None or ty is None:
            return score
        return max(score, min(KEY_MATCH, token_similarity(tx, ty)))

    return sim


def _chain_conflict(pa: PersonParts, pb: PersonParts, strong: list[tuple[int, int, float]]) -> str:
    """Why the two ism/nasab chains are of different people, or ""."""
    ca = {idx: pos + (0 if pa.ism else 1) for pos, idx in enumerate(pa.chain)}
    cb = {idx: pos + (0 if pb.ism else 1) for pos, idx in enumerate(pb.chain)}
    anchors = sorted((ca[i], cb[j], i, j) for i, j, _s in strong if i in ca and j in cb)
    if pa.ism and pb.ism:
        for x, y, i, _j in anchors:
            if (x == 0) != (y == 0):
                return f"name chain differs: {pa.tokens[i].norm} is the own name on one side, a father's name on the other"
    for k in range(1, len(anchors)):
        if anchors[k][1] <= anchors[k - 1][1]:
            first, second = pa.tokens[anchors[k - 1][2]].norm, pa.tokens[anchors[k][2]].norm
            return f"name chain in another order: {first} / {second}"
    matched_a = {i for i, _j, _s in strong}
    matched_b = {j for _i, j, _s in strong}
    free_a = [(pos, i) for i, pos in ca.items() if i not in matched_a]
    free_b = [(pos, j) for j, pos in cb.items() if j not in matched_b]
    bounds = [(-1, -1)] + [(x, y) for x, y, _i, _j in anchors] + [(1 << 30, 1 << 30)]
    for (lo_a, lo_b), (hi_a, hi_b) in zip(bounds, bounds[1:]):
        gap_a = [pa.tokens[i].norm for pos, i in sorted(free_a) if lo_a < pos < hi_a]
        gap_b = [pb.tokens[j].norm for pos, j in sorted(free_b) if lo_b < pos < hi_b]
        if gap_a and gap_b:
            part = "ism" if lo_a < 0 and pa.ism and pb.ism else "nasab"
            return f"{part} differs: {' '.join(gap_a)} / {' '.join(gap_b)}"
    return ""


_VOWELS = frozenset("aeiou")


def _consonants(tok: Token) -> str:
    out: list[str] = []
    for c in tok.latin:
        if c.isalpha() and c not in _VOWELS and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def same_part(x: Token, y: Token, sim: float) -> bool:
    """Whether two aligned words are one part spelled twice: a word score of :data:`SAME_PART` or more, or (for
    the vowels that romanisations of Arabic and other names disagree on: Osama / Usama, Laden / Ladin) the same
    consonants in the same order, and the same first letter or both starting with a vowel."""
    if sim >= SAME_PART:
        return True
    if sim < MIN_PAIR or not x.latin or not y.latin:
        return False
    first = x.latin[0] == y.latin[0] or (x.latin[0] in _VOWELS and y.latin[0] in _VOWELS)
    return first and len(_consonants(x)) >= 2 and _consonants(x) == _consonants(y)


def person_score(ta: tuple[Token, ...], tb: tuple[Token, ...], ws: WordSim) -> tuple[float, list[str], str]:
    """Score of two person names by their parts, the notes on the parts, and the conflict that separates them
    (or "")."""
    pa, pb = person_parts(ta), person_parts(tb)
    a, b = pa.tokens, pb.tokens
    nicknames = rules().nicknames
    if any(t.key in nicknames for t in a) or any(t.key in nicknames for t in b):
        ws = _with_nicknames(ws)
    if any(_IOTATED.search(t.latin) for t in a) or any(_IOTATED.search(t.latin) for t in b):
        ws = _with_iotation(ws)
    pairs = align_words(a, b, ws)
    strong = [(i, j, s) for i, j, s in pairs if same_part(a[i], b[j], s) or a[i].initial or b[j].initial]
    notes: list[str] = []
    conflict = ""
    for i, j, s in pairs:
        if pa.roles[i] == "patronymic" and pb.roles[j] == "patronymic" and not same_part(a[i], b[j], s):
            conflict = f"patronymics differ: {a[i].norm} / {b[j].norm}"
    strong_a = {i for i, _j, _s in strong}
    strong_b = {j for _i, j, _s in strong}
    lone_a = [a[i].norm for i in pa.patronymics if i not in strong_a]
    lone_b = [b[j].norm for j in pb.patronymics if j not in strong_b]
    if not conflict and lone_a and lone_b:
        conflict = f"patronymics differ: {' '.join(lone_a)} / {' '.join(lone_b)}"
    if not conflict and (pa.nasab or pb.nasab):
        conflict = _chain_conflict(pa, pb, strong)
    kunya_a = [a[i].norm for i, r in enumerate(pa.roles) if r == "kunya" and i not in strong_a]
    kunya_b = [b[j].norm for j, r in enumerate(pb.roles) if r == "kunya" and j not in strong_b]
    if not conflict and kunya_a and kunya_b:
        conflict = f"kunyas differ: {' '.join(kunya_a)} / {' '.join(kunya_b)}"
    matched_a = {i for i, _j, _s in pairs}
    matched_b = {j for _i, j, _s in pairs}
    initials_a = [t.norm for k, t in enumerate(a) if t.initial and k not in matched_a]
    initials_b = [t.norm for k, t in enumerate(b) if t.initial and k not in matched_b]
    if not conflict and initials_a and initials_b:
        conflict = f"initials differ: {' '.join(initials_a)} / {' '.join(initials_b)}"
    if not conflict and len(strong) >= 2:
        # Two names that agree on two parts or more (surname and patronymic, family and father's names) and
        # each have a name unlike any word of the other are relatives: brothers (Yuri / Mikhail Valentinovich
        # Kovalchuk), a second surname of another mother (Maduro Moros / Maduro Guerra).
        own_a = [a[k].norm for k, r in enumerate(pa.roles) if r in ("name", "family") and k not in matched_a]
        own_b = [b[k].norm for k, r in enumerate(pb.roles) if r in ("name", "family") and k not in matched_b]
        if own_a and own_b:
            conflict = f"names differ: {' '.join(own_a)} / {' '.join(own_b)}"
    light: set[Token] = set()
    for side, other, matched, other_strong, roles in ((a, b, matched_a, strong_b, pa.roles), (b, a, matched_b, strong_a, pb.roles)):
        named = [t for t in other if not t.initial]
        missing = [k for k in range(len(side)) if k not in matched]
        # A part missing on one side is compatible when every word of the other name (two or more) is matched
        # as the same part, and the missing words are not the first name of the longer one (Jean-Marie Le Pen is
        # not Marine Le Pen), unless they are a patronymic, a family name or a kunya.
        # (The first name may be missing when every other word is spelled alike: Alexander Boris de Pfeffel
        # Johnson / Boris Johnson.)
        first_missing = bool(missing) and missing[0] == 0 and roles[0] == "name"
        exact = all(s >= KEY_MATCH for _i, _j, s in pairs)
        if len(other_strong) == len(other) and len(named) >= 2 and missing and (exact or not first_missing):
            light.update(side[k] for k in missing)
            notes.append("missing on one side (compatible): " + " ".join(side[k].norm for k in missing))
    for i, j, s in pairs:
        if pa.roles[i] == "patronymic" and pb.roles[j] == "patronymic" and same_part(a[i], b[j], s):
            notes.append(f"patronymics agree: {a[i].norm} / {b[j].norm}")
        elif s == NICKNAME_SIM:
            notes.append(f"short form of a given name: {a[i].norm} / {b[j].norm}")

    def info(tok: Token) -> float:
        return MISSING_WEIGHT if tok in light else 1.0

    score = aligned_similarity(a, b, pairs, info if light else _one)
    if conflict:
        score = min(score, CONFLICT_CAP)
    return score, notes, conflict


def _one(tok: Token) -> float:
    return 1.0


def _merge_once(oa: OrgParts, ob: OrgParts) -> tuple[OrgParts, OrgParts] | None:
    for short, long_ in ((oa, ob), (ob, oa)):
        initials = {t.norm[:1] for t in long_.every or long_.tokens}
        for tok in short.tokens:
            if not 2 <= len(tok.norm) <= 8 or tok.norm[0] not in initials or not tok.norm.isalpha():
                continue
            if sum(c not in initials for c in tok.norm) > 1 or any(t.norm == tok.norm for t in long_.tokens):
                continue  # (cheap screen: an acronym's letters are initials of the other name, but one at most)
            stops = rules().stop
            # The words, with or without function words, and legal forms counted (ONGC: Oil and Natural Gas
            # Corporation); a run of one word per letter, or one fewer when a word gives two (KEPCO).
            sources = (long_.tokens, long_.with_stops, tuple(t for t in long_.every if t.norm not in stops), long_.every)
            for words, size in ((w, n) for w in sources for n in (len(tok.norm), len(tok.norm) - 1)):
                for start in range(len(words) - size + 1):
                    if acronym_of(tok, words[start : start + size]):
                        run = Counter(words[start : start + size])
                        kept = []
                        for t, k in zip(long_.tokens, long_.kinds):
                            if run[t] > 0:
                                run[t] -= 1  # (each word of the run once: Radio Free Europe/Radio Liberty)
                            else:
                                kept.append((t, k))
                        merged = OrgParts(
                            (tok, *(t for t, _k in kept)),
                            ("distinctive", *(k for _t, k in kept)),
                            long_.legal,
                            long_.legal_equivalents,
                        )
                        return (oa, merged) if long_ is ob else (merged, ob)
    return None


def _merge_acronyms(oa: OrgParts, ob: OrgParts) -> tuple[OrgParts, OrgParts]:
    """The two names with each run of words that the other abbreviates (IBM / International Business Machines
    Corporation; RFE/RL / Radio Free Europe/Radio Liberty) replaced by the acronym itself."""
    for _ in range(4):
        merged = _merge_once(oa, ob)
        if merged is None:
            break
        oa, ob = merged
    return oa, ob


def _lone(side: tuple[Token, ...], kinds: tuple[str, ...], matched: set[int], wanted: tuple[str, ...]) -> list[str]:
    return [t.norm for k, (t, kind) in enumerate(zip(side, kinds)) if k not in matched and kind in wanted]


def org_score(
    ta: tuple[Token, ...],
    tb: tuple[Token, ...],
    ws: WordSim,
    info: Callable[[Token], float] = _one,
    cap: bool = True,
    generic: bool = True,
) -> tuple[float, list[str], str]:
    """Score of two organisation names by their parts, the notes on the parts, and the conflict (or ""); with
    ``cap`` false a conflict is reported but does not cap the score; with ``generic`` false generic words and
    qualifiers weigh as any other (``info`` alone weighs the words)."""
    pa, pb = org_parts(ta), org_parts(tb)
    oa, ob = _merge_acronyms(pa, pb)
    a, b = oa.tokens, ob.tokens
    notes: list[str] = []
    if oa.legal or ob.legal:
        shown = f"{' '.join(oa.legal) or '-'} / {' '.join(ob.legal) or '-'}"
        if oa.legal and ob.legal:
            agree = oa.legal_equivalents & ob.legal_equivalents
            verdict = f"agree ({', '.join(sorted(agree))})" if agree else "differ (a legal form alone does not separate)"
            notes.append(f"legal forms {verdict}: {shown}")
        else:
            notes.append(f"legal form on one side only (ignored): {shown}")
    for before, after in ((pa, oa), (pb, ob)):
        if after is not before:  # a run of words of this name replaced by the other's acronym
            acronyms = " ".join(t.norm for t in after.tokens if t not in before.tokens)
            words = " ".join(t.norm for t in before.every if t not in after.tokens and t.norm not in before.legal)
            notes.append(f"acronym: {acronyms} / {words}")
    pairs = align_words(a, b, ws)
    matched_a = {i for i, _j, _s in pairs}
    matched_b = {j for _i, j, _s in pairs}
    # Weights go by word (a word written twice weighs the same both times), so that the score stays symmetric.
    paired = {a[i] for i in matched_a} | {b[j] for j in matched_b}
    weights: dict[Token, float] = {}
    for side, kinds in ((a, oa.kinds), (b, ob.kinds)):
        if "distinctive" not in kinds or not generic:
            continue  # a name of generic words only: its words are what distinguishes it
        for tok, kind in zip(side, kinds):
            if kind in ("qualifier", "place"):
                weights[tok] = min(weights.get(tok, 1.0), QUALIFIER_WEIGHT)
            elif kind == "optional" or (kind == "generic" and tok in paired):
                weights[tok] = min(weights.get(tok, 1.0), GENERIC_WEIGHT)
    conflict = ""
    numbers_a = [t.norm for k, t in enumerate(a) if k not in matched_a and t.norm.isdigit()]
    numbers_b = [t.norm for k, t in enumerate(b) if k not in matched_b and t.norm.isdigit()]
    qualifiers_a = _lone(a, oa.kinds, matched_a, ("qualifier", "place"))
    qualifiers_b = _lone(b, ob.kinds, matched_b, ("qualifier", "place"))
    # A generic word on one side only (Volkswagen Bank / Volkswagen) separates as a distinctive one does, and so
    # does a country after the name (OTP Bank Ukraine: a national branch); a nationality before it does not
    # (Deutsche Lufthansa).
    lone_a = _lone(a, oa.kinds, matched_a | {0}, ("distinctive", "generic", "place"))
    lone_b = _lone(b, ob.kinds, matched_b | {0}, ("distinctive", "generic", "place"))
    lone_a += _lone(a[:1], oa.kinds[:1], matched_a, ("distinctive", "generic"))
    lone_b += _lone(b[:1], ob.kinds[:1], matched_b, ("distinctive", "generic"))
    if numbers_a and numbers_b:
        conflict = f"numbers differ: {' '.join(numbers_a)} / {' '.join(numbers_b)}"
    elif qualifiers_a and qualifiers_b:
        conflict = f"qualifiers differ: {' '.join(qualifiers_a)} / {' '.join(qualifiers_b)}"
    elif bool(lone_a) != bool(lone_b) and pairs:
        conflict = f"distinctive word on one side only: {' '.join(lone_a or lone_b)}"
    elif lone_a and lone_b and pairs:
        conflict = f"distinctive words differ: {' '.join(lone_a)} / {' '.join(lone_b)}"

    def weight(tok: Token) -> float:
        return weights.get(tok, 1.0) * info(tok)

    score = aligned_similarity(a, b, pairs, weight)
    if conflict and cap:
        score = min(score, CONFLICT_CAP)
    return score, notes, conflict
