"""Move the statement-pages gold onto the text newsgraph now extracts, after an ingest change.

The gold of ``benchmarks/statement_pages.py`` holds offsets into ``article.text`` and, per span, the
first 12 hex digits of the sha256 of its text. When ingest changes a page's text (a standfirst added
at the top, a residue line gone), the same words sit at other offsets: each span is looked for in the
new text by its length and digest, the occurrence nearest its old place (shifted by the page's usual
shift) is taken, and the page's text digest is updated. Nothing is judged again: a span whose words
are no longer in the text is reported and the page left as it is, to be annotated anew.

    .venv/bin/python benchmarks/reanchor_statement_gold.py [--data DIR] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.statement_pages import DEFAULT_DATA, GOLD_DIR, span_sha, text_sha  # noqa: E402


def page_text(path: Path) -> str:
    from newsgraph.ingest import iter_articles
    from newsgraph.settings import Settings

    (a,) = iter_articles([str(path)], Settings())
    return a.text


def _occurrences(text: str, length: int, digest: str) -> list[int]:
    return [p for p in range(len(text) - length + 1) if span_sha(text[p:p + length]) == digest]


def reanchor(page: dict, text: str) -> tuple[dict | None, list[str]]:
    """(the page's gold on ``text``, problems); None when a span's words are not in the text."""
    spans = [(i, part, a[part], a["sha"][part]) for i, a in enumerate(page["attributions"])
             for part in ("source", "cue", "content") if a.get(part) is not None]
    found = {(i, part): _occurrences(text, e - s, digest) for i, part, (s, e), digest in spans}
    missing = [f"#{i} {part}" for (i, part), occ in found.items() if not occ]
    if missing:
        return None, [f"{page['id']}: words no longer in the text: {', '.join(missing)}"]
    unique = [occ[0] - s for (i, part, (s, _), _) in spans if len(occ := found[(i, part)]) == 1]
    shift = statistics.median(unique) if unique else 0
    out = json.loads(json.dumps(page))
    for i, part, (s, e), _ in spans:
        p = min(found[(i, part)], key=lambda q: abs(q - (s + shift)))
        out["attributions"][i][part] = [p, p + (e - s)]
    out["text_sha256"] = text_sha(text)
    return out, []


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder the page paths are under")
    ap.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    args = ap.parse_args(argv)
    status = 0
    for path in sorted(GOLD_DIR.glob("*.json")):
        page = json.loads(path.read_text()) | {"id": path.stem}
        text = page_text(args.data / page["page"])
        if text_sha(text) == page["text_sha256"]:
            continue
        new, problems = reanchor(page, text)
        for p in problems:
            print(p)
            status = 1
        if new is not None:
            moved = sum(a != b for a, b in zip(page["attributions"], new["attributions"], strict=True))
            print(f"{page['id']}: {moved} of {len(new['attributions'])} attributions moved")
            if not args.dry_run:
                new.pop("id")
                path.write_text(json.dumps(new, ensure_ascii=False, indent=1) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
