from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit_names import DEFAULT_THRESHOLD, compare

DATA = Path(__file__).parent.parent / "data"
CHAPLINSKY = json.loads((DATA / "ua-names" / "golden_chaplinsky.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("rendering", CHAPLINSKY[1:], ids=str)
def test_every_chaplinsky_rendering_is_the_same_name(rendering: str) -> None:
    assert compare(CHAPLINSKY[0], rendering) >= DEFAULT_THRESHOLD


SAME = [
    ("Tikhanovskaya", "Tsikhanouskaya"),
    ("Svetlana Tikhanovskaya", "Светлана Тихановская"),
    ("Lukashenko, Alexander", "Alexander Lukashenko"),
    ("A. Lukashenko", "Alexander Lukashenko"),
    ("Vladmir Putin", "Vladimir Putin"),
    ("Lukahsenko", "Lukashenko"),
    ("Mr Putin", "Путин"),
    ("Bachelet", "Belchett"),
]
DIFFERENT = [
    ("Sergei Tikhanovsky", "Sviatlana Tikhanovskaya"),
    ("Tikhanovsky", "Tikhanovskaya"),
    ("Viktor Lukashenko", "Alexander Lukashenko"),
    ("Ivanov", "Ivanova"),
    ("Minsk", "Pinsk"),
    ("EU", "UN"),
    ("Jonathan Whitfield", "Alexander Lukashenko"),
    ("Saturday", "Saratov"),
]


@pytest.mark.parametrize(("a", "b"), SAME, ids=str)
def test_same_names(a: str, b: str) -> None:
    assert compare(a, b) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=str)
def test_different_names(a: str, b: str) -> None:
    assert compare(a, b) < DEFAULT_THRESHOLD


names = st.text(min_size=0, max_size=40)


@given(names, names)
def test_compare_is_symmetric_and_bounded(a: str, b: str) -> None:
    ab, ba = compare(a, b), compare(b, a)
    assert ab == pytest.approx(ba)
    assert 0.0 <= ab <= 1.0


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=30))
def test_compare_identity(a: str) -> None:
    assert compare(a, a) == 1.0


@given(st.from_regex(r"[A-Z][a-z]{3,9} [A-Z][a-z]{4,12}", fullmatch=True))
def test_case_and_spacing_do_not_matter(name: str) -> None:
    assert compare(name, "  " + name.upper().replace(" ", "   ") + " ") == 1.0


def test_compare_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        compare("a", None)  # type: ignore[arg-type]
