"""Server-side rendering helpers: article text with highlighted spans, and small SVG charts and a map.
Everything that comes from an article is escaped here (markupsafe) before it reaches a template."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

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
            "alleged": bool(att and e.status == "asserted"),
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
    stops: set[str] = set()
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
        # one tab stop per item (where its innermost mark first shows), not one per segment
        stop = ' tabindex="0"' if ids[0] not in stops else ""
        stops.add(ids[0])
        out.append(f'<mark class="hl {cls}" data-items="{escape(" ".join(ids))}"{stop}>{seg}</mark>')
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


#: the map's size in SVG units (equirectangular: x = lon, y = -lat, scaled)
MAP_W, MAP_H = 720, 360


def _xy(lon: float, lat: float, width: int = MAP_W, height: int = MAP_H) -> tuple[float, float]:
    return (lon + 180) / 360 * width, (90 - lat) / 180 * height


@lru_cache(maxsize=1)
def basemap_svg() -> str:
    """The country outlines of ``static/world.geojson`` (Natural Earth 1:110m, public domain) as one SVG
    document in the map's projection: served at ``/map/world.svg`` and drawn under every map."""
    geo = json.loads((Path(__file__).parent / "static" / "world.geojson").read_text(encoding="utf-8"))
    paths = []
    for f in geo["features"]:
        d = []
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                pts = [_xy(x, y) for x, y in ring]
                d.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        name = escape(f["properties"].get("name") or "")
        paths.append(f'<path d="{"".join(d)}"><title>{name}</title></path>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {MAP_W} {MAP_H}">'
            f'<rect width="{MAP_W}" height="{MAP_H}" fill="#dfe9f2"/>'
            f'<g fill="#f7f5ef" stroke="#9aa8b5" stroke-width="0.4" fill-rule="evenodd">{"".join(paths)}</g></svg>')


def map_svg(stories: list[dict], width: int = MAP_W, height: int = MAP_H) -> Markup:
    """Located stories over the bundled country outlines (no tiles, no network): one dot per story,
    sized by its articles and coloured by its score, linking to the story."""
    parts = [f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-label="map of located events">',
             f'<image href="/map/world.svg" width="{width}" height="{height}"/>']
    for s in stories:
        if s.get("lat") is None or s.get("lon") is None:
            continue
        x, y = _xy(s["lon"], s["lat"], width, height)
        r = 3 + min(6, (s.get("n_articles") or 1) ** 0.5)
        title = escape(f'{s.get("label")} · {s.get("place")} · {s.get("date") or "undated"} · '
                       f'{s.get("n_articles")} article(s)')
        parts.append(f'<a href="/stories/{escape(s["story_id"])}"><circle class="dot" cx="{x:.1f}" cy="{y:.1f}" '
                     f'r="{r:.1f}" fill="{_score_color(s.get("score"))}" fill-opacity="0.75" stroke="#fff" '
                     f'stroke-width="0.8"><title>{title}</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def network_svg(center: dict, counterparts: list[dict], size: int = 420, limit: int = 24) -> Markup:
    """An actor and its counterparts on a circle: an edge per counterpart, its width the stories between
    them, green for cooperation and red for conflict (mean score of the facts), dashed where there are
    only claims or other non-facts; each counterpart links to its page."""
    cps = counterparts[:limit]
    if not cps:
        return Markup('<p class="muted">No counterparts yet.</p>')
    c = size / 2
    rad = size / 2 - 70
    top = max(max(p["n_events"], p.get("n_all") or 0) for p in cps) or 1
    edges, nodes = [], []
    for i, p in enumerate(cps):
        ang = 2 * math.pi * i / len(cps) - math.pi / 2
        x, y = c + rad * math.cos(ang), c + rad * math.sin(ang)
        n = p["n_events"] or 0
        w = 1 + 5 * (max(n, p.get("n_all") or 0) / top)
        dash = "" if n else ' stroke-dasharray="4 3"'
        color = _score_color(p.get("score")) if n else "#999"
        what = (f'{n} fact(s), mean score {p["score"]}' if n else "no facts") + (
            f', {p.get("n_claimed") or 0} claimed, {p.get("n_negated") or 0} negated, '
            f'{(p.get("n_future") or 0) + (p.get("n_hypothetical") or 0)} future/hypothetical')
        title = escape(f'{p.get("name")}: {what}')
        edges.append(f'<line x1="{c:.1f}" y1="{c:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="{color}" '
                     f'stroke-width="{w:.1f}"{dash}><title>{title}</title></line>')
        anchor = "start" if math.cos(ang) > 0.2 else "end" if math.cos(ang) < -0.2 else "middle"
        tx, ty = x + 8 * math.cos(ang), y + 8 * math.sin(ang) + 4
        label = escape((p.get("name") or p["entity_id"])[:28])
        nodes.append(f'<a href="/actors/{escape(quote(p["entity_id"], safe="/"))}"><circle cx="{x:.1f}" cy="{y:.1f}" r="5" '
                     f'fill="{color}"><title>{title}</title></circle><text x="{tx:.1f}" y="{ty:.1f}" '
                     f'text-anchor="{anchor}" font-size="11">{label}</text></a>')
    name = escape((center.get("name") or "")[:30])
    return Markup(f'<svg class="network" viewBox="0 0 {size} {size}" role="img" '
                  f'aria-label="network of counterparts">{"".join(edges)}'
                  f'<circle cx="{c}" cy="{c}" r="9" fill="#335"/><text x="{c}" y="{c + 24}" text-anchor="middle" '
                  f'font-size="12" font-weight="bold">{name}</text>{"".join(nodes)}</svg>')
