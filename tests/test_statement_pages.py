"""The whole-article statements benchmark on real pages (benchmarks/statement_pages.py)."""

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import statement_pages as sp  # noqa: E402

TEXT = ('The mayor said the bridge would reopen in May. "We are on schedule," Ann Lee told reporters. '
        'Rain fell all day.')


def _span(sub, start=0):
    i = TEXT.index(sub, start)
    return [i, i + len(sub)]


def _gold(source, cue, content, kind, speaker):
    s, q, c = (_span(x) if x else None for x in (source, cue, content))
    return {"source": s, "cue": q, "content": c, "kind": kind, "speaker": speaker,
            "sha": {k: (sp.span_sha(TEXT[v[0]:v[1]]) if v else None)
                    for k, v in (("source", s), ("cue", q), ("content", c))}}


PAGE = {"id": "fixture", "page": "none", "text_sha256": sp.text_sha(TEXT), "attributions": [
    _gold("The mayor", "said", "the bridge would reopen in May", "indirect", "John Smith"),
    _gold("Ann Lee", "told", "We are on schedule,", "direct", "Ann Lee"),
]}


def _stmt(source, cue, content, actor=None):
    def d(x):
        return None if x is None else {"start": _span(x)[0], "end": _span(x)[1], "text": x}

    src = d(source)
    if src is not None:
        src["actor"] = actor
    return {"source": src, "cue": d(cue), "content": d(content)}


def test_scorer_on_a_written_fixture():
    record = {"actors": [{"id": "a1", "name": "John Smith", "mentions": []}], "statements": [
        _stmt("The mayor", "said", "the bridge would reopen in", actor="a1"),  # content F1 0.91 (5 of 6 words)
        _stmt("reporters", "told", "We are on schedule,"),                    # wrong source
        _stmt(None, "fell", "all day"),                                       # not an attribution
    ]}
    assert sp.check_offsets(PAGE, TEXT) == []
    figs, errors = sp.score([(PAGE, TEXT, record)])
    assert figs["gold"] == 2 and figs["predicted"] == 3
    assert figs["attributions"] == round(2 / 3, 3)
    assert figs["recall"] == 1.0
    assert figs["source"] == 0.5 and figs["content"] == 1.0 and figs["both"] == 0.5
    kinds = sorted(e["error"].strip() for e in errors if e["error"] != "speaker")
    assert kinds == ["not matched", "source"]


def test_source_by_resolved_name_and_content_threshold():
    record = {"actors": [{"id": "a1", "name": "Smith", "mentions": []}], "statements": [
        _stmt("Ann Lee", "said", "the bridge", actor="a1"),  # source span elsewhere, name matches; content too short
    ]}
    figs, errors = sp.score([(PAGE, TEXT, record)])
    assert figs["source"] == 1.0 and figs["content"] == 0.0
    assert sp.token_f1("a b c d", "a b c d e") == pytest.approx(8 / 9)


def test_changed_text_is_reported_not_scored():
    assert "changed" in sp.check_offsets(PAGE, TEXT + " More.")[0]
    bad = dict(PAGE, attributions=[dict(PAGE["attributions"][0], content=[0, 5])])
    assert "does not reproduce" in sp.check_offsets(bad, TEXT)[0]


SHARED = REPO.parent / "shared/data"


@pytest.mark.skipif(not (SHARED / "article-extraction-benchmark/html").exists(),
                    reason="the real pages come with the project's shared data (../shared/data), absent here")
def test_real_pages_run_and_every_gold_offset_reproduces(capsys):
    figs, errors, problems = sp.run_pages(sp.GOLD_DIR, SHARED)
    assert problems == [], problems
    assert figs["pages"] == len(list(sp.GOLD_DIR.glob("*.json"))) >= 15
    assert figs["gold"] > 0 and figs["predicted"] > 0


def test_heldout_pages_ship_with_the_repository_and_every_gold_offset_reproduces():
    """The held-out part's pages are in the repository: it runs without the shared data, its gold
    is the one its spec (in words) builds, and every span reproduces its text."""
    import yaml

    from benchmarks import statement_gold as sg

    specs = sorted(sp.HELDOUT_DIR.glob("*.spec.yaml"))
    assert len(specs) >= 4
    figs, _errors, problems = sp.run_pages(sp.HELDOUT_DIR, REPO / "no-shared-data")
    assert problems == [], problems
    assert figs["pages"] == len(specs) and figs["gold"] >= 50
    pages = sp.load_gold(sp.HELDOUT_DIR)
    for page, record in zip(pages, sp.extract([sp.page_path(p["page"]) for p in pages]), strict=True):
        spec = yaml.safe_load((sp.HELDOUT_DIR / f"{page['id']}.spec.yaml").read_text(encoding="utf-8"))
        assert sg.locate(record["article"]["text"], spec["attributions"]) == page["attributions"]


def test_speaker_is_the_resolved_actor_not_the_span():
    """A source whose span is the gold's but whose actor is someone else (a "she" given to the wrong
    woman) is right by span and wrong by speaker."""
    record = {"actors": [{"id": "a1", "name": "John Smith", "mentions": []}], "statements": [
        _stmt("Ann Lee", "told", "We are on schedule,", actor="a1"),
        _stmt("The mayor", "said", "the bridge would reopen in May", actor="a1"),
    ]}
    figs, errors = sp.score([(PAGE, TEXT, record)])
    assert figs["source"] == 1.0 and figs["speaker"] == 0.5 and figs["speaker_wrong_actor"] == 0.5
    assert [e["pred_actor"] for e in errors if e["error"] == "speaker"] == ["John Smith"]
