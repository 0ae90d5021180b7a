from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from translit_names.cli import main

DATA = Path(__file__).parent / "data"
FIXTURE = str(DATA / "fixture")


def run(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.output


def test_lookup_json_same_id_for_spellings() -> None:
    ids = set()
    for name in ("Tichanowskaya", "Sviatlana Tsikhanouskaya", "Светлана Тихановская"):
        code, out = run("lookup", name, "--json", "--no-default", "--gazetteer", FIXTURE)
        assert code == 0, out
        ids.add(json.loads(out)["match"]["id"])
    assert ids == {"person:sviatlana-tsikhanouskaya"}


def test_lookup_not_found_exit_1() -> None:
    code, out = run("lookup", "Jonathan Whitfield", "--no-default", "--gazetteer", FIXTURE)
    assert code == 1
    assert "not found" in out


def test_lookup_top_lists_candidates() -> None:
    code, out = run("lookup", "Alexander Ivanov", "--top", "2", "--json", "--no-default", "--gazetteer", FIXTURE)
    assert code == 1  # two namesakes: no confident answer
    obj = json.loads(out)
    assert obj["match"] is None
    assert [c["id"] for c in obj["candidates"]] == ["person:alexander-ivanov", "person:alexander-ivanov-2"]


def test_lookup_reads_stdin_as_json_lines() -> None:
    code, out = run("lookup", "--no-default", "--gazetteer", FIXTURE, input="Tikhanovskaya\n\nJonathan Whitfield\nЛукашенко\n")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    # One output line per input line, blank lines included, so that rows line up (issue 12).
    assert [line["query"] for line in lines] == ["Tikhanovskaya", "", "Jonathan Whitfield", "Лукашенко"]
    assert [line["match"] and line["match"]["id"] for line in lines] == [
        "person:sviatlana-tsikhanouskaya",
        None,
        None,
        "person:alexander-lukashenko",
    ]


def test_bad_gazetteer_is_exit_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities:\n  - id: person:x\n    type: person\n", encoding="utf-8")
    code, out = run("lookup", "x", "--no-default", "--gazetteer", str(bad))
    assert code == 2
    assert "person:x" in out and "name" in out
    assert "Traceback" not in out


def test_usage_error_is_exit_2() -> None:
    code, _ = run("lookup", "x", "--top", "zero")
    assert code == 2


def test_no_default_without_gazetteer_is_exit_2() -> None:
    code, out = run("lookup", "x", "--no-default")
    assert code == 2 and "--gazetteer" in out


def test_compare_command() -> None:
    code, out = run("compare", "Tikhanovskaya", "Tsikhanouskaya", "--json")
    assert code == 0 and json.loads(out)["same"] is True
    code, _ = run("compare", "Tikhanovsky", "Tikhanovskaya")
    assert code == 1


def test_compare_type_and_explain_name_the_deciding_part() -> None:
    code, out = run("compare", "Ivan Ivanovich Petrov", "Ivan Sergeyevich Petrov", "--type", "person", "--explain", "--json")
    data = json.loads(out)
    assert code == 1 and data["same"] is False and data["type"] == "person"
    assert data["reason"] == "patronymics differ: Ivanovich / Sergeyevich"
    code, out = run("compare", "Ivan Ivanovich Petrov", "Ivan Sergeyevich Petrov", "--explain")
    assert code == 1 and "decided by: patronymics differ" in out


def test_compare_with_a_gazetteer_decides_by_entities() -> None:
    code, out = run("compare", "Alexander Lukashenko", "Viktor Lukashenko", "--no-default", "--gazetteer", FIXTURE, "--explain")
    assert code == 1 and "person:viktor-lukashenko" in out
    code, out = run("compare", "Аляксандр Лукашэнка", "Alexander Lukashenko", "--no-default", "--gazetteer", FIXTURE, "--json", "--explain")
    assert code == 0 and "person:alexander-lukashenko" in json.loads(out)["reason"]
    code, out = run("compare", "a", "b", "--no-default")
    assert code == 2 and "--gazetteer" in out


def test_validate_reports_file_and_entity(tmp_path: Path) -> None:
    bad = tmp_path / "dup.yaml"
    bad.write_text(
        "sources: {curated: {title: t}}\ndefault_source: curated\nentities:\n"
        "  - {id: 'person:a', type: person, name: A One}\n  - {id: 'person:a', type: person, name: A Two}\n",
        encoding="utf-8",
    )
    code, out = run("gazetteer", "validate", "--no-imports", str(bad))
    assert code == 2
    assert "dup.yaml" in out and "person:a" in out and "duplicate" in out


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((*prefix, name))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, (*prefix, name)))
    return out


@pytest.mark.parametrize("path", _commands(main), ids=" ".join)
def test_every_command_has_help_and_is_documented(path: tuple[str, ...]) -> None:
    code, out = run(*path, "--help")
    assert code == 0 and "Usage:" in out
    cmd: click.Command = main
    for part in path:
        assert isinstance(cmd, click.Group)
        cmd = cmd.commands[part]
    assert cmd.help and cmd.help.strip()
    docs = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"translit-names {' '.join(path)}" in docs


def test_real_subprocess_entry_point() -> None:
    """The installed console script (or the module) runs as a real process."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "translit_names.cli", "lookup", "Лукашенко", "--json", "--no-default", "--gazetteer", FIXTURE],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["match"]["id"] == "person:alexander-lukashenko"
    proc = subprocess.run(
        [sys.executable, "-m", "translit_names.cli", "lookup", "   ", "--no-default", "--gazetteer", FIXTURE],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr


def test_cli_reference_is_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_cli_docs", Path(__file__).parent.parent / "scripts" / "gen_cli_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.DOC.read_text(encoding="utf-8") == module.render(), "run: python scripts/gen_cli_docs.py"
