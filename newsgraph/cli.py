"""``newsgraph`` command line: a thin layer over the library (no extraction or SQL here).

Exit status: 0 when every input succeeded, 1 when some failed, 2 when none could be read.
"""

from __future__ import annotations

import json
import signal
import sys
from contextlib import contextmanager

import click

from . import __version__
from .errors import DuplicateInput, InputError, NewsgraphError, SkippedInput
from .ingest.sources import expand_inputs
from .nlp import default_model_name
from .records import Document
from .runner import Counters, default_workers, prepare, release
from .runner import run as run_inputs
from .settings import load_settings
from .summary import format_stats, summarize


def _err(msg: str) -> None:
    click.echo(f"newsgraph: {msg}", err=True)


class _Tally:
    """Counts for the exit status: 0 all succeeded, 1 some failed, 2 none could be read."""

    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0
        self.duplicates = 0
        self.skipped = 0
        self.bar = None

    def error(self, e: InputError) -> None:
        if isinstance(e, DuplicateInput):
            self.duplicates += 1
            self.say(f"skipped {e}")
        elif isinstance(e, SkippedInput):
            self.skipped += 1
            self.say(f"skipped {e}")
        else:
            self.failed += 1
            self.say(f"error: {e}")

    def say(self, msg: str) -> None:
        if self.bar is not None:
            self.bar.write(f"newsgraph: {msg}", file=sys.stderr)
        else:
            _err(msg)

    def exit_code(self) -> int:
        if not self.ok and not self.duplicates and (self.failed or self.skipped):
            return 2
        return 1 if self.failed else 0


def _progress(enabled: bool | None, counters: Counters, total: int | None):
    """A progress bar on stderr (articles/s, failures, ETA when the number of inputs is known)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                postfix={"failed": 0})


def _count_inputs(paths) -> int | None:
    """The number of inputs when it is known cheaply (files and directories of single-article files)."""
    n = 0
    for name in expand_inputs(paths):
        if isinstance(name, InputError):
            continue
        low = str(name).lower().removesuffix(".gz")
        if name == "-" or low.endswith((".jsonl", ".ndjson", ".warc")):
            return None
        n += 1
    return n


def _pipeline(settings):
    """The pipeline, loaded here only where this process reads the articles (one worker): with more, the
    worker processes load it and this one never imports spaCy."""
    from .pipeline import Pipeline

    return Pipeline(settings)


def _settings(ctx_obj: dict, **kw):
    settings = load_settings(ctx_obj.get("config"), **kw)
    if settings.metadata:  # a bad metadata CSV stops the run before any input is read
        from .ingest.sidecar import load_metadata_csv

        load_metadata_csv(settings.metadata)
    return settings


common_options = [
    click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) for every input, "
                 "overriding what the input says; relative dates resolve against it."),
    click.option("--model", metavar="NAME", help="Installed spaCy pipeline (default: the best installed "
                 "English pipeline)."),
    click.option("--actors", "actors", multiple=True, metavar="FILE", type=click.Path(dir_okay=False),
                 help="Extra actor dictionary (YAML or CSV); may be repeated."),
    click.option("--max-size", type=int, metavar="BYTES", help="Largest article text accepted (default 5 MB)."),
    click.option("--plain", is_flag=True, default=None, help="Take text files as already clean: article.text is "
                 "the file's text exactly, so offsets point into it."),
    click.option("--min-confidence", "min_confidence", type=click.FloatRange(0, 1), metavar="X",
                 help="Write only events whose confidence (the validity model's probability that type and "
                      "actor are right) is at least X (default 0.2; 0 writes every event coded)."),
    click.option("--metadata", metavar="FILE.csv", type=click.Path(dir_okay=False),
                 help="Per-file metadata: a CSV with a path column and any of published, outlet, url, title "
                      "(paths relative to the CSV's folder)."),
    click.option("--metadata-from-names", is_flag=True, default=None,
                 help="Take outlet and date from file names like OUTLET_YYYY-MM-DD_SLUG.txt."),
]


def _common(f):
    for opt in reversed(common_options):
        f = opt(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
@click.option("--config", type=click.Path(exists=True, dir_okay=False), envvar="NEWSGRAPH_CONFIG",
              help="Settings file (YAML); also NEWSGRAPH_CONFIG.")
@click.pass_context
def main(ctx: click.Context, config: str | None) -> None:
    """newsgraph: who did what to whom, when and where, and who says so.

    \b
    Example:
      newsgraph extract article.html --published 2025-08-14 > out.jsonl
      newsgraph ingest examples/ && newsgraph stats
    """
    ctx.ensure_object(dict)["config"] = config


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_common
@click.pass_context
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes (output order is kept).")
def extract(ctx, paths, published, model, actors, max_size, plain, min_confidence, metadata, metadata_from_names,
            workers):
    """Extract actors, statements and events; write newsgraph/1 JSON lines to stdout.

    PATHS are files, directories (recursive), - for stdin, or http(s) URLs: text, HTML, JSON lines,
    WARC, and any of them gzipped. One line per article, in input order.

    \b
    Example:
      newsgraph extract story.txt --published 2025-08-14 | jq .events
    """
    tally = _Tally()
    try:
        settings = _settings(ctx.obj, model=model, actors=tuple(actors) or None, max_text_bytes=max_size, plain=plain,
                             min_event_confidence=min_confidence, metadata=metadata,
                             metadata_from_names=metadata_from_names)
        pipe = _pipeline(settings) if workers <= 1 else None
        out = sys.stdout
        for item in run_inputs(paths, settings, published, workers=workers, pipeline=pipe):
            if isinstance(item, InputError):
                tally.error(item)
                continue
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
            tally.ok += 1
    except NewsgraphError as e:
        _err(f"error: {e}")
        sys.exit(2)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    sys.exit(tally.exit_code())


@contextmanager
def _stop_between_articles():
    """Ctrl-C during an ingest stops it between two articles, never inside a store write: the first
    one only asks (the loop stops before its next article), so neither the pool nor DuckDB sees the
    signal (DuckDB would abandon the statement it is running); a second one stops at once."""
    asked = {"stop": False}

    def ask(signum, frame):
        asked["stop"] = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        old = signal.signal(signal.SIGINT, ask)
    except ValueError:  # not the main thread (the CLI called from a thread): Ctrl-C as usual
        old = None
    try:
        yield asked
    finally:
        if old is not None:
            signal.signal(signal.SIGINT, old)


def _interrupted_query(e: Exception) -> bool:
    """DuckDB's error for a statement it abandoned on Ctrl-C."""
    import duckdb

    return isinstance(e, duckdb.InterruptException) or (isinstance(e, RuntimeError) and "interrupted" in str(e).lower())


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", metavar="FILE", help="DuckDB file (default: newsgraph.duckdb).")
@click.option("--summary", is_flag=True, help="Print a readable summary of each article.")
@_common
@click.pass_context
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Worker processes (default: the machine's cores).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--retry-failed", is_flag=True, help="Try again the inputs that failed in an earlier run (by default "
              "a rerun skips them, so one poison input is not redone every time).")
