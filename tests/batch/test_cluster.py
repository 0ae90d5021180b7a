"""cluster / group: labels per input, grouping of real spelling variants, no chaining, gazetteer links."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit_names import Gazetteer, TranslitNamesError
from translit_names.batch import cluster, group
from translit_names.batch.blocking import block_keys, candidate_pairs, name_keys


def same(labels: list[int], i: int, j: int) -> bool:
    return labels[i] == labels[j] and labels[i] >= 0


def test_variants_of_one_name_are_grouped_and_others_kept_apart() -> None:
    names = [
        "Vladimir Putin", "Wladimir Putin", "Владимир Путин", "Putin, Vladimir",  # one person
        "Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya",  # one person
        "Angela Merkel", "Angela Merkel",  # repeated
        "Jonathan Whitfield",
    ]
    labels = cluster(names)
    assert same(labels, 0, 1) and same(labels, 0, 2) and same(labels, 0, 3)
    assert same(labels, 4, 5) and same(labels, 6, 7)
    assert len({labels[0], labels[4], labels[6], labels[8]}) == 4


def test_labels_are_dense_in_order_of_first_appearance_and_blank_cells_are_minus_one() -> None:
    labels = cluster(["Angela Merkel", None, "", "Jonathan Whitfield", 7, "Angela Merkel"])
    assert labels == [0, -1, -1, 1, -1, 0]


def test_no_chaining_through_a_middle_name() -> None:
    # B is close to A and to C, but A and C clearly differ: C must not join A.
    a, b, c = "Sergei Ivanov", "Sergei Ivanovich", "Ivan Sergeyevich"
    from translit_names import compare

    labels = cluster([a, b, c])
    if compare(a, c) < 0.5:
        assert not same(labels, 0, 2)


def test_gazetteer_links_and_separates(fixture_gazetteer: Gazetteer) -> None:
    names = ["Tichanowskaya", "Svetlana Tikhanovskaya", "Sergei Tikhanovsky", "Jonathan Whitfield"]
    result = group(names, gazetteer=fixture_gazetteer)
    assert same(result.labels, 0, 1)
    assert not same(result.labels, 0, 2)
    assert result.entities[result.labels[0]] == "person:sviatlana-tsikhanouskaya"
    assert result.entities[result.labels[3]] is None
    assert "gazetteer" in result.reasons[0]


def test_bad_arguments() -> None:
    with pytest.raises(TranslitNamesError):
        cluster(["a"], threshold=2)
    with pytest.raises(TranslitNamesError):
        cluster(["a"], type="planet")


def test_block_keys_are_spelling_and_order_invariant() -> None:
    assert block_keys(name_keys("Lukashenko Alexander"))[0] == block_keys(name_keys("Alexander Lukaschenko"))[0]
    assert "j:" + "ksiinping".replace("ii", "i") in block_keys(name_keys("Xi Jin Ping"))
    assert block_keys(name_keys("")) == [] and block_keys(name_keys("!!")) == []


def test_blocking_grows_about_linearly() -> None:
    given_names = ["Anna", "Ivan", "Maria", "John", "Olga", "Peter", "Sara", "Omar", "Li", "Hans"]
    surnames = [f"{a}{b}" for a in ("Kor", "Bel", "Dan", "Mir", "Tal", "Vos", "Zel", "Rud") for b in ("ova", "ski", "enko", "berg", "man", "etti", "ez", "ic")]
    names = [f"{g} {s}{i}" for i in range(40) for g in given_names for s in surnames]
    small = sum(1 for _ in candidate_pairs(names[: len(names) // 4]))
    large = sum(1 for _ in candidate_pairs(names))
    assert large <= 6 * small  # 4x the names: well under the 16x of all-pairs


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=30)), max_size=12))
def test_any_input_gives_one_label_per_row(cells: list) -> None:
    labels = cluster(cells)
    assert len(labels) == len(cells)
    for cell, label in zip(cells, labels):
        assert (label == -1) == (not (isinstance(cell, str) and cell.strip()))
    # Identical cells always share a label.
    for i, x in enumerate(cells):
        for j, y in enumerate(cells):
            if x == y and labels[i] >= 0:
                assert labels[i] == labels[j]
