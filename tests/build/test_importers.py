"""The build-time importers: counts, real facts from the data, determinism, and the shape of every entity.

The importers take ~10 s together, so each runs once per test session (cached below) and every test reads that
one result.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from translit_names.build.importers import common, cities, territories
from translit_names.build.sources import LANGUAGES
from translit_names.text.normalize import normalize

GAZETTEER = Path(__file__).resolve().parents[2] / "gazetteer"
TIERS = {"preferred", "alias", "weak"}


@functools.cache
def _territories() -> tuple[dict[str, Any], ...]:
    return tuple(territories.iter_entities(GAZETTEER))


@functools.cache
def _cities() -> tuple[dict[str, Any], ...]:
    return tuple(cities.iter_entities(GAZETTEER))


@functools.cache
def _by_id() -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in (*_territories(), *_cities())}


def _names(eid: str, **match: str) -> set[str]:
    """The spellings of entity ``eid`` whose fields equal ``match`` (``lang="de"``, ``tier="weak"``...)."""
    return {n["name"] for n in _by_id()[eid]["names"] if all(n[k] == v for k, v in match.items())}


# --- counts ---------------------------------------------------------------------------------------------


def test_every_iso_country_and_the_other_territories() -> None:
    import pycountry

    ents = _territories()
    kinds = {e["type"] for e in ents}
    assert kinds == {"country", "territory"}
    assert len(ents) >= 600
    assert sum(e["type"] == "country" for e in ents) >= 249
    by_id = _by_id()
    for c in pycountry.countries:
        e = by_id[f"country:{c.alpha_2.lower()}"]
        assert e["type"] == "country"
        assert e["ids"]["iso3166"] == c.alpha_2
    # rigour codes are used as given; the skipped pseudo-territories are absent
    assert by_id["country:xk"]["type"] == "country"
    assert by_id["country:suhh"]["type"] == "territory"
    assert by_id["country:ua-cri"]["country"] == "ua"
    for code in territories.SKIPPED:
        assert f"country:{code}" not in by_id


def test_every_geonames_city() -> None:
    from translit_names.build.importers import geonames

    assert len(_cities()) == len(geonames.cities()) >= 30000
    assert all(e["type"] == "city" for e in _cities())


# --- facts from the data ----------------------------------------------------------------------------------


def test_minsk() -> None:
    minsk = _by_id()["city:minsk-625144"]
    assert minsk["name"] == "Minsk"
    assert minsk["ids"] == {"geonames": 625144}
    assert minsk["id"].endswith(f"-{minsk['ids']['geonames']}")
    assert minsk["country"] == "by"
    assert minsk["description"] == "City in Belarus"
    assert 65 < minsk["prominence"] < 80  # 1.7 million people, a capital
    assert "Минск" in _names("city:minsk-625144", lang="ru", source="cldr")
    assert "MSQ" in _names("city:minsk-625144", tier="weak")  # the airport code


def test_belarus() -> None:
    by = _by_id()["country:by"]
    assert by["name"] == "Belarus"
    assert by["type"] == "country"
    assert by["ids"] == {"geonames": 630336, "iso3166": "BY", "wikidata": "Q184"}
    assert by["prominence"] == territories.PROMINENCE["sovereign"]
    assert _names("country:by", tier="preferred") == {"Belarus"}
    assert "Беларусь" in _names("country:by", lang="be")
    assert "Беларусь" in _names("country:by", lang="ru")
    assert "Білорусь" in _names("country:by", lang="uk")
    assert "Białoruś" in _names("country:by", lang="pl")
    assert "Biélorussie" in _names("country:by", lang="fr")
    assert "Belarus" in _names("country:by", lang="de", source="cldr")  # CLDR 47 German no longer says Weißrussland
    assert "Республика Беларусь" in _names("country:by", lang="ru", source="iso-codes")
    assert "Weissrussland" in _names("country:by", source="rigour-territories")
    assert "Belarusian" in _names("country:by", tier="weak")  # a demonym
    assert {"name": "Беларусь", "lang": "be", "source": "cldr"} in by["native"]


def test_canonical_english_names() -> None:
    expected = {
        "by": "Belarus",
        "ru": "Russia",
        "us": "United States",
        "cz": "Czechia",
        "nr": "Nauru",
        "hk": "Hong Kong",
        "xk": "Kosovo",
        "suhh": "Soviet Union",
    }
    for code, name in expected.items():
        assert _by_id()[f"country:{code}"]["name"] == name


def test_rigour_jargon_is_weak_and_typos_are_dropped() -> None:
    assert {"U.S.", "U.S.A.", "American"} <= _names("country:us", tier="weak")
    assert {"Siberia", "Republic of Tatarstan"} <= _names("country:ru", tier="weak")
    assert {"Brussels"} <= _names("country:be", tier="weak")  # the capital, not the country
    assert "Unied States" not in _names("country:us")
    assert "Crimea" in _names("country:ua-cri", tier="alias")
    assert "Georgia" in _names("country:ge", tier="alias")


def test_cldr_exemplar_cities() -> None:
    kyiv = "city:kyiv-703448"
    assert "Kiew" in _names(kyiv, lang="de", source="cldr")
    assert "Київ" in _names(kyiv, lang="uk", source="cldr")
    assert {"name": "Київ", "lang": "uk", "source": "cldr"} in _by_id()[kyiv]["native"]
    # Kharkiv names no time zone, so it has no CLDR names
    assert not _names("city:kharkiv-706483", source="cldr")
    assert len(cities.exemplar_matches()) > 250


def test_us_city_descriptions_name_the_state() -> None:
    assert _by_id()["city:new-york-city-5128581"]["description"] == "City in New York, United States"


# --- rules --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "tier"),
    [
        ("Kiev", "alias"),
        ("Мінск", "alias"),
        ("MSQ", "weak"),
        ("Ko", "weak"),
        ("mnsk", None),
        ("esukarudesu=engorudani jiao qu", None),
        ("Hammaburg [a. 832]", None),
        ("http://www.minsk.gov.by", None),
        ("220000", None),
        ("ʿisikaልdesi", None),
        ("", None),
    ],
    ids=str,
)
def test_alternate_tier(name: str, tier: str | None) -> None:
    assert cities.alternate_tier(name) == tier


@pytest.mark.parametrize(("population", "expected"), [(1000, 15.0), (10_000_000, 80.0), (15_000, 34.1)], ids=str)
def test_prominence(population: int, expected: float) -> None:
    assert cities.prominence(population) == expected


def test_capital_bonus() -> None:
    assert cities.prominence(1_000_000, capital=True) == cities.prominence(1_000_000) + cities.CAPITAL_BONUS


@pytest.mark.parametrize("name", ["USA", "U.S.", "РФ", "EU27", "DPR"], ids=str)
def test_short_codes(name: str) -> None:
    assert common.is_short_code(name)


@pytest.mark.parametrize("name", ["Belarus", "Minsk", "Ukraine", "UKRAINE", "美国"], ids=str)
def test_not_short_codes(name: str) -> None:
    assert not common.is_short_code(name)


def test_norm_key_is_the_normaliser() -> None:
    sample = [n["name"] for e in _cities()[:3000] for n in e["names"]]
    sample += ["O'Brien", "Chaplyns`kyi", "  Saint-Gilles  ", "A__B", "x1-2", "DEL`TA"]
    for text in sample:
        assert common.norm_key(text) == normalize(text), text


# --- shape of every entity -------------------------------------------------------------------------------


def test_ids_unique_and_sorted() -> None:
    for ents in (_territories(), _cities()):
        ids = [e["id"] for e in ents]
        assert ids == sorted(ids)
    assert len(_by_id()) == len(_territories()) + len(_cities())


def test_every_entity_is_well_formed() -> None:
    id_re = re.compile(r"^(country|city):[a-z0-9]+(?:-[a-z0-9]+)*$")
    sources = {**territories.SOURCES, **cities.SOURCES}
    for meta in sources.values():
        assert set(meta) == {"title", "url", "licence", "version"}
    for e in _by_id().values():
        assert id_re.match(e["id"]), e["id"]
        assert e["source"] in sources
        assert e["name"] and unicodedata.is_normalized("NFC", e["name"])
        assert e["description"]
        assert 0 <= e["prominence"] <= 100
        assert set(e["ids"]) <= {"geonames", "wikidata", "iso3166"}
        if "country" in e:
            assert re.fullmatch(r"[a-z]{2}", e["country"])
        seen = set()
        for n in e["names"]:
            assert n["name"] and unicodedata.is_normalized("NFC", n["name"]), (e["id"], n)
            assert n["name"] == " ".join(n["name"].split())
            assert n["lang"] in LANGUAGES and n["tier"] in TIERS and n["source"] in sources, (e["id"], n)
            key = (n["name"], n["lang"])
            assert key not in seen, (e["id"], n)
            seen.add(key)
        first = e["names"][0]
        assert (first["name"], first["tier"]) == (e["name"], "preferred")
        for n in e.get("native", []):
            assert n["lang"] in common.NATIVE_LANGS and (n["name"], n["lang"]) in seen


def test_deterministic() -> None:
    assert tuple(territories.iter_entities(GAZETTEER)) == _territories()
    assert tuple(cities.iter_entities(GAZETTEER)) == _cities()


# --- the copied source and the curated files --------------------------------------------------------------


def test_rigour_copy_matches_its_source_note() -> None:
    folder = GAZETTEER / "sources" / "rigour-territories"
    digest = hashlib.sha256((folder / "data.jsonl").read_bytes()).hexdigest()
    assert digest in (folder / "SOURCE.md").read_text(encoding="utf-8")
    assert (folder / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_curated_place_files_extend_imported_ids() -> None:
    yaml = pytest.importorskip("yaml")
    targets = []
    for path in sorted((GAZETTEER / "places").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        targets += [item["extend"] for item in doc["entities"] if "extend" in item]
    assert targets
    missing = [t for t in targets if t not in _by_id()]
    assert not missing
