"""The build is the validator: every rule names the file and entity; builds are deterministic."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from translit_names import GazetteerError
from translit_names.build.compile import collect, compile_sources

HEAD = "sources: {curated: {title: t}}\ndefault_source: curated\nentities:\n"


def write(tmp_path: Path, body: str, name: str = "g.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("  - {id: 'person:a', type: person, name: A}\n  - {id: 'person:a', type: person, name: B}\n", "duplicate id"),
        ("  - {id: 'person:a', type: person}\n", "missing or empty `name`"),
        ("  - {id: 'org:a', type: person, name: A}\n", "does not match type"),
        ("  - {id: 'person:a', type: planet, name: A}\n", "unknown type"),
        ("  - {id: 'Person A', type: person, name: A}\n", "malformed id"),
        ("  - {id: 'person:a', type: person, name: A, names: [{name: X, lang: xx}]}\n", "unknown language"),
        ("  - {id: 'person:a', type: person, name: A, names: [{name: X, tier: strong}]}\n", "unknown tier"),
        ("  - {id: 'person:a', type: person, name: A, names: [{name: X, source: nowhere}]}\n", "not declared"),
        ("  - {id: 'person:a', type: person, name: A, prominence: 250}\n", "prominence"),
        ("  - {id: 'person:a', type: person, name: A, native: [{name: Б}]}\n", "needs its language"),
        ("  - {extend: 'country:zz', names: [{name: X}]}\n", "does not exist"),
        (
            "  - {id: 'person:a', type: person, name: A, names: [{name: Same Name}]}\n"
            "  - {id: 'person:b', type: person, name: B, names: [{name: Same Name}]}\n",
            "also a alias name of person:a",
        ),
        ("  - {id: 'person:a', type: person, name: A, colour: red}\n", "unknown field"),
    ],
    ids=lambda v: v if len(v) < 40 else v[:40],
)
def test_validation_errors_name_file_and_entity(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(GazetteerError) as info:
        collect([path])
    text = str(info.value)
    assert message in text
    assert "g.yaml" in text


def test_malformed_yaml_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("entities: [\n  - {id: ", encoding="utf-8")
    with pytest.raises(GazetteerError, match="broken.yaml"):
        collect([path])


def test_same_tier_namesakes_with_same_canonical_name_are_allowed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "  - {id: 'person:a', type: person, name: Sergei Ivanov, description: one}\n"
        "  - {id: 'person:b', type: person, name: Sergei Ivanov, description: two}\n",
    )
    assert [e.id for e in collect([path]).entities] == ["person:a", "person:b"]


def test_builds_are_byte_identical(tmp_path: Path) -> None:
    src = Path(__file__).parent.parent / "data" / "fixture"
    digests = []
    for n in range(2):
        out = tmp_path / f"index{n}.sqlite"
        compile_sources(collect([src]), out)
        digests.append(hashlib.sha256(out.read_bytes()).hexdigest())
    assert digests[0] == digests[1]
