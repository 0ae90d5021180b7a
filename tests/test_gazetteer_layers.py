"""Layered gazetteers (issue 12, items 2 and 9; issue 16): a user's gazetteer over the packaged one is queried
layer by layer and the answers merged, with nothing copied and no temporary file left behind; gazetteers pickle,
and their caches stay consistent under threads."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from translit_names import Gazetteer, TranslitNamesError, default_gazetteer
from translit_names.build.compile import collect, compile_sources

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "fixture"
HEAD = "sources: {c: {title: t}}\ndefault_source: c\nentities:\n"


def _temp_entries() -> set[str]:
    return set(os.listdir(tempfile.gettempdir()))


def test_layered_load_leaves_no_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    monkeypatch.setattr(tempfile, "tempdir", None)
    before = _temp_entries()
    assert tempfile.gettempdir() == str(spool)
    for _ in range(3):
        gaz = Gazetteer.load(FIXTURE, base=default_gazetteer())
        assert gaz.lookup("Tikhanovskaya") is not None
        assert _temp_entries() == set()  # nothing copied or compiled to disk while it is open
        del gaz
    assert _temp_entries() == before == set()


def test_cli_layered_lookup_leaves_no_temporary_folder(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    env = {**os.environ, "TMPDIR": str(spool)}
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "translit_names.cli", "lookup", "Tikhanovskaya", "--gazetteer", str(FIXTURE)],
            env=env, capture_output=True, text=True, check=False,
        )
        assert done.returncode == 0, done.stderr
    assert list(spool.iterdir()) == []


def test_user_layer_overrides_the_base_on_the_same_id(tmp_path: Path) -> None:
    base = Gazetteer.load(FIXTURE)
    own = tmp_path / "own.yaml"
    own.write_text(
        HEAD + "  - {id: 'person:alexander-lukashenko', type: person, name: Alexander Lukashenko Replaced,"
        " description: mine}\n  - {id: 'person:zz-new', type: person, name: Zbigniew Qwertyński}\n",
        encoding="utf-8",
    )
    mine = Gazetteer.load(own, base=base)
    entity = mine.get("person:alexander-lukashenko")
    assert entity is not None and entity.description == "mine"
    found = mine.lookup("Alexander Lukashenko Replaced")
    assert found is not None and found.description == "mine"
    # The base's names of a replaced entity no longer answer for it: the user's entity is the one kept.
    assert all(m.description == "mine" for m in mine.search("Lukashenko") if m.id == "person:alexander-lukashenko")
    assert mine.lookup("Zbigniew Qwertynski") is not None  # the user's own entity
    assert mine.lookup("Tikhanovskaya") is not None  # the base still answers for the rest
    ids = [e.id for e in mine]
    assert len(ids) == len(set(ids)) == len(mine)


def test_load_opens_a_compiled_index_where_it_is(tmp_path: Path) -> None:
    index = tmp_path / "f.sqlite"
    compile_sources(collect([FIXTURE]), index)
    gaz = Gazetteer.load(index)
    assert gaz.path == index
    hit = gaz.lookup("Tichanowskaja")
    assert hit is not None and hit.id == "person:sviatlana-tsikhanouskaya"


def test_gazetteers_pickle_and_reopen_lazily(tmp_path: Path) -> None:
    index = tmp_path / "f.sqlite"
    compile_sources(collect([FIXTURE]), index)
    own = tmp_path / "own.yaml"
    own.write_text(HEAD + "  - {id: 'person:zz-new', type: person, name: Zbigniew Qwertyński}\n", encoding="utf-8")
    for gaz in (default_gazetteer(), Gazetteer(index), Gazetteer.load(own, base=Gazetteer(index))):
        copy = pickle.loads(pickle.dumps(gaz))
        for name in ("Tikhanovskaya", "Zbigniew Qwertynski", "Jonathan Whitfield"):
            assert copy.lookup(name) == gaz.lookup(name)
    assert pickle.loads(pickle.dumps(default_gazetteer())) is default_gazetteer()


def test_threshold_and_types_are_checked_up_front(fixture_gazetteer: Gazetteer) -> None:
    for bad in (float("nan"), -1, 1.5, float("inf")):
        with pytest.raises(TranslitNamesError, match="threshold must be a number from 0 to 1"):
            fixture_gazetteer.lookup("Lukashenko", threshold=bad)
    # Not a number at all: a TypeError from the compiled build's argument check, or the same ValueError.
    with pytest.raises((TypeError, ValueError)):
        fixture_gazetteer.lookup("Lukashenko", threshold="0.8")  # type: ignore[arg-type]
    with pytest.raises(TranslitNamesError, match="threshold must be a number from 0 to 1"):
        fixture_gazetteer.annotate("Lukashenko spoke.", threshold=float("nan"))
    # One type given as a string is that type, not a set of letters.
    found = fixture_gazetteer.annotate("Alexander Lukashenko spoke.", types="person")  # type: ignore[arg-type]
    assert [m.id for m in found] == ["person:alexander-lukashenko"]


def test_search_cache_eviction_is_thread_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    rank_module = importlib.import_module("translit_names.search.rank")  # (translit_names.search is a function)

    monkeypatch.setattr(rank_module, "SEARCH_CACHE_SIZE", 4)
    gaz = Gazetteer.load(FIXTURE)
    names = [f"Lukashenko {chr(0x430 + i)}" for i in range(32)] + ["Tikhanovskaya", "Putin"]
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(300):
                gaz.search(names[(i + offset) % len(names)], limit=1 + i % 3)
        except BaseException as exc:  # noqa: BLE001 - the test reports any exception
            errors.append(exc)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert errors == []


def test_layered_answers_are_the_merged_index_answers(tmp_path: Path) -> None:
    # The fixture split in two: its organisations compiled into a base index, its people loaded over it; the same
    # two files compiled into one index must answer every name of every entity (and a typo of it) alike.
    base_index, merged_index = tmp_path / "base.sqlite", tmp_path / "merged.sqlite"
    compile_sources(collect([FIXTURE / "orgs.csv"]), base_index)
    compile_sources(collect([FIXTURE]), merged_index)
    layered = Gazetteer.load(FIXTURE / "people.yaml", base=Gazetteer(base_index))
    merged = Gazetteer(merged_index)
    queries = [n.text for e in merged for n in e.names if n.tier in ("preferred", "alias")]
    queries += [q[:3] + q[4] + q[3] + q[5:] for q in queries if len(q) > 6]
    assert len(queries) > 30
    for q in queries:
        a, b = layered.lookup(q), merged.lookup(q)
        assert (a and a.id) == (b and b.id), q
        if a is not None and b is not None:
            assert abs(a.score - b.score) <= 0.01, q
