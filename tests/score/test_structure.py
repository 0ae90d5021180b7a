"""Name structure in compare (issue 15): what a difference in each part of a person's or organisation's name
means, with the examples of the issue, explanations, and property tests of the rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit_names
from translit_names import DEFAULT_THRESHOLD, Comparison, TranslitNamesError, compare, compare_explain
from translit_names.score.compare import compare as word_compare
from translit_names.names.rules import rules

T = DEFAULT_THRESHOLD


# -- the examples of the issue ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, type_",
    [
        ("Ivan Ivanovich Petrov", "Ivan Sergeyevich Petrov", None),
        ("Ivan Ivanovich Petrov", "Ivan Sergeyevich Petrov", "person"),
        ("Hamad bin Khalifa", "Khalifa bin Hamad", None),
        ("Abdullah bin Zayed", "Zayed bin Abdullah", None),
        ("Hamad bin Khalifa Al Thani", "Tamim bin Hamad Al Thani", None),
        ("Mohammed bin Rashid Al Maktoum", "Mohammed bin Zayed Al Nahyan", None),
        ("Tamim bin Hamad", "Jassim bin Hamad", "person"),
        ("Gazprom Neft", "Gazprom", "organisation"),
        ("Management Holding", "Westfield Management Holding", None),
        ("25th Brigade", "24th Brigade", None),
        ("Ирина Сергеевна Иванова", "Ирина Петровна Иванова", None),
        ("Аляксандр Іванавіч Новік", "Аляксандр Пятровіч Новік", "person"),
        ("George P. Bush", "George W. Bush", "person"),
        ("Volkswagen AG", "Volkswagen Bank GmbH", "organisation"),
        ("Social Democratic Party of Germany", "Social Democratic Party of Austria", "organisation"),
        ("1st Guards Tank Army", "2nd Guards Tank Army", "organisation"),
        ("Channel One Russia", "Channel Five Russia", "organisation"),
        ("OTP Bank", "OTP Bank Ukraine", "organisation"),
        ("Osama bin Laden", "Hamza bin Laden", None),
        ("Zayed bin Sultan", "Saeed bin Sultan", None),
        ("Зеленський", "Зеленська", None),
        ("Abu Bakr al-Baghdadi", "Abu Omar al-Baghdadi", "person"),
        ("World Health Organization", "World Trade Organization", "organisation"),
    ],
    ids=str,
)
def test_different(a: str, b: str, type_: str | None) -> None:
    assert compare(a, b, type=type_) < T
    assert compare(b, a, type=type_) < T


@pytest.mark.parametrize(
    "a, b, type_",
    [
        ("Volkswagen AG", "Volkswagen Aktiengesellschaft", None),
        ("PAO Sberbank", "Sberbank of Russia PJSC", None),
        ("Rosneft PJSC", "ПАО НК Роснефть", None),
        ("25th Brigade", "Twenty-Fifth Brigade", None),
        ("25-я бригада", "двадцать пятая бригада", None),
        ("KimJongUn", "Kim Jong Un", None),
        ("V1ktor 0rban", "Viktor Orban", None),
        ("ООО «Ромашка»", "OOO Romashka", None),
        ("IBM", "International Business Machines Corporation", "organisation"),
        ("Ivan Ivanovich Petrov", "Ivan Petrov", None),
        ("Ilham Heydar oglu Aliyev", "Ilham Aliyev", None),
        ("Tamim bin Hamad Al Thani", "Tamim bin Hamad", None),
        ("Sheikh Mohammed bin Rashid Al Maktoum", "Mohammed bin Rashid Al Maktoum", None),
        ("Gabriel García Márquez", "Gabriel García", "person"),
        ("Sasha Petrov", "Aleksandr Petrov", "person"),
        ("Polska Grupa Zbrojeniowa Sp. z o.o.", "Polska Grupa Zbrojeniowa S.A.", None),
        ("UBS Group AG", "UBS", "organisation"),
        ("Deutsche Lufthansa AG", "Lufthansa", "organisation"),
        ("NATO", "НАТО", "organisation"),
        ("VTB Bank", "Банк ВТБ (ПАО)", "organisation"),
        ("BBC", "British Broadcasting Corporation", "organisation"),
        ("RFE/RL", "Radio Free Europe/Radio Liberty", "organisation"),
        ("Canal+", "Canal Plus", "organisation"),
        ("Roscosmos", "Госкорпорация «Роскосмос»", "organisation"),
        ("Osama bin Laden", "Usama bin Ladin", None),
        ("Osama bin Laden", "Osama bin Mohammed bin Awad bin Laden", None),
        ("Abd al-Aziz bin Saud", "Abdulaziz bin Saud", None),
        ("Elizabeth II", "Queen Elizabeth the Second", "person"),
        ("Boris Johnson", "Alexander Boris de Pfeffel Johnson", "person"),
        ("Xi Jin Ping", "Xi Jinping", None),
    ],
    ids=str,
)
def test_same(a: str, b: str, type_: str | None) -> None:
    assert compare(a, b, type=type_) >= T
    assert compare(b, a, type=type_) >= T


def test_explanations_name_the_deciding_part() -> None:
    result = compare_explain("Ivan Ivanovich Petrov", "Ivan Sergeyevich Petrov", type="person")
    assert isinstance(result, Comparison)
    assert result.reason == "patronymics differ: Ivanovich / Sergeyevich"
    assert result.type == "person" and not result.same
    assert compare_explain("Gazprom Neft", "Gazprom", type="organisation").reason == (
        "distinctive word on one side only: Neft"
    )
    assert "order" in compare_explain("Abdullah bin Zayed bin Sultan", "Abdullah bin Sultan bin Zayed").reason
    legal = compare_explain("Volkswagen AG", "Volkswagen Aktiengesellschaft")
    assert legal.type == "organisation" and legal.same and "legal forms agree (AG)" in legal.reason


def test_type_is_checked_and_aliases_accepted() -> None:
    with pytest.raises(TranslitNamesError, match="unknown type"):
        compare("a", "b", type="animal")
    assert compare("Kyiv", "Kiev", type="city") == compare("Kyiv", "Kiev", type="place")
    assert compare_explain("Acme Ltd", "Acme Limited", type="organization").type == "organisation"


def test_plain_names_keep_the_word_by_word_score() -> None:
    # No structure shown and none asked for: the score of the word-by-word compare, unchanged.
    for a, b in [("Lukashenko", "Лукашенко"), ("Vladimir Putin", "Putin"), ("Tikhanovskaya", "Tsikhanouskaya")]:
        assert compare(a, b) == word_compare(a, b)
        assert compare_explain(a, b).type == "name"


def test_bad_input_gives_an_answer_or_a_clear_error() -> None:
    assert compare("", "Ivan Petrov") == 0.0
    assert compare("\u200b\x00", "\t") == 0.0
    assert compare("ООО", "ООО") == 1.0  # a legal form alone is kept as the name
    assert compare("bin", "bin bin") >= 0.0
    with pytest.raises(TypeError):
        compare(None, "x")  # type: ignore[arg-type]
    assert 0.0 <= compare("x" * 5000, "y" * 5000, type="organisation") <= 1.0


def test_acronyms_in_two_scripts_only_as_organisations() -> None:
    assert compare("ЦРУ", "CRU") < T  # spelled, not transcribed (tests/test_crossscript.py)
    assert compare("ТАСС", "TASS", type="organisation") >= T


def test_top_level_api() -> None:
    assert translit_names.compare is compare
    assert "compare_explain" in translit_names.__all__


# -- properties ------------------------------------------------------------------------------------------------

ARABIC = ["Mohammed", "Hamad", "Khalifa", "Zayed", "Abdullah", "Rashid", "Sultan", "Tamim", "Saud", "Faisal", "Jassim"]
FATHERS = {
    "Ivan": ("Ivanovich", "Ivanovna"),
    "Sergei": ("Sergeyevich", "Sergeyevna"),
    "Pyotr": ("Petrovich", "Petrovna"),
    "Nikolai": ("Nikolayevich", "Nikolayevna"),
    "Alexei": ("Alekseyevich", "Alekseyevna"),
    "Mikhail": ("Mikhailovich", "Mikhailovna"),
    "Vladimir": ("Vladimirovich", "Vladimirovna"),
    "Dmitri": ("Dmitriyevich", "Dmitriyevna"),
    "Andrei": ("Andreyevich", "Andreyevna"),
    "Grigory": ("Grigoryevich", "Grigoryevna"),
}
GIVEN = [("Ivan", 0), ("Anna", 1), ("Oleg", 0), ("Yelena", 1), ("Boris", 0), ("Olga", 1)]
SURNAMES = [("Petrov", "Petrova"), ("Smirnov", "Smirnova"), ("Kuznetsov", "Kuznetsova"), ("Volkov", "Volkova")]


@settings(max_examples=150, deadline=None)
@given(
    chain=st.lists(st.sampled_from(ARABIC), min_size=3, max_size=5, unique=True),
    data=st.data(),
    family=st.sampled_from(["", " Al Thani", " Al Nahyan"]),
)
def test_swapping_two_nasab_elements_never_raises_the_score(chain: list[str], data: st.DataObject, family: str) -> None:
    i, j = sorted(data.draw(st.lists(st.integers(0, len(chain) - 1), min_size=2, max_size=2, unique=True)))
    swapped = chain.copy()
    swapped[i], swapped[j] = swapped[j], swapped[i]
    name = " bin ".join(chain) + family
    other = " bin ".join(swapped) + family
    # Against the name itself and against the name with its chain cut short (a missing element is compatible).
    for reference in (name, " bin ".join(chain[:2]) + family):
        assert compare(reference, other) <= compare(reference, name)
    assert compare(name, other) < T


@settings(max_examples=150, deadline=None)
@given(
    a=st.lists(st.sampled_from(["Acme", "Gazprom", "Westfield", "Nordic", "Neft", "Group", "Holding", "Bank", "Steel"]), min_size=1, max_size=3),
    b=st.lists(st.sampled_from(["Acme", "Gazprom", "Westfield", "Nordic", "Neft", "Group", "Holding", "Bank", "Steel"]), min_size=1, max_size=3),
    form=st.sampled_from(sorted(" ".join(words) for words in rules().legal_forms)),
    where=st.sampled_from(["end", "start"]),
    original=st.sampled_from(["AG", "Ltd", "ООО", ""]),
)
def test_adding_or_removing_a_legal_form_never_changes_same_or_different(
    a: list[str], b: list[str], form: str, where: str, original: str
) -> None:
    left = " ".join(a) + (f" {original}" if original else "")
    right = " ".join(b)
    with_form = f"{right} {form}" if where == "end" else f"{form} {right}"
    same = compare(left, right, type="organisation") >= T
    assert (compare(left, with_form, type="organisation") >= T) == same


@settings(max_examples=200, deadline=None)
@given(
    given_name=st.sampled_from(GIVEN),
    fathers=st.lists(st.sampled_from(sorted(FATHERS)), min_size=2, max_size=2, unique=True),
    surname=st.sampled_from(SURNAMES),
    order=st.sampled_from(["gps", "sgp"]),
    type_=st.sampled_from([None, "person"]),
)
def test_different_patronymics_never_compare_as_the_same(
    given_name: tuple[str, int], fathers: list[str], surname: tuple[str, str], order: str, type_: str | None
) -> None:
    name, female = given_name
    family = surname[female]
    p1, p2 = (FATHERS[f][female] for f in fathers)

    def spell(p: str) -> str:
        parts = {"g": name, "p": p, "s": family}
        return " ".join(parts[c] for c in order)

    assert compare(spell(p1), spell(p2), type=type_) < T
    assert compare(spell(p1), f"{name} {family}", type=type_) >= T  # a missing patronymic is compatible


@settings(max_examples=150, deadline=None)
@given(
    a=st.lists(st.sampled_from(["Hamad", "bin", "Khalifa", "Ivan", "Ivanovich", "Petrov", "Acme", "AG", "25th", "Bank", "of"]), min_size=1, max_size=5),
    b=st.lists(st.sampled_from(["Hamad", "bin", "Khalifa", "Ivan", "Ivanovich", "Petrov", "Acme", "AG", "25th", "Bank", "of"]), min_size=1, max_size=5),
    type_=st.sampled_from([None, "person", "organisation", "place"]),
)
def test_symmetric_bounded_and_reflexive(a: list[str], b: list[str], type_: str | None) -> None:
    x, y = " ".join(a), " ".join(b)
    score = compare(x, y, type=type_)
    assert 0.0 <= score <= 1.0
    assert score == pytest.approx(compare(y, x, type=type_))
    assert compare(x, x, type=type_) == pytest.approx(1.0)


# -- lookup's hook -------------------------------------------------------------------------------------------------


def test_lookup_hook_caps_conflicting_persons_and_reads_legal_forms() -> None:
    from translit_names.names.tokens import tokenize
    from translit_names.score.structure import CONFLICT_CAP, structured_similarity

    def one(tok: object) -> float:
        return 1.0

    query, form = tokenize("Ivan Ivanovich Petrov"), tokenize("Ivan Sergeyevich Petrov")
    assert structured_similarity(query, form, "person", 0.9, one) == CONFLICT_CAP
    assert structured_similarity(query, tokenize("Ivan Ivanovich Petrov"), "person", 0.9, one) == 0.9
    assert structured_similarity(query, form, "place", 0.9, one) == 0.9
    lifted = structured_similarity(tokenize("Volkswagen Aktiengesellschaft"), tokenize("Volkswagen AG"), "organisation", 0.5, one)
    assert lifted > 0.9
    # A candidate with a distinctive word more is not capped in lookup (queries are short forms of long names).
    assert structured_similarity(tokenize("Gazprom"), tokenize("Gazprom Neft"), "organisation", 0.7, one) == 0.7


# -- with a gazetteer's knowledge -----------------------------------------------------------------------------------


def test_compare_entities_decides_by_the_gazetteer(fixture_gazetteer: translit_names.Gazetteer) -> None:
    from translit_names import compare_entities

    same = compare_entities("Аляксандр Лукашэнка", "Alexander Lukashenko", type="person", gazetteer=fixture_gazetteer)
    assert same.same and "person:alexander-lukashenko" in same.reason
    # Father and son: one surname, two entities of the gazetteer.
    two = compare_entities("Viktor Lukashenko", "Alexander Lukashenko", type="person", gazetteer=fixture_gazetteer)
    assert not two.same and "two entities" in two.reason
    # A name the gazetteer does not resolve: the structure alone decides.
    alone = compare_entities("Ivan Ivanovich Petrov", "Ivan Sergeyevich Petrov", type="person", gazetteer=fixture_gazetteer)
    assert alone == compare_explain("Ivan Ivanovich Petrov", "Ivan Sergeyevich Petrov", type="person")
