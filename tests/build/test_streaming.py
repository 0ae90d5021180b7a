"""The streaming build (``translit_names.build.streaming``): the same index as the in-memory build, any mix of
formats, bounded work in flight, and nothing left behind on success or failure."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit_names import Gazetteer
from translit_names.build.compile import collect, compile_sources
from translit_names.build.expand import form_tokens
from translit_names.build.streaming import build_file
from translit_names.errors import GazetteerError
from translit_names.names.tokens import tokenize

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURE = DATA / "fixture"
SAMPLES = DATA / "importers"


def _entities(gaz: Gazetteer) -> dict[str, dict[str, object]]:
    return {e.id: e.as_dict(with_names=True) for e in gaz}


@pytest.mark.parametrize("workers", [1, 2])
def test_same_index_as_the_in_memory_build(tmp_path: Path, workers: int) -> None:
    compile_sources(collect([FIXTURE]), tmp_path / "whole.sqlite")
    report = build_file([FIXTURE], tmp_path / "streamed.sqlite", workers=workers)
    whole, streamed = Gazetteer(tmp_path / "whole.sqlite"), Gazetteer(tmp_path / "streamed.sqlite")
    try:
        assert _entities(streamed) == _entities(whole)
        assert report.entities == len(whole)
        queries = sorted({n.text for e in whole for n in e.names})[:300] + ["Lukashenka", "Tsikhanouskaya", "NATO"]
        for q in queries:
            assert [(m.id, round(m.score, 6)) for m in streamed.search(q)] == [
                (m.id, round(m.score, 6)) for m in whole.search(q)
            ], q
    finally:
        whole.close()
        streamed.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["streamed.sqlite", "whole.sqlite"]


def test_mixed_formats_and_external_ids(tmp_path: Path) -> None:
    out = tmp_path / "own.sqlite"
    report = build_file(
        [FIXTURE, SAMPLES / "ftm-sample.ftm.json", SAMPLES / "wikidata-sample.json", SAMPLES / "geonames-sample.txt",
         SAMPLES / "geonames-alternateNamesV2-sample.txt"],
        out,
        workers=1,
    )
    assert report.ignored == 4 and report.bad == 0
    gaz = Gazetteer(out)
    try:
        assert gaz.lookup("Ленинград").id == "geonames:498817"  # type: ignore[union-attr]
        assert gaz.lookup("Petrograd").id == "geonames:498817"  # type: ignore[union-attr]
        adams = gaz.lookup("Дуглас Адамс")
        assert adams is not None and adams.id == "wikidata:Q42" and adams.ids == {"wikidata": "Q42"}
        assert adams.as_dict()["ids"] == {"wikidata": "Q42"}
        spb = gaz.lookup("Leningrad")
        assert spb is not None and spb.ids == {"geonames": "498817"}  # no wkdt row for it in the sample: no QID
        assert gaz.get("wikidata:Q42").ids == {"wikidata": "Q42"}  # type: ignore[union-attr]
        putin = gaz.get("ftm:Q7747")
        assert putin is not None and putin.ids == {"ftm": "Q7747", "wikidata": "Q7747"}
        assert gaz.get("ftm:test-vessel-0001").type == "vessel"  # type: ignore[union-attr]
        # The Russian label of Berlin is romanised with every scheme, as curated native names are.
        berlin = gaz.get("wikidata:Q64")
        assert berlin is not None and any(n.tier == "generated" and n.origin == "Берлин" for n in berlin.names)
    finally:
        gaz.close()
    assert [p.name for p in tmp_path.iterdir()] == ["own.sqlite"]


def test_failure_leaves_nothing_behind(tmp_path: Path) -> None:
    bad = tmp_path / "in" / "bad.ftm.json"
    bad.parent.mkdir()
    good = '{"id": "a", "schema": "Person", "properties": {"name": ["Ann Example"]}}\n'
    bad.write_text(good * 2, encoding="utf-8")
    out = tmp_path / "out" / "own.sqlite"
    with pytest.raises(GazetteerError, match=r"bad\.ftm\.json:2: ftm:a: duplicate id \(also in .*bad\.ftm\.json:1\)"):
        build_file([bad], out, workers=1)
    assert list(out.parent.iterdir()) == []
    bad.write_text(good + '{"id": "b", "schema": "Person", "prop\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.ftm\.json:2: not a JSON object"):
        build_file([bad], out, workers=2)
    assert list(out.parent.iterdir()) == []
    report = build_file([bad], out, workers=2, skip_bad=True)
    assert (report.entities, report.bad) == (1, 1)
    assert [p.name for p in out.parent.iterdir()] == ["own.sqlite"]


def test_stale_temporary_file_of_a_killed_build_is_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".own.sqlite.999999999.tmp"  # above any pid the kernel gives
    stale.write_bytes(b"half an index")
    build_file([SAMPLES / "ftm-sample.ftm.json"], tmp_path / "own.sqlite", workers=1)
    assert sorted(os.listdir(tmp_path)) == ["own.sqlite"]


def test_an_existing_output_is_replaced_only_when_the_build_succeeds(tmp_path: Path) -> None:
    out = tmp_path / "own.sqlite"
    build_file([SAMPLES / "ftm-sample.ftm.json"], out, workers=1)
    before = out.read_bytes()
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x", "schema": "Person", "properties": {"name": ["X"]}\n', encoding="utf-8")
    with pytest.raises(GazetteerError):
        build_file([broken], out, workers=1)
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["broken.json", "own.sqlite"]


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_form_tokens_is_tokenize(text: str) -> None:
    assert form_tokens(text) == tokenize(text)


@pytest.mark.parametrize("text", ["Jean-Luc Mélenchon", "Alyaksandr Lukashenka", "Тихановская", "O'Neil-Smith Jr.", "毛泽东", "A. B. C."])
def test_form_tokens_is_tokenize_on_names(text: str) -> None:
    assert form_tokens(text) == tokenize(text)


def test_progress_is_shown_when_asked(tmp_path: Path) -> None:
    shown = io.StringIO()
    build_file([SAMPLES / "ftm-sample.ftm.json"], tmp_path / "own.sqlite", workers=1, progress=shown)
    text = shown.getvalue()
    assert "100%" in text and "5 entities" in text and text.rstrip().endswith("forms in " + text.rstrip().split("forms in ")[-1])
    assert f"built {tmp_path / 'own.sqlite'}: 5 entities" in text
