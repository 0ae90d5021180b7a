"""The East Asian packs' index schemes (lang/cjk.py and lang/<code>/index.py), the readings' choice of pack for
Han, kana and Hangul, and the Japanese kana name split. Expected spellings are the standard romanisations of
these names (pinyin, Wade-Giles, Revised Romanization, McCune-Reischauer, the DPRK system, Hepburn)."""

from __future__ import annotations

import pytest

import translit_names
from translit_names import lang
from translit_names.lang.cjk import indexable
from translit_names.lang.ja.romanize import hepburn, kanji_reading, split_kana_name
from translit_names.lang.readings import guess_language, latin_readings


@pytest.mark.parametrize(
    ("native", "spelling", "kept"),
    [
        ("习近平", "Xi Jinping", True),
        ("王毅", "Wang I", False),  # a one-letter word reads as an initial
        ("이명박", "I Myeong-bak", False),
        ("京都", "Kyoto", False),  # one word under 6 letters
        ("北京", "Beijing", True),
        ("唐纳德·特朗普", "Tang Nade·Te Langpu", False),  # a foreign name transcribed, with a middle dot
        ("ドナルド・トランプ", "Donarudo Toranpu", False),
        ("東京", "東京", False),  # not read at all
        ("", "", False),
    ],
    ids=str,
)
def test_indexable(native: str, spelling: str, kept: bool) -> None:
    assert indexable(native, spelling) == (spelling if kept else "")


@pytest.mark.parametrize(
    ("code", "native", "scheme", "spelling"),
    [
        ("zh", "习近平", "index_pinyin_name", "Xi Jinping"),
        ("zh", "习近平", "index_pinyin", "Xijinping"),
        ("zh", "习近平", "index_pinyin_spaced", "Xi Jin Ping"),
        ("zh", "邓小平", "index_wade_giles_name", "Teng Hsiao-p'ing"),
        ("zh", "邓小平", "index_wade_giles_name_ascii", "Teng Hsiao-ping"),
        ("zh", "周恩来", "index_palladius_name", "Чжоу Эньлай"),
        ("zh", "鄧小平", "index_simplified", "邓小平"),
        ("zh", "邓小平", "index_simplified", ""),  # already simplified: nothing new
        ("zh", "王毅", "index_wade_giles_name", ""),  # Wang I
        ("ko", "김정은", "index_nk", "Kim Jong Un"),
        ("ko", "김정은", "index_rr_name", "Gim Jeong-eun"),
        ("ko", "김정은", "index_rr_name_joined", "Gim Jeongeun"),
        ("ko", "이명박", "index_mr_name", "Yi Myŏng-bak"),
        ("ko", "이명박", "index_rr_name", ""),  # I Myeong-bak
        ("ko", "尹錫悅", "index_simplified", "尹锡悦"),
        ("ja", "小泉純一郎", "index_hepburn", "Koizumi Jun'ichirō"),
        ("ja", "小泉純一郎", "index_hepburn_simple", "Koizumi Junichiro"),
        ("ja", "小泉純一郎", "index_kunrei", "Koizumi Zyun'itirô"),
        ("ja", "東京", "index_hepburn", ""),  # a kanji name without a curated reading
    ],
    ids=str,
)
def test_index_schemes(code: str, native: str, scheme: str, spelling: str) -> None:
    assert lang.get(code).romanize(native, scheme) == spelling


def test_index_schemes_are_callable_but_not_listed() -> None:
    for code in ("zh", "ja", "ko"):
        assert not [s for s in translit_names.schemes(code) if s.startswith("index_")]
        assert [s for s in lang.get(code).index_schemes if not s.startswith("index_")] == []
    assert translit_names.transliterate("北京", lang="zh", scheme="index_pinyin") == "Beijing"
    assert "index_pinyin" not in translit_names.romanize("北京", lang="zh")
    assert translit_names.romanize("北京", lang="zh")["wade_giles"] == "Pei-ching"


@pytest.mark.parametrize(
    ("text", "code"),
    [("習近平", "zh"), ("北京", "zh"), ("こいずみじゅんいちろう", "ja"), ("小泉じゅんいちろう", "ja"), ("ムン・ジェイン", "ja"), ("이명박", "ko")],
    ids=str,
)
def test_guess_language(text: str, code: str) -> None:
    assert guess_language(text) == code


def test_han_readings_start_with_pinyin_and_include_a_curated_japanese_reading() -> None:
    assert latin_readings("毛澤東", fallback=False)[:2] == ("Maozedong", "Mao Zedong")
    assert "Koizumi Jun'ichiro" in latin_readings("小泉純一郎", fallback=False)


@pytest.mark.parametrize(
    ("kana", "split"),
    [("こいずみじゅんいちろう", "こいずみ じゅんいちろう"), ("あべしんぞう", "あべ しんぞう"), ("あべ", "あべ"), ("とうきょう", "とうきょう")],
    ids=str,
)
def test_split_kana_name(kana: str, split: str) -> None:
    assert split_kana_name(kana) == split


def test_kanji_reading_of_a_traditional_form() -> None:
    assert kanji_reading("安倍晉三") == kanji_reading("安倍晋三") == "あべ しんぞう"
    assert hepburn("あべしんぞう") == "Abe Shinzō"


def test_cli_romanize_with_a_named_scheme() -> None:
    import json

    from click.testing import CliRunner

    from translit_names.cli import main

    result = CliRunner().invoke(main, ["romanize", "周恩来", "--lang", "zh", "--scheme", "wade_giles_name"])
    assert result.exit_code == 0 and "Chou En-lai" in result.output
    result = CliRunner().invoke(main, ["romanize", "김정은", "--lang", "ko", "--json"])
    every = json.loads(result.output)
    assert every["nk"] == "Kim Jong Un" and every["mr_name"] == "Kim Chŏng-ŭn" and not any(k.startswith("index_") for k in every)
    result = CliRunner().invoke(main, ["romanize", "とうきょう", "--lang", "ja", "--scheme", "nope"])
    assert result.exit_code != 0 and "Traceback" not in result.output
