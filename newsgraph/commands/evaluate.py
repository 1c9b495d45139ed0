"""``newsgraph evaluate``: score newsgraph against annotated corpora (a thin layer over
:mod:`newsgraph.evaluate`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.group("evaluate")
def command():
    """Score newsgraph against annotated corpora."""


@command.command("polnear")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--model", metavar="NAME", help="Installed spaCy pipeline (default: the best installed English one).")
@click.option("--limit", type=int, metavar="N", help="Score only the first N articles.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also write the figures as JSON.")
def polnear(directory, model, limit, json_out):
    """Statement (attribution) precision, recall, F1, source and cue accuracy on PolNeAR.

    DIRECTORY is a PolNeAR compartment holding text/ and attributions/ (e.g. PolNeAR/data/dev).

    \b
    Example:
      newsgraph evaluate polnear ../shared/data/polnear/data/dev
    """
    from ..errors import NewsgraphError
    from ..evaluate import polnear as pn
    from ..pipeline import Pipeline
    from ..settings import Settings

    try:
        report = pn.evaluate(directory, Pipeline(Settings(model=model, plain=True)), limit=limit)
    except NewsgraphError as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)
    click.echo(pn.format_report(report))
    if json_out:
        Path(json_out).write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")


@command.command("articles")
@click.argument("directory", required=False, default="../shared/data/article-events",
                type=click.Path(exists=True, file_okay=False))
@click.option("--texts", type=click.Path(exists=True, file_okay=False), metavar="DIR",
              help="Folder of the article texts (<article>.txt); default: DIRECTORY/texts, or the PolNeAR "
                   "train texts beside it.")
@click.option("--model", metavar="NAME", help="Installed spaCy pipeline (default: the best installed English one).")
@click.option("--limit", type=int, metavar="N", help="Score only the first N articles.")
@click.option("--min-confidence", type=float, default=0.0, show_default=True, metavar="X",
              help="Score only events of at least this confidence (default: every event coded).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also write the figures as JSON.")
@click.option("--errors", "errors_out", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write misses, false events and wrong fields as JSON lines, for reading.")
def articles(directory, texts, model, limit, min_confidence, json_out, errors_out):
    """PLOVER events on whole articles: found and typed precision/recall/F1, per-field accuracy among
    matches (type, actors, recipients, status, date, place) and the share of events fully right.

    DIRECTORY holds gold/<article>.json in the whole-article event format (default
    ../shared/data/article-events).

    \b
    Example:
      newsgraph evaluate articles ../shared/data/article-events --errors errors.jsonl
    """
    from ..errors import NewsgraphError
    from ..evaluate import articles as ev
    from ..pipeline import Pipeline
    from ..settings import Settings

    try:
        pipe = Pipeline(Settings(model=model, plain=True, min_event_confidence=0.0))
        report = ev.evaluate(directory, pipe, texts=texts, limit=limit,
                             min_confidence=min_confidence)
    except NewsgraphError as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)
    click.echo(ev.format_report(report))
    if json_out:
        Path(json_out).write_text(json.dumps(report.figures(), indent=2) + "\n", encoding="utf-8")
    if errors_out:
        with open(errors_out, "w", encoding="utf-8") as fh:
            for e in report.errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")


from ..evaluate.plover import plover_command  # noqa: E402  (PLOVER events; the events stage owns it)

command.add_command(plover_command)
