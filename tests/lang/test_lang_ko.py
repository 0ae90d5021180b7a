"""Korean pack: Hangul arithmetic, the official Revised Romanization examples, McCune-Reischauer, the DPRK
system and Kontsevich."""

from __future__ import annotations

import pytest

from translit_names.lang.ko import hangul
from translit_names.lang.ko.romanize import (
    customary_given,
    kontsevich,
    kontsevich_name,
    mccune,
    mccune_ascii,
    mccune_name,
    north_korean,
    revised,
    revised_name,
    split_name,
)


def test_decompose_is_the_unicode_arithmetic() -> None:
    # 한 = U+D55C: initial ㅎ (18), vowel ㅏ (0), final ㄴ (4)
    assert hangul.decompose("한") == (18, 0, 4)
    assert hangul.decompose("가") == (0, 0, 0)
    assert hangul.decompose("힣") == (18, 20, 27)


# Examples printed in the Revised Romanization notice (Ministry of Culture and Tourism, 2000-8).
RR_EXAMPLES = [
    ("구미", "Gumi"), ("영동", "Yeongdong"), ("백암", "Baegam"), ("옥천", "Okcheon"), ("합덕", "Hapdeok"),
    ("호법", "Hobeop"), ("월곶", "Wolgot"), ("한밭", "Hanbat"), ("구리", "Guri"), ("설악", "Seorak"),
    ("칠곡", "Chilgok"), ("임실", "Imsil"), ("울릉", "Ulleung"), ("대관령", "Daegwallyeong"), ("백마", "Baengma"),
    ("종로", "Jongno"), ("왕십리", "Wangsimni"), ("별내", "Byeollae"), ("신라", "Silla"), ("해돋이", "Haedoji"),
    ("같이", "Gachi"), ("좋고", "Joko"), ("묵호", "Mukho"), ("집현전", "Jiphyeonjeon"), ("부산", "Busan"),
    ("세종", "Sejong"),
]  # fmt: skip


@pytest.mark.parametrize(("hangul_text", "expected"), RR_EXAMPLES, ids=str)
def test_revised_romanization_official_examples(hangul_text: str, expected: str) -> None:
    assert revised(hangul_text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("한복남", "Han Bok-nam"), ("홍빛나", "Hong Bit-na"), ("김정은", "Gim Jeong-eun"), ("남궁민", "Namgung Min")],
)
def test_revised_personal_names_have_no_sound_changes(name: str, expected: str) -> None:
    assert revised_name(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("평양", "P'yŏngyang"), ("한글", "Han'gŭl"), ("부산", "Pusan"), ("대구", "Taegu"), ("인천", "Inch'ŏn"),
     ("광주", "Kwangju"), ("서울", "Sŏul"), ("독립문", "Tongnimmun"), ("신라", "Shilla")],
)  # fmt: skip
def test_mccune_reischauer(text: str, expected: str) -> None:
    assert mccune(text) == expected


def test_mccune_without_marks() -> None:
    assert mccune_ascii("평양") == "Pyongyang"
    assert mccune_ascii("한글") == "Hangul"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("이명박", "Yi Myŏng-bak"), ("김대중", "Kim Tae-jung"), ("박근혜", "Pak Kŭn-hye"), ("노무현", "No Mu-hyŏn")],
)
def test_mccune_names(name: str, expected: str) -> None:
    assert mccune_name(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    # As KCNA writes them.
    [("김정은", "Kim Jong Un"), ("최선희", "Choe Son Hui"), ("리용호", "Ri Yong Ho"), ("리설주", "Ri Sol Ju"),
     ("최룡해", "Choe Ryong Hae"), ("김여정", "Kim Yo Jong")],
)  # fmt: skip
def test_north_korean_spellings(name: str, expected: str) -> None:
    assert north_korean(name) == expected


def test_kontsevich() -> None:
    assert kontsevich("평양") == "Пхёнян"
    assert kontsevich("부산") == "Пусан"
    assert kontsevich_name("이명박") == "Ли Мёнбак"
    assert kontsevich_name("박근혜") == "Пак Кынхе"


def test_customary_given_names() -> None:
    assert "Myung-bak" in customary_given("명박")
    assert "Moo-hyun" in customary_given("무현")
    assert "Ki-moon" in customary_given("기문")
    assert "Suk-yeol" in customary_given("석열")
    assert customary_given("abc") == ()


def test_split_name() -> None:
    assert split_name("김정은") == ("김", "정은")
    assert split_name("남궁민") == ("남궁", "민")
    assert split_name("김") is None
    assert split_name("Kim") is None


def test_other_text_is_kept() -> None:
    assert revised("Seoul 서울 2024!") == "Seoul Seoul 2024!"
    assert revised("") == ""
    assert revised("ㄱㅏ") == "ㄱㅏ"  # compatibility jamo are not syllables
