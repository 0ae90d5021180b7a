"""The parts of names read from the language packs (issue 15): rules, numbers, token shapes, person and
organisation parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from translit_names import normalize
from translit_names.lang import PackError, Registry
from translit_names.names.tokens import tokenize
from translit_names.names.numbers import read_numbers
from translit_names.names.orgs import org_parts
from translit_names.names.parts import person_parts
from translit_names.names.rules import load, rules
from translit_names.names.shape import fix_digits, merge_joined


def test_rules_come_from_every_pack() -> None:
    r = rules()
    assert r.legal_forms[("ооо",)] == frozenset({"LLC"})
    assert r.legal_forms[("aktiengesellschaft",)] == frozenset({"AG"})
    assert r.legal_forms[("sp", "z", "o", "o")] == frozenset({"Sp. z o.o."})
    assert "holding" in r.generic and "holding" in r.optional and "of" in r.of_words
    assert r.person_words["bin"] == "nasab" and r.person_words["oglu"] == "patronymic-marker"
    assert r.patronymic.search("ivanovich") and r.patronymic.search("сергеевна") and not r.patronymic.search("petrov")
    assert "Aleksandr" in r.nicknames["sasa"]


def test_a_malformed_pack_file_is_a_clear_error(tmp_path: Path) -> None:
    pack = tmp_path / "qtz"
    pack.mkdir()
    (pack / "pack.json").write_text('{"code": "qtz", "name": "Test", "data": {"legal_forms": "legal-forms.tsv"}}')
    (pack / "legal-forms.tsv").write_text("# header\nGmbH\n", encoding="utf-8")
    with pytest.raises(PackError, match="expected 3 tab-separated fields"):
        load(Registry(tmp_path).packs())
    (pack / "legal-forms.tsv").write_text("# header\nGmbH\tGmbH\tDE\n", encoding="utf-8")
    assert load(Registry(tmp_path).packs()).legal_forms == {("gmbh",): frozenset({"GmbH"})}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("25th Brigade", ["25", "brigade"]),
        ("Twenty-Fifth Brigade", ["25", "brigade"]),
        ("двадцать пятая бригада", ["25", "бригада"]),
        ("25-я бригада", ["25", "бригада"]),
        ("93-тя окрема бригада", ["93", "окрема", "бригада"]),
        ("one hundred twenty", ["120"]),
        ("Route 66 A", ["route", "66", "a"]),
    ],
    ids=str,
)
def test_numbers(text: str, expected: list[str]) -> None:
    assert read_numbers(normalize(text).split()) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("V1ktor 0rban", "Viktor orban"), ("Put1n", "Putin"), ("25th", "25th"), ("COVID19", "COVID19"), ("B52", "B52"), ("4ever", "4ever"), ("Canal+", "Canal Plus")],
)
def test_fix_digits(text: str, expected: str) -> None:
    assert fix_digits(text) == expected


def test_merge_joined() -> None:
    a, b = merge_joined(tokenize("KimJongUn"), tokenize("Kim Jong Un"))
    assert [t.norm for t in a] == [t.norm for t in b] == ["kimjongun"]
    a, b = merge_joined(tokenize("Elizabeth the Second"), tokenize("Elizabeth II"))
    assert [t.norm for t in a] == ["elizabeth", "the", "second"]  # a key spelled by more letters is not merged
    a, b = merge_joined(tokenize("G. W. Bush"), tokenize("Gw Bush"))
    assert len(a) == 3  # single letters are never joined


def test_person_parts() -> None:
    p = person_parts(tokenize("Sheikh Hamad bin Khalifa Al Thani"))
    assert [t.norm for t in p.tokens] == ["hamad", "khalifa", "thani"]
    assert p.roles == ("name", "name", "family") and p.nasab and p.ism and p.chain == (0, 1)
    p = person_parts(tokenize("Ilham Heydar oglu Aliyev"))
    assert p.roles == ("name", "patronymic", "name")
    assert person_parts(tokenize("bin Laden")).ism is False
    assert [t.norm for t in person_parts(tokenize("Al Gore")).tokens] == ["al", "gore"]  # "Al" first is a name
    assert [t.norm for t in person_parts(tokenize("Abdel Aziz Bouteflika")).tokens] == ["abdaziz", "bouteflika"]


def test_org_parts() -> None:
    o = org_parts(tokenize("ПАО НК «Роснефть»"))
    assert o.legal == ("пао",) and o.legal_equivalents == frozenset({"PJSC"})
    assert [(t.norm, k) for t, k in zip(o.tokens, o.kinds)] == [("нк", "optional"), ("роснефть", "distinctive")]
    o = org_parts(tokenize("Sberbank of Russia PJSC"))
    assert [(t.norm, k) for t, k in zip(o.tokens, o.kinds)] == [("sberbank", "distinctive"), ("russia", "qualifier")]
    o = org_parts(tokenize("Samsung Electronics Co., Ltd."))
    assert [t.norm for t in o.tokens] == ["samsung", "electronics"] and len(o.legal) == 2
    assert [t.norm for t in org_parts(tokenize("AG")).tokens] == ["ag"]  # a legal form alone is the name
    assert org_parts(tokenize("CIJ")).tokens[0].all_caps  # acronyms keep their capitals
