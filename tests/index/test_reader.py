"""The index reader: named records from the one module that reads the index (on the fixture gazetteer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from translit_names import Gazetteer, GazetteerError
from translit_names.index import INDEX_FORMAT, FormRecord, IndexReader, read_meta


def test_reader_returns_named_records(fixture_gazetteer: Gazetteer) -> None:
    reader = fixture_gazetteer.reader
    assert reader.meta["format"] == INDEX_FORMAT
    some = reader.entities_after(0, 3)
    assert some and [e.eid for e in some] == sorted(e.eid for e in some)
    entity = reader.entity(some[0].id)
    assert entity is not None and entity.id == some[0].id and isinstance(entity.prominence, float)
    names = reader.names_of(entity.eid)
    assert names and all(0 <= n.tier <= 3 for n in names)
    forms = reader.forms_spelled(names[0].text.lower())
    assert all(isinstance(f, FormRecord) for f in forms)
    assert reader.entity_count() == len(reader.entity_ids()) == len(fixture_gazetteer)
    assert reader.entity("person:no-such-person") is None


def test_read_meta_of_a_missing_or_foreign_file(tmp_path: Path) -> None:
    assert read_meta(tmp_path / "missing.sqlite") is None
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    assert read_meta(junk) is None
    with pytest.raises(GazetteerError):
        IndexReader(junk)
