"""The pipeline on PySpark: the same extraction, run over many input files on a cluster.

Input files are spread over partitions; each partition runs :func:`newsgraph.runner.run` with a
pipeline loaded once per executor Python worker (``mapPartitions``). The result is one Parquet
dataset per table, with the columns of ``newsgraph export`` (``store/rows.py`` defines them for both),
and the same rows as a local ``newsgraph ingest`` of the same inputs: an article found twice is kept
once, from the first input that holds it. The cross-article tables (duplicates, entities, stories,
relations) are then computed over that Parquet by the driver with DuckDB, by the code a local ingest runs
(:mod:`newsgraph.cross_article`), so they too equal a local ingest's.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .cross_article import ORDER, write_cross_article_tables
from .errors import InputError, NewsgraphError, SkippedInput
from .ingest.sources import expand_inputs
from .settings import Settings
from .store.rows import COLUMNS, TABLES, document_rows

# columns the Parquet output leaves out (the whole JSON document stays in the store only)
DROPPED = {"articles": {"doc"}}
ERRORS = "_errors"


def output_columns(table: str) -> list[tuple[str, str]]:
    return [(c, t) for c, t in COLUMNS[table] if c not in DROPPED.get(table, set())]


def _spark_type(duck: str):
    from pyspark.sql import types as T

    return {"VARCHAR": T.StringType(), "JSON": T.StringType(), "DATE": T.DateType(), "INTEGER": T.IntegerType(),
            "BOOLEAN": T.BooleanType(), "DOUBLE": T.DoubleType(), "TIMESTAMP": T.TimestampType(),
            "VARCHAR[]": T.ArrayType(T.StringType())}[duck]


def spark_schema(table: str):
    from pyspark.sql import types as T

    fields = [T.StructField(c, _spark_type(t), True) for c, t in output_columns(table)]
    return T.StructType(fields + [T.StructField("_order", T.LongType(), False), T.StructField("_k", T.LongType(), False)])


# -- executor side ------------------------------------------------------------------------------------
_PIPELINES: dict[tuple, Any] = {}


def _convert(value: Any, duck: str) -> Any:
    if duck == "DATE" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def process_partition(items: Iterable[tuple[int, str]], settings: Settings, published: str | None,
                      ingested_at: datetime) -> Iterator[tuple[str, tuple]]:
    """(table, row) pairs for the (input order, path) items of one partition, each row ending with its
    input's order and its document's position within that input; errors as table ``_errors``."""
    from .pipeline import Pipeline
    from .runner import run

    key = (settings.model, settings.actors)
    if key not in _PIPELINES:  # one model load per executor Python worker
        _PIPELINES[key] = Pipeline(settings)
    pipe = _PIPELINES[key]
    for order, path in items:
        k = 0
        for r in run([path], settings, published, workers=1, pipeline=pipe):
            if isinstance(r, InputError):
                yield ERRORS, (r.source, r.reason, isinstance(r, SkippedInput), order)
                continue
            rows = document_rows(r, pipe.model_name, ingested_at)
            for table in TABLES:
                cols = COLUMNS[table]
                keep = [i for i, (c, _) in enumerate(cols) if c not in DROPPED.get(table, set())]
                for row in rows[table]:
                    yield table, tuple(_convert(row[i], cols[i][1]) for i in keep) + (order, k)
            k += 1


# -- driver side ----------------------------------------------------------------------------------------
def run_spark(inputs: Iterable[str | os.PathLike], output: str | os.PathLike, settings: Settings | None = None,
              published: str | None = None, master: str | None = None, partitions: int | None = None,
              on_error=None, cross_article: bool = True) -> dict[str, int]:
    """Extract ``inputs`` on Spark into ``output/<table>/`` Parquet datasets; returns rows per table
    (and ``failed``/``skipped`` counts). ``on_error(InputError)`` is called for each bad input. Then,
    unless ``cross_article`` is False, the cross-article tables (:data:`CROSS_TABLES`: duplicates,
    entities, stories, relations) are computed over that output (:mod:`newsgraph.cross_article`)."""
    settings = settings or Settings()
    try:
        from pyspark.sql import SparkSession
        from pyspark.sql import functions as F
    except ImportError as e:
        raise NewsgraphError("PySpark is not installed: pip install 'pyspark>=3.5'") from e
    files: list[str] = []
    failed_inputs = []
    for name in expand_inputs(inputs):
        if isinstance(name, InputError):
            failed_inputs.append(name)
        elif name == "-":
            failed_inputs.append(InputError("-", "stdin cannot be spread over a cluster; give files"))
        else:
            files.append(name)
    master = master or os.environ.get("SPARK_MASTER") or "local[*]"
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (SparkSession.builder.master(master).appName("newsgraph")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.session.timeZone", "UTC")
             .getOrCreate())
    counts: dict[str, int] = {}
    try:
        sc = spark.sparkContext
        sc.setLogLevel("ERROR")
        ingested_at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        n_slices = max(1, min(len(files), partitions or sc.defaultParallelism * 2))
        rdd = sc.parallelize(list(enumerate(files)), n_slices).mapPartitions(
            lambda items: process_partition(items, settings, published, ingested_at))
        rdd = rdd.cache()
        errors = sorted(rdd.filter(lambda kv: kv[0] == ERRORS).map(lambda kv: kv[1]).collect(), key=lambda e: e[3])
        for e in failed_inputs:
            if on_error:
                on_error(e)
        for source, reason, skipped, _ in errors:
            if on_error:
                on_error(SkippedInput(source, reason) if skipped else InputError(source, reason))
        counts["failed"] = len(failed_inputs) + sum(1 for e in errors if not e[2])
        counts["skipped"] = sum(1 for e in errors if e[2])
        # an article found in several inputs is kept from the first of them, as a local ingest keeps it
        art = spark.createDataFrame(rdd.filter(lambda kv: kv[0] == "articles").map(lambda kv: kv[1]),
                                    spark_schema("articles"))
        first = art.groupBy("id").agg(F.min("_order").alias("_first"))
        for table in TABLES:
            df = art if table == "articles" else spark.createDataFrame(
                rdd.filter(lambda kv, t=table: kv[0] == t).map(lambda kv: kv[1]), spark_schema(table))
            if table == "articles":
                df = df.join(first, "id")
            else:
                df = df.join(first.withColumnRenamed("id", "_article"), F.col("article_id") == F.col("_article"))
            df = df.where(F.col("_order") == F.col("_first"))
            if table == "articles":  # the input order, which the cross-article update follows
                df.select("id", "_order", "_k").write.mode("overwrite").parquet(str(Path(output) / ORDER))
            df = df.select(*[c for c, _ in output_columns(table)])
            df.write.mode("overwrite").parquet(str(Path(output) / table))
            counts[table] = df.count()
        rdd.unpersist()
    finally:
        spark.stop()
    if cross_article:
        counts.update(_cross_article(output))
    return counts


def _cross_article(output: str | os.PathLike) -> dict[str, int]:
    """The cross-article tables, with DuckDB on the driver over the Parquet just written
    (:mod:`newsgraph.cross_article`); skipped (no counts) where the output is no local or mounted folder."""
    import shutil

    if "://" in str(output) and not str(output).startswith("file://"):
        return {}
    folder = Path(str(output).removeprefix("file://"))
    try:
        return write_cross_article_tables(folder)
    finally:
        shutil.rmtree(folder / ORDER, ignore_errors=True)
