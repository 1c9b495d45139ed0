"""Server-side rendering helpers: article text with highlighted spans, and small SVG charts and a map.
Everything that comes from an article is escaped here (markupsafe) before it reaches a template."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from markupsafe import Markup, escape

from ..records import Document


def highlight(doc: Document, stories: dict[str, dict]) -> tuple[Markup, list[dict[str, Any]]]:
    """The article text as HTML with statement and event spans marked, and the details of each mark."""
    names = {a.id: a.name for a in doc.actors}
    items: list[dict[str, Any]] = []
    spans: list[tuple[int, int, str, str]] = []  # start, end, item id, css class
    sid_text = {s.id: s for s in doc.statements}
    for s in doc.statements:
        src = s.source
        items.append({
            "id": s.id, "what": "statement", "kind": s.kind,
            "source": (names.get(src.actor) or src.text) if src else None,
            "source_text": src.text if src else None, "anonymous": bool(src and src.anonymous),
            "cue": s.cue.text if s.cue else None, "content": s.content.text,
            "addressee": names.get(s.addressee, s.addressee) if s.addressee else None,
            "via": s.via})
        spans.append((s.content.start, s.content.end, s.id, "st"))
        if src and src.end > src.start:
            spans.append((src.start, src.end, s.id, "src"))
        if s.cue:
            spans.append((s.cue.start, s.cue.end, s.id, "cue"))
    for e in doc.events:
        st = stories.get(e.id)
        att = sid_text.get(e.attributed_to) if e.attributed_to else None
        items.append({
            "id": e.id, "what": "event", "type": e.type, "mode": e.mode, "status": e.status,
            "actors": [names.get(a, a) for a in e.actor], "recipients": [names.get(a, a) for a in e.recipient],
            "date": e.date.value if e.date else None, "date_text": e.date.text if e.date else None,
            "place": e.location.name if e.location else None,
            "place_country": e.location.country if e.location else None,
            "trigger": e.trigger.text, "evidence": e.evidence.text, "confidence": e.confidence, "score": e.score,
            "source": (names.get(att.source.actor) or att.source.text) if att and att.source else None,
            "cue": att.cue.text if att and att.cue else None,
            "story": {"id": st["story_id"], "label": st["label"], "n_articles": st["n_articles"],
                      "n_outlets": st["n_outlets"], "n_reports": st["n_reports"]} if st else None})
        spans.append((e.evidence.start, e.evidence.end, e.id, "ev"))
        spans.append((e.trigger.start, e.trigger.end, e.id, "trig"))
    text = doc.article.text
    cuts = sorted({0, len(text)} | {p for s in spans for p in (s[0], s[1]) if 0 <= p <= len(text)})
    starts: dict[int, list] = defaultdict(list)
    for sp in spans:
        starts[sp[0]].append(sp)
    active: list[tuple[int, int, str, str]] = []
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s[1] > a] + [s for s in starts.get(a, []) if s[1] > a]
        seg = escape(text[a:b])
        if not active:
            out.append(str(seg))
            continue
        # innermost (shortest) first: a click shows the most specific item on top
        ordered = sorted(active, key=lambda s: (s[1] - s[0], s[2]))
        ids = []
        for s in ordered:
            if s[2] not in ids:
                ids.append(s[2])
        cls = " ".join(sorted({s[3] for s in active}))
        out.append(f'<mark class="hl {cls}" data-items="{escape(" ".join(ids))}" tabindex="0">{seg}</mark>')
    return Markup("".join(out)), items


def json_script(data: Any) -> Markup:
    """JSON safe to put inside <script type="application/json">."""
    s = json.dumps(data, ensure_ascii=False, default=str)
    return Markup(s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _score_color(score: float | None) -> str:
    if score is None:
        return "#888"
    if score > 0:
        return "#2b7a3d"
    if score < 0:
        return "#b3362c"
    return "#777"


def timeline_svg(rows: list[dict], width: int = 720, height: int = 160) -> Markup:
    """Stories per month, stacked cooperation (green, up) and conflict (red, down)."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        if not r.get("date"):
            continue
        m = str(r["date"])[:7]
        s = r.get("score")
        per[m][0 if (s or 0) > 0 else 1 if (s or 0) < 0 else 2] += 1
    if not per:
        return Markup('<p class="muted">No dated events.</p>')
    months = _month_range(min(per), max(per))
    top = max(max(v[0] + v[2], v[1]) for v in per.values()) or 1
    pad, mid = 30, height // 2
    bw = max(2.0, (width - 2 * pad) / max(len(months), 1))
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + 20}" role="img" aria-label="events per month">',
             f'<line x1="{pad}" y1="{mid}" x2="{width - pad}" y2="{mid}" stroke="#999"/>']
    for i, m in enumerate(months):
        coop, conf, neutral = per.get(m, (0, 0, 0))
        x = pad + i * bw
        h1 = (coop + neutral) / top * (mid - 10)
        h2 = conf / top * (mid - 10)
        title = escape(f"{m}: {coop} cooperation, {conf} conflict, {neutral} neutral")
        if h1:
            parts.append(f'<rect x="{x:.1f}" y="{mid - h1:.1f}" width="{bw * 0.8:.1f}" height="{h1:.1f}" '
                         f'fill="#2b7a3d"><title>{title}</title></rect>')
        if h2:
            parts.append(f'<rect x="{x:.1f}" y="{mid:.1f}" width="{bw * 0.8:.1f}" height="{h2:.1f}" '
                         f'fill="#b3362c"><title>{title}</title></rect>')
        if i == 0 or i == len(months) - 1 or (len(months) > 6 and i % max(1, len(months) // 6) == 0):
            parts.append(f'<text x="{x:.1f}" y="{height + 14}" font-size="10">{escape(m)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _month_range(lo: str, hi: str) -> list[str]:
    y, m = int(lo[:4]), int(lo[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= hi and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def sparkline_svg(periods: list[dict], width: int = 160, height: int = 30) -> Markup:
    """Mean cooperation–conflict score (−10…+10) per period."""
    pts = [p for p in periods if p.get("score") is not None]
    if not pts:
        return Markup("")
    n = len(pts)
    xy = []
    for i, p in enumerate(pts):
        x = 4 + (i / (n - 1) * (width - 8) if n > 1 else (width - 8) / 2)
        y = height / 2 - p["score"] / 10 * (height / 2 - 3)
        xy.append((x, y, p))
    poly = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in xy)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2" fill="{_score_color(p["score"])}">'
                   f'<title>{escape(p["period"])}: {p["score"]} ({p["n_events"]} events)</title></circle>'
                   for x, y, p in xy)
    return Markup(f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
                  f'<line x1="0" y1="{height / 2}" x2="{width}" y2="{height / 2}" stroke="#ccc"/>'
                  f'<polyline points="{poly}" fill="none" stroke="#555"/>{dots}</svg>')


def map_svg(stories: list[dict], width: int = 720, height: int = 360) -> Markup:
    """Located stories on an equirectangular grid (lon/lat), no tiles: a graticule and one dot per story."""
    parts = [f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-label="map of located events">',
             f'<rect width="{width}" height="{height}" fill="#eef3f7"/>']
    for lon in range(-180, 181, 30):
        x = (lon + 180) / 360 * width
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#d5dee6"/>')
    for lat in range(-90, 91, 30):
        y = (90 - lat) / 180 * height
        parts.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#d5dee6"/>')
    parts.append(f'<line x1="0" y1="{height / 2}" x2="{width}" y2="{height / 2}" stroke="#b8c6d3"/>')
    for s in stories:
        if s.get("lat") is None or s.get("lon") is None:
            continue
        x = (s["lon"] + 180) / 360 * width
        y = (90 - s["lat"]) / 180 * height
        r = 3 + min(6, (s.get("n_articles") or 1) ** 0.5)
        title = escape(f'{s.get("label")} · {s.get("place")} · {s.get("date")} · {s.get("n_articles")} article(s)')
        parts.append(f'<a href="/stories/{escape(s["story_id"])}"><circle class="dot" cx="{x:.1f}" cy="{y:.1f}" '
                     f'r="{r:.1f}" fill="{_score_color(s.get("score"))}" fill-opacity="0.7">'
                     f'<title>{title}</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))
