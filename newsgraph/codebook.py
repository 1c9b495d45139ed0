"""The codebook: PLOVER types and modes with their definitions and scores, statuses, standings, sectors,
actor kinds, country codes, the score scale and its source, and every exported column — from one data
file (``data/codebook.yaml``) and the event lexicon's scores (``data/events.yaml``). The web page
``/codebook`` and ``docs/codebook.md`` are both rendered from :func:`codebook`.

    python -m newsgraph.codebook > docs/codebook.md     # regenerate the document
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from .records import EVENT_STATUSES, EVENT_TYPES


@cache
def codebook() -> dict[str, Any]:
    """The codebook as plain data: ``types`` (a list, each with quad, definition, score and its modes),
    ``statuses``, ``standings``, ``sectors``, ``actor_kinds``, ``country_codes``, ``score`` and ``columns``
    (table -> column -> description)."""
    data = resources.files("newsgraph").joinpath("data")
    book = yaml.safe_load(data.joinpath("codebook.yaml").read_text(encoding="utf-8"))
    lex = yaml.safe_load(data.joinpath("events.yaml").read_text(encoding="utf-8"))
    scores, mode_scores = lex.get("scores") or {}, lex.get("mode_scores") or {}
    types = []
    for t in EVENT_TYPES:
        info = book["types"][t]
        modes = [{"code": code, "mode": code.split("/", 1)[1], "definition": text,
                  "score": float(mode_scores.get(code, scores.get(t, 0)))}
                 for code, text in book["modes"].items() if code.split("/", 1)[0] == t]
        types.append({"type": t, "quad": info["quad"], "definition": info["definition"],
                      "score": float(scores.get(t, 0)), "modes": modes})
    return {"types": types, "statuses": {s: book["statuses"][s] for s in EVENT_STATUSES},
            "standings": book["standings"], "sectors": book["sectors"], "actor_kinds": book["actor_kinds"],
            "country_codes": book["country_codes"], "score": book["score"], "columns": book["columns"]}


def _md_table(head: list[str], rows: list[list[Any]]) -> list[str]:
    def cell(v: Any) -> str:
        s = "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))
        return s.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return out


def markdown() -> str:
    """``docs/codebook.md``: the codebook as one Markdown document."""
    b = codebook()
    sc = b["score"]
    lines = ["# newsgraph codebook", "",
             "Generated from `newsgraph/data/codebook.yaml` and the scores in `newsgraph/data/events.yaml` by "
             "`python -m newsgraph.codebook > docs/codebook.md`; the web page `/codebook` shows the same data.",
             "", "## Event types (PLOVER)", ""]
    lines += _md_table(["type", "quad", "score", "definition"],
                       [[t["type"], t["quad"], t["score"], t["definition"]] for t in b["types"]])
    lines += ["", "## Modes", ""]
    lines += _md_table(["type/mode", "score", "meaning"],
                       [[m["code"], m["score"], m["definition"]] for t in b["types"] for m in t["modes"]])
    lines += ["", "## Event status (per event report)", ""]
    lines += _md_table(["status", "meaning"], [[k, v] for k, v in b["statuses"].items()])
    lines += ["", "## Standing (per story: fact or claim)", "",
              "`relations.n_events`, `score_sum` and the dyad scores count stories whose standing is `asserted`; "
              "the others have their own columns.", ""]
    lines += _md_table(["standing", "meaning"], [[k, v] for k, v in b["standings"].items()])
    lines += ["", "## Score", "", f"**{sc['name']}**, {sc['range']}. {sc['source']}", "",
              "## Actor sectors (PLOVER)", ""]
    lines += _md_table(["sector", "meaning"], [[k, v] for k, v in b["sectors"].items()])
    lines += ["", "## Actor kinds", ""]
    lines += _md_table(["kind", "meaning"], [[k, v] for k, v in b["actor_kinds"].items()])
    lines += ["", "## Country codes", ""]
    lines += _md_table(["code", "meaning"], [[k, v] for k, v in b["country_codes"].items()])
    lines += ["", "## Exported columns", "",
              "Every table `newsgraph export` writes (`--table NAME`); the web's downloads hold the same columns. "
              "In CSV, list columns are JSON text (`[\"a1\", \"a2\"]`).", ""]
    for table, cols in b["columns"].items():
        lines += [f"### {table}", ""]
        lines += _md_table(["column", "meaning"], [[k, v] for k, v in cols.items()])
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(markdown())
