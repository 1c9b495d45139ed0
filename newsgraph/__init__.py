"""newsgraph: who did what to whom, when and where, and who says so — from news reports."""

__version__ = "0.1.0"

from .errors import ConfigError, InputError, ModelError, NewsgraphError, StoreError
from .extraction import extract, extract_many
from .pipeline import Pipeline
from .records import Actor, Article, Document, Event, Statement
from .settings import Settings, load_settings
from .store.stories import update_stories

__all__ = [
    "extract", "extract_many", "Pipeline", "Settings", "load_settings", "Document", "Article", "Actor",
    "Statement", "Event", "update_stories", "NewsgraphError", "InputError", "ModelError", "StoreError", "ConfigError",
]
