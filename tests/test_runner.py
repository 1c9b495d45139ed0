"""Many inputs: worker processes give the same documents in the same order as one process; inputs stream
(a JSON-lines file bigger than the input size limit is read line by line); other languages are skipped
and counted; finished inputs are skipped on a rerun."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.errors import InputError, SkippedInput
from newsgraph.records import Document
from newsgraph.runner import Counters, run
from newsgraph.settings import Settings

EXAMPLES = Path(__file__).parent.parent / "examples"
FIXTURES = Path(__file__).parent / "fixtures"


def test_two_workers_equal_one_in_content_and_order(tmp_path, pipeline):
    (tmp_path / "empty.txt").write_bytes(b"")
    inputs = [str(EXAMPLES), str(tmp_path / "empty.txt"), str(FIXTURES / "article.html"), str(FIXTURES / "german.txt")]
    c1, c2 = Counters(), Counters()
    one = list(run(inputs, pipeline.settings, workers=1, pipeline=pipeline, counters=c1))
    two = list(run(inputs, pipeline.settings, workers=2, counters=c2, chunk_size=2))
    assert [type(x).__name__ for x in one] == [type(x).__name__ for x in two]
    for a, b in zip(one, two, strict=True):
        if isinstance(a, Document):
            assert a.to_dict() == b.to_dict()
        else:
            assert str(a) == str(b)
    assert (c1.articles, c1.failed, c1.skipped) == (c2.articles, c2.failed, c2.skipped) == (6, 1, 1)
    german = [x for x in one if isinstance(x, SkippedInput)]
    assert len(german) == 1 and "german.txt" in str(german[0]) and "language" in str(german[0])


def test_jsonl_streams_past_the_input_size_limit(tmp_path, pipeline):
    lines = [json.loads(x) for x in (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    big = tmp_path / "feed.jsonl"
    with big.open("w", encoding="utf-8") as f:
        for i in range(12):
            obj = dict(lines[i % len(lines)])
            if "text" in obj:
                obj["text"] = obj["text"].replace("\n\n", f"\n\nDispatch {i}.\n\n", 1)
            f.write(json.dumps(obj) + "\n")
        f.write("{not json\n")
    settings = Settings(max_input_bytes=big.stat().st_size // 3)  # the file is 3x over, each line is not
    out = list(run([big], settings, pipeline=pipeline))
    docs = [d for d in out if isinstance(d, Document)]
    errors = [e for e in out if isinstance(e, InputError) and not isinstance(e, SkippedInput)]
    assert len(docs) + sum(isinstance(e, SkippedInput) for e in out) == 12
    assert [e.source for e in errors] == [f"{big}:13"]
    assert docs[0].article.source == f"{big}:1"


def test_done_inputs_are_not_redone(pipeline):
    done = {str(EXAMPLES / "summit_talks.txt"), f"{EXAMPLES / 'wire.jsonl'}:2"}
    c = Counters()
    out = list(run([EXAMPLES], pipeline.settings, pipeline=pipeline, done=done.__contains__, counters=c))
    sources = [d.article.source for d in out if isinstance(d, Document)]
    assert c.resumed == 2 and not (set(sources) & done) and len(sources) == 3


def _huge_pages() -> bool | None:
    """Whether numpy currently advises huge pages for large arrays (None where it has no such switch)."""
    from newsgraph.pipeline import _hugepage_switch

    switch = _hugepage_switch()
    if switch is None:
        return None
    state = switch(True)
    switch(state)
    return state


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_runtime_settings_hold_while_processing_and_are_restored(pipeline):
    """The collector runs less often, numpy asks for no huge pages and BLAS runs one thread while
    articles are processed; all come back afterwards, also when the consumer stops early."""
    import gc

    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=2, user_api="blas"):  # as on a machine of 2 or more cores
        before, huge_before, blas_before = gc.get_threshold(), _huge_pages(), _blas_threads()
        assert blas_before and all(n == 2 for n in blas_before)  # numpy's BLAS is loaded (with the model)
        examples = Path(__file__).parent.parent / "examples"
        seen = []
        for r in run([examples / "summit_talks.txt", examples / "wire.jsonl"], pipeline.settings, pipeline=pipeline):
            seen.append((gc.get_threshold(), _huge_pages(), _blas_threads(), isinstance(r, Document)))
        assert seen and all(t[0] >= 20_000 for t, _, _, _ in seen) and all(ok for *_, ok in seen)
        assert all(h in (False, None) for _, h, _, _ in seen)
        assert all(set(b) == {1} for _, _, b, _ in seen)
        assert gc.get_threshold() == before and _huge_pages() == huge_before and _blas_threads() == blas_before
        # a consumer that stops early: the settings come back when the generator is closed
        it = run([examples / "wire.jsonl"], pipeline.settings, pipeline=pipeline)
        next(it)
        assert gc.get_threshold()[0] >= 20_000 and _huge_pages() in (False, None) and set(_blas_threads()) == {1}
        it.close()
        assert gc.get_threshold() == before and _huge_pages() == huge_before and _blas_threads() == blas_before


def _imports(module: str) -> set[str]:
    """The newsgraph modules ``module`` imports anywhere in its source (lazy imports inside functions too)."""
    import ast

    import newsgraph

    root = Path(newsgraph.__file__).parent
    rel = module.removeprefix("newsgraph").lstrip(".").replace(".", "/")
    path = root / f"{rel}.py" if (root / f"{rel}.py").exists() else root / rel / "__init__.py"
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[:len(base) - (node.level - 1)] if node.level else []
            name = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module or ""
            cands = [name] + [f"{name}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            cands = [a.name for a in node.names]
        else:
            continue
        for c in cands:
            if c.startswith("newsgraph") and ((root.parent / (c.replace(".", "/") + ".py")).exists()
                                              or (root.parent / c.replace(".", "/") / "__init__.py").exists()):
                out.add(c)
    return out


def test_the_pipeline_does_not_know_the_runner():
    """One direction: the runner uses the pipeline; nothing the pipeline imports leads back to the runner."""
    seen, todo = set(), ["newsgraph.pipeline"]
    while todo:
        m = todo.pop()
        if m in seen:
            continue
        seen.add(m)
        todo.extend(_imports(m) - {"newsgraph"})  # (the package itself re-exports the entry points)
    assert "newsgraph.runner" not in seen and "newsgraph.extraction" not in seen
    assert "newsgraph.pipeline" in _imports("newsgraph.runner")
