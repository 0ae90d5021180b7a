"""The importers of users' data sets (FollowTheMoney, Wikidata, GeoNames) on small samples in the real formats
(tests/data/importers, written for these tests): what they read, and how they treat malformed input."""

from __future__ import annotations

import bz2
import gzip
import json
import zipfile
from pathlib import Path

import pytest

from translit_names.build.importers import ftm, geonames_dump, wikidata
from translit_names.build.importers.stream import BadRecords, ImportCounts
from translit_names.build.inputs import detect, plan
from translit_names.build.sources import RawEntity
from translit_names.errors import GazetteerError

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"
FTM = DATA / "ftm-sample.ftm.json"
WIKIDATA = DATA / "wikidata-sample.json"
GEONAMES = DATA / "geonames-sample.txt"
ALTNAMES = DATA / "geonames-alternateNamesV2-sample.txt"


def _names(entity: RawEntity) -> set[tuple[str, str]]:
    return {(n.text, n.tier) for n in entity.names}


def test_ftm_entities_tiers_and_ids() -> None:
    counts = ImportCounts()
    by_id = {e.id: e for e in ftm.read(FTM, BadRecords(), counts)}
    assert sorted(by_id) == [
        "ftm:Q7747", "ftm:test-co-0001", "ftm:test-le-0003", "ftm:test-person-0002", "ftm:test-vessel-0001"
    ]
    assert (counts.entities, counts.ignored) == (5, 2)  # the Sanction and the Address name no entity
    putin = by_id["ftm:Q7747"]
    assert (putin.type, putin.name, putin.country, putin.gender) == ("person", "Vladimir Putin", "ru", "m")
    assert putin.ids == {"ftm": "Q7747", "wikidata": "Q7747"}
    assert ("Владимир Владимирович Путин", "preferred") in _names(putin)
    assert ("Vladimir Vladimirovich Putin", "alias") in _names(putin)
    company = by_id["ftm:test-co-0001"]
    assert company.type == "organisation" and company.country == "cy"
    assert company.ids == {"ftm": "test-co-0001"}  # no wikidataId in the record: none made up
    assert ("Northwind", "weak") in _names(company)
    previous = [n for n in company.names if n.text == "Northwind Import LLC"]
    assert [(n.tier, n.source) for n in previous] == [("alias", "ftm:ftm-sample.ftm.json#previousName")]
    assert by_id["ftm:test-vessel-0001"].type == "vessel"
    assert by_id["ftm:test-le-0003"].country == "gb"  # "zz" (no country) is passed over
    assert all(n.lang == "und" for e in by_id.values() for n in e.names)


def test_wikidata_labels_classes_and_prominence() -> None:
    counts = ImportCounts()
    by_id = {e.id: e for e in wikidata.read(WIKIDATA, BadRecords(), counts)}
    assert sorted(by_id) == ["wikidata:Q183", "wikidata:Q42", "wikidata:Q513", "wikidata:Q64"]
    assert counts.ignored == 2  # the property P31 and Earth (a planet: no class of the gazetteer)
    adams, germany, berlin = by_id["wikidata:Q42"], by_id["wikidata:Q183"], by_id["wikidata:Q64"]
    assert (adams.type, adams.gender, adams.description) == ("person", "m", "English writer and humorist")
    assert ("Douglas Noël Adams", "alias") in _names(adams)
    assert (germany.type, germany.country, germany.ids) == ("country", "de", {"wikidata": "Q183"})
    assert ("Deutschland", "preferred") in _names(germany) and ("FRG", "alias") in _names(germany)
    assert berlin.type == "city"
    assert {(n.text, n.lang) for n in berlin.native} >= {("Берлин", "ru"), ("Берлін", "uk"), ("Берлін", "be")}
    # More sitelinks, more prominence; none at all gives the default 10.
    assert by_id["wikidata:Q513"].prominence == 10.0
    assert berlin.prominence > adams.prominence > by_id["wikidata:Q513"].prominence
    assert by_id["wikidata:Q513"].name == "Mount Everest"


@pytest.mark.parametrize("opener", [gzip.open, bz2.open], ids=["gzip", "bzip2"])
def test_wikidata_compressed(tmp_path: Path, opener: object) -> None:
    path = tmp_path / "dump.json.x"
    with opener(path, "wb") as fh:  # type: ignore[operator]
        fh.write(WIKIDATA.read_bytes())
    plain = [e.id for e in wikidata.read(WIKIDATA, BadRecords())]
    assert [e.id for e in wikidata.read(path, BadRecords())] == plain
    assert detect(path) == "wikidata"


