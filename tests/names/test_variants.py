"""Query cleaning and de-inflection, driven by the language packs' data."""

from __future__ import annotations

from translit_names.names.variants import clean_query, inflections, query_variants, titles


def test_titles_of_every_pack_are_dropped() -> None:
    assert clean_query("Mr Putin") == "Putin"
    assert clean_query("Präsident Lukaschenko") == "Lukaschenko"
    assert clean_query("Господин Путин") == "Путин"
    assert clean_query("Спадар Лукашэнка") == "Лукашэнка"
    assert clean_query("President") == "President"  # at least one word stays
    assert {"mr", "herr", "пан"} <= titles()


def test_possessives_of_every_pack_are_dropped() -> None:
    assert clean_query("Lukashenko's") == "Lukashenko"
    assert clean_query("Erdoğan'ın") == "Erdoğan"
    assert clean_query("Chaplyns'kyi") == "Chaplyns'kyi"  # an apostrophe inside a word stays


def test_case_endings_give_nominative_variants() -> None:
    assert ("ской", ("ская",)) in inflections()
    assert "Путин" in query_variants("Путина")
    assert "Andrzej Duda" in query_variants("Andrzeja Dudy")
