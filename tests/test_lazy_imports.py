"""The command line and the parent of a parallel run import no NLP: spaCy, the pipeline and trafilatura
load only where an article is read (a worker process, or this process with one worker)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("spacy", "thinc", "trafilatura", "newsgraph.pipeline", "newsgraph.stages")


def _loaded(code: str, cwd: Path) -> list[str]:
    probe = textwrap.dedent(code) + textwrap.dedent(f"""
        import json, sys
        heavy = {HEAVY!r}
        print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy or m.startswith(heavy))))
    """)
    out = subprocess.run([sys.executable, "-c", probe], cwd=cwd, capture_output=True, text=True, timeout=600,
                         env={**__import__("os").environ, "PYTHONPATH": str(REPO)})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_the_package_and_the_cli_loads_no_nlp(tmp_path):
    assert _loaded("import newsgraph, newsgraph.cli, newsgraph.runner, newsgraph.ingest.sources", tmp_path) == []


def test_the_public_api_still_resolves_lazily(tmp_path):
    loaded = _loaded("""
        import newsgraph
        assert callable(newsgraph.extract) and callable(newsgraph.extract_many)
        assert newsgraph.Pipeline.__name__ == "Pipeline" and callable(newsgraph.update_stories)
        assert set(newsgraph.__all__) <= set(dir(newsgraph))
        from newsgraph import extract, Pipeline  # noqa: F401
    """, tmp_path)
    assert "newsgraph.pipeline" in loaded  # asked for, it loads


def test_ingest_with_two_workers_loads_no_nlp_in_the_parent(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resume\n\nBERLIN (AP) — The German foreign minister said on Monday "
                                    "that talks with France would resume in Paris next week.\n")
    (tmp_path / "b.txt").write_text("Port reopens\n\nATHENS (AP) — Greek officials reopened the port of Piraeus "
                                    "on Friday after a two-day strike by dock workers, the ministry said.\n")
    loaded = _loaded(f"""
        from newsgraph.cli import main
        try:
            main(["ingest", "a.txt", "b.txt", "--db", {str(tmp_path / 'x.duckdb')!r}, "--workers", "2",
                  "--no-progress"])
        except SystemExit as e:
            assert e.code == 0, e.code
        import duckdb
        assert duckdb.connect({str(tmp_path / "x.duckdb")!r}).execute("select count(*) from articles").fetchall()[0][0] == 2
    """, tmp_path)
    assert loaded == []
