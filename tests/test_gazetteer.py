"""Behaviour of lookup/search, on the fixture gazetteer and on the packaged default gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit_names
from translit_names import DEFAULT_THRESHOLD, Gazetteer, GazetteerError, TranslitNamesError

DATA = Path(__file__).parent / "data"


def _golden() -> list[tuple[str, str | None]]:
    rows = []
    for line in (DATA / "golden_lookup.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        query, expected = line.split("\t")
        rows.append((query, None if expected == "-" else expected))
    return rows


@pytest.mark.parametrize(("query", "expected"), _golden(), ids=str)
def test_golden_lookup_on_default_gazetteer(query: str, expected: str | None) -> None:
    match = translit_names.lookup(query)
    assert (match.id if match else None) == expected, translit_names.search(query, limit=3)


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "...", "\x00\x01", "‍"], ids=repr)
def test_blank_and_junk_queries_find_nothing(query: str) -> None:
    assert translit_names.lookup(query) is None
    assert translit_names.search(query) == []


def test_huge_query_is_a_clear_error() -> None:
    with pytest.raises(TranslitNamesError, match="limited"):
        translit_names.lookup("Lukashenko " * 500)


def test_non_string_query_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        translit_names.lookup(42)  # type: ignore[arg-type]


def test_unknown_type_is_a_clear_error() -> None:
    with pytest.raises(TranslitNamesError, match="unknown entity type"):
        translit_names.search("Minsk", type="planet")


def test_type_filter(fixture_gazetteer: Gazetteer) -> None:
    assert fixture_gazetteer.lookup("Belarus", type="person") is None
    match = fixture_gazetteer.lookup("Belarus", type="country")
    assert match is not None and match.id == "country:by"


def test_match_fields_and_explanation(fixture_gazetteer: Gazetteer) -> None:
    match = fixture_gazetteer.lookup("Tichanowskaja")
    assert match is not None
    assert match.id == "person:sviatlana-tsikhanouskaya"
    assert match.name == "Sviatlana Tsikhanouskaya"
    assert match.type == "person"
    assert DEFAULT_THRESHOLD <= match.score <= 1.0
    assert match.matched and match.matched in match.explain
    assert "margin" in match.explain or "no runner-up" in match.explain


def test_namesakes_of_equal_prominence_are_ambiguous(fixture_gazetteer: Gazetteer) -> None:
    assert fixture_gazetteer.lookup("Alexander Ivanov") is None
    ids = [m.id for m in fixture_gazetteer.search("Alexander Ivanov")[:2]]
    assert ids == ["person:alexander-ivanov", "person:alexander-ivanov-2"]


def test_user_csv_table_with_native_names(fixture_gazetteer: Gazetteer) -> None:
    for query in ("NATO", "OTAN", "НАТО", "North Atlantic Treaty Organization"):
        match = fixture_gazetteer.lookup(query)
        assert match is not None and match.id == "org:nato", query


def test_acronyms_do_not_fuzzy_match(fixture_gazetteer: Gazetteer) -> None:
    assert fixture_gazetteer.lookup("NATA") is None
    assert fixture_gazetteer.lookup("OTAM") is None


def test_layered_gazetteer_sees_both(fixture_gazetteer: Gazetteer, tmp_path: Path) -> None:
    extra = tmp_path / "extra.csv"
    extra.write_text("id,type,name,aliases\nplace:atlantis,place,Atlantis,Atlantida\n", encoding="utf-8")
    layered = Gazetteer.load(extra, base=fixture_gazetteer)
    try:
        hit = layered.lookup("Atlantida")
        assert hit is not None and hit.id == "place:atlantis"
        base_hit = layered.lookup("Tikhanovskaya")
        assert base_hit is not None and base_hit.id == "person:sviatlana-tsikhanouskaya"
        assert layered.get("person:sergei-tikhanovsky") is not None
        assert len(layered) == len(fixture_gazetteer) + 1
    finally:
        layered.close()


def test_iterating_entities(fixture_gazetteer: Gazetteer) -> None:
    entities = list(fixture_gazetteer)
    assert [e.id for e in entities] == sorted(e.id for e in entities)
    lukashenko = next(e for e in entities if e.id == "person:alexander-lukashenko")
    texts = {n.text for n in lukashenko.names}
    assert {"Alexander Lukashenko", "Александр Лукашенко", "Lukashenko"} <= texts
    assert any(n.tier == "generated" and n.scheme for n in lukashenko.names)


def test_loading_a_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no such file"):
        Gazetteer.load(tmp_path / "nope.yaml")


QUERIES = ["Tikhanovskaya", "Alexander Lukashenko", "Belarus", "NATO", "Michelle Bachelet", "Sergei Tikhanovsky"]


@pytest.mark.parametrize("query", QUERIES)
def test_case_accents_and_spacing_do_not_change_the_answer(fixture_gazetteer: Gazetteer, query: str) -> None:
    base = fixture_gazetteer.lookup(query)
    assert base is not None
    for variant in (query.upper(), query.lower(), f"  {query}  ", query.replace(" ", "   "), query.replace("a", "á")):
        other = fixture_gazetteer.lookup(variant)
        assert other is not None and other.id == base.id, variant


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_arbitrary_unicode_never_raises(fixture_gazetteer: Gazetteer, text: str) -> None:
    results = fixture_gazetteer.search(text)
    assert all(0.0 <= m.score <= 1.0 for m in results)
    assert [(-m.score, m.id) for m in results] == sorted((-m.score, m.id) for m in results)
    top = fixture_gazetteer.lookup(text)
    if top is not None:
        assert top == results[0]


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(QUERIES), st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=12))
def test_lookup_is_head_of_search(fixture_gazetteer: Gazetteer, query: str, noise: str) -> None:
    q = query + noise
    results = fixture_gazetteer.search(q)
    top = fixture_gazetteer.lookup(q)
    if top is not None:
        assert results and top.id == results[0].id and top.score >= DEFAULT_THRESHOLD
