"""Latin spellings of Arabic, Persian and Urdu names from different romanisation families are one name to
compare; names that differ stay apart."""

from __future__ import annotations

import pytest

from translit_names import DEFAULT_THRESHOLD, compare
from translit_names.lang.ar.engine import read_name
from translit_names.lang.ar.latin import arabic_key, canonical_latin

SAME = [
    ("Qasem Soleimani", "Ghassem Soleimani"),
    ("Qasem Soleimani", "Kassem Soleimani"),
    ("Oussama ben Laden", "Osama bin Laden"),
    ("Usama bin Ladin", "Osama bin Laden"),
    ("Abdel Fattah el-Sisi", "Abd al-Fattah al-Sisi"),
    ("Abdelfattah al-Sissi", "Abd al-Fattah al-Sisi"),
    ("Bachar al-Assad", "Bashar al-Assad"),
    ("Abou Bakr al-Baghdadi", "Abu Bakr el-Baghdadi"),
    ("Mohammed ibn Salman", "Mohammed bin Salman"),
    ("Abd Allah", "Abdullah"),
    ("Abdurrahman Wahid", "Abdul Rahman Wahid"),
]
DIFFERENT = [
    ("Bashar al-Assad", "Hafez al-Assad"),
    ("Osama bin Laden", "Hamza bin Laden"),
    ("Hassan Rouhani", "Hassan Nasrallah"),
    ("Abdullah II", "Abdullah"),  # a generation marker on one side
    ("Mohammed bin Salman", "Salman bin Abdulaziz"),
]


@pytest.mark.parametrize(("a", "b"), SAME, ids=str)
def test_families_agree(a: str, b: str) -> None:
    assert compare(a, b) >= DEFAULT_THRESHOLD
    assert canonical_latin(a, force=True) == canonical_latin(b, force=True)


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=str)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert compare(a, b) < DEFAULT_THRESHOLD


def test_names_with_nothing_arabic_are_left_alone() -> None:
    assert canonical_latin("Vladimir Putin") is None
    assert canonical_latin("Al Gore") is None
    assert canonical_latin("Владимир Путин") is None
    assert canonical_latin("") is None


def test_arabic_key() -> None:
    assert arabic_key("qasem") == arabic_key("ghassem") == arabic_key("kassim") == "kasim"
    assert arabic_key("oussama") == arabic_key("osama") == arabic_key("usama")
    assert arabic_key("hussein") == arabic_key("husayn")
    assert arabic_key("bachar") == arabic_key("bashar")


def test_reading_splits_article_particles_and_compounds() -> None:
    parts = read_name("عبدالله بن عبد العزيز آل سعود", "ar")
    assert [p.kind for p in parts][:4] == ["abd", "word", "nasab", "abd"]
    assert read_name("البغدادي", "ar")[0].article
    assert read_name("مُحَمَّد", "ar")[0].pivot == "muḥammad"  # from the harakat, shadda doubled
    assert read_name("بكر", "ar")[0].pivot == "bakr"  # by rule: a short a after the first consonant
