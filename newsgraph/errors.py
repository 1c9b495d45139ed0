"""One exception tree. Every message names the input (or resource) and the reason, on one line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Literal, TypeVar

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def display_name(name: str) -> str:
    """An input's name as it can be stored and printed on one line: bytes of a file name that are not
    UTF-8 (kept by Python as U+DC80..U+DCFF) as ``\\xNN``, other lone surrogates as U+FFFD, control
    characters (a newline in a file name) as ``\\n``-style escapes."""
    if _SURROGATE.search(name) is not None:
        name = _SURROGATE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if 0xDC80 <= ord(m.group()) <= 0xDCFF
                              else "\ufffd", name)
    if _CONTROL.search(name) is not None:
        name = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)
    return name


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input could not be read or is not an article; other inputs go on."""

    def __init__(self, source: str, reason: str):
        self.source = display_name(str(source))
        self.reason = display_name(" ".join(str(reason).split()))  # one line, always
        super().__init__(f"{self.source}: {self.reason}")

    def __reduce__(self):  # picklable across worker processes
        return (self.__class__, (self.source, self.reason))


class SkippedInput(InputError):
    """An input deliberately left out (another language, a duplicate): reported, not a failure."""


class DuplicateInput(SkippedInput):
    """The same article text was already seen in this run (a notice, not a failure)."""


#: what batch processing does with a bad input: "raise" stops at the first failure (a skipped input, such
#: as another language, is dropped), "skip" drops every error, "yield" yields each in place
ErrorPolicy = Literal["raise", "skip", "yield"]
_T = TypeVar("_T")


def apply_policy(results: Iterable[_T | InputError], policy: ErrorPolicy) -> Iterator[_T | InputError]:
    """``results`` with their :class:`InputError` items handled as ``policy`` says."""
    for out in results:
        if isinstance(out, InputError) and policy != "yield":
            if policy == "raise" and not isinstance(out, SkippedInput):
                raise out
            continue
        yield out


class ModelError(NewsgraphError):
    """The spaCy pipeline is missing or unusable."""


class StoreError(NewsgraphError):
    """The database could not be opened or written."""


class StoreBusy(StoreError):
    """Another process is writing the database (one writer at a time, and no reader meanwhile)."""


class ConfigError(NewsgraphError):
    """A settings or dictionary file is invalid."""
