"""CLI: lookup --input (CSV, TSV, JSON lines, Parquet, text) and cluster: rows kept in order, clear errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from translit_names.cli import main

FIXTURE = str(Path(__file__).parent.parent / "data" / "fixture")
GAZ = ["--no-default", "--gazetteer", FIXTURE]
TSIKH = "person:sviatlana-tsikhanouskaya"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_csv_rows_kept_in_order_with_blank_cells(tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", "\ufeffname,note\nTichanowskaya,a\n,b\nJonathan Whitfield,c\n\"Lukashenko, Alexander\",d\n")
    code, out = run("lookup", "--input", src, *GAZ)
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["note"] for r in rows] == ["a", "b", "c", "d"]
    assert [r["match_id"] for r in rows] == [TSIKH, "", "", "person:alexander-lukashenko"]
    assert rows[0]["match_type"] == "person" and float(rows[0]["match_score"]) >= 0.75


def test_jsonl_in_and_out_file(tmp_path: Path) -> None:
    src = write(tmp_path / "in.jsonl", '{"who": "Tichanowskaya", "n": 1}\n{"who": null, "n": 2}\n{"n": 3}\n')
    out_path = tmp_path / "out.jsonl"
    code, _ = run("lookup", "--input", src, "--column", "who", "--output", str(out_path), *GAZ)
    assert code == 0
    rows = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["n"] for r in rows] == [1, 2, 3]
    assert [r["match_id"] for r in rows] == [TSIKH, None, None]


def test_parquet_round_trip(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"name": ["Tichanowskaya", None, "Jonathan Whitfield"], "k": [1, 2, 3]}), src)
    out = tmp_path / "out.parquet"
    code, _ = run("lookup", "--input", str(src), "--output", str(out), "--workers", "1", *GAZ)
    assert code == 0
    table = pq.read_table(out)
    assert table.column("k").to_pylist() == [1, 2, 3]
    assert table.column("match_id").to_pylist() == [TSIKH, None, None]


def test_text_file_one_name_per_line(tmp_path: Path) -> None:
    src = write(tmp_path / "names.txt", "Tichanowskaya\n\nJonathan Whitfield\n")
    code, out = run("lookup", "--input", src, *GAZ)
    lines = out.splitlines()
    assert code == 0 and lines[0].split("\t")[:2] == ["name", "match_id"]
    assert [line.split("\t")[1] for line in lines[1:]] == [TSIKH, "", ""]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.csv", "name\n\"abc\n", "bad.csv, line 2: malformed CSV"),
        ("bad2.csv", "name,x\na,b,c\n", "bad2.csv, line 2: more fields"),
        ("bad.jsonl", '{"name": "a"}\n{"name": \n', "bad.jsonl, line 2: not a JSON object"),
        ("nocol.csv", "who\nx\n", "no column 'name'"),
        ("bad.xlsx", "x", "unknown table format"),
        ("bad.parquet", "not parquet", "not a readable Parquet file"),
    ],
)
def test_malformed_files_give_one_line_and_exit_2(tmp_path: Path, name: str, content: str, message: str) -> None:
    src = write(tmp_path / name, content)
    code, out = run("lookup", "--input", src, *GAZ)
    assert code == 2
    assert message in out and "Traceback" not in out and len(out.strip().splitlines()) == 1


def test_invalid_utf8_names_its_line(tmp_path: Path) -> None:
    src = tmp_path / "bad.csv"
    src.write_bytes(b"name\nok\n\xff\xfe\n")
    code, out = run("lookup", "--input", str(src), *GAZ)
    assert code == 2 and "line 3: not UTF-8" in out


def test_input_with_names_is_a_usage_error(tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", "name\nx\n")
    code, out = run("lookup", "Putin", "--input", src, *GAZ)
    assert code == 2 and "--input" in out


def test_cluster_writes_a_group_column(tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", "name\nVladimir Putin\nWladimir Putin\n\nAngela Merkel\nВладимир Путин\n")
    code, out = run("cluster", src, "--explain")
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    groups = [int(r["group"]) for r in rows]
    assert groups[0] == groups[1] == groups[4] and groups[2] == -1 and groups[3] not in (groups[0], -1)
    assert all(r["group_reason"] for r in rows)


def test_cluster_link_adds_entities(tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", "name\nTichanowskaya\nSvetlana Tikhanovskaya\nSergei Tikhanovsky\n")
    code, out = run("cluster", src, "--link", *GAZ)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert rows[0]["group"] == rows[1]["group"] != rows[2]["group"]
    assert rows[0]["entity"] == TSIKH
