"""Sound keys (batch/sounds.py) and the cross-script blocking and grouping they make possible."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translit_names.batch import cluster
from translit_names.batch.blocking import candidate_pairs, sound_block_keys, sound_keys
from translit_names.batch.sounds import latin_reading, sound_key, sound_order


def test_one_name_in_several_scripts_has_one_sound_key() -> None:
    # Consonant classes by hand: H-b-b-r-d -> (h and r dropped) b d; N-d-l -> n d; R-v-r-s -> b s.
    assert {sound_key(w) for w in ("Hubbard", "허버드", "ハバード")} == {"bd"}
    assert {sound_key(w) for w in ("Nadal", "ナダル")} == {"nd"}
    assert {sound_key(w) for w in ("Rivers", "里弗斯", "ريفرز")} == {"bs"}
    assert {sound_key(w) for w in ("Akhtar", "أختر")} == {"gd"}


def test_different_consonants_give_different_sound_keys() -> None:
    assert sound_key("Hubbard") != sound_key("Nadal")
    assert sound_key("Gates") != sound_key("Brentano")


def test_words_without_consonants_have_an_empty_key_and_no_block() -> None:
    assert sound_key("Eie") == ""
    assert sound_key("...") == ""
    assert sound_block_keys(sound_keys("Aya")) == []


def test_sound_blocks_pair_latin_with_other_scripts_only() -> None:
    names = ["Hubbard", "Hobart", "허버드"]
    pairs = set(candidate_pairs(names))
    assert (0, 2) in pairs  # Hubbard and 허버드 meet through the sound key bd
    assert (1, 2) in pairs  # Hobart: h-b-r-t, also bd


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_sound_functions_never_raise(text: str) -> None:
    assert isinstance(sound_key(text), str)
    assert isinstance(sound_order(text), str)
    assert isinstance(latin_reading(text), str)
    assert set(sound_key(text)) <= set("bdgsn")


def test_cross_script_spellings_are_grouped_with_their_latin_form() -> None:
    labels = cluster(["Hubbard", "Angela Merkel", "허버드", "Ангела Меркель", "ハバード"])
    assert labels[0] == labels[2] == labels[4]
    assert labels[1] == labels[3]
    assert labels[0] != labels[1]
