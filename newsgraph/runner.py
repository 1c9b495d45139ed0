"""Run the pipeline over many inputs, in this process or in worker processes (the runner uses
:class:`newsgraph.pipeline.Pipeline`; the pipeline does not know the runner).

Reading streams in this process (one raw item per article: a file, a JSON line, a WARC record);
decoding, HTML extraction, the parse and the stages run in ``workers`` processes, each loading the
model once. Results come back in input order, with a bounded number of chunks in flight, so memory
stays flat whatever the input size. ``done`` lets a caller skip inputs already finished (a store's
record of them), so an interrupted run started again continues where it stopped.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from .errors import InputError, SkippedInput
from .ingest.sources import Raw, iter_raw
from .pipeline import DuplicateInput, Pipeline
from .reading import articles
from .records import Document
from .safety import cap_data
from .settings import Settings

Result = Document | InputError


@dataclass
class Counters:
    """What a run has done so far (for progress bars and summaries)."""

    articles: int = 0
    failed: int = 0
    skipped: int = 0  # other language, duplicate
    resumed: int = 0  # finished by an earlier run, not redone
    seen_ids: dict[str, str] = field(default_factory=dict)


# -- worker side --------------------------------------------------------------------------------------
_WORKER: dict[str, object] = {}


def _init_worker(settings: Settings, published: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _WORKER["pipe"] = Pipeline(settings)
    _WORKER["published"] = published
    if settings.worker_memory:  # after the model is loaded: never a worker that cannot start
        cap_data(settings.worker_memory, floor_extra=256 * 2**20)


def _work(chunk: list[Raw | InputError]) -> list[Result]:
    pipe: Pipeline = _WORKER["pipe"]  # type: ignore[assignment]
    return list(pipe.process(articles(chunk, pipe.settings, _WORKER["published"])))  # type: ignore[arg-type]


# -- parent side --------------------------------------------------------------------------------------
def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run(inputs: Iterable[str | os.PathLike], settings: Settings, published: str | None = None,
        workers: int = 1, done: Callable[[str], bool] | None = None, counters: Counters | None = None,
        pipeline: Pipeline | None = None, chunk_size: int = 4) -> Iterator[Result]:
    """Documents and input errors for ``inputs`` in input order; duplicates within the run are reported
    as :class:`DuplicateInput`. ``done(source)`` true skips that input (counted as resumed)."""
    c = counters if counters is not None else Counters()

    def raws() -> Iterator[Raw | InputError]:
        for r in iter_raw(inputs, settings):
            if done is not None and not isinstance(r, InputError) and done(r.source):
                c.resumed += 1
                continue
            yield r

    if workers <= 1:
        pipe = pipeline or Pipeline(settings)
        settings = pipe.settings
        results: Iterator[Result] = pipe.process(articles(raws(), settings, published))
    else:
        results = _parallel(raws(), settings, published, workers, chunk_size)
    for r in results:
        if isinstance(r, Document):
            first = c.seen_ids.get(r.article.id)
            if first is not None and first != r.article.source:
                r = DuplicateInput(r.article.source, f"duplicate of {first} (same text), skipped")
            else:
                c.seen_ids.setdefault(r.article.id, r.article.source)
        if isinstance(r, Document):
            c.articles += 1
        elif isinstance(r, SkippedInput):
            c.skipped += 1
        else:
            c.failed += 1
        yield r


def _parallel(raws: Iterator[Raw | InputError], settings: Settings, published: str | None, workers: int,
              chunk_size: int) -> Iterator[Result]:
    ctx = multiprocessing.get_context("spawn")  # no fork of a process that holds a database connection
    # a chunk whose worker died (killed for memory) is never answered: wait for it no longer than its
    # articles' watchdogs allow, then report its inputs as failed
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings, published)) as pool:
        pending: deque = deque()
        max_pending = workers * 3  # chunks in flight: bounds memory whatever the input size
        while True:
            chunk = list(islice(raws, chunk_size))
            if chunk:
                patience = (120 + 2 * sum(settings.time_for(len(getattr(r, "data", ""))) for r in chunk)
                            if settings.article_timeout else None)
                pending.append((pool.apply_async(_work, (chunk,)), [r.source for r in chunk], patience))
            while pending and (len(pending) >= max_pending or not chunk):
                job, sources, patience = pending.popleft()
                try:
                    results = job.get(patience)
                except multiprocessing.TimeoutError:
                    results = [InputError(s, "worker process gave no answer (killed, or out of memory?)")
                               for s in sources]
                except Exception as e:  # never lose the other chunks for one that failed
                    results = [InputError(s, f"worker failed ({e.__class__.__name__}: {e}); please report this")
                               for s in sources]
                yield from results
            if not chunk and not pending:
                break
