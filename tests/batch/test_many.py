"""lookup_many and the column adapters: one answer per input row, in order, on the fixture gazetteer."""

from __future__ import annotations

import math

import pytest

from translit_names import Gazetteer, TranslitNamesError
from translit_names.batch import lookup_column, lookup_many

TSIKH = "person:sviatlana-tsikhanouskaya"
LUKA = "person:alexander-lukashenko"


def ids(answers: list) -> list:
    return [a.id if a is not None else None for a in answers]


def test_one_answer_per_input_in_order(fixture_gazetteer: Gazetteer) -> None:
    names = ["Tichanowskaya", None, "", "   ", "Alexander Lukashenko", 42, "Jonathan Whitfield", float("nan"), "Tichanowskaya"]
    got = ids(lookup_many(names, gazetteer=fixture_gazetteer))
    assert got == [TSIKH, None, None, None, LUKA, None, None, None, TSIKH]


def test_same_answers_as_a_loop_of_lookup(fixture_gazetteer: Gazetteer) -> None:
    names = ["Tichanowskaya", "Лукашенко", "Viktor Lukashenko", "Sergei Tikhanovsky", "Jonathan Whitfield"]
    assert lookup_many(names, gazetteer=fixture_gazetteer) == [fixture_gazetteer.lookup(n) for n in names]


def test_type_and_threshold_are_passed_on(fixture_gazetteer: Gazetteer) -> None:
    assert ids(lookup_many(["Tichanowskaya"], type="organisation", gazetteer=fixture_gazetteer)) == [None]
    assert ids(lookup_many(["Tichanowskaya"], threshold=1.0, gazetteer=fixture_gazetteer)) == [None]


@pytest.mark.parametrize("bad", [float("nan"), -1, 1.5, "0.8", True])
def test_bad_threshold_refused_up_front(bad: object, fixture_gazetteer: Gazetteer) -> None:
    with pytest.raises(TranslitNamesError, match="threshold"):
        lookup_many(["x"], threshold=bad, gazetteer=fixture_gazetteer)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [0, -2, 1.5, "2"])
def test_bad_workers_refused(bad: object, fixture_gazetteer: Gazetteer) -> None:
    with pytest.raises(TranslitNamesError, match="workers"):
        lookup_many(["x"], workers=bad, gazetteer=fixture_gazetteer)  # type: ignore[arg-type]


def test_unknown_type_and_errors_refused(fixture_gazetteer: Gazetteer) -> None:
    with pytest.raises(TranslitNamesError, match="entity type"):
        lookup_many(["x"], type="planet", gazetteer=fixture_gazetteer)
    with pytest.raises(TranslitNamesError, match="errors"):
        lookup_many(["x"], errors="replace", gazetteer=fixture_gazetteer)


def test_overlong_name_is_none_or_raises_when_strict(fixture_gazetteer: Gazetteer) -> None:
    huge = "Lukashenko " * 10_000
    assert lookup_many([huge, "Alexander Lukashenko"], gazetteer=fixture_gazetteer)[0] is None
    with pytest.raises(TranslitNamesError):
        lookup_many([huge], gazetteer=fixture_gazetteer, errors="strict")


def test_progress_counts_distinct_names(fixture_gazetteer: Gazetteer) -> None:
    seen: list[int] = []
    lookup_many(["a b", "a b", "Tichanowskaya", None], gazetteer=fixture_gazetteer, progress=seen.append)
    assert sum(seen) == 2


def test_workers_give_the_same_answers() -> None:
    # The packaged gazetteer, more distinct names than one chunk, two processes.
    names = [f"Name{i} Surname{i % 97}" for i in range(2500)] + ["Tichanowskaya", None, "Angela Merkel"]
    one = lookup_many(names)
    two = lookup_many(names, workers=2)
    assert one == two
    assert two[-3] is not None and two[-3].id == TSIKH and two[-2] is None


def test_pandas_column_keeps_index_and_nulls(fixture_gazetteer: Gazetteer) -> None:
    pd = pytest.importorskip("pandas")
    s = pd.Series(["Tichanowskaya", None, "Jonathan Whitfield"], index=[10, 20, 30])
    frame = lookup_column(s, gazetteer=fixture_gazetteer)
    assert list(frame.columns) == ["id", "name", "type", "score", "matched"]
    assert list(frame.index) == [10, 20, 30]
    assert frame.loc[10, "id"] == TSIKH and frame.loc[10, "type"] == "person"
    assert pd.isna(frame.loc[20, "id"]) and math.isnan(frame.loc[30, "score"])


def test_polars_and_arrow_columns(fixture_gazetteer: Gazetteer) -> None:
    pl = pytest.importorskip("polars")
    pa = pytest.importorskip("pyarrow")
    frame = lookup_column(pl.Series(["Tichanowskaya", None]), gazetteer=fixture_gazetteer)
    assert frame["id"].to_list() == [TSIKH, None]
    table = lookup_column(pa.chunked_array([["Alexander Lukashenko"], [None, "Tichanowskaya"]]), gazetteer=fixture_gazetteer)
    assert table.column("id").to_pylist() == [LUKA, None, TSIKH]
    assert table.schema.field("score").type == pa.float64()


def test_plain_iterable_gives_lists(fixture_gazetteer: Gazetteer) -> None:
    cols = lookup_column(iter(["Tichanowskaya", None]), gazetteer=fixture_gazetteer)
    assert cols["id"] == [TSIKH, None] and cols["matched"][1] is None
