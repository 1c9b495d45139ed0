"""The learned weights of the statements stage, ``data/statement_cues.csv`` (written by
``benchmarks/statements.py learn``), and the boundary model read from them. Imports nothing of the
stage: ``frames`` and ``classifier`` both read it."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def weights_file() -> tuple[dict[str, float], dict[str, float]]:
    """(meta, weights) of ``data/statement_cues.csv``, learned by ``benchmarks/statements.py learn``."""
    import csv
    import io
    from importlib import resources

    text = resources.files("newsgraph").joinpath("data", "statement_cues.csv").read_text(encoding="utf-8")
    rows = csv.reader(io.StringIO(text))
    next(rows)  # header
    meta, weights = {}, {}
    for name, value in rows:
        if name == "__about__":
            continue
        if name.startswith("__") and name.endswith("__"):
            meta[name] = float(value)
        else:
            weights[name] = float(value)
    return meta, weights


@lru_cache(maxsize=1)
def bounds_model() -> tuple[float, dict[str, float]]:
    """(bias, weights) of the boundary model, a logistic regression deciding whether a unit to the
    right of a content goes on with it (the ``u:`` rows of ``data/statement_cues.csv``, learned on
    PolNeAR train with the cue classifier); without weights, contents are not extended."""
    meta, weights = weights_file()
    return meta.get("__ubias__", 0.0), {k: w for k, w in weights.items() if k.startswith("u:")}
