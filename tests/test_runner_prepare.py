"""Worker processes started early (``prepare``, before the store opens) are taken over by the run with
the same settings, or stopped by ``release`` when no run comes."""

from __future__ import annotations

from newsgraph import runner
from newsgraph.records import Document
from newsgraph.settings import Settings


def _text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Port reopens\n\nATHENS (AP) — Greek officials reopened the port of Piraeus on Friday after a "
                 "two-day strike by dock workers, the ministry said.\n")
    return str(p)


def test_a_prepared_pool_is_taken_over_by_the_run(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv(runner.TRACE, "1")
    settings = Settings()
    runner.prepare(settings, 2, "2025-03-07")
    try:
        out = list(runner.run([_text(tmp_path)], settings, "2025-03-07", workers=2))
    finally:
        runner.release()
    assert [type(x) for x in out] == [Document] and out[0].article.published.startswith("2025-03-07")
    assert capfd.readouterr().err.count('"pool_start"') == 1  # one pool: the prepared one
    assert runner._PREPARED == []


def test_a_run_with_other_settings_starts_its_own_and_release_stops_what_was_prepared(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv(runner.TRACE, "1")
    runner.prepare(Settings(), 2)
    pool = runner._PREPARED[0][1]
    procs = list(pool._pool)
    out = list(runner.run([_text(tmp_path)], Settings(), "2025-03-07", workers=2))  # another date: not the same run
    assert [type(x) for x in out] == [Document]
    assert capfd.readouterr().err.count('"pool_start"') == 2
    assert runner._PREPARED == [] and not any(p.is_alive() for p in procs)
    runner.prepare(Settings(), 2)
    procs = list(runner._PREPARED[0][1]._pool)
    runner.release()
    assert runner._PREPARED == [] and not any(p.is_alive() for p in procs)
