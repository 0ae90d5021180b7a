"""Token shapes: digits standing for letters inside alphabetic words (``V1ktor 0rban``), and words joined on
one side and split on the other (``KimJongUn`` / ``Kim Jong Un``, ``Abdulaziz`` / ``Abdul Aziz``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .keys import token_key
from .tokens import Token, make_token

__all__ = ["LEET", "fix_digits", "joined", "merge_joined"]

#: Digits written for the letters they look like, inside words that are otherwise letters.
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})

_WORD = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
# One digit standing alone between letters, or before letters at the start of a word: V1ktor, 0rban, Put1n.
_LEET_WORD = re.compile(r"^(?:[^\W\d_]*(?:(?<=[^\W\d_])[0134578](?=[^\W\d_])|^[01](?=[^\W\d_]{2})))+[^\W\d_]*$")


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    core = word.strip(".,;:!?'\"()[]«»")
    if sum(1 for c in core if c.isalpha()) >= 3 and _LEET_WORD.match(core):
        return word.translate(LEET)
    return word


_PLUS = re.compile(r"(?<=[^\W\d_])\+(?=\s|$)")


@lru_cache(maxsize=65536)
def fix_digits(text: str) -> str:
    """``text`` with a digit that stands for a letter (0 o, 1 i, 3 e, 4 a, 5 s, 7 t, 8 b) written as that letter,
    in words of at least three letters where each such digit stands alone between letters or starts the word
    (``V1ktor 0rban`` -> ``Viktor orban``). Numbers, codes and ordinals (``25th``, ``COVID19``, ``B52``) stay.
    A ``+`` ending a word is written ``Plus`` (``Canal+``)."""
    if "+" in text:
        text = _PLUS.sub(" Plus", text)  # Canal+ = Canal Plus
    if not any(c.isdigit() for c in text):
        return text
    return _WORD.sub(_fix_word, text)


def _joined(run: tuple[Token, ...]) -> str:
    return "".join(t.norm for t in run)


def _merge_side(a: tuple[Token, ...], b: tuple[Token, ...], text_a: str, keys_a: str) -> tuple[Token, ...]:
    """``a`` with each run of 2-4 adjacent words that spells one word of ``b`` (by text or key) merged into it.
    ``text_a`` and ``keys_a``: the words of ``a`` and their keys written without spaces."""
    # Cheap screen first: a word of ``b`` can be spelled by a run of ``a`` only if it is part of all of ``a``
    # written without spaces (by text, or by key: the key of a run is nearly always its words' keys joined).
    targets = {t.norm: t for t in b if len(t.norm) >= 4 and t.norm in text_a}
    keys = {t.key: t for t in b if len(t.key) >= 4 and t.key in keys_a and t.norm not in targets}
    if not targets and not keys:
        return a
    out: list[Token] = []
    merged = False
    i = 0
    while i < len(a):
        for size in (4, 3, 2):
            run = a[i : i + size]
            if len(run) < size or any(len(t.norm) < 2 for t in run):
                continue  # (single letters are initials or pieces of legal forms: "S. A.", "G. W.")
            text = _joined(run)
            hit = targets.get(text)
            if hit is None:
                key = token_key(text)
                hit = keys.get(key) if key else None
                if hit is not None and abs(len(hit.norm) - len(text)) > 1:
                    hit = None  # (a key spelled by more letters: "Elizabeth the" is not "Elizabeth")
                if hit is not None:
                    hit = make_token(text) or hit
            if hit is not None:
                out.append(hit)
                merged = True
                i += size
                break
        else:
            out.append(a[i])
            i += 1
    return tuple(out) if merged else a


def joined(tokens: tuple[Token, ...]) -> tuple[str, str]:
    """The words of a name, and their matching keys, written without spaces (what :func:`merge_joined` screens
    with; callers that meet a name often may keep them)."""
    return "".join(t.norm for t in tokens), "".join(t.key for t in tokens)


def merge_joined(
    a: tuple[Token, ...],
    b: tuple[Token, ...],
    joined_a: tuple[str, str] | None = None,
    joined_b: tuple[str, str] | None = None,
) -> tuple[tuple[Token, ...], tuple[Token, ...]]:
    """The two names with words joined on one side and split on the other brought to the same words:
    ``KimJongUn`` / ``Kim Jong Un`` -> one word each. Names with as many words on each side are returned as
    they are (the cheap common case). ``joined_a``/``joined_b``: :func:`joined` of the names, when known."""
    if len(a) == len(b):
        return a, b
    if len(a) > len(b):
        return _merge_side(a, b, *(joined_a or joined(a))), b
    return a, _merge_side(b, a, *(joined_b or joined(b)))
