"""The ingest benchmark's list of headline corrections to Readability's expected titles
(benchmarks/data/readability_headlines.json) names real test pages and corrects each one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HEADLINES = REPO / "benchmarks/data/readability_headlines.json"
PAGES = REPO.parent / "shared/data/readability-test-pages"


def test_every_correction_says_why():
    data = json.loads(HEADLINES.read_text(encoding="utf-8"))
    entries = {k: v for k, v in data.items() if not k.startswith("_")}
    assert entries
    for page, entry in entries.items():
        assert entry["headline"].strip() and entry["why"].strip(), page


@pytest.mark.skipif(not PAGES.is_dir(), reason="Readability's test pages are not in ../shared/data")
def test_every_correction_is_a_page_whose_expected_title_differs():
    data = json.loads(HEADLINES.read_text(encoding="utf-8"))
    for page, entry in data.items():
        if page.startswith("_"):
            continue
        meta = json.loads((PAGES / page / "expected-metadata.json").read_text(encoding="utf-8"))
        assert meta.get("readerable"), page
        assert entry["headline"] != meta["title"], page


def test_title_listing_marks_each_miss(capsys):
    """``--titles``: one line per page whose title is not exactly Readability's, marked H (the headline),
    S (a site-name part off) and L (on the headline list)."""
    import sys

    sys.path.insert(0, str(REPO))
    from benchmarks.ingest import print_title_misses, title_matches

    rows = []
    for page, ours, want in (("a", "Port hours extended", "Port hours extended | Coast Courier"),
                             ("b", "Port hours", "Port hours extended"), ("c", "Same", "Same")):
        exact, site = title_matches(ours, want)
        rows.append({"id": page, "title_exact": exact, "title_site": site, "title_headline": page == "a",
                     "want": {"title": want}, "got": {"title": ours}})
    print_title_misses(rows, {"a": "Port hours extended"})
    out = capsys.readouterr().out
    assert "(2 of 3)" in out and "  HSL a: want" in out and "  -   b: want" in out and " c: " not in out


def test_page_listing_gives_every_page_lowest_recall_first(capsys):
    """``--pages``: one line per page, its body recall and precision, lowest recall first; a page with no
    shingle on one side shows a dash there."""
    import sys

    sys.path.insert(0, str(REPO))
    from benchmarks.ingest import print_page_scores

    print_page_scores("Test pages", {"b": {"precision": 0.9, "recall": 0.5}, "a": {"precision": 1.0, "recall": 1.0},
                                     "c": {"precision": None, "recall": 0.0}, "d": {"precision": 1.0, "recall": None}})
    out = capsys.readouterr().out.splitlines()
    assert out[-4:] == ["  R=0.000 P=-  c", "  R=0.500 P=0.900  b", "  R=1.000 P=1.000  a", "  R=- P=1.000  d"]
