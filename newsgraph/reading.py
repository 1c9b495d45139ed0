"""From raw input items (a file, a JSON line, a WARC record) to articles: decoding, HTML extraction and
clean-up under the article's watchdog, every failure one :class:`InputError` naming the input. Used by
:class:`newsgraph.pipeline.Pipeline` (in this process) and by :mod:`newsgraph.runner` (in workers)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import InputError, NewsgraphError
from .ingest import build_article
from .ingest.sources import Raw, to_draft
from .records import Article
from .safety import ArticleTimeout, watchdog
from .settings import Settings


def articles(raws: Iterable[Raw | InputError], settings: Settings, published: str | None
             ) -> Iterator[Article | InputError]:
    """The article of each raw item, or its error, in order; errors passed through."""
    for r in raws:
        if isinstance(r, InputError):
            yield r
            continue
        yield article(r, settings, published)


def article(r: Raw, settings: Settings, published: str | None) -> Article | InputError:
    try:
        with watchdog(settings.time_for(len(r.data))):  # HTML extraction counts in an article's time
            d = to_draft(r)
            return d if isinstance(d, InputError) else build_article(d, settings, published)
    except InputError as e:
        return e
    except ArticleTimeout as e:
        return InputError(r.source, f"reading {e}")
    except NewsgraphError as e:
        return InputError(r.source, str(e))
    except Exception as e:  # a reader's bug on one input must not lose the others
        return InputError(r.source, f"reading failed ({e.__class__.__name__}: {e}); please report this")
