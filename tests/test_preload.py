"""Worker processes are spawned and load the pipeline themselves, or, when asked (NEWSGRAPH_START_METHOD=
forkserver) and the platform has it, forked from a server that loaded it once (newsgraph.preload). Either
way the results are the same."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph import preload, runner
from newsgraph.records import Document
from newsgraph.runner import run
from newsgraph.settings import Settings

REPO = Path(__file__).parent.parent
ARTICLE = ("Talks resume\n\nNAIROBI, Kenya (AP) — The finance minister of Kenya said on Tuesday that talks with "
           "the International Monetary Fund would resume in Washington next month.\n\n"
           "\"We expect an agreement before the budget,\" the minister told parliament in Nairobi.\n")


def _loaded() -> tuple[int, int]:
    """(pipelines in the model cache, gazetteers loaded), as seen in a worker before any work."""
    from newsgraph.nlp import _load
    from newsgraph.stages.places import gazetteer

    return _load.cache_info().currsize, gazetteer.cache_info().currsize


forkserver_only = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                                     reason="this platform has no forkserver start method")


@forkserver_only
def test_workers_start_with_the_pipeline_loaded(monkeypatch):
    monkeypatch.setenv(runner.START_METHOD, "forkserver")
    ctx = runner._context(Settings())
    assert ctx.get_start_method() == "forkserver"
    assert preload.ENV not in os.environ  # set only while the server starts
    with ctx.Pool(1) as pool:  # no initializer: what the worker has, it has from the server
        assert pool.apply(_loaded) == (1, 1)


def test_spawn_by_default_and_when_there_is_no_forkserver(monkeypatch):
    monkeypatch.delenv(runner.START_METHOD, raising=False)
    assert runner._context(Settings()).get_start_method() == "spawn"
    monkeypatch.setenv(runner.START_METHOD, "forkserver")
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert runner._context(Settings()).get_start_method() == "spawn"


@forkserver_only
def test_spawned_workers_give_what_forked_workers_give(tmp_path, monkeypatch):
    for k in range(3):
        (tmp_path / f"a{k}.txt").write_text(ARTICLE.replace("Tuesday", ("Monday", "Tuesday", "Friday")[k]))
    inputs = [str(tmp_path)]
    monkeypatch.setenv(runner.START_METHOD, "forkserver")
    forked = list(run(inputs, Settings(), workers=2, chunk_size=1))
    monkeypatch.setenv(runner.START_METHOD, "spawn")
    spawned = list(run(inputs, Settings(), workers=2, chunk_size=1))
    assert [d.to_dict() for d in forked] == [d.to_dict() for d in spawned]
    assert len(forked) == 3 and all(isinstance(d, Document) for d in forked)


def _import_preload(env: dict) -> list[str]:
    code = ("import newsgraph.preload; from newsgraph.nlp import _load; from newsgraph.kb import load_kb; "
            "print(_load.cache_info().currsize, load_kb.cache_info().currsize)")
    env = {**{k: v for k, v in os.environ.items() if k != preload.ENV}, "PYTHONPATH": str(REPO), **env}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=True).stdout.split()


def test_preload_loads_only_when_told_and_never_fails():
    assert _import_preload({}) == ["0", "0"]
    assert _import_preload({preload.ENV: json.dumps({"model": None, "actors": []})}) == ["1", "1"]
    # a model that is not installed: nothing loaded, no error (the workers report it for themselves)
    assert _import_preload({preload.ENV: json.dumps({"model": "no_such_model_xyz", "actors": []})}) == ["0", "0"]
