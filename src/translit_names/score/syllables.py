"""Names whose syllables are spaced, joined or hyphenated differently: ``Zhou En Lai`` = ``Zhou Enlai`` =
``ZhouEnlai``; ``Kim Jong Un`` = ``Kim Jong-un`` = ``Kim Jongun`` (issue #13). Hyphens are spaces to the
normaliser, so only the joined and the spaced forms differ.

When two names have different numbers of words, runs of adjacent words of one that, joined, spell a word of the
other (as normalised, or with the same matching key: ``chong un`` meets ``jongun``) are joined, and the names
are scored again; the word score then decides how alike the joined words are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..names.tokens import Token, make_token
from .align import name_similarity
from .words import token_similarity

__all__ = ["MAX_WORDS", "resegmented_similarity"]

#: Names with more words than this are not resegmented (a run is tried from every word to every later one).
MAX_WORDS = 8


def _same(word: str) -> str:
    return word


def _key(word: str) -> str:
    tok = make_token(word)
    return tok.key if tok is not None else word


def _runs(words: Sequence[str], targets: set[str], alike: Callable[[str], str]) -> list[list[str]] | None:
    """``words`` cut into runs, longest first from the left, a run of two or more words kept where its words
    joined are alike a target; ``None`` when no run joins."""
    out: list[list[str]] = []
    changed = False
    i = 0
    while i < len(words):
        for j in range(len(words), i + 1, -1):
            if alike("".join(words[i:j])) in targets:
                out.append(list(words[i:j]))
                changed = True
                i = j
                break
        else:
            out.append([words[i]])
            i += 1
    return out if changed else None


def _tokens(runs: list[list[str]]) -> tuple[Token, ...]:
    made = (make_token("".join(run)) for run in runs)
    return tuple(t for t in made if t is not None)


def resegmented_similarity(
    a: tuple[Token, ...], b: tuple[Token, ...], word_similarity: Callable[[Token, Token], float] = token_similarity
) -> float:
    """The name score of ``a`` and ``b`` with the runs of words that spell a word of the other name joined; 0
    when the names have the same number of words, either is empty or longer than :data:`MAX_WORDS`, or no run
    joins."""
    if len(a) == len(b) or not a or not b or max(len(a), len(b)) > MAX_WORDS:
        return 0.0
    words_a, words_b = [t.norm for t in a], [t.norm for t in b]
    best = 0.0
    for alike in (_same, _key):
        runs_a = _runs(words_a, {alike(w) for w in words_b}, alike)
        runs_b = _runs(words_b, {alike(w) for w in words_a}, alike)
        if runs_a is None and runs_b is None:
            continue
        ja = _tokens(runs_a) if runs_a is not None else a
        jb = _tokens(runs_b) if runs_b is not None else b
        if ja and jb:
            best = max(best, name_similarity(ja, jb, word_similarity=word_similarity))
        if best >= 1.0:
            break
    return best
