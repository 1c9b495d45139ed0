"""Turn extracted text and metadata into an :class:`Article`: size limit, language, content hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..errors import InputError, SkippedInput, display_name
from ..records import Article, Span
from ..safety import scrub
from ..settings import Settings
from .cleanup import Cleaned, clean_paragraphs, first_line_alone, plain_headings, split_paragraphs
from .dates import normalize_date


def _opt(value: str | None) -> str | None:
    return scrub(value) if value else value


@dataclass
class Draft:
    """What a reader found in one input, before it becomes an Article."""

    source: str
    text: str | None = None  # plain text (raw)
    cleaned: Cleaned | None = None  # already cleaned (HTML)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_from: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None


def content_id(text: str) -> str:
    """Stable article id: hash of the whitespace-normalised text (same words, same id)."""
    norm = " ".join(text.split()).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


_langid = None

# Words frequent in English and absent (or rare) as words of other languages: where they make up at
# least 12% of an article's opening words the text is English without asking the language model (in
# English news they are ~19% at the median; in other languages next to none). langid decides the rest.
_ENGLISH_MARKERS = frozenset("the and that with for have has this which would said from they their been were "
                             "will its are not but by he his her she who it".split())
_ENGLISH_SHARE = 0.12


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language, from its first 2,500 characters."""
    global _langid
    sample = text[:2500]  # a few paragraphs decide; the rest costs time
    words = sample.lower().split()
    if len(words) >= 40 and sum(w in _ENGLISH_MARKERS for w in words) >= _ENGLISH_SHARE * len(words):
        return "en", 1.0
    if _langid is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _langid = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    lang, prob = _langid.classify(sample)
    return lang, float(prob)


def build_article(draft: Draft, settings: Settings, published: str | None = None) -> Article:
    """Finish a draft; raise :class:`InputError` for empty, oversized or non-accepted-language text."""
    if draft.cleaned is not None:
        cleaned = draft.cleaned
    else:
        raw = scrub(draft.text or "")  # lone surrogates (a JSON "\ud800", a str given to extract()) cannot be stored
        if len(raw.encode("utf-8")) > settings.max_text_bytes:
            raise InputError(draft.source, f"text is {len(raw.encode('utf-8')):,} bytes, over the limit of "
                                           f"{settings.max_text_bytes:,} (--max-size)")
        if settings.plain:
            cleaned = Cleaned(text=raw, headings=plain_headings(raw))
        else:
            cleaned = clean_paragraphs(split_paragraphs(raw), detect_title=draft.title is None,
                                       first_alone=first_line_alone(raw), known_title=draft.title)
    text = scrub(cleaned.text)
    if not text.strip():
        raise InputError(draft.source, "no article text (empty after clean-up)")
    size = len(text.encode("utf-8"))
    if size > settings.max_text_bytes:
        raise InputError(draft.source, f"text is {size:,} bytes, over the limit of {settings.max_text_bytes:,} (--max-size)")
    words = text.split()
    lang = draft.language
    if len(words) >= 8:
        detected, prob = detect_language(text)
        if prob >= 0.9 or not lang:
            lang = detected
    lang = (lang or "en").split("-")[0].lower()
    if settings.languages and lang not in settings.languages:
        raise SkippedInput(draft.source, f"language is '{lang}', not {'/'.join(settings.languages)} "
                                       "(set languages in settings to accept it)")
    given = normalize_date(published, sane=False) if published else None
    if published and not given:
        raise InputError(draft.source, f"--published {published!r} is not a date")
    pub, pub_from = (given, "user") if given else (
        normalize_date(draft.published, sane=draft.published_from != "input"), draft.published_from)
    return Article(
        id=content_id(text), source=display_name(draft.source), text=text, url=_opt(draft.url), outlet=_opt(draft.outlet),
        title=_opt(draft.title or cleaned.title), published=pub, language=lang,
        headings=tuple(Span(h.start, h.end, h.text) for h in cleaned.headings),
        authors=tuple(dict.fromkeys(scrub(a) for a in [*draft.authors, *cleaned.authors])),
        published_from=pub_from if pub else None,
        standfirst=Span(cleaned.standfirst.start, cleaned.standfirst.end, cleaned.standfirst.text)
        if cleaned.standfirst is not None and text[cleaned.standfirst.start:cleaned.standfirst.end] == cleaned.standfirst.text
        else None,
    )
