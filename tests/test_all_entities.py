"""Every preferred and alias name of every entity resolves to its entity, or is a shared spelling (namesakes).

A *shared spelling* is a name that another entity also has, spelled alike or with the same matching key (the
eight Springfields; Лапа and Lapa, two towns of Brazil): `lookup` then answers one of the namesakes or nothing,
and `search` lists them all. Curated names must all resolve or be shared. Of the imported names (GeoNames,
CLDR, iso-codes, rigour), the rare ones that resolve elsewhere are listed, with what they resolve to, in
tests/data/known-unresolved.tsv. The same check prints its figures with `python scripts/check_all_names.py`
(docs/benchmarks.md). Checking all 380,000 names takes a few minutes on two cores.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_all_names", ROOT / "scripts" / "check_all_names.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the worker processes find its functions by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def checker() -> ModuleType:
    return _checker()


def test_every_curated_name_resolves_or_is_shared(checker: ModuleType) -> None:
    result = checker.classify(curated_only=True)
    assert len(result["resolves"]) > 4000
    assert result["unresolved"] == []


def test_every_generated_spelling_of_a_curated_entity_resolves_or_is_shared(checker: ModuleType) -> None:
    """Every romanisation the engine generates from a curated native-script name leads back to its entity."""
    result = checker.classify(curated_only=True, tiers=(2,))
    assert len(result["resolves"]) > 10000
    assert result["unresolved"] == []


def test_every_name_resolves_or_is_shared_or_known(checker: ModuleType) -> None:
    result = checker.classify(processes=min(4, os.cpu_count() or 1))
    known = {
        tuple(line.split("\t")[:2])
        for line in checker.KNOWN.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    new = [(id_, text, got) for text, id_, got in result["unresolved"] if (id_, text) not in known]
    assert new == [], "unresolved names not in tests/data/known-unresolved.tsv"
    total = sum(len(v) for v in result.values())
    assert total > 300_000
    assert len(result["resolves"]) / total > 0.95
