"""The name-structure scores of two tokenised names: persons by their parts (patronymics, the Arabic name chain,
missing parts, nicknames) and organisations by theirs (legal forms, generic words, qualifiers, acronyms).
The rules are described in docs/matching.md, section 8; every tuned number is a constant here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..names.tokens import Token, make_token
from .align import name_similarity
from .params import INITIAL_SIM, KEY_MATCH, MIN_PAIR
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


def _align(
    a: tuple[Token, ...], b: tuple[Token, ...], ws: WordSim, memo: dict[tuple[Token, Token], float] | None = None
) -> list[tuple[int, int, float]]:
    """The one-to-one word alignment of :func:`name_similarity`: best pairs first, ties broken by the words.
    Word scores are written into ``memo`` when given (for the :func:`name_similarity` call that follows)."""
    pairs: list[tuple[float, str, str, int, int]] = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if x.initial or y.initial:
                if x.initial and y.initial:
                    sim = 1.0 if x.norm == y.norm else 0.0
                else:
                    longer, short = (y, x) if x.initial else (x, y)
                    sim = INITIAL_SIM if longer.norm[0] == short.norm or longer.key[:1] == short.key else 0.0
            else:
                sim = ws(x, y)
                if memo is not None:
                    memo[x, y] = sim
            if sim >= MIN_PAIR:
                lo, hi = (x.norm, y.norm) if x.norm <= y.norm else (y.norm, x.norm)
                pairs.append((-sim, lo, hi, i, j))
    pairs.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for neg, _lo, _hi, i, j in pairs:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j, -neg))
    return out


def _remembered(memo: dict[tuple[Token, Token], float], ws: WordSim) -> WordSim:
    def sim(x: Token, y: Token) -> float:
        found = memo.get((x, y))
        return ws(x, y) if found is None else found

    return sim


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
    memo: dict[tuple[Token, Token], float] = {}
    pairs = _align(a, b, ws, memo)
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

    score = name_similarity(a, b, info if light else _one, _remembered(memo, ws))
    if conflict:
        score = min(score, CONFLICT_CAP)
    return score, notes, conflict


def _one(tok: Token) -> float:
    return 1.0


def _merge_once(oa: OrgParts, ob: OrgParts) -> tuple[OrgParts, OrgParts] | None:
    for short, long_ in ((oa, ob), (ob, oa)):
        for tok in short.tokens:
            if not 2 <= len(tok.norm) <= 8 or not tok.norm.isalpha() or any(t.norm == tok.norm for t in long_.tokens):
                continue
            size = len(tok.norm)
            for words in (long_.tokens, long_.with_stops, long_.every):
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
    oa, ob = _merge_acronyms(org_parts(ta), org_parts(tb))
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
    memo: dict[tuple[Token, Token], float] = {}
    pairs = _align(a, b, ws, memo)
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

    score = name_similarity(a, b, weight, _remembered(memo, ws))
    if conflict and cap:
        score = min(score, CONFLICT_CAP)
    return score, notes, conflict
