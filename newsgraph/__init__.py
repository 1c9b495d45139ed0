"""newsgraph: who did what to whom, when and where, and who says so — from news reports."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

from .errors import ConfigError, InputError, ModelError, NewsgraphError, StoreError
from .records import Actor, Article, Document, Event, Statement
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from .extraction import extract, extract_many
    from .pipeline import Pipeline
    from .store.stories import update_stories

# loaded on first use, so that the command line (and the parent of a parallel run, which only reads inputs
# and writes results) starts without spaCy and the pipeline
_LAZY = {"extract": ".extraction", "extract_many": ".extraction", "Pipeline": ".pipeline",
         "update_stories": ".store.stories"}

__all__ = [
    "extract", "extract_many", "Pipeline", "Settings", "load_settings", "Document", "Article", "Actor",
    "Statement", "Event", "update_stories", "NewsgraphError", "InputError", "ModelError", "StoreError", "ConfigError",
]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
