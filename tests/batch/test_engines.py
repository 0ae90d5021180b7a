"""The scale-out adapters on real engines: Dask on a LocalCluster, DuckDB functions, Spark when present."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from translit_names import Gazetteer

DATA = Path(__file__).parent.parent / "data"
TSIKH = "person:sviatlana-tsikhanouskaya"
LUKA = "person:alexander-lukashenko"
NAMES = ["Tichanowskaya", None, "Alexander Lukashenko", "", "Jonathan Whitfield", "Лукашенко"]
EXPECTED = [TSIKH, None, LUKA, None, None, LUKA]


def test_dask_map_partitions_on_a_local_cluster() -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    from translit_names.engines.dask import lookup_series

    frame = dd.from_pandas(pd.DataFrame({"name": NAMES}), npartitions=3)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        # Each worker process opens the packaged index once.
        result = lookup_series(frame["name"]).compute()
    assert [None if pd.isna(x) else x for x in result["id"]] == EXPECTED
    assert list(result.index) == list(range(len(NAMES)))


def test_duckdb_functions(fixture_gazetteer: Gazetteer) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    from translit_names.engines.duckdb import register

    con = duckdb.connect()
    register(con, gazetteer=fixture_gazetteer)
    con.execute("CREATE TABLE t (i INTEGER, n VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(NAMES)))
    rows = con.execute("SELECT translit_lookup(n), translit_lookup_score(n) FROM t ORDER BY i").fetchall()
    assert [r[0] for r in rows] == EXPECTED
    assert rows[0][1] is not None and 0.75 <= rows[0][1] <= 1 and rows[1][1] is None
    same, other, null = con.execute(
        "SELECT translit_compare('Tikhanovskaya', 'Tsikhanouskaya'), translit_compare('Tikhanovskaya', 'Merkel'), "
        "translit_compare(NULL, 'x')"
    ).fetchone()
    assert same >= 0.75 and other < 0.5 and null is None


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime")
def test_spark_map_in_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    pd = pytest.importorskip("pandas")
    from pyspark.sql import SparkSession

    from translit_names.engines.spark import lookup_frame

    # The Python workers run this interpreter (with this package), wherever pytest was started from.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in sys.path if p))
    spark = (
        SparkSession.builder.master("local[2]").appName("translit-names-test")
        .config("spark.ui.enabled", "false")
        .config("spark.pyspark.python", sys.executable)  # the workers run this interpreter, with this package
        .getOrCreate()
    )
    try:
        frame = spark.createDataFrame(pd.DataFrame({"i": range(len(NAMES)), "name": NAMES}))
        rows = lookup_frame(frame, "name").orderBy("i").collect()
    finally:
        spark.stop()
    assert [r["match_id"] for r in rows] == EXPECTED
