"""The whole-article event metric (``newsgraph evaluate articles``): matching and figures on hand-made
records, the command on a written gold folder, and the metric against the coders' agreement the
whole-article gold reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.evaluate import articles as ev

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "article-events"
TEXT = "Chile and Peru held talks in Lima on Monday. Peru accused Chile of shelling a border post."


def rec(start, end, type_, actors=(("Chile", "Chile"),), recipients=(), status="asserted", date=None,
        place=None, optional=False):
    return ev.Record(start=start, end=end, trigger=TEXT[start:end], type=type_, status=status,
                     actors=list(actors), recipients=list(recipients), date=date, place=place, optional=optional)


def test_light_verb_and_its_noun_match_one_to_one():
    held, talks = TEXT.index("held"), TEXT.index("talks")
    gold = [rec(talks, talks + 5, "CONSULT", actors=[("Chile", "Chile"), ("Peru", "Peru")])]
    pred = [rec(held, held + 4, "CONSULT", actors=[("Chile", "Chile", "Peru")]),
            rec(held, held + 4, "AGREE")]  # a second record at the same words matches nothing
    assert ev.align(TEXT, gold, pred) == [(0, 0)]
    r = ev.Report()
    ev.score_article("a", TEXT, gold, pred, r)
    d = r.figures()
    assert (d["gold"], d["predicted"], d["matched"], d["typed_precision"], d["fully_right"]) == (1, 2, 1, 0.5, 0.5)


def test_fields_and_optional_records():
    acc, shell = TEXT.index("accused"), TEXT.index("shelling")
    gold = [rec(acc, acc + 7, "ACCUSE", actors=[("Peru", "Peru")], recipients=[("Chile", "Chile")],
                date="2025-03-10", place=("Lima", "PER")),
            rec(shell, shell + 8, "ASSAULT", optional=True)]
    pred = [rec(acc, acc + 7, "ACCUSE", actors=[("Peru",)], recipients=[("Chile",)], status="negated",
                date="2025-03-10", place=("Lima", "PER")),
            rec(shell, shell + 8, "ASSAULT")]
    r = ev.Report()
    ev.score_article("a", TEXT, gold, pred, r)
    d = r.figures()
    # the optional record and the prediction on it are left out of both sides
    assert (d["gold"], d["predicted"], d["matched"]) == (1, 1, 1)
    assert d["among_matches"] == {"type": 1.0, "actors": 1.0, "recipients": 1.0, "status": 0.0, "date": 1.0,
                                  "place": 1.0}
    assert d["fully_right"] == 0.0  # the status is wrong
    wrong = [e for e in r.errors if e["kind"] == "wrong"]
    assert wrong and wrong[0]["fields"] == ["status"]


def test_party_words_half_covered():
    assert ev.side_ok([("Vladimir Putin", "the Russian president")], [("Putin", "Mr. Putin")])
    assert not ev.side_ok([("Hillary Clinton", "Clinton")], [])
    assert ev.side_ok([], [])


def test_command_on_a_written_gold_folder(tmp_path):
    from newsgraph.cli import main

    (tmp_path / "gold").mkdir()
    (tmp_path / "texts").mkdir()
    text = ("Chile and Peru held talks in Lima on Monday.\n\nPeruvian police arrested 40 protesters in "
            "Arequipa on Sunday.\n")
    (tmp_path / "texts" / "story.txt").write_text(text, encoding="utf-8")
    arr = text.index("arrested")
    gold = {"article": "story", "published": "2025-03-12", "events": [
        {"id": "g1", "type": "COERCE", "trigger": {"text": "arrested", "start": arr, "end": arr + 8},
         "actors": [{"text": "Peruvian police", "name": "Peruvian police", "country": "PER"}],
         "recipients": [{"text": "40 protesters", "name": "protesters"}], "status": "asserted",
         "date": {"value": "2025-03-09"}, "place": {"name": "Arequipa", "country": "PER"}}]}
    (tmp_path / "gold" / "story.json").write_text(json.dumps(gold), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    out = CliRunner().invoke(main, ["evaluate", "articles", str(tmp_path), "--errors", str(errors),
                                    "--json", str(tmp_path / "f.json")])
    assert out.exit_code == 0, out.output
    figures = json.loads((tmp_path / "f.json").read_text())
    assert figures["gold"] == 1 and figures["matched"] == 1 and figures["typed_recall"] == 1.0
    assert figures["among_matches"]["date"] == 1.0 and figures["among_matches"]["place"] == 1.0
    assert all(json.loads(line)["kind"] in ("miss", "false", "wrong") for line in errors.read_text().splitlines())


def test_missing_texts_is_one_clear_error(tmp_path):
    from newsgraph.cli import main

    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.json").write_text('{"article": "x", "events": []}', encoding="utf-8")
    (tmp_path / "texts").mkdir()
    out = CliRunner().invoke(main, ["evaluate", "articles", str(tmp_path)])
    assert out.exit_code == 2 and "x.txt" in out.output


def test_metric_reproduces_the_coders_agreement():
    """The gold's README gives coder Q against coder P at typed F1 0.92 and fully right 0.70: the same
    metric here must find the same."""
    if not (SHARED / "raw" / "P").is_dir():
        pytest.skip(f"the whole-article event gold is not here ({SHARED}); it comes with the project's shared data")
    r = ev.Report()
    for name, _, text, _ in ev.iter_gold(SHARED):
        fp, fq = SHARED / "raw" / "P" / f"{name}.json", SHARED / "raw" / "Q" / f"{name}.json"
        if fp.exists() and fq.exists():
            gold = ev.gold_records(json.loads(fp.read_text(encoding="utf-8"))["events"])
            pred = ev.gold_records(json.loads(fq.read_text(encoding="utf-8"))["events"])
            for p in pred:
                p.optional = False
            ev.score_article(name, text, gold, pred, r)
    d = r.figures()
    assert d["typed_f1"] == pytest.approx(0.92, abs=0.01)
    assert d["fully_right"] == pytest.approx(0.70, abs=0.01)
