"""Readable, plain-text summaries of documents and stores (used by the CLI and ``make run``)."""

from __future__ import annotations

import textwrap

from .records import Document


def _short(s: str, n: int = 110) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def summarize(doc: Document) -> str:
    a = doc.article
    names = {x.id: x.name for x in doc.actors}
    lines = [f"== {a.title or a.text.split(chr(10))[0][:80]}",
             f"   {a.source} · id {a.id} · published {a.published or '?'}"
             + (f" · {a.outlet}" if a.outlet else "")]
    if a.headings:
        lines.append("   headings: " + " | ".join(h.text for h in a.headings))
    people = [x for x in doc.actors if x.kind != "anonymous"]
    lines.append(f"   actors ({len(people)}):")
    for x in sorted(people, key=lambda x: -len(x.mentions))[:12]:
        code = "/".join(p for p in (x.country, x.sector) if p) or "-"
        title = f", {x.title}" if x.title else ""
        lines.append(f"     · {x.name} [{x.kind}, {code}{title}] ×{len(x.mentions)}")
    lines.append(f"   statements ({len(doc.statements)}):")
    for s in doc.statements:
        src = s.source.text if s.source else "?"
        who = names.get(s.source.actor, src) if s.source else "?"
        if s.source and s.source.anonymous:
            who = f"{src} (anonymous)"
        extra = f" → {names.get(s.addressee, s.addressee)}" if s.addressee else ""
        via = f" via {s.via}" if s.via else ""
        cue = s.cue.text if s.cue else "—"
        lines.append(f"     {s.id} {s.kind:8} {who} [{cue}]{extra}{via}: “{_short(s.content.text, 80)}”")
    lines.append(f"   events ({len(doc.events)}):")
    for e in doc.events:
        who = " + ".join(names.get(i, i) for i in e.actor)
        whom = (" → " + " + ".join(names.get(i, i) for i in e.recipient)) if e.recipient else ""
        when = e.date.value if e.date and e.date.value else "?"
        if e.date and e.date.basis in ("published", "context"):
            when += f" ({e.date.basis})"
        where = f" @ {e.location.name}" if e.location else ""
        mode = f"/{e.mode}" if e.mode else ""
        lines.append(f"     {e.id} {e.type}{mode} {who}{whom} · {e.status} · {when}{where} · “{e.trigger.text}”")
    return "\n".join(lines)


def format_stats(st: dict) -> str:
    out = [f"store {st['database']} (schema v{st['schema_version']})"]
    out.append("  " + ", ".join(f"{st[k]} {k}" for k in ("articles", "actors", "mentions", "statements", "events")))
    if st.get("published") and st["published"][0]:
        out.append(f"  published {st['published'][0]} … {st['published'][1]}")
    if st.get("events_by_type"):
        out.append("  events by type: " + ", ".join(f"{k} {v}" for k, v in st["events_by_type"].items()))
    if st.get("statements_by_kind"):
        out.append("  statements by kind: " + ", ".join(f"{k} {v}" for k, v in st["statements_by_kind"].items()))
    if st.get("top_actors"):
        out.append(textwrap.fill("  top actors: " + ", ".join(
            f"{a['name']} ({a['articles']})" for a in st["top_actors"]), width=100, subsequent_indent="    "))
    return "\n".join(out)
