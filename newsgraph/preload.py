"""What worker processes load before their first article, loaded once in the forkserver process they are
forked from (:mod:`newsgraph.runner`), so that each worker starts with it in memory (shared, copy-on-write)
instead of importing spaCy, loading the model, the knowledge base, the gazetteer and dateparser's tables
itself.

The forkserver imports this module; what to load comes in the environment variable ``ENV`` (JSON: the
model's name and the actor dictionaries), set by the runner while it starts the server. Importing it with
the variable unset loads nothing. A failure here is not reported: a worker whose pipeline is not in the
caches loads it itself, and reports any error as it would have.
"""

from __future__ import annotations

import json
import os

ENV = "NEWSGRAPH_PRELOAD"

# a short article of this module's own (a dateline, a date, a place, a quote), read once so that what the
# stages load on their first use is loaded here
_WARM_UP = (b"Warm-up\n\nBERLIN (AP) \xe2\x80\x94 The foreign minister said on Monday, March 3, 2025, that talks "
            b"with France would resume in Paris next week.\n\n\"We are ready,\" she told reporters in Berlin.\n")
_WARM_UP_HTML = (b"<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1><p>"
                 + _WARM_UP.split(b"\n\n", 1)[1].replace(b"\n", b" ") + b"</p></article></body></html>")


def warm(model: str | None, actors: list[str] | tuple[str, ...] = ()) -> None:
    """Load the pipeline for ``model`` and ``actors`` into this process's caches and run it once."""
    from .ingest.sources import Raw
    from .pipeline import Pipeline
    from .reading import articles
    from .settings import Settings

    settings = Settings(model=model, actors=tuple(actors))
    pipe = Pipeline(settings)
    raws = [Raw("<warm-up>", "text", _WARM_UP), Raw("<warm-up.html>", "html", _WARM_UP_HTML)]
    for _ in pipe.process(articles(raws, settings, None)):
        pass


def _from_environment() -> None:
    spec = os.environ.get(ENV)
    if not spec:
        return
    try:
        warm(**json.loads(spec))
    except Exception:  # noqa: BLE001 - the workers load (and report) for themselves
        pass


_from_environment()
