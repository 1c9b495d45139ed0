"""Build a page's gold for ``benchmarks/statement_pages.py`` from a spec written in words.

    .venv/bin/python benchmarks/statement_gold.py SPEC.yaml [...]     # writes SPEC's .json beside it

A spec names the page (``page``: a path relative to the repository, or to the shared data folder) and
lists its attributions in the order of their contents in the text, each as ``[kind, source, cue,
content, speaker]`` in the words of ``article.text`` as ``newsgraph extract`` gives it (source null
when the text names none). The content is looked for from the previous content's start on; the cue
is its occurrence nearest the content (outside it), the source its occurrence nearest the cue
(outside the content). Every span found is printed in its context, to be read before the gold is
kept; a word not found stops the build.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.statement_pages import extract, page_path, span_sha, text_sha  # noqa: E402


def _occurrences(text: str, words: str) -> list[tuple[int, int]]:
    pat = (r"\b" if words[0].isalnum() else "") + re.escape(words) + (r"\b" if words[-1].isalnum() else "")
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def _nearest(spans, anchor, avoid):
    spans = [s for s in spans if s[1] <= avoid[0] or s[0] >= avoid[1]]
    return min(spans, key=lambda s: min(abs(s[0] - anchor[1]), abs(anchor[0] - s[1])), default=None)


def locate(text: str, spec: list) -> list[dict]:
    out, cursor = [], 0
    for kind, source, cue, content, speaker in spec:
        at = text.find(content, cursor)
        if at < 0:
            raise SystemExit(f"content not found after {cursor}: {content!r}")
        c = (at, at + len(content))
        q = _nearest(_occurrences(text, cue), c, c)
        if q is None:
            raise SystemExit(f"cue not found: {cue!r} for {content[:40]!r}")
        s = None
        if source is not None:
            s = _nearest(_occurrences(text, source), q, c)
            if s is None:
                raise SystemExit(f"source not found: {source!r} for {content[:40]!r}")
        cursor = at
        spans = {"source": s, "cue": q, "content": c}
        out.append({**{k: list(v) if v else None for k, v in spans.items()}, "kind": kind, "speaker": speaker,
                    "sha": {k: span_sha(text[v[0]:v[1]]) if v else None for k, v in spans.items()}})
    return out


def build(spec_path: Path) -> Path:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    text = extract([page_path(spec["page"])])[0]["article"]["text"]
    gold = {"page": spec["page"], "url": spec.get("url"), "text_sha256": text_sha(text),
            "attributions": locate(text, spec["attributions"])}
    for a in gold["attributions"]:
        s, q, c = a["source"], a["cue"], a["content"]
        print(f"{a['kind']:8s} [{text[s[0]:s[1]] if s else None}] [{text[q[0]:q[1]]}] "
              f"[{text[c[0]:c[1]][:70]}] -> {a['speaker']}")
    out = spec_path.with_name(spec_path.name.replace(".spec.yaml", ".json"))
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p, "->", build(Path(p)))
