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


from ..evaluate.plover import plover_command  # noqa: E402  (PLOVER events; the events stage owns it)

command.add_command(plover_command)
