"""The language packs are discovered from their pack.json, well formed, and their functions are total."""

from __future__ import annotations

import doctest
import importlib
import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit_names.errors import TranslitNamesError, UnknownLanguageError, UnknownSchemeError
from translit_names.lang import for_script, get, packs
from translit_names.text.scripts import script_of, scripts_of, word_script

SCRIPT_CODES = {"Arab", "Hebr", "Grek", "Geor", "Armn", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu",
                "Knda", "Mlym", "Thai", "Cyrl", "Latn", "Hani", "Hira", "Kana", "Hang"}


def test_packs_are_found_by_their_pack_json() -> None:
    codes = [p.code for p in packs()]
    assert codes == sorted(codes)
    assert {"ar", "fa", "ur", "he", "el", "ka", "hy", "hi", "bn", "pa", "ta", "th", "und"} <= set(codes)
    assert {"ar", "fa", "ur"} <= {p.code for p in for_script("Arab")}
    assert {"hi", "mr", "ne"} <= {p.code for p in for_script("Deva")}
    assert for_script("Zzzz") == []


# The packs of issue #14 (other packs are tested with their own suites).
MINE = sorted(["ar", "fa", "ur", "he", "el", "ka", "hy", "hi", "mr", "ne", "bn", "pa", "gu", "or", "ta", "te", "kn", "ml", "th", "und"])


@pytest.mark.parametrize("code", MINE)
def test_pack_json_is_well_formed(code: str) -> None:
    pack = get(code)
    raw = json.loads(resources.files("translit_names.lang").joinpath(code).joinpath("pack.json").read_text("utf-8"))
    assert raw["code"] == code and pack.name
    assert pack.default_scheme in pack.schemes
    assert set(pack.index_schemes) <= set(pack.schemes)
    assert all(len(s) == 4 and s[0].isupper() for s in pack.scripts)
    for scheme in pack.schemes.values():
        assert (scheme.function or scheme.table) and scheme.title and scheme.source
        assert isinstance(pack.romanize("", scheme.name), str)
    for filename in pack.data_files.values():
        text = (pack.folder / filename).read_text(encoding="utf-8")
        assert text.startswith("#"), f"{code}/{filename} has no header naming its source"
        assert "source" in text[:1200].lower(), f"{code}/{filename}: the header names no source"


def test_unknown_pack_scheme_and_data_are_errors() -> None:
    with pytest.raises(UnknownLanguageError):
        get("xx")
    with pytest.raises(UnknownSchemeError):
        get("el").romanize("Αθήνα", "nope")
    with pytest.raises(TranslitNamesError):
        get("el").data("nope")
    assert get("el").romanize(None) == ""  # type: ignore[arg-type]  # (pack functions never raise)


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=40))
def test_every_scheme_takes_any_unicode_and_gives_a_string(text: str) -> None:
    for pack in packs():
        if pack.code not in _MINE:
            continue
        for scheme in pack.schemes:
            assert isinstance(pack.romanize(text, scheme), str)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="ascii"), max_size=30))
def test_ascii_text_is_kept(text: str) -> None:
    for pack in packs():
        if pack.code in _MINE:
            assert pack.romanize(text) == text, pack.code


def test_huge_input_is_bounded() -> None:
    out = get("ar").romanize("محمد " * 50_000)
    assert 0 < len(out) <= 60_000


def test_pack_scripts_are_the_scripts_of_their_letters() -> None:
    assert script_of("ق") == "Arab" and script_of("ש") == "Hebr" and script_of("ა") == "Geor"
    assert script_of("Ա") == "Armn" and script_of("क") == "Deva" and script_of("ก") == "Thai"
    assert word_script("ابن") == "Arab"
    assert {"Latn", "Cyrl", "Deva"} <= scripts_of("Putin Путин पुतिन")
    assert all(s in SCRIPT_CODES for p in packs() for s in p.scripts)


_MODULES = [
    "translit_names.lang.brahmic", "translit_names.lang.fallback",
    "translit_names.lang.el.romanize", "translit_names.lang.ka.romanize", "translit_names.lang.hy.romanize",
    "translit_names.lang.ar.romanize", "translit_names.lang.fa.romanize", "translit_names.lang.ur.romanize",
    "translit_names.lang.he.romanize", "translit_names.lang.th.romanize",
]


@pytest.mark.parametrize("name", _MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0


_MINE = frozenset(MINE)


def test_cli_romanizes_pack_languages() -> None:
    from click.testing import CliRunner

    from translit_names.cli import main

    result = CliRunner().invoke(main, ["romanize", "بشار الأسد", "--lang", "ar", "--scheme", "french"])
    assert result.exit_code == 0 and result.output.strip() == "french  Bachar al-Assad"
    result = CliRunner().invoke(main, ["romanize", "Αθήνα", "--lang", "el", "--json"])
    assert result.exit_code == 0 and '"elot_743": "Athina"' in result.output
    result = CliRunner().invoke(main, ["romanize", "Αθήνα", "--lang", "el", "--scheme", "nope"])
    assert result.exit_code != 0 and "unknown scheme" in result.output and "Traceback" not in result.output
