"""`translit-names gazetteer build SOURCES... --output FILE`: a standalone index from users' data sets."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from click.testing import CliRunner

from translit_names import Gazetteer
from translit_names.build.inputs import FORMATS
from translit_names.cli import main
from translit_names.cli.gazetteer import BUILD_FORMATS
from translit_names.gazetteer import default_index_path

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "importers"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_formats_listed_alike() -> None:
    assert BUILD_FORMATS == FORMATS


def test_build_sources_into_a_file_leaves_the_package_alone(tmp_path: Path) -> None:
    packaged = default_index_path()
    before = (_digest(packaged), sorted(os.listdir(packaged.parent)))
    out = tmp_path / "own.sqlite"
    result = CliRunner().invoke(
        main,
        ["gazetteer", "build", str(SAMPLES / "ftm-sample.ftm.json"), str(SAMPLES / "wikidata-sample.json"),
         str(SAMPLES / "geonames-sample.txt"), "--alternate-names", str(SAMPLES / "geonames-alternateNamesV2-sample.txt"),
         "--output", str(out), "--workers", "1"],
    )
    assert result.exit_code == 0, result.output
    assert "14 entities" in result.output and "4 records of other kinds ignored" in result.output
    assert (_digest(packaged), sorted(os.listdir(packaged.parent))) == before
    assert sorted(os.listdir(tmp_path)) == ["own.sqlite"]
    gaz = Gazetteer(out)
    try:
        assert gaz.get("geonames:2950159").ids == {"geonames": "2950159", "wikidata": "Q64"}  # type: ignore[union-attr]
    finally:
        gaz.close()


def test_build_refuses_to_overwrite_the_installed_index(tmp_path: Path) -> None:
    packaged = default_index_path()
    before = _digest(packaged)
    result = CliRunner().invoke(main, ["gazetteer", "build", str(SAMPLES / "ftm-sample.ftm.json"), "--output", str(packaged)])
    assert result.exit_code == 2 and "installed package's index" in result.output
    assert _digest(packaged) == before


def test_build_sources_needs_output() -> None:
    result = CliRunner().invoke(main, ["gazetteer", "build", str(SAMPLES / "ftm-sample.ftm.json")])
    assert result.exit_code == 2 and "--output FILE" in result.output


def test_build_sources_never_install() -> None:
    packaged = default_index_path()
    before = _digest(packaged)
    result = CliRunner().invoke(main, ["gazetteer", "build", str(SAMPLES / "ftm-sample.ftm.json"), "--install"])
    assert result.exit_code == 2 and "--install" in result.output and "not SOURCES" in result.output
    assert _digest(packaged) == before


def test_bad_record_one_line_error_then_skip_bad(tmp_path: Path) -> None:
    src = tmp_path / "in.ftm.json"
    lines = (SAMPLES / "ftm-sample.ftm.json").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3][:30]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "own.sqlite"
    result = CliRunner().invoke(main, ["gazetteer", "build", str(src), "--output", str(out), "--workers", "1"])
    assert result.exit_code == 2
    message = result.output.strip()
    assert "\n" not in message and f"{src}:4: not a JSON object" in message and "Traceback" not in message
    assert not out.exists() and sorted(os.listdir(tmp_path)) == ["in.ftm.json"]
    result = CliRunner().invoke(main, ["gazetteer", "build", str(src), "--output", str(out), "--skip-bad", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "skipped 1 bad record(s)" in result.output and f"{src}:4:" in result.output
    assert out.exists()
