"""Syllables spaced, joined or hyphenated alike in ``compare`` (score/syllables.py), and Wade-Giles against pinyin
(lang/zh/latin.py through score/packs.py)."""

from __future__ import annotations

import pytest

from translit_names import DEFAULT_THRESHOLD, compare
from translit_names.lang.zh.latin import shows_wade_giles, wade_giles_form
from translit_names.names.tokens import tokenize
from translit_names.score.syllables import resegmented_similarity


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zhou Enlai", "Zhou En Lai"), ("Zhou Enlai", "ZhouEnlai"), ("Kim Jong Un", "KimJongUn"), ("Kim Jong-un", "Kim Jongun"),
     ("Ban Ki-moon", "Ban Kimoon"), ("Xi Jinping", "Jin Ping Xi")],
    ids=str,
)  # fmt: skip
def test_spacing_of_syllables_compares_as_the_same(a: str, b: str) -> None:
    assert compare(a, b) == compare(b, a) == 1.0


def test_resegmenting_needs_a_run_that_spells_a_word_of_the_other() -> None:
    assert resegmented_similarity(tokenize("Hu Jin Tao"), tokenize("Hu Yaobang")) == 0.0
    assert resegmented_similarity(tokenize("Xi Jinping"), tokenize("Li Keqiang")) == 0.0  # as many words
    assert compare("Kim Jong Il", "Kim Jongun") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zhou Enlai", "Chou En-lai"), ("Deng Xiaoping", "Teng Hsiao-p'ing"), ("Mao Zedong", "Mao Tse-tung"),
     ("Jiang Zemin", "Chiang Tse-min"), ("Xi Jinping", "Hsi Chin-ping")],
    ids=str,
)  # fmt: skip
def test_wade_giles_against_pinyin(a: str, b: str) -> None:
    assert compare(a, b) == compare(b, a) == 0.95


def test_two_pinyin_names_are_not_brought_to_the_lossy_form() -> None:
    assert not shows_wade_giles("Li Qiang") and not shows_wade_giles("Li Jiang")
    assert compare("Li Qiang", "Li Jiang") < 0.95
    assert wade_giles_form("John Smith") == wade_giles_form("Kim Jong-un") == wade_giles_form("Zhou") == ""
    assert compare("Hu Jintao", "Hu Yao-pang") < DEFAULT_THRESHOLD
