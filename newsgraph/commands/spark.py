"""``newsgraph spark``: the pipeline on PySpark, writing Parquet per table."""

from __future__ import annotations

import sys

import click

from ..cross_article import CROSS_TABLES
from ..errors import NewsgraphError, SkippedInput
from ..settings import load_settings
from ..spark import run_spark


@click.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, metavar="DIR", help="Output folder: one Parquet dataset per table.")
@click.option("--master", metavar="URL", help="Spark master (default: SPARK_MASTER or local[*]).")
@click.option("--partitions", type=click.IntRange(1), help="Spark partitions (default: 2 per core).")
@click.option("--published", metavar="DATE", help="Publication date for every input.")
@click.option("--model", metavar="NAME", help="Installed spaCy pipeline (installed on every executor).")
@click.option("--no-cross-article", is_flag=True,
              help="Skip the cross-article tables (duplicates, entities, stories, relations).")
@click.pass_context
def command(ctx, inputs, output, master, partitions, published, model, no_cross_article):
    """Run the extraction on Spark over INPUTS (files or directories), writing OUTPUT/<table>/*.parquet.

    The tables and columns are those of `newsgraph export` (articles, actors, mentions, statements,
    events); the rows equal a local `newsgraph ingest` of the same inputs. Then the cross-article tables
    (article_clusters, entities, actor_entities, stories, story_events, relations) are computed over
    that Parquet on the driver with DuckDB, as a local ingest computes them (OUTPUT must be a folder the
    driver can open; elsewhere this step is skipped).

    \b
    Example:
      newsgraph spark crawl/*.warc.gz --output out/ --master local[2]
      spark-submit --master yarn $(which newsgraph) spark s3a://bucket/cc-news/ -o s3a://bucket/out/
    """
    failed = []

    def report(e):
        kind = "skipped" if isinstance(e, SkippedInput) else "error"
        if kind == "error":
            failed.append(e)
        click.echo(f"newsgraph: {kind} {e}" if kind == "skipped" else f"newsgraph: error: {e}", err=True)

    try:
        settings = load_settings((ctx.obj or {}).get("config"), model=model)
        counts = run_spark(inputs, output, settings, published=published, master=master, partitions=partitions,
                           on_error=report, cross_article=not no_cross_article)
    except NewsgraphError as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)
    click.echo(", ".join(f"{counts.get(t, 0)} {t}" for t in ("articles", "actors", "mentions", "statements", "events"))
               + f" written to {output}", err=True)
    if "stories" in counts:
        click.echo(", ".join(f"{counts[t]} {t}" for t in CROSS_TABLES) + " across articles", err=True)
    elif not no_cross_article:
        click.echo("newsgraph: cross-article tables skipped: the output is not a folder this machine can open",
                   err=True)
    if failed:
        sys.exit(2 if not counts.get("articles") else 1)
