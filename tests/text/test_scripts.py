"""Scripts by the Unicode Script property (text/scripts.py and its generated table)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit_names.text.scripts import script_extensions, script_of, script_ranges, scripts_of, word_script


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("a", "Latn"), ("Ł", "Latn"), ("ж", "Cyrl"), ("ґ", "Cyrl"), ("Ω", "Grek"), ("한", "Hang"), ("東", "Hani"),
        ("の", "Hira"), ("カ", "Kana"), ("ש", "Hebr"), ("ب", "Arab"), ("ა", "Geor"), ("Ա", "Armn"), ("क", "Deva"),
        ("ก", "Thai"), ("7", "Zyyy"), (" ", "Zyyy"), ("\u0301", "Zinh"), ("\U000e0fff", "Zzzz"),
    ],
)  # fmt: skip
def test_script_of_a_character(char: str, script: str) -> None:
    assert script_of(char) == script


def test_script_of_a_word() -> None:
    assert word_script("Łukaszenka") == "Latn"
    assert word_script("Лукашэнка") == "Cyrl"
    assert word_script("東京") == "Hani"
    assert word_script("Ли-2") == "Cyrl"  # digits and punctuation are Common
    assert word_script("Kанадец") == "mixed"  # a Latin K in a Cyrillic word
    assert word_script("123") == "Zyyy"
    assert scripts_of("とうきょう東京") == {"Hira", "Hani"}


def test_ranges_cover_the_cyrillic_block() -> None:
    assert any(a <= 0x0416 <= b for a, b in script_ranges("Cyrl"))
    assert not any(a <= ord("a") <= b for a, b in script_ranges("Cyrl"))


@given(st.text(max_size=30))
def test_any_text_has_a_script_and_never_raises(text: str) -> None:
    assert isinstance(word_script(text), str)
    assert all(len(script_of(c)) == 4 for c in text)


@pytest.mark.parametrize(
    ("char", "used_by"),
    [
        ("ー", {"Hira", "Kana"}),  # the katakana long-vowel mark is Common, used by kana only
        ("\u0640", {"Adlm", "Arab", "Mand", "Mani", "Ougr", "Phlp", "Rohg", "Sogd", "Syrc"}),  # tatweel
        ("ア", {"Kana"}),  # a character of one script: that script
        ("7", {"Zyyy"}),  # Common and used by every script
        (",", {"Zyyy"}),
    ],
)
def test_script_extensions(char: str, used_by: set[str]) -> None:
    assert script_extensions(char) == used_by


def test_the_learned_models_read_scripts_by_the_property() -> None:
    from translit_names.score.crossscript.romanize import script_of as model_of

    assert [model_of(c) for c in "東の카ーשب"] == ["Hani", "Kana", "Hang", "Kana", "Hebr", "Arab"]
    assert model_of("・") == "Kana"  # the middle dot of katakana names (Common: Hani, Hang, Kana ...)
    assert model_of("\uff76") == "Kana"  # halfwidth katakana: Katakana by the property
    assert model_of("a") is None and model_of("ж") is None and model_of("-") is None
