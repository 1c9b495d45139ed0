"""newsgraph: who did what to whom, when and where, and who says so — from news reports."""

__version__ = "0.1.0"

from .errors import ConfigError, InputError, ModelError, NewsgraphError, StoreError
from .pipeline import Pipeline, extract, extract_many
from .records import Actor, Article, Document, Event, Statement
from .settings import Settings, load_settings

__all__ = [
    "extract", "extract_many", "Pipeline", "Settings", "load_settings", "Document", "Article", "Actor",
    "Statement", "Event", "NewsgraphError", "InputError", "ModelError", "StoreError", "ConfigError",
]
