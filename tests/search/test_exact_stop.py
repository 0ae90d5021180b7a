"""Lookup's stop after an exact spelling (``variants_cannot_win``): in an index whose entities all have a low
prominence (FollowTheMoney imports: 10), an exact or key spelling ends the search as it does in the packaged
gazetteer, without changing any answer; in an index with prominent entities the de-inflection stage still runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from translit_names.search import rank
from translit_names import Gazetteer
from translit_names.build.streaming import build_file
from translit_names.score.params import EXACT_IS_ENOUGH
from translit_names.search.weights import variants_cannot_win

DATA = Path(__file__).resolve().parents[1] / "data"
FTM = DATA / "importers" / "ftm-sample.ftm.json"
FIXTURE = DATA / "fixture"

#: In the mypyc-compiled wheel the search's calls are bound at compile time and cannot be spied on; the pure-Python
#: suite (scripts/run_tests.sh runs both) checks which stages ran.
spied = pytest.mark.skipif(
    not str(rank.__file__).endswith(".py"), reason="search/rank.py is compiled: its calls cannot be spied on"
)


def test_the_bound_follows_the_highest_prominence() -> None:
    # Prior of prominence 10: 0.85 + 0.15 * 0.10 = 0.865; a variant scores at most 0.9 * 0.865 = 0.7785, plus the
    # margin 0.01.
    assert variants_cannot_win(10.0) == pytest.approx(0.7885)
    assert variants_cannot_win(0.0) == pytest.approx(0.775)
    # Where prominent entities can reach it, the stop stays the packaged gazetteer's.
    assert variants_cannot_win(97.0) == EXACT_IS_ENOUGH == variants_cannot_win(100.0)


@pytest.fixture(scope="module")
def ftm_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ftm") / "own.sqlite"
    build_file([FTM], out, workers=1)
    return out


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fixture") / "own.sqlite"
    build_file([FIXTURE], out, workers=1)
    return out


@pytest.fixture
def variant_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    calls: list[str] = []
    real = rank.query_variants

    def counted(name: str) -> list[str]:
        calls.append(name)
        return list(real(name))

    monkeypatch.setattr(rank, "query_variants", counted)
    yield calls


@spied
def test_an_exact_name_of_a_low_prominence_index_ends_the_search(ftm_index: Path, variant_calls: list[str]) -> None:
    gaz = Gazetteer(ftm_index)
    try:
        match = gaz.lookup("Vladimir Putin")
        assert match is not None and match.id == "ftm:Q7747"
        assert match.score < EXACT_IS_ENOUGH  # below the packaged stop: it used to run the de-inflection stage
        assert variant_calls == []
        # A name that is not in the index still goes through the de-inflection stage.
        gaz.lookup("Владимира Путина")
        assert variant_calls
    finally:
        gaz.close()


@spied
def test_an_exact_name_below_the_packaged_stop_still_tries_variants(fixture_index: Path, variant_calls: list[str]) -> None:
    gaz = Gazetteer(fixture_index)
    try:
        by_prominence = sorted(gaz, key=lambda e: e.prominence)
        weak, strong = by_prominence[0], by_prominence[-1]
        assert weak.prominence <= 30 and strong.prominence >= 95
        match = gaz.lookup(weak.name)
        assert match is not None and match.score < EXACT_IS_ENOUGH
        assert variant_calls  # an entity of prominence 95 in this index could answer a variant
    finally:
        gaz.close()


def _answers(index: Path, queries: list[str]) -> list[tuple[str, float] | None]:
    gaz = Gazetteer(index)
    try:
        return [None if (m := gaz.lookup(q)) is None else (m.id, round(m.score, 9)) for q in queries]
    finally:
        gaz.close()


def test_the_stop_changes_no_answer(ftm_index: Path, fixture_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for index in (ftm_index, fixture_index):
        gaz = Gazetteer(index)
        names = sorted({n.text for e in gaz for n in e.names})
        gaz.close()
        queries = names + [n.upper() for n in names] + ["Владимира Путина", "Путина", "Northwind Tradng LLC"]
        with_stop = _answers(index, queries)
        monkeypatch.setattr(rank, "variants_cannot_win", lambda _prominence: EXACT_IS_ENOUGH)
        without = _answers(index, queries)
        monkeypatch.undo()
        assert with_stop == without
        assert any(a is not None for a in with_stop)


def test_the_build_records_the_highest_prominence(ftm_index: Path, fixture_index: Path) -> None:
    # FollowTheMoney has no prominence: every imported entity gets 10; the fixture's most prominent entity has 95.
    streamed_ftm, streamed_fixture, in_memory = Gazetteer(ftm_index), Gazetteer(fixture_index), Gazetteer.load(FIXTURE)
    try:
        assert float(streamed_ftm.meta["max_prominence"]) == 10.0
        assert float(streamed_fixture.meta["max_prominence"]) == 95.0
        assert float(in_memory.meta["max_prominence"]) == 95.0
    finally:
        for gaz in (streamed_ftm, streamed_fixture, in_memory):
            gaz.close()
