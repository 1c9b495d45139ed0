"""Run the pipeline over many inputs, in this process or in worker processes (the runner uses
:class:`newsgraph.pipeline.Pipeline`; the pipeline does not know the runner).

Reading streams in this process (one raw item per article: a file, a JSON line, a WARC record);
decoding, HTML extraction, the parse and the stages run in ``workers`` processes, each loading the
model once. Results come back in input order, with a bounded number of chunks in flight, so memory
stays flat whatever the input size. ``done`` lets a caller skip inputs already finished (a store's
record of them), so an interrupted run started again continues where it stopped.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from .errors import DuplicateInput, InputError, SkippedInput
from .ingest.sources import Raw, iter_raw
from .records import Document
from .safety import cap_data
from .settings import Settings

if TYPE_CHECKING:  # the pipeline (spaCy) loads where articles are read: a worker, or this process with one worker
    from .pipeline import Pipeline

Result = Document | InputError


@dataclass
class Counters:
    """What a run has done so far (for progress bars and summaries)."""

    articles: int = 0
    failed: int = 0
    skipped: int = 0  # other language, duplicate
    resumed: int = 0  # finished by an earlier run, not redone
    seen_ids: dict[str, str] = field(default_factory=dict)


#: set (to anything) in the environment, the runner writes one JSON line per event to stderr ("runner-trace ..."):
#: each worker's start-up, each chunk's work, the parent's time waiting for results and writing them
TRACE = "NEWSGRAPH_RUNNER_TRACE"


def _trace(**event) -> None:
    if os.environ.get(TRACE):
        print("runner-trace", json.dumps({"pid": os.getpid(), "t": round(time.time(), 3), **event, **_memory()}),
              file=sys.stderr, flush=True)


def _memory() -> dict[str, int]:
    """This process's resident and proportional set sizes in MB (Linux; shared pages count in full in
    the first, divided among the processes sharing them in the second), else nothing."""
    try:
        with open("/proc/self/smaps_rollup") as f:
            return {k.lower() + "_mb": int(v.split()[0]) // 1024 for k, v in (line.split(":", 1) for line in f)
                    if k in ("Rss", "Pss")}
    except (OSError, ValueError):
        return {}


# -- worker side --------------------------------------------------------------------------------------
_WORKER: dict[str, object] = {}


def _init_worker(settings: Settings, published: str | None) -> None:
    _trace(event="worker_init")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    from .pipeline import Pipeline

    _WORKER["pipe"] = Pipeline(settings)
    _WORKER["published"] = published
    if settings.worker_memory:  # after the model is loaded: never a worker that cannot start
        cap_data(settings.worker_memory, floor_extra=256 * 2**20)
    _trace(event="worker_ready", cpu=round(time.process_time(), 3))


def _work(chunk: list[Raw | InputError]) -> list[Result]:
    from .reading import articles

    pipe: Pipeline = _WORKER["pipe"]  # type: ignore[assignment]
    t0 = time.time()
    out = list(pipe.process(articles(chunk, pipe.settings, _WORKER["published"])))  # type: ignore[arg-type]
    _trace(event="chunk", start=round(t0, 3), n=len(chunk), cpu=round(time.process_time(), 3))
    return out


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
        from .pipeline import Pipeline
        from .reading import articles

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


#: "forkserver" in the environment has worker processes forked from a server that loaded the pipeline once
#: (where the platform has it): ~40% less memory per worker (shared pages), but on a quiet machine the
#: server's loading, one process, takes longer than workers spawned side by side take for theirs (two
#: workers, 300 texts: 21.8 s against 20.9 s; benchmarks/README.md, throughput); default "spawn"
START_METHOD = "NEWSGRAPH_START_METHOD"


def _context(settings: Settings):
    """How worker processes start. Never by forking this process, which may hold a database connection:
    either ``spawn`` (each worker a new interpreter that imports and loads everything itself; the default)
    or, when ``START_METHOD`` asks for it and the platform has it, ``forkserver``: a new interpreter started like a spawned worker (only the pipes
    it needs are passed on) loads the pipeline once (:mod:`newsgraph.preload`) and forks the workers, which
    start with it in memory. The server is started once per process, with the first run's model and
    actor dictionaries; a later run with others has its workers load their own."""
    asked = os.environ.get(START_METHOD) == "forkserver"
    method = "forkserver" if asked and "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        from multiprocessing import forkserver

        from . import preload

        ctx.set_forkserver_preload([preload.__name__])
        before = os.environ.get(preload.ENV)
        os.environ[preload.ENV] = json.dumps({"model": settings.model, "actors": [str(a) for a in settings.actors]})
        try:
            forkserver.ensure_running()  # a no-op once it runs
        finally:
            if before is None:
                del os.environ[preload.ENV]
            else:
                os.environ[preload.ENV] = before
    return ctx


#: a pool started by :func:`prepare` before its run: (settings, published, workers) and the pool
_PREPARED: list[tuple[tuple, object]] = []


def prepare(settings: Settings, workers: int, published: str | None = None) -> None:
    """Start the worker processes now, so that they load the pipeline while this process does other work
    (opens its store) before its first :func:`run` with the same settings, ``published`` and ``workers``,
    which takes them over (another run starts its own). :func:`release` stops them if no run came."""
    if workers > 1:
        release()
        _PREPARED.append(((settings, published, workers), _pool(settings, published, workers)))


def release() -> None:
    """Stop worker processes :func:`prepare` started that no run took over."""
    while _PREPARED:
        _, pool = _PREPARED.pop()
        pool.terminate()  # type: ignore[attr-defined]
        pool.join()  # type: ignore[attr-defined]


def _pool(settings: Settings, published: str | None, workers: int):
    _trace(event="pool_start")
    return _context(settings).Pool(workers, initializer=_init_worker, initargs=(settings, published))


def _take_pool(settings: Settings, published: str | None, workers: int):
    if _PREPARED and _PREPARED[0][0] == (settings, published, workers):
        return _PREPARED.pop()[1]
    release()
    return _pool(settings, published, workers)


def _parallel(raws: Iterator[Raw | InputError], settings: Settings, published: str | None, workers: int,
              chunk_size: int) -> Iterator[Result]:
    # a chunk whose worker died (killed for memory) is never answered: wait for it no longer than its
    # articles' watchdogs allow, then report its inputs as failed
    waited = consumed = 0.0
    with _take_pool(settings, published, workers) as pool:
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
                t0 = time.perf_counter()
                try:
                    results = job.get(patience)
                except multiprocessing.TimeoutError:
                    results = [InputError(s, "worker process gave no answer (killed, or out of memory?)")
                               for s in sources]
                except Exception as e:  # never lose the other chunks for one that failed
                    results = [InputError(s, f"worker failed ({e.__class__.__name__}: {e}); please report this")
                               for s in sources]
                t1 = time.perf_counter()
                waited += t1 - t0
                yield from results
                consumed += time.perf_counter() - t1
            if not chunk and not pending:
                break
    _trace(event="pool_end", waited=round(waited, 3), consumed=round(consumed, 3))