def ingest(ctx, paths, db, summary, published, model, actors, max_size, plain, min_confidence, metadata,
           metadata_from_names, workers, progress, retry_failed):
    """Extract and store into DuckDB; idempotent and restartable.

    An article already stored is not added again; an interrupted run (Ctrl-C, a killed process) run
    again with the same command continues where it stopped. Articles in another language are skipped.

    \b
    Example:
      newsgraph ingest news/ crawl.warc.gz --db news.duckdb --workers 2
    """
    tally = _Tally()
    counters = Counters()
    added = 0
    workers = workers or default_workers()
    try:
        settings = _settings(ctx.obj, model=model, actors=tuple(actors) or None, max_text_bytes=max_size, plain=plain,
                             min_event_confidence=min_confidence, metadata=metadata,
                             metadata_from_names=metadata_from_names)
        prepare(settings, workers, published)  # the workers start and load the pipeline while the store opens
        from .store import Store  # here, not at the top: `newsgraph --help` and `extract` need no DuckDB
        from .store.batches import BatchWriter
        from .store.stories import update_stories

        with Store(db or settings.db) as store:
            finished = store.done_sources(retry_failed)  # inputs an earlier (perhaps interrupted) run completed
            failed_before = {} if retry_failed else store.failed_sources()
            skipped_failed = 0
            pipe = _pipeline(settings) if workers <= 1 else None
            model_name = pipe.model_name if pipe else (settings.model or default_model_name())
            tally.bar = _progress(progress, counters, _count_inputs(paths) if progress is not False else None)

            def written(doc: Document, stored: bool) -> None:  # once its batch is committed
                nonlocal added
                if stored:
                    added += 1
                else:
                    tally.say(f"skipped {doc.article.source}: already stored as {doc.article.id}")
                if summary:
                    click.echo(summarize(doc) + "\n")

            writer = BatchWriter(store, model_name, settings.store_batch, on_written=written)
            with _stop_between_articles() as asked:
                def done(source: str) -> bool:
                    nonlocal skipped_failed
                    if source in failed_before:
                        skipped_failed += 1
                        tally.say(f"skipped {source}: failed in an earlier run ({failed_before[source]}); "
                                  "--retry-failed tries it again")
                    return source in finished

                for item in run_inputs(paths, settings, published, workers=workers, pipeline=pipe,
                                       done=done, counters=counters):
                    if asked["stop"]:
                        writer.flush()  # what is finished is kept
                        raise KeyboardInterrupt
                    if tally.bar is not None:
                        tally.bar.update(1)
                        tally.bar.set_postfix(failed=counters.failed, skipped=counters.skipped, refresh=False)
                    if isinstance(item, InputError):
                        tally.error(item)
                        # recorded: a rerun skips a poison input unless --retry-failed
                        writer.finished(item.source, "skipped" if isinstance(item, SkippedInput) else "failed",
                                        item.reason)
                        continue
                    tally.ok += 1
                    writer.document(item)
                writer.flush()
            if tally.bar is not None:
                tally.bar.close()
                tally.bar = None
            click.echo(f"across articles: {update_stories(store)}", err=True)  # incremental dedup + stories
            resumed = f", {counters.resumed} done by an earlier run" if counters.resumed else ""
            click.echo(f"ingested {added} new article(s) into {store.path}"
                       f"{f', {tally.failed} failed' if tally.failed else ''}"
                       f"{f', {tally.skipped} skipped' if tally.skipped else ''}{resumed}", err=not summary)
            if skipped_failed:
                tally.failed += skipped_failed  # still failed: the exit status says so
            if counters.resumed > skipped_failed:
                tally.ok += 1  # inputs done by an earlier run count as read: a rerun never exits 2 for them
    except NewsgraphError as e:
        _err(f"error: {e}")
        sys.exit(2)
    except (KeyboardInterrupt, Exception) as e:
        if not (isinstance(e, KeyboardInterrupt) or _interrupted_query(e)):
            import duckdb

            from .store.connect import store_error

            if isinstance(e, duckdb.Error):  # met after the store was opened: one line, never a traceback
                _err(f"error: {store_error(db or settings.db, e, 'write')}")
                sys.exit(2)
            raise
        _err(f"interrupted; {added} article(s) stored, nothing half-written; run the same command to continue")
        sys.exit(130)
    finally:
        release()  # the worker processes prepare() started, if no run took them over (the store failed to open)
    sys.exit(tally.exit_code())


