"""Small guards shared by readers, the pipeline and the store: text that can always be encoded and
printed on one line, and a per-article wall-time watchdog. Every check here is a C-speed regex search
or a signal timer: nothing walks a text character by character in Python."""

from __future__ import annotations

import re
import signal
import threading
import time
from contextlib import contextmanager

from .errors import NewsgraphError, display_name  # noqa: F401 (display_name: re-exported)

# UTF-16 surrogate code points cannot be encoded as UTF-8: a JSON "\ud800", a file name that is not
# valid UTF-8 (Python keeps its bytes as U+DC80..U+DCFF), a str handed to extract().
_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (one code point for one: offsets keep)."""
    try:
        text.encode("utf-8")  # C speed; fails only on a surrogate
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


class ArticleTimeout(NewsgraphError):
    """One article took longer than ``Settings.article_timeout`` seconds."""


@contextmanager
def watchdog(seconds: float | None):
    """Raise :class:`ArticleTimeout` in this thread if the block runs longer than ``seconds``.

    A SIGALRM timer: it interrupts Python code and the C extensions that return to Python between
    steps (spaCy's tokenizer and components, regexes run one match at a time). It needs the main
    thread of a Unix process (the CLI, each worker process); elsewhere the block runs unbounded.
    Nested uses keep the outer one: the inner timer never outlives it, and the outer is re-armed with
    what is left of it when the inner block ends."""
    if (not seconds or seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def on_alarm(signum, frame):
        raise ArticleTimeout(f"took more than {seconds:g} s (article_timeout); skipped")

    start = time.monotonic()
    outer_left = signal.getitimer(signal.ITIMER_REAL)[0]
    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_left) if outer_left > 0 else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if outer_left > 0:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - start), 0.001))


def data_in_use() -> int:
    """Bytes of this process's data segment (heap and anonymous maps; Linux), 0 where unknown."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def cap_data(limit: int, floor_extra: int = 0):
    """Lower this process's data limit (RLIMIT_DATA) to ``limit`` bytes, but never below what it uses now
    plus ``floor_extra``: past it, allocations fail with MemoryError (DuckDB: its out-of-memory error)
    instead of exhausting the machine. Returns the old limit for :func:`restore_data`, or None."""
    try:
        import resource

        old = resource.getrlimit(resource.RLIMIT_DATA)
        cap = max(limit, data_in_use() + floor_extra)
        if old[1] != resource.RLIM_INFINITY:
            cap = min(cap, old[1])
        resource.setrlimit(resource.RLIMIT_DATA, (cap, old[1]))
        return old
    except (ImportError, OSError, ValueError):
        return None


def restore_data(old) -> None:
    if old is None:
        return
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_DATA, old)
    except (OSError, ValueError):
        pass
