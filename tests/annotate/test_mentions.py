"""annotate(): short texts written for these tests, in several languages."""

from __future__ import annotations

import pytest

import translit_names
from translit_names import Gazetteer


def spans(text: str, **kw: object) -> list[tuple[str, str]]:
    return [(m.text, m.id) for m in translit_names.annotate(text, **kw)]  # type: ignore[arg-type]


LUK = "person:alexander-lukashenko"
TSI = "person:sviatlana-tsikhanouskaya"
PUTIN = "person:vladimir-putin"


def test_english_possessive_typo_and_coreference() -> None:
    text = "Alexander Lukashenko met reporters. Lukashenko's aides said Tikhnovskaya had left."
    assert spans(text) == [("Alexander Lukashenko", LUK), ("Lukashenko", LUK), ("Tikhnovskaya", TSI)]


def test_longest_span_wins_and_titles_are_not_part_of_it() -> None:
    found = translit_names.annotate("Yesterday President Alexander Lukashenko spoke.")
    assert [(m.text, m.id) for m in found] == [("Alexander Lukashenko", LUK)]
    assert found[0].start == len("Yesterday President ")


def test_german_text() -> None:
    text = "Präsident Lukaschenko telefonierte mit Wladimir Putin, sagte Swetlana Tichanowskaja."
    assert spans(text) == [("Lukaschenko", LUK), ("Wladimir Putin", PUTIN), ("Swetlana Tichanowskaja", TSI)]


def test_french_text() -> None:
    assert spans("Selon Alexandre Loukachenko, Vladimir Poutine a promis son aide.") == [
        ("Alexandre Loukachenko", LUK),
        ("Vladimir Poutine", PUTIN),
    ]


def test_polish_inflection() -> None:
    assert spans("Zwolennicy Łukaszenki i Cichanouskiej wyszli na ulice.")[:2] == [("Łukaszenki", LUK), ("Cichanouskiej", TSI)]


def test_russian_inflection() -> None:
    assert spans("Тихановской позвонил Путин, а Лукашенко промолчал.") == [
        ("Тихановской", TSI),
        ("Путин", PUTIN),
        ("Лукашенко", LUK),
    ]


def test_acronyms() -> None:
    ids = [m.id for m in translit_names.annotate("The EU, NATO and the CSTO responded; ОДКБ и ООН тоже.")]
    assert ids == ["org:eu", "org:nato", "org:csto", "org:csto", "org:un"]


def test_relatives_are_kept_apart() -> None:
    text = "Viktor Lukashenko, the president's son, and Sergei Tikhanovsky were named."
    assert spans(text) == [("Viktor Lukashenko", "person:viktor-lukashenko"), ("Sergei Tikhanovsky", "person:sergei-tikhanovsky")]


def test_surname_links_to_the_relative_named_earlier() -> None:
    text = "Viktor Lukashenko arrived. Later Lukashenko left."
    assert spans(text) == [("Viktor Lukashenko", "person:viktor-lukashenko"), ("Lukashenko", "person:viktor-lukashenko")]


@pytest.mark.parametrize(
    "text",
    [
        "Saturday was quiet. Meanwhile nothing happened on Monday.",
        "Jonathan Whitfield, a teacher, spoke to Maria Smithers.",
        "Freedom and Security were the words of the day.",
    ],
)
def test_traps_give_no_mentions(text: str) -> None:
    assert translit_names.annotate(text) == []


def test_unknown_name_resembling_a_known_one() -> None:
    assert spans("Vladimir Putilin, a local farmer, spoke.") == []


def test_spans_do_not_overlap_and_are_ordered() -> None:
    text = "Lukashenko. Alexander Lukashenko, Lukashenka and Лукашенко; Putin and Putin."
    found = translit_names.annotate(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for m in found:
        assert text[m.start : m.end] == m.text


def test_type_filter_and_bad_type() -> None:
    text = "Lukashenko and NATO."
    assert [m.id for m in translit_names.annotate(text, types=["organisation"])] == ["org:nato"]
    with pytest.raises(translit_names.TranslitNamesError):
        translit_names.annotate(text, types=["planet"])


def test_fixture_gazetteer_annotate(fixture_gazetteer: Gazetteer) -> None:
    found = fixture_gazetteer.annotate("Michelle Belchett met Sergei Tikhanovsky.")
    assert [m.id for m in found] == ["person:michelle-bachelet", "person:sergei-tikhanovsky"]


def test_empty_and_odd_text() -> None:
    assert translit_names.annotate("") == []
    assert translit_names.annotate("\x00\x01 ... 12345") == []
    with pytest.raises(TypeError):
        translit_names.annotate(None)  # type: ignore[arg-type]


def test_names_with_initials() -> None:
    assert spans("Talks between A. Lukashenko and V. Putin ended.") == [
        ("A. Lukashenko", LUK),
        ("V. Putin", PUTIN),
    ]


def test_demonyms_have_their_own_kind() -> None:
    found = translit_names.annotate("The Belarusian opposition met Russian officials in Minsk.")
    assert [(m.text, m.id, m.kind) for m in found] == [
        ("Belarusian", "country:by", "demonym"),
        ("Russian", "country:ru", "demonym"),
        ("Minsk", "city:minsk-625144", "name"),
    ]


def test_persons_are_never_demonyms() -> None:
    # Surnames ending like demonyms (-sky, -an, -i) are names of persons: only a place's weak name is a demonym.
    found = translit_names.annotate("Zelensky met Erdoğan. Later Khamenei and Modi spoke of Belarusian farmers.")
    kinds = {m.text: (m.type, m.kind) for m in found}
    for name in ("Zelensky", "Erdoğan", "Khamenei", "Modi"):
        if name in kinds:
            assert kinds[name][1] == "name", kinds
    assert all(kind == "name" for type_, kind in kinds.values() if type_ == "person"), kinds
    assert ("country", "demonym") in kinds.values(), kinds


def test_invisible_characters_inside_a_name_in_text() -> None:
    text = "Yesterday Alexander Luka\u00adshenko and Pu\u200btin met."
    found = translit_names.annotate(text)
    assert [(m.text, m.id) for m in found] == [("Alexander Luka\u00adshenko", LUK), ("Pu\u200btin", PUTIN)]
