"""The segment model of the learned cross-script word models: units, their mixture, the likelihood ratio, and
the expectation-maximisation that fits it (scripts/segment_training.py)."""

from __future__ import annotations

import math
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit_names.score.crossscript.romanize import SCRIPTS
from translit_names.score.crossscript.segment import (
    FLOOR,
    load_segments,
    log_probability,
    log_ratio,
    mixture,
    read_segments,
    segment_units,
    segments_file,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
import segment_training  # noqa: E402  (the trainer lives with the scripts)


def test_units_are_chains_from_placed_to_reading() -> None:
    assert segment_units("斯", "Hani") == (("^斯$", "斯", "~si"),)
    assert segment_units("克劳斯", "Hani") == (("^克", "克", "~ke"), ("劳", "劳", "~lao"), ("斯$", "斯", "~si"))
    # Hangul by jamo: 박 = ㅂ ㅏ ㄱ; the silent initial ㅇ of 이 is left out.
    assert segment_units("박", "Hang") == (("^<ㅂ", "<ㅂ"), ("ㅏ", "ㅏ"), (">ㄱ$", ">ㄱ"))
    assert segment_units("이", "Hang") == (("^ㅣ$", "ㅣ"),)
    assert segment_units("", "Arab") == () and segment_units("abc", "Hang") == ()


def test_mixture_weights_sum_to_one_and_prefer_the_specific() -> None:
    emit = {"a": {"x": 1.0}, "~a": {"y": 1.0}}
    mix = mixture(emit, ("^a", "a", "~a"))
    assert [w for _, w in mix] == pytest.approx([0.8, 0.2])
    assert mixture(emit, ("^b", "b")) == []
    assert [w for _, w in mixture(emit, ("~a",))] == [1.0]


def toy_table() -> object:
    # A unit A written "ab" and a unit B written "c", seen many times: EM must find that cut.
    examples = [("abc", (("A",), ("B",)))] * 20 + [("ab", (("A",),))] * 5 + [("c", (("B",),))] * 5
    return segment_training.fit(examples, iterations=5, log=False)


def test_expectation_maximisation_finds_the_cut() -> None:
    table = toy_table()
    emit = table.emit  # type: ignore[attr-defined]
    assert max(emit["A"], key=emit["A"].get) == "ab"
    assert max(emit["B"], key=emit["B"].get) == "c"
    assert emit["A"]["ab"] > 0.9
    right = log_probability((("A",), ("B",)), "abc", table)  # type: ignore[arg-type]
    wrong = log_probability((("A",), ("B",)), "cab", table)  # type: ignore[arg-type]
    assert right > wrong > -math.inf
    assert log_probability((("A",),), "abcdefghij", table) == -math.inf  # type: ignore[arg-type]  # too long for one unit


def test_written_table_reads_back(tmp_path: Path) -> None:
    table = toy_table()
    path = tmp_path / "toy-seg.tsv"
    rows = segment_training.write(table, path, ["# toy"])  # type: ignore[arg-type]
    again = read_segments(path.read_text(encoding="utf-8"))
    assert rows == sum(map(len, again.emit.values())) + len(again.bigram)
    assert again.emit["A"]["ab"] == pytest.approx(table.emit["A"]["ab"], rel=1e-3)  # type: ignore[attr-defined]


# Well-known names and their usual spellings (the team's knowledge, written before running the model).
SAME = [
    ("Hani", "弗拉基米尔", "vladimir"),
    ("Hani", "克劳斯", "krause"),
    ("Hani", "亚历山大", "alexander"),
    ("Hang", "블라디미르", "vladimir"),
    ("Hang", "알렉산더", "alexander"),
    ("Arab", "فلاديمير", "vladimir"),
    ("Arab", "الكسندر", "alexander"),
]


@pytest.mark.parametrize(("script", "native", "latin"), SAME, ids=str)
def test_true_spellings_are_likelier_than_other_names(script: str, native: str, latin: str) -> None:
    ratio = log_ratio(native, latin, script)
    assert ratio is not None and ratio > 0.5
    for _s, other_native, other_latin in SAME:
        if _s == script and other_latin != latin:
            other = log_ratio(other_native, latin, script)
            assert other is not None and other < ratio


def test_no_ratio_without_letters_or_table() -> None:
    assert log_ratio("", "vladimir", "Hani") is None
    assert log_ratio("弗拉基米尔", "", "Hani") is None
    assert log_ratio("abc", "abc", "Hani") is None  # no Han unit
    assert FLOOR > 0


@pytest.mark.parametrize("script", ["Hani", "Hang", "Arab"])
def test_segment_files_name_their_source(script: str) -> None:
    text = (resources.files("translit_names") / "data" / "crossscript" / segments_file(script)).read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("wd_" in line and "_80" in line for line in header) and any("CC0" in line for line in header)
    assert load_segments(script) is not None


@given(st.text(alphabet="弗拉基米尔克劳斯블라디미르فلاديمير ー・", max_size=10), st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=14))
def test_ratio_is_bounded_and_deterministic(native: str, latin: str) -> None:
    for script in SCRIPTS:
        first = log_ratio(native, latin, script)
        assert first == log_ratio(native, latin, script)
        assert first is None or -8.0 <= first <= 8.0
