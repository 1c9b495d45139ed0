"""One exception tree. Every message names the input (or resource) and the reason, on one line."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input could not be read or is not an article; other inputs go on."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = " ".join(str(reason).split())  # one line, always
        super().__init__(f"{source}: {self.reason}")

    def __reduce__(self):  # picklable across worker processes
        return (self.__class__, (self.source, self.reason))


class SkippedInput(InputError):
    """An input deliberately left out (another language, a duplicate): reported, not a failure."""


class ModelError(NewsgraphError):
    """The spaCy pipeline is missing or unusable."""


class StoreError(NewsgraphError):
    """The database could not be opened or written."""


class StoreBusy(StoreError):
    """Another process is writing the database (one writer at a time, and no reader meanwhile)."""


class ConfigError(NewsgraphError):
    """A settings or dictionary file is invalid."""
