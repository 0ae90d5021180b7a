"""Regressions of issue 12 seen through the command line: the build never replaces the installed index unless
told to, batch rows line up with input rows, undecodable input is reported, and annotate counts offsets in the
original text (CRLF line breaks included)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from translit_names.cli import main
from importlib import resources

DATA = Path(__file__).parent / "data"
FIXTURE = str(DATA / "fixture")


def invoke(args: list[str], input: bytes | str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args, input=input)
    return result.exit_code, result.stdout, result.stderr


def test_build_without_output_refuses_and_leaves_the_installed_index(tmp_path: Path, monkeypatch: object) -> None:
    installed = Path(str(resources.files("translit_names") / "data" / "index.sqlite"))
    before = installed.stat()
    (tmp_path / "gazetteer").mkdir()
    (tmp_path / "gazetteer" / "g.yaml").write_text(
        "sources: {c: {title: t}}\ndefault_source: c\nentities:\n  - {id: 'person:a', type: person, name: Ann Bee}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)  # type: ignore[attr-defined]
    code, _out, err = invoke(["gazetteer", "build", "--no-imports"])
    assert code == 2
    assert "--output" in err and "--install" in err
    after = installed.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    code, _out, err = invoke(["gazetteer", "build", "--no-imports", "--output", "x.sqlite", "--install"])
    assert code == 2 and "choose one" in err
    code, out, err = invoke(["gazetteer", "build", "--no-imports", "--output", "mine.sqlite"])
    assert code == 0, err
    assert (tmp_path / "mine.sqlite").is_file()
    assert installed.stat().st_mtime_ns == before.st_mtime_ns


def test_a_compiled_index_opens_directly_over_the_default(tmp_path: Path) -> None:
    code, _out, err = invoke(["gazetteer", "build", "--source", FIXTURE, "--no-imports", "--output", str(tmp_path / "f.sqlite")])
    assert code == 0, err
    code, out, err = invoke(["lookup", "Tikhanovskaya", "--json", "--no-default", "--gazetteer", str(tmp_path / "f.sqlite")])
    assert code == 0, err
    assert json.loads(out)["match"]["id"] == "person:sviatlana-tsikhanouskaya"


def test_batch_lookup_keeps_one_row_per_input_line() -> None:
    code, out, _err = invoke(
        ["lookup", "--no-default", "--gazetteer", FIXTURE], input="\nLukashenko\n   \r\n\nTikhanovskaya\r\n"
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in rows] == ["", "Lukashenko", "   ", "", "Tikhanovskaya"]
    assert [r["match"] and r["match"]["id"] for r in rows] == [
        None, "person:alexander-lukashenko", None, None, "person:sviatlana-tsikhanouskaya",
    ]
    assert code == 0


def test_batch_lookup_reports_invalid_bytes_without_echoing_them() -> None:
    code, out, _err = invoke(["lookup", "--no-default", "--gazetteer", FIXTURE], input=b"Luka\xffshenko\nLukashenko\n")
    assert code == 2
    lines = out.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert "not valid UTF-8" in first["error"]
    assert "\udcff" not in lines[0] and "\\udcff" not in lines[0]
    out.encode("utf-8")  # strict: no lone surrogates, no raw bytes
    assert json.loads(lines[1])["match"]["id"] == "person:alexander-lukashenko"


def test_batch_lookup_skips_a_byte_order_mark() -> None:
    _code, out, _err = invoke(["lookup", "--no-default", "--gazetteer", FIXTURE], input=b"\xef\xbb\xbfLukashenko\n")
    assert json.loads(out)["query"] == "Lukashenko"


def test_annotate_offsets_of_a_crlf_file_are_offsets_in_its_text(tmp_path: Path) -> None:
    text = "First line.\r\nSecond line.\r\nThen Alexander Lukashenko spoke.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    for source, stdin in ((str(path), None), ("-", text.encode("utf-8"))):
        code, out, err = invoke(["annotate", source, "--no-default", "--gazetteer", FIXTURE], input=stdin)
        assert code == 0, err
        mention = json.loads(out.splitlines()[0])
        assert text[mention["start"] : mention["end"]] == "Alexander Lukashenko"


def test_annotate_refuses_undecodable_input_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Lukašenka".encode("latin-1", errors="replace") + b"\xff")
    code, _out, err = invoke(["annotate", str(path), "--no-default", "--gazetteer", FIXTURE])
    assert code == 2
    assert "not UTF-8" in err and "Traceback" not in err


def test_compare_refuses_a_huge_name_in_one_line() -> None:
    code, _out, err = invoke(["compare", "Putin " * 200_000, "Putin"])
    assert code == 2
    assert "limited to" in err and len(err.strip().splitlines()) == 1
