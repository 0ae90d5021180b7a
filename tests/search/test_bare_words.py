"""Bare words (issue 12, item 5): a given name, a common surname, a code or a nonsense word finds nothing, or
for a famous surname the clearly dominant person; the precision rules are general (docs/matching.md, "Bare
words"), and these are the examples the issue reported."""

from __future__ import annotations

import pytest

import translit_names
from translit_names import Gazetteer


@pytest.mark.parametrize("word", ["Bush", "Yulia", "Joe", "Slobodan", "Wang", "Li", "Ivanov", "Kim", "Anna", "Juan", "Hans"])
def test_issue_bare_words_find_nothing(word: str) -> None:
    assert translit_names.lookup(word) is None, translit_names.search(word, limit=3)


def test_a_famous_surname_still_finds_its_dominant_person() -> None:
    for word, expected in (("Putin", "person:vladimir-putin"), ("Lukashenko", "person:alexander-lukashenko")):
        match = translit_names.lookup(word)
        assert match is not None and match.id == expected


def test_codes_answer_only_exactly_and_only_for_their_type() -> None:
    assert translit_names.lookup("MSQ") is None
    assert translit_names.lookup("NYC") is None
    match = translit_names.lookup("MSQ", type="city")
    assert match is not None and match.id == "city:minsk-625144"


def test_a_surname_ending_in_vich_is_not_a_patronymic_in_a_two_word_name() -> None:
    assert translit_names.compare("Roman", "Roman Abramovich") < 0.6
    assert translit_names.compare("Slobodan", "Slobodan Milošević") < 0.7
    # In patronymic position it still weighs little.
    assert translit_names.compare("Vladimir Putin", "Vladimir Vladimirovich Putin") >= translit_names.DEFAULT_THRESHOLD


def test_a_given_name_alone_never_resolves_a_person(fixture_gazetteer: Gazetteer) -> None:
    for word in ("Alexander", "Sviatlana", "Viktor"):
        assert fixture_gazetteer.lookup(word) is None
    hit = fixture_gazetteer.lookup("Sviatlana Tsikhanouskaya")
    assert hit is not None and hit.id == "person:sviatlana-tsikhanouskaya"


def test_a_withheld_town_is_not_replaced_by_a_weaker_candidate() -> None:
    # Spelled (or keyed) like a little-known town (Lucca, Crema), whose own names do not answer a bare word: no
    # de-inflected variant or near miss of another entity answers instead.
    for word in ("Лукка", "Кррема"):
        assert translit_names.lookup(word) is None, translit_names.search(word, limit=3)
    match = translit_names.lookup("Лукка", type="city")
    assert match is not None and match.id == "city:lucca-3174530"