def test_geonames_with_alternate_names() -> None:
    by_id = {e.id: e for e in geonames_dump.read(GEONAMES, BadRecords(), alternate_names=ALTNAMES)}
    assert sorted(by_id) == ["geonames:2921044", "geonames:2950159", "geonames:498817", "geonames:524901", "geonames:625144"]
    germany, berlin, spb = by_id["geonames:2921044"], by_id["geonames:2950159"], by_id["geonames:498817"]
    assert (germany.type, germany.country) == ("country", "de")
    assert (berlin.type, berlin.ids) == ("city", {"geonames": "2950159", "wikidata": "Q64"})
    texts = {n.text for n in berlin.names}
    assert "10178" not in texts and "BER" not in texts and not any("wikipedia" in t for t in texts)
    assert ("Leningrad", "alias") in _names(spb)
    assert [n.source for n in spb.names if n.text == "Leningrad"] == ["geonames:geonames-alternateNamesV2-sample.txt#historic"]
    assert ("Питер", "weak") in _names(spb)  # colloquial
    assert ("BRD", "weak") in _names(germany)  # abbr
    assert by_id["geonames:625144"].native  # Belarusian and Russian names are romanised by the build
    assert berlin.prominence > by_id["geonames:625144"].prominence  # 3.4 million > 1.7 million


def test_geonames_zip_archives(tmp_path: Path) -> None:
    main, alt = tmp_path / "cities15000.zip", tmp_path / "alternateNamesV2.zip"
    with zipfile.ZipFile(main, "w") as z:
        z.write(GEONAMES, "cities15000.txt")
    with zipfile.ZipFile(alt, "w") as z:
        z.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\n")
        z.write(ALTNAMES, "alternateNamesV2.txt")
    assert detect(main) == "geonames"
    zipped = [(e.id, _names(e)) for e in geonames_dump.read(main, BadRecords(), alternate_names=alt)]
    plain = [(e.id, _names(e)) for e in geonames_dump.read(GEONAMES, BadRecords(), alternate_names=ALTNAMES)]
    assert zipped == plain


def test_geonames_without_alternate_names_drops_codes() -> None:
    berlin = next(e for e in geonames_dump.read(GEONAMES, BadRecords()) if e.id == "geonames:2950159")
    texts = {n.text for n in berlin.names}
    assert {"Berlino", "Berlín", "Берлин"} <= texts and "BER" not in texts


def test_detection_and_pairing() -> None:
    assert detect(FTM) == "ftm"
    assert detect(WIKIDATA) == "wikidata"
    assert detect(GEONAMES) == "geonames"
    inputs = plan([GEONAMES, ALTNAMES])
    assert [(i.path, i.format, i.alternate_names) for i in inputs] == [(GEONAMES, "geonames", ALTNAMES)]
    with pytest.raises(GazetteerError, match="alternate-names"):
        plan([ALTNAMES])


def _write_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _ftm_line(**kw: object) -> bytes:
    base: dict[str, object] = {"id": "x-1", "schema": "Person", "properties": {"name": ["Ann Example"]}}
    base.update(kw)
    return json.dumps(base).encode()


FTM_BAD = {
    "truncated": (_ftm_line()[:25], "not a JSON object"),
    "missing id": (_ftm_line(id=None), "without a valid `id`"),
    "bad encoding": (_ftm_line(id="x-2").replace(b"Ann", b"\xffnn"), "not UTF-8"),
    "no name": (_ftm_line(id="x-3", properties={"alias": []}), "without a `name`"),
}


@pytest.mark.parametrize("case", sorted(FTM_BAD))
def test_ftm_bad_line_is_one_line_error_or_skipped(tmp_path: Path, case: str) -> None:
    bad_line, message = FTM_BAD[case]
    path = _write_lines(tmp_path / "bad.ftm.json", [_ftm_line(id="ok-1"), bad_line, _ftm_line(id="ok-2")])
    with pytest.raises(GazetteerError) as err:
        list(ftm.read(path, BadRecords()))
    text = str(err.value)
    assert f"{path}:2: " in text and message in text and "\n" not in text
    bad = BadRecords(skip_bad=True)
    assert [e.id for e in ftm.read(path, bad)] == ["ftm:ok-1", "ftm:ok-2"]
    assert bad.count == 1 and bad.examples[0].startswith(f"{path}:2: ")


