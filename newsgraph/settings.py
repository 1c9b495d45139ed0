"""One settings object with documented defaults. CLI flags and the config file map onto it here only."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

DEFAULT_DB = "newsgraph.duckdb"


@dataclass(frozen=True)
class Settings:
    #: spaCy pipeline name or path; None picks the best installed English pipeline (see ``nlp.load_model``).
    model: str | None = None
    #: largest article text accepted, in bytes of UTF-8 (bigger inputs are rejected with a clear error).
    max_text_bytes: int = 5_000_000
    #: largest raw input read (HTML, gz, WARC record), in bytes; decompressed data counts.
    max_input_bytes: int = 50_000_000
    #: default DuckDB file for ingest, stats and show.
    db: str = DEFAULT_DB
    #: user actor dictionaries (YAML or CSV), loaded after the bundled knowledge base, overriding it.
    actors: tuple[str, ...] = ()
    #: languages accepted (ISO 639-1); articles detected as another language are rejected.
    languages: tuple[str, ...] = ("en",)
    #: texts per spaCy batch.
    batch_size: int = 16
    #: results (articles and finished inputs) per store transaction in ``ingest``: an interrupted run keeps
    #: whole batches and redoes at most one (``store/batches.py``).
    store_batch: int = 64
    #: timeout for http(s) inputs, seconds: for connecting and for each read.
    http_timeout: float = 20.0
    #: events whose confidence (the validity model's probability that type and actor are right) is below
    #: this are not written; 0 writes every event coded. 0.2 drops the events that held-out whole articles
    #: show to be right less often than not (benchmarks/README.md, "Event validity").
    min_event_confidence: float = 0.2
    #: total time for one http(s) download (headers and body, redirects included), seconds.
    http_deadline: float = 60.0
    #: wall time one article may take (reading, parse and stages), seconds per 100,000 characters of its
    #: text (at least this; a 5 MB text gets 50 times it); a slower one is skipped with one line. Every
    #: step is linear in the text, so this catches hangs, not long articles. 0 turns the watchdog off.
    article_timeout: float = 120.0
    #: memory ceiling of each worker process (``--workers`` > 1), in bytes of data (heap and anonymous
    #: maps; Linux's RLIMIT_DATA); an article that needs more fails alone with a MemoryError. 0: none.
    worker_memory: int = 0
    #: treat text inputs as already clean (no heading/title detection, no boilerplate removal).
    plain: bool = False
    #: CSV of per-file metadata (columns path, published, outlet, url, title; any subset besides path).
    metadata: str | None = None
    #: take outlet and date from file names of the form OUTLET_YYYY-MM-DD_SLUG.EXT.
    metadata_from_names: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def time_for(self, n_chars: int) -> float:
        """The watchdog's limit for a text (or raw input) of ``n_chars``: ``article_timeout`` per 100,000."""
        return self.article_timeout * max(1.0, n_chars / 100_000) if self.article_timeout else 0.0

    def with_(self, **changes: Any) -> Settings:
        """A copy with the given fields changed; ``None`` values leave a field as it is."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_settings(path: str | os.PathLike | None = None, **overrides: Any) -> Settings:
    """Settings from defaults, then a YAML file (``NEWSGRAPH_CONFIG`` or ``path``), then overrides."""
    s = Settings()
    path = path or os.environ.get("NEWSGRAPH_CONFIG")
    if path:
        p = Path(path)
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as e:
            raise ConfigError(f"{p}: cannot read settings ({e.__class__.__name__}: {e})") from e
        if not isinstance(data, dict):
            raise ConfigError(f"{p}: settings must be a mapping of names to values")
        known = {f.name for f in fields(Settings)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"{p}: unknown settings {sorted(unknown)}; known: {sorted(known - {'extra'})}")
        for k in ("actors", "languages"):
            if k in data and isinstance(data[k], (str, list)):
                data[k] = tuple([data[k]] if isinstance(data[k], str) else data[k])
        s = replace(s, **data)
    return s.with_(**overrides)
