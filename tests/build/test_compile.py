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


def test_a_csv_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes("\ufeffid,type,name\nperson:ann-bee,person,Ann Bee\n".encode("utf-8"))
    found = collect([table])
    assert [e.id for e in found.entities] == ["person:ann-bee"]


def test_csv_errors_name_the_line_of_the_file(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    # Line 1 is the header; line 3 has a bad id; line 4-5 is one row with a quoted line break; line 6 is bad.
    table.write_text(
        'id,type,name,description\nperson:ok,person,Ok Name,\nBad Id,person,X,\nperson:two,person,Two,"a\nb"\n'
        "person:three,planet,Three,\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError) as info:
        collect([table])
    message = str(info.value)
    assert "t.csv:3" in message and "malformed id" in message
    assert "t.csv:6" in message and "unknown type" in message


def test_a_csv_without_the_required_columns_says_so(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("ident,kind,label\nx,y,z\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="no column id, type, name"):
        collect([table])


def test_yaml_syntax_errors_give_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "  - {id: 'person:a', type: person, name: A\n  - {id: 'person:b'\n")
    with pytest.raises(GazetteerError) as info:
        collect([path])
    message = str(info.value)
    assert "g.yaml:" in message and "YAML syntax error" in message
    line, column = message.split("g.yaml:")[1].split(":")[:2]
    assert int(line) >= 4 and int(column) >= 1
