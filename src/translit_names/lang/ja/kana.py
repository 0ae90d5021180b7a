"""Kana taken apart into morae: a row (consonant), a glide (``y`` in きゃ), a vowel, and the three special
morae (っ geminate, ん moraic n, ー long mark), with long vowels marked.

Katakana is read as hiragana (the blocks are parallel, U+30A1..U+30F6 = U+3041..U+3096 + 0x60); the small
vowels of loanword katakana (ファ, ティ, ウィ, ヴァ ...) make one mora with the letter before them. The
tables follow the kana charts of the Hepburn system (Kenkyūsha, 3rd edition, 1954) and of the cabinet
notice on Kunrei-shiki (1954); they are written for this project.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Mora", "is_kana", "morae"]

_GOJUON = {
    "あ": ("", "a"), "い": ("", "i"), "う": ("", "u"), "え": ("", "e"), "お": ("", "o"),
    "か": ("k", "a"), "き": ("k", "i"), "く": ("k", "u"), "け": ("k", "e"), "こ": ("k", "o"),
    "が": ("g", "a"), "ぎ": ("g", "i"), "ぐ": ("g", "u"), "げ": ("g", "e"), "ご": ("g", "o"),
    "さ": ("s", "a"), "し": ("s", "i"), "す": ("s", "u"), "せ": ("s", "e"), "そ": ("s", "o"),
    "ざ": ("z", "a"), "じ": ("z", "i"), "ず": ("z", "u"), "ぜ": ("z", "e"), "ぞ": ("z", "o"),
    "た": ("t", "a"), "ち": ("t", "i"), "つ": ("t", "u"), "て": ("t", "e"), "と": ("t", "o"),
    "だ": ("d", "a"), "ぢ": ("d", "i"), "づ": ("d", "u"), "で": ("d", "e"), "ど": ("d", "o"),
    "な": ("n", "a"), "に": ("n", "i"), "ぬ": ("n", "u"), "ね": ("n", "e"), "の": ("n", "o"),
    "は": ("h", "a"), "ひ": ("h", "i"), "ふ": ("h", "u"), "へ": ("h", "e"), "ほ": ("h", "o"),
    "ば": ("b", "a"), "び": ("b", "i"), "ぶ": ("b", "u"), "べ": ("b", "e"), "ぼ": ("b", "o"),
    "ぱ": ("p", "a"), "ぴ": ("p", "i"), "ぷ": ("p", "u"), "ぺ": ("p", "e"), "ぽ": ("p", "o"),
    "ま": ("m", "a"), "み": ("m", "i"), "む": ("m", "u"), "め": ("m", "e"), "も": ("m", "o"),
    "や": ("y", "a"), "ゆ": ("y", "u"), "よ": ("y", "o"),
    "ら": ("r", "a"), "り": ("r", "i"), "る": ("r", "u"), "れ": ("r", "e"), "ろ": ("r", "o"),
    "わ": ("w", "a"), "ゐ": ("w", "i"), "ゑ": ("w", "e"), "を": ("w", "o"), "ゔ": ("v", "u"),
    "ぁ": ("", "a"), "ぃ": ("", "i"), "ぅ": ("", "u"), "ぇ": ("", "e"), "ぉ": ("", "o"),
    "ゃ": ("y", "a"), "ゅ": ("y", "u"), "ょ": ("y", "o"), "ゎ": ("w", "a"), "ゕ": ("k", "a"), "ゖ": ("k", "e"),
}  # fmt: skip
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
# Loanword syllables of katakana with a small vowel: row, glide, vowel ("t'" and "d'": t and d that stay
# t and d before i and u, as in ティ ti and ドゥ du).
_LOANWORD = {
    "ふぁ": ("f", "", "a"), "ふぃ": ("f", "", "i"), "ふぇ": ("f", "", "e"), "ふぉ": ("f", "", "o"),
    "てぃ": ("t'", "", "i"), "でぃ": ("d'", "", "i"), "とぅ": ("t'", "", "u"), "どぅ": ("d'", "", "u"),
    "うぃ": ("w", "", "i"), "うぇ": ("w", "", "e"), "うぉ": ("w", "", "o"),
    "ゔぁ": ("v", "", "a"), "ゔぃ": ("v", "", "i"), "ゔぇ": ("v", "", "e"), "ゔぉ": ("v", "", "o"),
    "しぇ": ("s", "y", "e"), "じぇ": ("z", "y", "e"), "ちぇ": ("t", "y", "e"), "いぇ": ("y", "", "e"),
    "つぁ": ("ts", "", "a"), "つぃ": ("ts", "", "i"), "つぇ": ("ts", "", "e"), "つぉ": ("ts", "", "o"),
}  # fmt: skip
_GEMINATE = "っ"
_N = "ん"
_LONG = "ー"
_ITERATION = "ゝゞ"


class Mora(NamedTuple):
    """One mora. ``kind``: "" for a syllable, "q" for っ, "n" for ん, "-" for ー. ``long``: the vowel of
    this syllable is lengthened by the next mora ("ou", "oo", "uu", "aa", "ee", "-"), which is then dropped."""

    row: str
    glide: str
    vowel: str
    kind: str = ""
    long: str = ""


def is_kana(ch: str) -> bool:
    """Whether ``ch`` is a hiragana or katakana letter or the long mark."""
    return "\u3041" <= ch <= "\u3096" or "\u30a1" <= ch <= "\u30fa" or ch in "ーゝゞヽヾ"


def _hiragana(ch: str) -> str:
    if "\u30a1" <= ch <= "\u30f6":
        return chr(ord(ch) - 0x60)
    return {"ヷ": "わ", "ヸ": "ゐ", "ヹ": "ゑ", "ヺ": "を", "ヽ": "ゝ", "ヾ": "ゞ"}.get(ch, ch)


def morae(word: str) -> list[Mora]:
    """The morae of a run of kana (other characters are skipped)."""
    chars = [_hiragana(c) for c in word if is_kana(c)]
    out: list[Mora] = []
    i = 0
    while i < len(chars):
        c = chars[i]
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if c == _GEMINATE:
            out.append(Mora("", "", "", "q"))
        elif c == _N:
            out.append(Mora("", "", "", "n"))
        elif c == _LONG:
            if out and out[-1].vowel and not out[-1].long:
                out[-1] = out[-1]._replace(long="-")
        elif c in _ITERATION:
            if out and out[-1].kind == "":
                prev = out[-1]
                row = {"k": "g", "s": "z", "t": "d", "h": "b"}.get(prev.row, prev.row) if c == "ゞ" else prev.row
                out.append(Mora(row, prev.glide, prev.vowel))
        elif c in _GOJUON:
            row, vowel = _GOJUON[c]
            if nxt in _SMALL_Y and row and vowel == "i":
                out.append(Mora(row, "y", _SMALL_Y[nxt]))
                i += 2
                continue
            pair = _LOANWORD.get(c + nxt)
            if pair is not None:
                out.append(Mora(*pair))
                i += 2
                continue
            out.append(Mora(row, "", vowel))
        i += 1
    return _mark_long(out)


def _mark_long(ms: list[Mora]) -> list[Mora]:
    """Mark long vowels: o + う/お, u + う, a + あ, e + え (not e + い, written ei in Hepburn)."""
    out: list[Mora] = []
    for m in ms:
        if out and m.kind == "" and m.row == "" and m.glide == "":
            prev = out[-1]
            pair = prev.vowel + m.vowel
            if prev.kind == "" and not prev.long and pair in ("ou", "oo", "uu", "aa", "ee"):
                out[-1] = prev._replace(long=pair)
                continue
        out.append(m)
    return out
