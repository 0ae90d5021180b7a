"""Hangul syllables taken apart arithmetically, and the sound changes between two syllables.

A precomposed syllable (U+AC00..U+D7A3) is ``0xAC00 + (initial * 21 + vowel) * 28 + final``: 19 initials,
21 vowels and 28 finals (0 = none), in the order of the Unicode standard (chapter 3.12, "Conjoining Jamo
Behavior"). Compatibility jamo (ㄱ, ㅏ ...) and old or partial jamo are left to the caller.

The boundary rules follow the Revised Romanization of Korean (Ministry of Culture and Tourism notice
2000-8, section 3.1): liaison of a final before a vowel, nasalisation before ㄴ/ㅁ/ㄹ, ㄹ doubling, ㄷ/ㅌ
palatalised before 이, and aspiration of ㄱ/ㄷ/ㅈ after ㅎ. Tensing is not written and is not modelled.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "BASE",
    "Boundary",
    "FINAL_CLASS",
    "LAST",
    "Syllable",
    "boundary",
    "decompose",
    "is_hangul",
]

BASE = 0xAC00
LAST = 0xD7A3

# Initial consonants by index: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
G, KK, N, D, TT, R, M, B, PP, S, SS, NG, J, JJ, CH, K, T, P, H = range(19)


class Syllable(NamedTuple):
    initial: int  # 0..18
    vowel: int  # 0..20
    final: int  # 0..27 (0 = none)


def is_hangul(ch: str) -> bool:
    """Whether ``ch`` is one precomposed Hangul syllable."""
    return len(ch) == 1 and BASE <= ord(ch) <= LAST


def decompose(ch: str) -> Syllable:
    """Initial, vowel and final index of a precomposed syllable (see :func:`is_hangul`)."""
    index = ord(ch) - BASE
    return Syllable(index // 588, (index % 588) // 28, index % 28)


#: The sound class of each final (0..27) when no vowel follows: what it is pronounced as.
#: k: ㄱ ㄲ ㄳ ㄺ ㅋ; n: ㄴ ㄵ ㄶ; t: ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ; l: ㄹ ㄼ ㄽ ㄾ ㅀ; m: ㅁ ㄻ; p: ㅂ ㅄ ㄿ ㅍ; ng: ㅇ
FINAL_CLASS: tuple[str, ...] = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
    "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip

# Before a vowel, a final moves to the next syllable: (what stays, the initial it becomes).
# None in the second place means the final stays and the vowel keeps its silent ㅇ.
_LIAISON: dict[int, tuple[str, int | None]] = {
    1: ("", G), 2: ("", KK), 3: ("k", S), 4: ("", N), 5: ("n", J), 6: ("", N), 7: ("", D), 8: ("", R),
    9: ("l", G), 10: ("l", M), 11: ("l", B), 12: ("l", S), 13: ("l", T), 14: ("l", P), 15: ("", R),
    16: ("", M), 17: ("", B), 18: ("p", S), 19: ("", S), 20: ("", SS), 21: ("ng", None), 22: ("", J),
    23: ("", CH), 24: ("", K), 25: ("", T), 26: ("", P), 27: ("", None),
}  # fmt: skip
# ㄶ and ㅀ before a vowel: the ㅎ is silent and the ㄴ / ㄹ moves on.
_SILENT_H_FINALS = {6: ("", N), 15: ("", R)}

_I_VOWEL = 20  # ㅣ


class Boundary(NamedTuple):
    """What the end of one syllable and the start of the next sound like: the final's class ("k", "n",
    "t", "l", "m", "p", "ng" or "") and the next initial's index (``NG`` for a vowel-initial syllable)."""

    final: str
    initial: int


def boundary(final: int, initial: int, vowel: int) -> Boundary:
    """The sound of ``final`` followed by the syllable starting with ``initial`` and ``vowel``.

    >>> boundary(4, R, 0)   # 신라: n + r -> l + l
    Boundary(final='l', initial=5)
    >>> boundary(21, R, 8)  # 종로: ng + r -> ng + n
    Boundary(final='ng', initial=2)
    >>> boundary(1, NG, 0)  # 한국어: the ㄱ moves on
    Boundary(final='', initial=0)
    """
    if final == 0:
        return Boundary("", initial)
    if initial == NG:
        kept, moved = _SILENT_H_FINALS.get(final, _LIAISON[final])
        if moved is None:
            return Boundary(kept, NG)
        if vowel == _I_VOWEL and moved == D:
            moved = J  # 굳이 -> guji
        elif vowel == _I_VOWEL and moved == T:
            moved = CH  # 같이 -> gachi
        return Boundary(kept, moved)
    sound = FINAL_CLASS[final]
    if final in (6, 15, 27) and initial in (G, D, J):
        # ㅎ (alone or in ㄶ / ㅀ) aspirates the next ㄱ ㄷ ㅈ: 좋고 -> joko, 않다 -> anta
        return Boundary("" if final == 27 else sound, {G: K, D: T, J: CH}[initial])
    if initial == R:
        if sound in ("l", "n"):
            return Boundary("l", R)  # 신라 Silla, 물리 mulli
        nasal = {"k": "ng", "t": "n", "p": "m"}.get(sound, sound)
        return Boundary(nasal, N)  # 종로 Jongno, 백리 Baengni, 십리 Simni
    if initial in (N, M):
        if sound == "l" and initial == N:
            return Boundary("l", R)  # 설날 -> seollal
        return Boundary({"k": "ng", "t": "n", "p": "m"}.get(sound, sound), initial)
    return Boundary(sound, initial)
