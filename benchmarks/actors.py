"""Actors benchmark: who is who, on real articles.

    .venv/bin/python benchmarks/actors.py [--data DIR] [--split dev] [--json OUT] [--errors OUT.jsonl]
    .venv/bin/python benchmarks/actors.py --cost [--rounds 3]

On the PolNeAR compartment (``--split``, dev by default; the publication date is read from the file name):

* **speakers** — of the gold attribution sources that name a person (the source's words hold a
  capitalised name that is no country or body of the knowledge base, titles and honorifics aside:
  "Sen. Ted Cruz", "Mrs. Clinton", "Trump"), the share whose words newsgraph's actors give to the right
  person: an actor of kind person whose name has the gold name's surname and, where the gold words or the
  one full name the article gives that surname hold a first name, that first name (an initial matches).
  Sources whose surname two people of the article bear by different first names are left out (the text
  alone does not say which); pronoun sources are counted apart (resolved to some named person or not:
  PolNeAR marks no coreference, so "right" cannot be read from it).
* **merged wrongly** — actors that carry the full names of two different people among their mentions
  (different surnames, or one surname with two first names that are not initials of each other), counted
  as the distinct people too many; also over the test fixtures in ``tests/fixtures/actors``.
* **country** — of newsgraph's people and organisations mentioned twice or more, the share that carry a
  country (or a PLOVER non-state code).

On ``../shared/data/article-events`` (whole-article PLOVER gold, 20 PolNeAR train articles): for every
gold event party (actors and recipients with a name), the occurrence of its words nearest the event's
trigger; the share of those whose newsgraph actor (the actor with a mention overlapping the words) has
the gold name (same words, or one name's words within the other's, or one knowledge-base person), and the
share with the gold name and the gold country.

``--cost`` times instead, on the same texts, spaCy's parse (``nlp.pipe``, the parse every stage reads)
and the actors stage alone (``stages.actors.run`` on fresh analyses of those parses), best of
``--rounds``, and prints the stage's time as a share of the parse's; the whole pipeline's throughput is
``benchmarks/throughput.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsgraph.evaluate.polnear import iter_gold  # noqa: E402
from newsgraph.kb import load_kb  # noqa: E402

try:
    from newsgraph.kb import name_key  # noqa: E402
except ImportError:  # an older tree, for a before/after comparison
    import unicodedata

    def name_key(s: str) -> str:
        s = unicodedata.normalize("NFKD", s.replace("’", "'"))
        s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
        return " ".join(re.sub(r"[.,]", " ", s).replace("-", " ").split())

SHARED = REPO.parent / "shared" / "data"
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "president",
          "vice", "secretary", "gen", "general", "former", "democrat", "democratic", "republican", "gop", "candidate",
          "nominee", "presidential", "speaker", "house", "senate", "majority", "minority", "leader", "chairman",
          "chairwoman", "state", "attorney", "judge", "justice", "prime", "minister", "mayor", "rev", "pope", "sir",
          "lt", "col", "u", "s", "us", "the", "white", "campaign", "manager", "spokesman", "spokeswoman", "press",
          "director", "chief", "adviser", "advisor", "aide", "first", "lady", "fox", "news", "cnn", "msnbc", "abc",
          "nbc", "cbs", "billionaire", "businessman", "real", "estate", "mogul", "rival", "opponent",
          "challenger", "dem", "dems", "top", "sens", "reps", "and", "crooked", "jr", "sr", "ii", "iii"}
FIXTURE_DATES = {"obama_trade.txt": "2016-05-16", "harris_labor.txt": "2020-07-14", "caucasus_talks.txt": "2024-05-10",
                 "store_a.txt": "2016-10-01", "store_b.txt": "2016-10-02"}
PARTICLES = {"bin", "al", "el", "van", "von", "de", "da", "del", "la", "le", "di", "ibn", "abu"}
PRONOUNS = {"he", "she", "him", "her", "i", "we", "they", "you", "it", "who", "his", "hers"}
_NAME = re.compile(r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.))*")


def _published(name: str) -> str | None:
    m = re.search(r"(\d{4}-\d{2}-\d{2})", name)
    return m.group(1) if m else None


def _clean_words(words: list[str]) -> list[str]:
    words = [w.rstrip("’'").removesuffix("’s").removesuffix("'s") for w in words]
    i = 0
    while i < len(words) and words[i].lower().strip(".") in TITLES:
        i += 1
    words = words[i:]
    while words and words[-1].lower().strip(".") in TITLES:
        words = words[:-1]
    return [w for w in words if w]


def gold_name(ents, s: int, e: int) -> tuple[str, str] | None:
    """(first name or '', surname) of the person a source's words name: the first PERSON entity of the
    model (read apart from newsgraph's actors) inside the source's words, titles and honorifics aside."""
    for ent in ents:
        if ent.label_ != "PERSON" or ent.start_char < s or ent.end_char > e:
            continue
        words = _clean_words(ent.text.split())
        if not words or not all(w[:1].isupper() for w in words):
            continue
        return (words[0] if len(words) > 1 and words[0].lower() not in PARTICLES else ""), words[-1]
    return None


def _first_ok(a: str, b: str) -> bool:
    a, b = a.strip(".").lower(), b.strip(".").lower()
    return not a or not b or a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def full_names(ents, surname: str) -> set[str]:
    """The first names the article's PERSON entities give a surname ("Hillary" and "Bill" for "Clinton")."""
    out = set()
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        words = _clean_words(ent.text.split())
        if len(words) > 1 and name_key(words[-1]) == name_key(surname) and words[0][:1].isupper() \
                and words[0].lower() not in PARTICLES:
            out.add(words[0])
    return out


def actor_at(doc, start: int, end: int):
    best, best_ov = None, 0
    for a in doc.actors:
        for m in a.mentions:
            ov = min(end, m.end) - max(start, m.start)
            if ov > best_ov:
                best, best_ov = a, ov
    return best


def _words_of(name: str) -> list[str]:
    return [w for w in name_key(name).split() if w not in ("jr", "sr", "ii", "iii")]


def person_ok(actor, first: str, surname: str) -> bool:
    if actor is None or actor.kind != "person":
        return False
    words = _words_of(actor.name)
    if not words or words[-1] != name_key(surname).split()[-1]:
        return False
    return len(words) < 2 or _first_ok(first, words[0])


def merged_wrongly(doc, ents, kb) -> list[dict]:
    """Actors given the full names of two different people: the model's PERSON entities of two words or
    more (read apart from newsgraph's actors) and the actors' own mentions, grouped by the actor their
    surname's words belong to; two names are one person where their first names agree (or one is an
    initial) or the knowledge base holds both for one person."""
    names: dict[str, list[tuple[str, str]]] = {}
    by_id = {a.id: a for a in doc.actors}

    def add(actor, words: list[str]) -> None:
        f, s = words[0], words[-1]
        got = names.setdefault(actor.id, [])
        own = set(_words_of(actor.name))
        if set(_words_of(" ".join(words))) <= own and any(set(_words_of(f"{f2} {s2}")) <= own for f2, s2 in got):
            return  # "Enrique Nieto" and "Peña Nieto", both in "Enrique Peña Nieto"
        for f2, s2 in got:
            if name_key(s) == name_key(s2) and _first_ok(f, f2):
                return
            one = {e.stable_id for e in _find(kb, f"{f} {s}")} & {e.stable_id for e in _find(kb, f"{f2} {s2}")}
            if one:
                return
        got.append((f, s))

    lower = {t.text for t in ents[0].doc if t.is_lower} if ents else set()
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        words = _clean_words(ent.text.split())
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or words[0].lower() in lower:
            continue  # (a headline's "Rip Trump", "Sell Coal": a word the text writes in lower case)
        k = ent.start_char + ent.text.rfind(words[-1])
        a = actor_at(doc, k, k + len(words[-1]))
        if a is not None and a.kind == "person" and any(m.start <= k and k + len(words[-1]) <= m.end
                                                         and m.text.split()[-1].startswith(words[-1]) for m in a.mentions):
            add(a, words)
    for a in doc.actors:
        if a.kind != "person":
            continue
        for m in a.mentions:
            if not all(w[:1].isupper() for w in m.text.split()):
                continue  # a description ("the South Carolina senator"), not a name
            words = _clean_words(m.text.split())
            if len(words) >= 2:
                add(a, words)
    return [{"actor": by_id[i].name, "names": [" ".join(n) for n in ns], "extra": len(ns) - 1}
            for i, ns in names.items() if len(ns) > 1]


def _find(kb, name: str):
    return kb.find(name) if hasattr(kb, "find") else kb.lookup(name)


def _name_match(actor, gold: dict, kb) -> bool:
    if actor is None:
        return False
    g, p = _words_of(gold.get("name") or ""), _words_of(actor.name)
    if not g or not p:
        return False
    if g == p or set(g) <= set(p) or set(p) <= set(g):
        return True
    if actor.kb_id:
        found = kb.find(gold["name"]) if hasattr(kb, "find") else kb.lookup(gold["name"])
        if any(e.stable_id == actor.kb_id or actor.kb_id.startswith(e.stable_id) for e in found):
            return True
    return False


def _nearest(text: str, words: str, anchor: int) -> tuple[int, int] | None:
    spots = [m.start() for m in re.finditer(re.escape(words), text)]
    if not spots:
        return None
    s = min(spots, key=lambda x: abs(x - anchor))
    return s, s + len(words)


def run(args) -> int:
    from newsgraph.ingest import Draft, build_article
    from newsgraph.pipeline import Pipeline
    from newsgraph.records import Document
    from newsgraph.settings import Settings

    data = Path(args.data)
    split_dir = data / args.split
    if not split_dir.is_dir():
        print(f"PolNeAR is not here ({split_dir}); it comes with the project's shared data", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    kb = load_kb()
    pipe = Pipeline(Settings(plain=True))
    settings = pipe.settings.with_(plain=True, languages=("en",))
    golds = list(iter_gold(split_dir, args.limit))
    arts = [build_article(Draft(source=g.name, text=g.text, published=_published(g.name)), settings, None)
            for g in golds]
    errors = []
    sp = {"named": 0, "right": 0, "ambiguous_left_out": 0, "pronoun": 0, "pronoun_named": 0}
    merged: list[dict] = []
    n_country = n_big = n_inferred = 0
    parses = pipe.nlp.pipe((g.text for g in golds), batch_size=8)
    for g, doc, parsed in zip(golds, pipe.process(arts), parses, strict=True):
        if not isinstance(doc, Document):
            continue
        ents = list(parsed.ents)
        for m in merged_wrongly(doc, ents, kb):
            merged.append({"article": g.name, **m})
        for a in doc.actors:
            if a.kind in ("person", "organization") and len(a.mentions) >= 2:
                n_big += 1
                n_country += bool(a.country)
                n_inferred += bool(a.country) and "country from the article" in a.attributes
                if not a.country:
                    errors.append({"article": g.name, "no_country": a.name, "kind": a.kind, "title": a.title,
                                   "mentions": [m.text for m in a.mentions][:4]})
        for att in g.attributions:
            if not att.source or not att.source_text:
                continue
            s, e = att.source[0][0], att.source[-1][1]
            src = " ".join(att.source_text.split())
            if src.lower() in PRONOUNS:
                sp["pronoun"] += 1
                a = actor_at(doc, s, e)
                sp["pronoun_named"] += bool(a is not None and a.kind == "person")
                continue
            gn = gold_name(ents, s, e)
            if gn is None:
                continue
            first, surname = gn
            if not first:
                firsts = full_names(ents, surname)
                if len(firsts) > 1:
                    sp["ambiguous_left_out"] += 1
                    continue
                first = next(iter(firsts), "")
            # the actor of the name's words: where the surname stands in the source
            k = g.text.rfind(surname, s, e + 1)
            a = actor_at(doc, k, k + len(surname)) if k >= 0 else actor_at(doc, s, e)
            sp["named"] += 1
            ok = person_ok(a, first, surname)
            sp["right"] += ok
            if not ok:
                errors.append({"article": g.name, "source": src, "gold": f"{first} {surname}".strip(),
                               "actor": a.name if a else None, "kind": a.kind if a else None})
    fixtures_merged = []
    fx = REPO / "tests" / "fixtures" / "actors"
    for p in sorted(fx.glob("*.txt")):
        for doc in pipe.run([str(p)], published=FIXTURE_DATES.get(p.name)):
            if isinstance(doc, Document):
                ents = list(pipe.nlp(doc.article.text).ents)
                fixtures_merged += [{"article": p.name, **m} for m in merged_wrongly(doc, ents, kb)]
    out = {
        "split": args.split, "articles": len(golds),
        "speakers": {**sp, "share": round(sp["right"] / sp["named"], 4) if sp["named"] else None,
                     "pronoun_share": round(sp["pronoun_named"] / sp["pronoun"], 4) if sp["pronoun"] else None},
        "merged_wrongly": {"polnear": sum(m["extra"] for m in merged), "fixtures": sum(m["extra"] for m in fixtures_merged),
                           "cases": merged + fixtures_merged},
        "country": {"actors_mentioned_twice": n_big, "with_country": n_country,
                    "share": round(n_country / n_big, 4) if n_big else None,
                    "from_the_article": n_inferred,
                    "share_named_or_known": round((n_country - n_inferred) / n_big, 4) if n_big else None},
    }
    out["events"] = article_events(pipe, settings, kb)
    out["seconds"] = round(time.perf_counter() - t0, 1)
    event_errors = out["events"].pop("errors", [])
    show = {k: v for k, v in out.items()}
    show["merged_wrongly"] = {k: v for k, v in out["merged_wrongly"].items() if k != "cases"}
    print(json.dumps(show, indent=1))
    for m in out["merged_wrongly"]["cases"]:
        print("merged:", m["article"], m["actor"], m["names"])
    sys.stdout.flush()
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            for e in errors + event_errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


def article_events(pipe, settings, kb) -> dict:
    from newsgraph.ingest import Draft, build_article
    from newsgraph.records import Document

    gold_dir = SHARED / "article-events" / "gold"
    text_dir = SHARED / "polnear" / "data" / "train" / "text"
    if not gold_dir.is_dir() or not text_dir.is_dir():
        return {"skipped": f"article-events or PolNeAR train not here ({gold_dir})"}
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    texts = [(text_dir / f"{g['article']}.txt").read_text(encoding="utf-8") for g in golds]
    arts = [build_article(Draft(source=g["article"], text=t, published=g.get("published")), settings, None)
            for g, t in zip(golds, texts, strict=True)]
    tally = {"parties": 0, "found": 0, "name": 0, "name_country": 0}
    errors = []
    for g, text, doc in zip(golds, texts, pipe.process(arts), strict=True):
        if not isinstance(doc, Document):
            continue
        for ev in g["events"]:
            if ev.get("optional"):
                continue
            for party in ev.get("actors", []) + ev.get("recipients", []):
                if not party.get("text") or not party.get("name"):
                    continue
                spot = _nearest(text, party["text"], ev["trigger"]["start"])
                if spot is None:
                    continue
                tally["parties"] += 1
                a = actor_at(doc, *spot)
                tally["found"] += a is not None
                ok = _name_match(a, party, kb)
                tally["name"] += ok
                ok_c = ok and (a.country or None) == (party.get("country") or None)
                tally["name_country"] += ok_c
                if not ok_c:
                    errors.append({"article": g["article"], "party": party["text"], "gold": party["name"],
                                   "gold_country": party.get("country"), "actor": a.name if a else None,
                                   "country": a.country if a else None})
    n = tally["parties"] or 1
    return {**tally, "name_share": round(tally["name"] / n, 4), "name_country_share": round(tally["name_country"] / n, 4),
            "errors": errors}


def cost(args) -> int:
    from newsgraph.analysis import Analysis
    from newsgraph.ingest import Draft, build_article
    from newsgraph.pipeline import Pipeline, lean_runtime
    from newsgraph.settings import Settings
    from newsgraph.stages import actors

    pipe = Pipeline(Settings(plain=True))
    settings = pipe.settings.with_(plain=True, languages=("en",))
    golds = list(iter_gold(Path(args.data) / args.split, args.limit))
    arts = [build_article(Draft(source=g.name, text=g.text, published=_published(g.name)), settings, None)
            for g in golds]
    parse_s, stage_s = [], []
    with lean_runtime():
        list(pipe.nlp.pipe([a.text for a in arts[:4]]))  # warm up
        for _ in range(args.rounds):
            t = time.perf_counter()
            docs = list(pipe.nlp.pipe([a.text for a in arts], batch_size=pipe.settings.batch_size))
            parse_s.append(time.perf_counter() - t)
            t = time.perf_counter()
            for a, d in zip(arts, docs, strict=True):
                actors.run(Analysis(article=a, doc=d, kb=pipe.kb))
            stage_s.append(time.perf_counter() - t)
    words = sum(len(a.text.split()) for a in arts)
    print(json.dumps({"articles": len(arts), "words": words, "parse_s": round(min(parse_s), 3),
                      "actors_s": round(min(stage_s), 3), "actors_share_of_parse": round(min(stage_s) / min(parse_s), 4)},
                     indent=1))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(SHARED / "polnear" / "data"))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json")
    ap.add_argument("--errors")
    ap.add_argument("--cost", action="store_true", help="time the stage against the parse instead")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    return cost(args) if args.cost else run(args)


if __name__ == "__main__":
    raise SystemExit(main())
