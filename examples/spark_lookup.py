"""Resolve a column of names on Spark with translit_names (mapInPandas; the index opened once per executor).

Needs: pip install 'translit-names[spark]' and a Java runtime (e.g. Debian's openjdk-17-jre-headless).

    python examples/spark_lookup.py [--master local[2]] [--rows 200000]

It builds a DataFrame of names (real spellings from the labelled set, repeated to --rows), resolves them with
translit_names.engines.spark.lookup_frame, and prints a sample, the count of resolved rows per entity type and the
time taken. docs/scale-out.md shows the output of a run.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    import pandas as pd
    from pyspark.sql import SparkSession

    from translit_names.engines.spark import lookup_frame

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    with (HERE.parent / "benchmarks" / "data" / "labelled.tsv").open(encoding="utf-8", newline="") as handle:
        names = [r["query"] for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    names = (names * (args.rows // len(names) + 1))[: args.rows]
    spark = (SparkSession.builder.master(args.master).appName("translit-names-example")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        frame = spark.createDataFrame(pd.DataFrame({"row": range(len(names)), "name": names})).repartition(4)
        start = time.perf_counter()
        resolved = lookup_frame(frame, "name").cache()
        total = resolved.count()
        took = time.perf_counter() - start
        print(f"Spark {spark.version}, master {args.master}: {total} rows resolved in {took:.1f} s "
              f"({total / took:.0f} rows/s)")
        resolved.orderBy("row").select("name", "match_id", "match_score").show(8, truncate=False)
        resolved.groupBy("match_type").count().orderBy("match_type").show()
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
