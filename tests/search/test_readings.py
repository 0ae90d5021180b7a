"""Lookup through the Latin readings of names in Han, kana and Hangul, on the installed gazetteer (the
curated East Asian entities of gazetteer/people/east-asia.yaml and world.yaml)."""

from __future__ import annotations

import pytest

from translit_names import lookup


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("毛澤東", "person:mao-zedong"),  # traditional: read as pinyin, met by the index's pinyin of 毛泽东
        ("Teng Hsiao-p'ing", "person:deng-xiaoping"),  # Wade-Giles generated from the native name
        ("Deng Xiao Ping", "person:deng-xiaoping"),
        ("Maozedong", "person:mao-zedong"),
        ("Yi Myŏng-bak", "person:lee-myung-bak"),  # McCune-Reischauer generated from 이명박
        ("Kim Jong Un", "person:kim-jong-un"),
        ("こいずみじゅんいちろう", "person:junichiro-koizumi"),  # kana without a space, split by the curated reading
        ("安倍晉三", "person:shinzo-abe"),
        ("Koizumi Zyun'itirô", "person:junichiro-koizumi"),  # Kunrei
        ("Чжоу Эньлай", "person:zhou-enlai"),  # Palladius
    ],
    ids=str,
)
def test_found_through_generated_romanisations(query: str, expected: str) -> None:
    match = lookup(query)
    assert match is not None and match.id == expected


def test_a_reading_does_not_answer_an_importers_alternate_name() -> None:
    # 江青 (Jiang Qing) reads Chiang Ch'ing in Wade-Giles, an alternate name GeoNames gives the city Jijiang.
    assert lookup("江青") is None
