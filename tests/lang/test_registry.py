"""The language-pack registry: the packs that ship, and a toy pack (tests/lang/packs/qtz, the worked example of
docs/architecture.md) found by a registry of its own folder, without touching the core."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translit_names import UnknownLanguageError, UnknownSchemeError, lang
from translit_names.lang import PackError, Registry

PACKS = Path(__file__).resolve().parent / "packs"


def test_shipped_packs_are_found_by_code_and_script() -> None:
    codes = [p.code for p in lang.packs()]
    assert {"ru", "be", "uk", "en", "mul", "sla"} <= set(codes)
    assert codes == sorted(codes)
    assert lang.get("ru").name == "Russian"
    assert lang.find("ru-Latn") is lang.get("ru")
    assert lang.find("zz") is None
    assert {"ru", "be", "uk"} <= {p.code for p in lang.for_script("Cyrl")}
    assert "ru" not in {p.code for p in lang.for_script("Latn")}


def test_shipped_schemes_are_the_engine_tables() -> None:
    ru = lang.get("ru")
    assert ru.romanize("Щукин", "wikipedia") == "Shchukin"
    assert ru.romanize("Тихановская", "german") == "Tichanowskaja"
    assert ru.romanize("Путин") == "Putin"  # the default scheme
    assert lang.get("uk").romanizations("Зеленський")["national_2010"] == "Zelenskyi"
    assert list(lang.get("uk").romanizations("Зеленський")) == list(lang.get("uk").index_schemes)
    with pytest.raises(UnknownSchemeError):
        ru.romanize("Путин", "no-such-scheme")
    with pytest.raises(UnknownLanguageError):
        lang.get("zz")


def test_pack_data_reads_lists_tables_and_json() -> None:
    assert "mr" in lang.get("en").data("titles")
    assert ("ской", "ская") in lang.get("sla").data("inflections")
    assert "masculine" in lang.get("sla").data("surnames")
    assert "господин" in lang.lines("titles") and "herr" in lang.lines("titles")
    with pytest.raises(PackError):
        lang.get("en").data("no-such-file")


def test_toy_pack_is_found_in_its_folder_with_its_data_and_romaniser() -> None:
    toy = Registry(PACKS)
    assert [p.code for p in toy.packs()] == ["qtz"]
    pack = toy.get("qtz")
    assert toy.for_script("Grek") == [pack] and toy.for_script("Latn") == []
    assert pack.data("titles") == ("κύριος", "κυρία")  # comments and blank lines left out
    assert pack.data("endings") == (("ου", "ος"),)
    assert pack.romanize("Παπαδόπουλος") == "Papadopoylos"
    assert pack.romanizations("Νίκος") == {"plain": "Nikos"}
    assert toy.lines("titles") == ("κύριος", "κυρία")
    # The toy pack is not one of the package's packs.
    assert lang.find("qtz") is None


@pytest.mark.parametrize(
    ("pack_json", "message"),
    [
        ({"code": "other", "name": "X"}, "must be the folder name"),
        ({"code": "qtx"}, "needs a 'name'"),
        ({"code": "qtx", "name": "X", "colour": "red"}, "unknown pack.json keys"),
        ({"code": "qtx", "name": "X", "default_scheme": "a"}, "listed but not defined"),
        ({"code": "qtx", "name": "X", "schemes": {"a": {"function": "x:y"}}}, "needs a 'title'"),
    ],
)
def test_malformed_pack_json_is_a_clear_error(tmp_path: Path, pack_json: dict[str, object], message: str) -> None:
    (tmp_path / "qtx").mkdir()
    (tmp_path / "qtx" / "pack.json").write_text(json.dumps(pack_json), encoding="utf-8")
    with pytest.raises(PackError, match=message):
        Registry(tmp_path).packs()


def test_pack_json_that_is_not_json_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "qtx").mkdir()
    (tmp_path / "qtx" / "pack.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(PackError, match="not valid JSON"):
        Registry(tmp_path).packs()
