"""End-to-end throughput against the cost of a full spaCy parse of the same texts, in one run.

    .venv/bin/python benchmarks/throughput.py                 # PolNeAR train texts (~650,000 words)
    .venv/bin/python benchmarks/throughput.py --limit 100     # a quick look

The ratio to the floor comes from two processes, each holding only its own pipeline, that take turns
over chunks of the texts (one runs while the other waits; floor first on one chunk, newsgraph first on
the next), so load from other work on the machine falls on both alike:
  floor      the pipeline package's full spaCy pipeline (spacy.load, every component, nlp.pipe batch 16)
             over the texts, read beforehand (reading not timed);
  newsgraph  `newsgraph ingest`'s work (read, clean, language check, parse, actors, time, places,
             statements, events; no store), one worker.
Then newsgraph runs alone in its own process with 1 and 2 workers (peak memory per process, scaling);
the scaling compares 2 workers with 1 worker both started cold (the worker processes load the model and
the rest inside the timed run, so the single worker does too), with the warmed-up single worker, and in
the steady state (articles per second from the first result on, which leaves out the start-up).
Reported: words/s and articles/s, the ratio to the floor, 2 workers vs 1, peak RSS per process, and an
estimate of hours per million articles (and per month of CC-NEWS under a stated assumption) per core.

    .venv/bin/python benchmarks/throughput.py --whole-process --limit 300 [--baseline DIR]

``--whole-process`` times what a user runs, each as a whole process started from nothing, in turns
(``--rounds``): the floor (a Python process that loads the pipeline package with spacy.load, reads the
texts and pipes them, batch 16) against ``newsgraph ingest FILES --db NEW.duckdb --workers W`` (reading,
extraction, the store writes and the cross-article update, start-up included); ``--baseline DIR`` adds
the same ingest run from another checkout of newsgraph (``git archive main | tar -x -C DIR``), so a
change is measured before and after in the same run. Reported: wall seconds (median), the floor's time
over the ingest's (the target: ≥ 1.05 with one worker), peak RSS.
``--forkserver-too`` adds ingest runs whose worker processes are forked from the preloading forkserver
(``NEWSGRAPH_START_METHOD=forkserver``) rather than spawned; CPU seconds are those of the process and all it started.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear" / "data" / "train" / "text"


def _files(data: Path, limit: int | None) -> list[str]:
    files = sorted(str(p) for p in data.iterdir() if p.is_file())
    return files[:limit] if limit else files


def _warm_up_files(files: list[str]) -> list[str]:
    """The bundled example articles (dated, so date resolution loads too) and the first two files."""
    return [str(p) for p in sorted((REPO / "examples").glob("*.txt"))] + files[:2]


def _tally(results, first: list | None = None) -> tuple[int, int, int]:
    """(articles, words of their clean text, inputs that gave no article) over a run's results;
    ``first`` gets the time the first result came and the articles counted by then."""
    from newsgraph.records import Document

    n = words = failed = 0
    for r in results:
        if first is not None and not first:
            first.extend((time.perf_counter(), n))
        if isinstance(r, Document):
            n += 1
            words += len(r.article.text.split())
        else:
            failed += 1
    return n, words, failed


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def _turn_taker(kind: str, warm: list[str], conn) -> None:
    """One side of the paired run, in its own process holding only its own pipeline: warm up, then
    time each chunk of files the parent sends until it sends None."""
    if kind == "floor":
        import spacy

        from newsgraph.nlp import default_model_name

        nlp = spacy.load(default_model_name())

        def work(part: list[str]) -> tuple[float, int, int, int]:
            texts = [Path(f).read_text(encoding="utf-8", errors="replace") for f in part]  # reading not timed
            t0 = time.perf_counter()
            n = sum(1 for _ in nlp.pipe(texts, batch_size=16))
            return time.perf_counter() - t0, n, sum(len(t.split()) for t in texts), 0
    else:
        from newsgraph.pipeline import Pipeline
        from newsgraph.runner import run
        from newsgraph.settings import Settings

        settings = Settings()
        pipe = Pipeline(settings)

        def work(part: list[str]) -> tuple[float, int, int, int]:
            t0 = time.perf_counter()
            n, words, failed = _tally(run(part, settings, pipeline=pipe))  # reading, clean-up, language check timed
            return time.perf_counter() - t0, n, words, failed
    work(warm)  # one-time loads (model, knowledge base, gazetteer, dateparser's tables) are not timed
    conn.send("ready")
    while (part := conn.recv()) is not None:
        conn.send(work(part))
    conn.send(_rss_mb(resource.RUSAGE_SELF))


def run_paired(files: list[str], chunk: int) -> dict:
    """The floor and newsgraph (one worker), each in its own process that holds only its pipeline,
    taking turns over chunks of the files (one runs while the other waits; the order swaps from chunk
    to chunk), so a change in the machine's load falls on both alike."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    sides = {}
    for kind in ("floor", "newsgraph"):
        mine, theirs = ctx.Pipe()
        proc = ctx.Process(target=_turn_taker, args=(kind, _warm_up_files(files), theirs), daemon=True)
        proc.start()
        sides[kind] = (proc, mine)
    for _, conn in sides.values():
        if conn.recv() != "ready":
            sys.exit("a side of the paired run failed to start")
    totals = {k: {"seconds": 0.0, "articles": 0, "words": 0, "failed": 0} for k in sides}
    for k in range(0, len(files), chunk):
        part = files[k:k + chunk]
        for kind in (("floor", "newsgraph") if (k // chunk) % 2 == 0 else ("newsgraph", "floor")):
            conn = sides[kind][1]
            conn.send(part)
            secs, n, words, failed = conn.recv()
            t = totals[kind]
            t["seconds"] += secs
            t["articles"] += n
            t["words"] += words
            t["failed"] += failed
    for kind, (proc, conn) in sides.items():
        conn.send(None)
        totals[kind]["rss_mb"] = conn.recv()
        proc.join()
    return {"floor": totals["floor"], "newsgraph": totals["newsgraph"], "chunk": chunk}


def child_newsgraph(files: list[str], workers: int, cold: bool = False) -> dict:
    """newsgraph's work over ``files``; one worker is warmed up first unless ``cold`` (then, like
    worker processes, it loads the model and the rest inside the timed run)."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.runner import run
    from newsgraph.settings import Settings

    settings = Settings()
    pipe = Pipeline(settings) if workers == 1 and not cold else None
    if pipe is not None:
        list(run(_warm_up_files(files), settings, pipeline=pipe))  # model, knowledge base, gazetteer, dateparser
    first: list = []
    t0 = time.perf_counter()
    n, words, failed = _tally(run(files, settings, workers=workers, pipeline=pipe), first)
    t1 = time.perf_counter()
    secs = t1 - t0
    rss = _rss_mb(resource.RUSAGE_SELF) if workers == 1 else _rss_mb(resource.RUSAGE_CHILDREN)
    return {"seconds": secs, "articles": n, "words": words, "failed": failed, "rss_mb": rss,
            "startup_s": first[0] - t0 if first else None,
            "steady_rate": (n - first[1]) / (t1 - first[0]) if first and t1 > first[0] else None,
            "parent_rss_mb": _rss_mb(resource.RUSAGE_SELF), "pipes": pipe.nlp.pipe_names if pipe else None}


def _row(name: str, r: dict, floor_words_per_s: float) -> str:
    """One table row: articles, words, seconds, words/s, articles/s, × the floor, peak RSS."""
    rate = r["words"] / r["seconds"]
    return (f"| {name} | {r['articles']} | {r['words']:,} | {r['seconds']:.1f} | {rate:,.0f} "
            f"| {r['articles'] / r['seconds']:.2f} | {rate / floor_words_per_s:.2f} | {r['rss_mb']:.0f} |")


def _run_child(args: list[str], files: list[str]) -> dict:
    r = subprocess.run([sys.executable, __file__, "--child", *args], input=json.dumps(files), text=True,
                       capture_output=True, cwd=REPO)
    if r.returncode != 0:
        sys.exit(f"benchmark child {args} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


_FLOOR_SCRIPT = """
import sys, spacy
from pathlib import Path
from newsgraph.nlp import default_model_name
nlp = spacy.load(default_model_name())
texts = [Path(f).read_text(encoding="utf-8", errors="replace") for f in sys.argv[1:]]
n = sum(1 for _ in nlp.pipe(texts, batch_size=16))
"""


def _become_subreaper() -> bool:
    """Linux: processes orphaned below this one (the forkserver and the workers it forked, once ingest
    exits) become its children, so that their CPU time is counted when they are waited for."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _timed_process(cmd: list[str], env: dict | None = None, cwd: Path = REPO) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB; the largest of the process and the children it waited for) and CPU
    seconds (user + system) of the process and all it started (orphans included, see _become_subreaper)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd,
                            env={**os.environ, **(env or {})})
    err = proc.stderr.read().decode(errors="replace")  # until the process and what inherited stderr end
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    proc.stderr.close()
    cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
    while True:  # orphans (a forkserver): wait for them too
        try:
            _, _, u = os.wait4(-1, 0)
        except ChildProcessError:
            break
        cpu += u.ru_utime + u.ru_stime
        rss = max(rss, u.ru_maxrss / 1024)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or os.environ.get("NEWSGRAPH_BENCH_VERBOSE"):
        sys.exit(f"{' '.join(cmd[:6])} … failed ({proc.returncode}):\n{err[-3000:]}")
    return secs, rss, cpu


def run_whole_process(files: list[str], workers: list[int], rounds: int, baseline: Path | None,
                      forkserver_too: bool = False) -> dict:
    """The floor and ``newsgraph ingest`` (and the baseline checkout's), each a whole process, in turns."""
    import statistics
    import tempfile

    _become_subreaper()
    runs: dict[str, list[tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory() as d:
        def ingest(repo: Path, w: int, method: str = ""):
            def go(k: int) -> tuple[float, float, float]:
                db = Path(d) / f"{repo.name}_{w}_{method}_{k}.duckdb"
                cmd = [sys.executable, "-m", "newsgraph.cli", "ingest", *files, "--db", str(db), "--workers", str(w),
                       "--no-progress"]
                # run from the checkout: `python -m` puts the working directory first on sys.path, before PYTHONPATH
                out = _timed_process(cmd, {"PYTHONPATH": str(repo), "NEWSGRAPH_START_METHOD": method}, cwd=repo)
                db.unlink(missing_ok=True)
                return out
            return go

        sides = [("floor: spaCy load + pipe", lambda k: _timed_process(
            [sys.executable, "-c", _FLOOR_SCRIPT, *files], {"PYTHONPATH": str(REPO)}))]
        for w in workers:
            sides.append((f"newsgraph ingest --workers {w}", ingest(REPO, w)))
            if forkserver_too and w > 1:
                sides.append((f"newsgraph ingest --workers {w}, forkserver", ingest(REPO, w, "forkserver")))
            if baseline:
                sides.append((f"baseline ({baseline.name}) ingest --workers {w}", ingest(baseline, w)))
        for r in range(rounds):
            for k in range(len(sides)):
                name, fn = sides[(k + r) % len(sides)]
                runs.setdefault(name, []).append(fn(r))
                print(f"  round {r + 1}: {name}: {runs[name][-1][0]:.1f} s, CPU {runs[name][-1][2]:.1f} s, "
                      f"load average {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
    return {name: {"seconds": statistics.median(x for x, _, _ in v), "all_seconds": [round(x, 2) for x, _, _ in v],
                   "rss_mb": max(y for _, y, _ in v), "cpu_s": statistics.median(c for _, _, c in v),
                   "all_cpu_s": [round(c, 2) for _, _, c in v]} for name, v in runs.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of article texts")
    ap.add_argument("--limit", type=int, help="use only the first N files")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--month-articles", type=float, default=3e6,
                    help="assumed English articles in a month of CC-NEWS, for the estimate (default 3 million)")
    ap.add_argument("--chunk", type=int, default=40, help="files per turn in the paired run (default 40)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--whole-process", action="store_true",
                    help="time `newsgraph ingest` and the floor as whole processes, in turns (see above)")
    ap.add_argument("--rounds", type=int, default=2, help="turns of the --whole-process run (default 2)")
    ap.add_argument("--baseline", type=Path, help="with --whole-process: another checkout's ingest, in the same turns")
    ap.add_argument("--forkserver-too", action="store_true",
                    help="with --whole-process: also ingest with more than one worker forked from the preloading forkserver "
                         "(NEWSGRAPH_START_METHOD=forkserver), in the same turns")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        files = json.loads(sys.stdin.read())
        out = child_newsgraph(files, int(a.child[1]), cold=a.child[2:] == ["cold"])
        print(json.dumps(out))
        return
    if not a.data.is_dir():
        sys.exit(f"no data at {a.data}: PolNeAR comes with the project's shared data (or pass --data DIR)")
    files = _files(a.data, a.limit)
    print(f"{len(files)} files from {a.data}; {os.cpu_count()} CPUs", flush=True)
    if a.whole_process:
        res = run_whole_process(files, a.workers, a.rounds, a.baseline, a.forkserver_too)
        floor = res["floor: spaCy load + pipe"]["seconds"]
        print(f"\nWhole processes, {a.rounds} turns (median wall and CPU seconds; CPU: user + system of the "
              f"process and all it started); load average at the end {os.getloadavg()[0]:.1f}:")
        print("| process | seconds | floor / this | CPU s | peak RSS (MB) | each turn (s) | each turn's CPU (s) |\n"
              "|---|---:|---:|---:|---:|---|---|")
        for name, r in res.items():
            print(f"| {name} | {r['seconds']:.1f} | {floor / r['seconds']:.2f} | {r['cpu_s']:.1f} | {r['rss_mb']:.0f} "
                  f"| {', '.join(map(str, r['all_seconds']))} | {', '.join(map(str, r['all_cpu_s']))} |")
        if a.json:
            a.json.write_text(json.dumps(res, indent=2))
        return
    paired = run_paired(files, a.chunk)
    res = {"paired": paired}
    for w in a.workers:
        res[f"newsgraph_{w}"] = _run_child(["newsgraph", str(w)], files)
    if 1 in a.workers and len(a.workers) > 1:  # the scaling baseline: start-up timed, as worker processes have it
        res["newsgraph_1_cold"] = _run_child(["newsgraph", "1", "cold"], files)
    floor, ours = paired["floor"], paired["newsgraph"]
    fw = floor["words"] / floor["seconds"]
    ratio = (ours["words"] / ours["seconds"]) / fw
    print(f"\nPaired: two processes taking turns over chunks of {a.chunk} files:")
    print("| run | articles | words | seconds | words/s | articles/s | × floor | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in (("spaCy full pipeline (floor)", floor), ("newsgraph, 1 worker", ours)):
        print(_row(name, r, fw))
    print(f"\nnewsgraph / floor (paired): {ratio:.3f}×")
    print("\nEach in its own process (own peak memory; × the paired floor's words/s):")
    print("| run | articles | words | seconds | words/s | articles/s | × floor | peak RSS per process (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for w in a.workers:
        print(_row(f"newsgraph, {w} worker{'s' if w > 1 else ''}", res[f"newsgraph_{w}"], fw))
    if "newsgraph_1_cold" in res:
        print(_row("newsgraph, 1 worker, cold start", res["newsgraph_1_cold"], fw))
    if 1 in a.workers and 2 in a.workers:
        s1, s2, c1 = res["newsgraph_1"], res["newsgraph_2"], res["newsgraph_1_cold"]
        rate = lambda r: r["articles"] / r["seconds"]  # noqa: E731
        print(f"\n2 workers vs 1, both timed from a cold start (worker processes load the model inside the "
              f"timed run): {rate(s2) / rate(c1):.2f}×; against the warmed-up single worker: {rate(s2) / rate(s1):.2f}×")
        print(f"steady state (articles per second from the first result on; first result after {s2['startup_s']:.1f} s "
              f"with 2 workers, {s1['startup_s']:.1f} s warmed up): 2 workers vs 1: "
              f"{s2['steady_rate'] / s1['steady_rate']:.2f}×")
    if 1 in a.workers:
        s1 = res["newsgraph_1"]
        per_article = s1["seconds"] / max(1, s1["articles"])
        words_per_article = s1["words"] / max(1, s1["articles"])
        print(f"one core: {per_article * 1e6 / 3600:,.0f} hours per million articles of ~{words_per_article:,.0f} words; "
              f"a month of CC-NEWS (assumed {a.month_articles / 1e6:g} million English articles) ≈ "
              f"{per_article * a.month_articles / 3600:,.0f} core-hours")
    if a.json:
        a.json.write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
