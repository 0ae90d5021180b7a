from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from translit_names import Gazetteer

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def fixture_gazetteer() -> Iterator[Gazetteer]:
    """A tiny gazetteer (tests/data/fixture) compiled by the real build: behaviour tests run on it."""
    gaz = Gazetteer.load(DATA / "fixture")
    yield gaz
    gaz.close()
