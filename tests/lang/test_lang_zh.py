"""Chinese pack: pinyin with surname readings, Wade-Giles and Palladius syllable tables, simplified forms."""

from __future__ import annotations

import pytest

from translit_names.lang.zh import syllables
from translit_names.lang.zh.romanize import (
    customary,
    palladius_name,
    pinyin,
    pinyin_name,
    simplified,
    wade_giles,
    wade_giles_name,
    wade_giles_name_ascii,
)

# Pinyin -> Wade-Giles, as in the Library of Congress conversion tables.
WADE_GILES = [
    ("zhi", "chih"), ("chi", "ch'ih"), ("shi", "shih"), ("ri", "jih"), ("zi", "tzu"), ("ci", "tz'u"), ("si", "ssu"),
    ("xue", "hsüeh"), ("jue", "chüeh"), ("yue", "yüeh"), ("lüe", "lüeh"), ("guo", "kuo"), ("luo", "lo"),
    ("zhuo", "cho"), ("hui", "hui"), ("gui", "kuei"), ("you", "yu"), ("yan", "yen"), ("ye", "yeh"), ("er", "erh"),
    ("wen", "wen"), ("yong", "yung"), ("jiong", "chiung"), ("rong", "jung"), ("qu", "ch'ü"), ("xi", "hsi"),
    ("zhou", "chou"), ("zong", "tsung"), ("cao", "ts'ao"), ("ke", "k'o"), ("de", "te"), ("bian", "pien"),
    ("nü", "nü"), ("yu", "yü"), ("juan", "chüan"), ("yun", "yün"), ("kuo", "k'uo"),
]  # fmt: skip


@pytest.mark.parametrize(("py", "wg"), WADE_GILES, ids=str)
def test_wade_giles_syllables(py: str, wg: str) -> None:
    assert syllables.wade_giles(py) == wg


PALLADIUS = [
    ("zhou", "чжоу"), ("en", "энь"), ("lai", "лай"), ("xi", "си"), ("jin", "цзинь"), ("ping", "пин"), ("zi", "цзы"),
    ("si", "сы"), ("ci", "цы"), ("hui", "хуэй"), ("gui", "гуй"), ("yu", "юй"), ("yue", "юэ"), ("yuan", "юань"),
    ("lü", "люй"), ("wei", "вэй"), ("wen", "вэнь"), ("you", "ю"), ("ye", "е"), ("yi", "и"), ("zhi", "чжи"),
    ("ri", "жи"), ("qiang", "цян"), ("xiong", "сюн"), ("guo", "го"), ("er", "эр"),
]  # fmt: skip


@pytest.mark.parametrize(("py", "cyr"), PALLADIUS, ids=str)
def test_palladius_syllables(py: str, cyr: str) -> None:
    assert syllables.palladius(py) == cyr


@pytest.mark.parametrize(
    ("han", "expected"),
    [("周恩来", "Zhou Enlai"), ("周恩來", "Zhou Enlai"), ("曾庆红", "Zeng Qinghong"), ("单田芳", "Shan Tianfang"),
     ("解振华", "Xie Zhenhua"), ("仇和", "Qiu He"), ("区志航", "Ou Zhihang"), ("欧阳修", "Ouyang Xiu"),
     ("司马光", "Sima Guang"), ("诸葛亮", "Zhuge Liang"), ("薄熙来", "Bo Xilai"), ("习近平", "Xi Jinping")],
)  # fmt: skip
def test_pinyin_names_with_surname_readings(han: str, expected: str) -> None:
    assert pinyin_name(han) == expected


@pytest.mark.parametrize(("han", "expected"), [("北京", "Beijing"), ("重庆", "Chongqing"), ("西安", "Xi'an"), ("天安门", "Tian'anmen")])
def test_pinyin_places(han: str, expected: str) -> None:
    assert pinyin(han) == expected


def test_wade_giles_names() -> None:
    assert wade_giles_name("周恩来") == "Chou En-lai"
    assert wade_giles_name("毛泽东") == "Mao Tse-tung"
    assert wade_giles_name("邓小平") == "Teng Hsiao-p'ing"
    assert wade_giles_name_ascii("邓小平") == "Teng Hsiao-ping"
    assert wade_giles("北京") == "Pei-ching"


@pytest.mark.parametrize(
    ("han", "expected"),
    [("周恩来", "Чжоу Эньлай"), ("毛泽东", "Мао Цзэдун"), ("邓小平", "Дэн Сяопин"), ("习近平", "Си Цзиньпин"),
     ("胡锦涛", "Ху Цзиньтао"), ("温家宝", "Вэнь Цзябао"), ("李克强", "Ли Кэцян"), ("江泽民", "Цзян Цзэминь")],
)  # fmt: skip
def test_palladius_names(han: str, expected: str) -> None:
    assert palladius_name(han) == expected


def test_simplified() -> None:
    assert simplified("習近平") == "习近平"
    assert simplified("毛澤東") == "毛泽东"
    assert simplified("Xi 習") == "Xi 习"


def test_customary_spellings() -> None:
    assert customary("蔣介石") == ("Chiang Kai-shek",)
    assert customary("蒋介石") == ("Chiang Kai-shek",)
    assert customary("周恩来") == ()