@main.command()
@click.option("--db", metavar="FILE", help="DuckDB file (default: newsgraph.duckdb).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def stats(ctx, db, as_json):
    """What the store holds: counts, date range, events by type, top actors.

    \b
    Example:
      newsgraph stats --db news.duckdb
    """
    try:
        with _reading(db or _settings(ctx.obj).db) as store:
            st = store.stats()
    except NewsgraphError as e:
        _err(f"error: {e}")
        sys.exit(2)
    click.echo(json.dumps(st, indent=2, default=str) if as_json else format_stats(st))


@main.command()
@click.argument("key")
@click.option("--db", metavar="FILE", help="DuckDB file (default: newsgraph.duckdb).")
@click.option("--json", "as_json", is_flag=True, help="Print the newsgraph/1 JSON object.")
@click.pass_context
def show(ctx, key, db, as_json):
    """Show one stored article by id, id prefix, source or URL.

    \b
    Example:
      newsgraph show 0f5573e5
    """
    try:
        with _reading(db or _settings(ctx.obj).db) as store:
            ids = store.find(key)
            if not ids:
                _err(f"error: {key}: no stored article with this id, source or URL")
                sys.exit(1)
            if len(ids) > 1 and key not in ids:
                _err(f"error: {key}: matches {len(ids)} articles ({', '.join(ids[:5])}…); give more of the id")
                sys.exit(1)
            doc: Document = store.get(key if key in ids else ids[0])
    except NewsgraphError as e:
        _err(f"error: {e}")
        sys.exit(2)
    click.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) if as_json else summarize(doc))


@contextmanager
def _reading(path: str):
    """A store opened read-only; a DuckDB error while reading it (damage) becomes one line."""
    import duckdb

    from .store import Store
    from .store.connect import store_error

    with Store(path, read_only=True) as store:
        try:
            yield store
        except duckdb.Error as e:
            raise store_error(path, e) from e


def _register_commands() -> None:
    """Command groups that live in their own modules (``newsgraph/commands/*.py``, each exposing ``command``)."""
    import importlib
    import pkgutil

    from . import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"{commands.__name__}.{info.name}")
        main.add_command(mod.command)


_register_commands()

if __name__ == "__main__":  # pragma: no cover
    main()
