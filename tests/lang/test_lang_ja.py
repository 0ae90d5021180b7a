"""Japanese pack: kana in Hepburn (every long-vowel spelling), Kunrei-shiki and Polivanov; curated kanji."""

from __future__ import annotations

import pytest

from translit_names.lang.ja.romanize import (
    hepburn,
    hepburn_oo,
    hepburn_passport,
    hepburn_simple,
    kanji_reading,
    kunrei,
    polivanov,
    wapuro,
)

LONG_VOWELS = [
    # kana, hepburn, simple, passport, oo, wapuro, kunrei
    ("とうきょう", "Tōkyō", "Tokyo", "Tohkyoh", "Tookyoo", "Toukyou", "Tôkyô"),
    ("おおの", "Ōno", "Ono", "Ohno", "Oono", "Oono", "Ôno"),
    ("ゆうこ", "Yūko", "Yuko", "Yuko", "Yuuko", "Yuuko", "Yûko"),
    ("コーヒー", "Kōhī", "Kohi", "Kohhi", "Koohii", "Koohii", "Kôhî"),
]


@pytest.mark.parametrize("row", LONG_VOWELS, ids=lambda r: r[0])
def test_long_vowel_spellings(row: tuple[str, ...]) -> None:
    kana, *expected = row
    assert [hepburn(kana), hepburn_simple(kana), hepburn_passport(kana), hepburn_oo(kana), wapuro(kana), kunrei(kana)] == expected


@pytest.mark.parametrize(
    ("kana", "expected"),
    [("しんいち", "Shin'ichi"), ("きっぷ", "Kippu"), ("まっちゃ", "Matcha"), ("しんばし", "Shinbashi"),
     ("ちず", "Chizu"), ("つなみ", "Tsunami"), ("ふじ", "Fuji"), ("じゃ", "Ja"), ("を", "O"), ("ファン", "Fan"),
     ("ティー", "Tī")],
)  # fmt: skip
def test_hepburn(kana: str, expected: str) -> None:
    assert hepburn(kana) == expected


def test_passport_writes_m_before_b_m_p() -> None:
    assert hepburn_passport("しんばし") == "Shimbashi"
    assert hepburn_passport("ほんま") == "Homma"


@pytest.mark.parametrize(("kana", "expected"), [("しんいち", "Sin'iti"), ("ちず", "Tizu"), ("ふじ", "Huzi"), ("しゃ", "Sya"), ("つ", "Tu")])
def test_kunrei(kana: str, expected: str) -> None:
    assert kunrei(kana) == expected


@pytest.mark.parametrize(
    ("kana", "expected"),
    [("しんぞう", "Синдзо"), ("ほっかいどう", "Хоккайдо"), ("こいずみ", "Коидзуми"), ("ぐんま", "Гумма"),
     ("しんいち", "Синъити"), ("きょうと", "Кёто"), ("つなみ", "Цунами")],
)  # fmt: skip
def test_polivanov(kana: str, expected: str) -> None:
    assert polivanov(kana) == expected


def test_curated_kanji_names_either_order() -> None:
    assert hepburn("小泉純一郎") == "Koizumi Jun'ichirō"
    assert hepburn_simple("安倍晋三") == "Abe Shinzo"
    assert kanji_reading("菅義偉") == "すが よしひで"
    assert kanji_reading("菅直人") == "かん なおと"
    # A name not in the table is kept, never guessed.
    assert hepburn("山田花子") == "山田花子"
    assert kanji_reading("山田花子") is None
