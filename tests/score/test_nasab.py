"""A name that is another full name with a word put before it names a child of that person (issue #14 traps)."""

from __future__ import annotations

import pytest

from translit_names.score.nasab import son_of


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Uday Saddam Hussein", "Saddam Hussein"),
        ("عدي صدام حسين", "Saddam Hussein"),  # Uday, son of Saddam Hussein, in Arabic against the father in Latin
        ("بشار حافظ الأسد", "Hafez al-Assad"),  # Bashar, son of Hafez al-Assad
    ],
    ids=str,
)
def test_a_name_before_a_full_name_is_a_child(name: str, other: str) -> None:
    assert son_of(name, other)


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Bashar Hafez al-Assad", "Bashar al-Assad"),  # the father's name inside: the same man
        ("بشار حافظ الأسد", "Bashar al-Assad"),
        ("Saddam Hussein", "Saddam Hussein"),  # the same length
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan"),
        ("Hussein", "Saddam Hussein"),  # shorter
        ("Ali Hussein", "Hussein"),  # a one-word name says nothing of parents
    ],
    ids=str,
)
def test_other_names_are_not_a_child(name: str, other: str) -> None:
    assert not son_of(name, other)