def test_wikidata_bad_lines(tmp_path: Path) -> None:
    lines = WIKIDATA.read_bytes().splitlines()
    lines.insert(2, lines[1][:40])  # a truncated entity line
    lines.insert(3, b'{"type": "item", "labels": {}},')  # no id
    path = _write_lines(tmp_path / "dump.json", lines)
    with pytest.raises(GazetteerError, match=rf"^{path}:3: not a JSON object"):
        list(wikidata.read(path, BadRecords()))
    bad = BadRecords(skip_bad=True)
    assert len(list(wikidata.read(path, bad))) == 4 and bad.count == 2


def test_geonames_bad_rows(tmp_path: Path) -> None:
    lines = GEONAMES.read_bytes().splitlines()
    lines.insert(1, b"2950160\tNowhere\tNowhere")  # wrong number of columns
    lines.insert(2, b"abc" + lines[2][7:])  # id not a number
    path = _write_lines(tmp_path / "allCountries.txt", lines)
    with pytest.raises(GazetteerError, match=rf"^{path}:2: expected 19 tab-separated columns, got 3"):
        list(geonames_dump.read(path, BadRecords()))
    bad = BadRecords(skip_bad=True)
    assert len(list(geonames_dump.read(path, bad))) == 5 and bad.count == 2
    alt = _write_lines(tmp_path / "alternateNamesV2.txt", [*ALTNAMES.read_bytes().splitlines(), b"27\t625144\tde"])
    with pytest.raises(GazetteerError, match=rf"^{alt}:27: expected 10 \(or 8\) tab-separated columns"):
        list(geonames_dump.read(GEONAMES, BadRecords(), alternate_names=alt))


def test_unknown_format_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="cannot tell the format"):
        detect(path)


def _corrupt(lines: list[bytes], at: int, how: str) -> list[bytes]:
    """``lines`` with line ``at`` (0-based) spoiled: bytes that are not UTF-8, or cut short."""
    out = list(lines)
    out[at] = out[at].replace(b"e", b"\xff", 1) if how == "encoding" else out[at][: len(out[at]) // 2]
    return out


# Each importer, each kind of damage, through the whole streaming build (the bad line is parsed in a worker for
# the line formats): one line naming file and line; with skip_bad, the rest is built and the bad record counted.
STREAM_BAD = {
    "ftm-encoding": ("bad.ftm.json", FTM, 1, "encoding", "not UTF-8"),
    "ftm-truncated": ("bad.ftm.json", FTM, 1, "truncated", "not a JSON object"),
    "wikidata-encoding": ("dump.json", WIKIDATA, 2, "encoding", "not UTF-8"),
    "wikidata-truncated": ("dump.json", WIKIDATA, 2, "truncated", "not a JSON object"),
    "geonames-encoding": ("allCountries.txt", GEONAMES, 1, "encoding", "not UTF-8"),
    "geonames-columns": ("allCountries.txt", GEONAMES, 1, "truncated", "tab-separated columns"),
}


@pytest.mark.parametrize("case", sorted(STREAM_BAD))
def test_streaming_build_bad_line_error_or_skipped_with_count(tmp_path: Path, case: str) -> None:
    from translit_names.build.streaming import build_file

    name, sample, at, how, message = STREAM_BAD[case]
    lines = sample.read_bytes().splitlines()
    path = _write_lines(tmp_path / name, _corrupt(lines, at, how))
    out = tmp_path / "out.sqlite"
    with pytest.raises(GazetteerError) as err:
        build_file([path], out, workers=1)
    text = str(err.value)
    assert text.startswith(f"{path}:{at + 1}: ") and message in text and "\n" not in text, text
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == [name]  # no index, no temporary file
    report = build_file([path], out, workers=1, skip_bad=True)
    good = build_file([_write_lines(tmp_path / f"good-{name}", lines)], tmp_path / "good.sqlite", workers=1)
    assert report.bad == 1 and report.bad_examples[0].startswith(f"{path}:{at + 1}: ")
    assert out.exists() and report.entities + report.ignored == good.entities + good.ignored - 1  # only the bad one lost
