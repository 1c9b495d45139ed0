"""Body-text clean-up shared by every input kind.

Input: the paragraphs an extractor (or a plain text file) gives. Output: the article text, with
scraper residue dropped (``Also Read`` boxes, share and subscribe prompts, stray brackets), bylines
moved to authors, and headings kept as their own lines and recorded as spans so they never glue onto
the next sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Span
from .residue import line_patterns, section_names

# Whole lines that are navigation or promotion, never article content (lines of up to 14 words).
_BOILERPLATE = re.compile(
    r"""^(?:
        (?:also|read)\s+(?:read|also|more)\b.*
      | read\s+(?:the\s+)?(?:full|more|next)\b.*
      | related(?:\s+(?:news|stories|articles?|coverage|content|reading|topics|links|videos?|posts?))?\s*(?:[:|].{0,80})?
      | more\s+(?:news|stories|articles|coverage|on\s+this\s+story|from\s+\S+)\s*(?:[:|].{0,80})?
      | more\s*:?
      | recommended(?:\s+(?:stories|for\s+you|articles?|reading))?\b.{0,60}
      | (?:you\s+)?(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)\b.*
      | see\s+(?:also|more)\b.*
      | also\s*:.{0,100}
      | explore\s+further
      | most\s+(?:read|popular|viewed|shared|commented)\b.{0,60}
      | popular\s+(?:on|in|now)\b.{0,60}
      | don[’']?t\s+miss\b.{0,80}
      | (?:filed|posted)\s+(?:under|in)\s*:.{0,100}
      | tags?\s*:?
      | sources?\s*:.{0,60}
      | .{0,40}\bnewsletters?
      | there\s+was\s+an\s+error\s+processing\s+your\b.{0,60}
      | .{0,60}\bplease\s+try\s+again(?:\s+later)?\W*
      | (?:order\s+)?reprints?
      | print\s+(?:this\s+)?(?:article|story|page)
      | (?:reading\s+time|read\s+time)\b.{0,30}
      | \d+\s*min(?:ute)?s?\s+read
      | (?=.*\b(?:19|20)\d\d\b)(?=.*\b\d{1,2}:\d\d\b)(?!.*(?<![ap]\.m)[.!?]$)(?:\S+\s+){0,9}\S+
      | (?:advertisement|advertising|sponsored(?:\s+content)?|ad)\s*
      | share\s+(?:this|on|via|the)\b.{0,60}
      | (?:share|tweet|email|print|copy\s+link|comments?)\s*
      | (?:subscribe|sign\s+up)(?:\s+(?:now|today|here)\b.{0,80}|\s+(?:to|for)\s+(?:our|my)\b.{0,80})?\W*
      | follow\s+(?:us|@)\b.{0,80}
      | click\s+here\b.{0,100}
      | listen\s+to\s+(?:this|the)\s+(?:article|story)\b.{0,40}
      | (?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|accept\s+(?:all\s+)?cookies)\b.*
      | (?:photo|image|picture|file\s+photo|video)\s*(?:credit)?\s*:\s*.{0,80}
      | (?:download\s+the|get\s+the)\s+.{0,40}\bapp\b.{0,40}
      | (?:copyright|©|\(c\))\s.{0,120}
      | all\s+rights\s+reserved\.?
      | [-–•\s]*(?:last\s+)?(?:updated|published|posted)\b\s*(?:at|on)?\s*:?\s*(?=[^\n]*\d).{0,50}
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Promotion and credits that run longer (up to 60 words): newsletter and follow prompts, "click here",
# affiliate and reprint notices, reporting credits, tweetable pull-quote boxes.
_PROMOTION = re.compile(
    r"""(?:
        ^(?=.*\b(?:newsletters?|inbox)\b).*\b(?:sign(?:ing)?\s+up|subscrib\w*|deliver\w*)\b
      | ^keep\s+an\s+eye\s+on\s+your\s+inbox\b
      | ^(?:subscribe|sign\s+up)\s+(?:now|today|to\s+(?:our|the|my)|for\s+(?:our|my))\b
      | ^thanks\s+for\s+(?:signing\s+up|subscribing)\b
      | ^follow\s+(?:us\b|@|.{1,60}?\s+on\s+(?:twitter|facebook|instagram|youtube|linkedin)\b|.{1,40}?\bcoverage\b)
      | \bfollow\s+(?:him|her|them|us|me)\s+(?:on\b|@)
      | ^(?:write\s+to|e-?mail|contact|reach|have\s+a\s+(?:news\s+)?tip)\b.*(?:@|https?://)
      | ^also\s+on\s+\S+\.\w+\b
      | \bclick(?:ing)?\s+here\b
      | \bclick\s+to\s+tweet$
      | ^if\s+you\s+(?:enjoyed|liked)\s+this\s+(?:article|story|post)\b
      | ^like\s+this\s+(?:article|story|post)\?
      | \bfor\s+your\s+personal,?\s+non-?commercial\s+use\b
      | \bmay\s+(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?(?:commission|share\s+of\s+the\s+sale)
      | ^\(?(?:additional\s+)?reporting\s+by\b
      | ^\(?(?:editing|edited|writing)\s+by\b
      | \bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\b
      | ^tell\s+us\s+what\s+you\s+think\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Every alternative of _PROMOTION needs one of these in the case-folded line: most paragraphs have none
# and skip the case-insensitive search (a scan of every position for every alternative).
_PROMOTION_WORDS = ("newsletter", "inbox", "subscri", "sign", "thanks", "follow", "@", "http", "also", "click",
                    "like", "enjoyed", "commercial", "commission", "sale", "reporting", "edit", "writing",
                    "contributed", "tell")
# A post's info line of labelled fields ("05/10/2018 - Posted by: Jane Doe - Category: Health - Tags: …",
# "Publicado por: … - Categoria: …"): two or more labels, each opening the line or a field after a separator.
_META_FIELDS = re.compile(
    r"(?:^|[-|•·/]\s*)(?:(?:posted|published|publicado|publicada|publié|publiée|veröffentlicht|written|filed)\s+"
    r"(?:by|in|on|under|por|em|par|von|am)|categor(?:y|ies|ia|ía|ie|ias)|catégories?|kategorie|tags?|etiquetas?|"
    r"schlagwörter|rubri(?:c|que)|author|autor|auteur)\s*:", re.IGNORECASE)
_LEAD = re.compile(r"^(?:[-–•*·]\s+|[\[(]\s*)")
# Lines with no letters or digits at all (a stray ")" or "•"), or only bracket/punctuation residue.
_RESIDUE = re.compile(r"^[^\w]{1,8}$", re.UNICODE)
# A byline standing as its own line: "By Jane Doe", "BY JANE DOE", "Posted by Jane Doe, Staff Writer",
# "Posted on Tuesday 15 October 2019 at 09:11 by Jane Doe." (the names go to the authors)
_BYLINE = re.compile(r"^(?:(?:words|written|posted|reported)\s+)?by\s+(?P<who>[^\n]{2,100}?)\.?$"
                     r"|^posted\s+on\s+[^\n]{3,60}?\s+by\s+(?P<who2>[^\n]{2,80}?)\.?$", re.IGNORECASE)
_ROLE_GLUE = frozenset(("on", "at", "for", "of", "in", "the"))
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|de|van|von|der|da|al|bin|le|la|du|and|&)$")


def byline_names(line: str) -> list[str]:
    """The names of a line that is nothing but a byline; [] for any other line ("By Tuesday night, …")."""
    m = _BYLINE.match(line.strip())
    if not m:
        return []
    who = m["who"] or m["who2"]
    name, _, role = who.partition(",")
    words = name.split()
    if not 2 <= len(words) <= 8 or not all(_NAME_WORD.match(w) for w in words) or not words[0][0].isupper():
        return []
    if role.strip() and (len(role.split()) > 5 or not all(_NAME_WORD.match(w) or w.isupper() or w in _ROLE_GLUE for w in role.split())):
        return []
    from .page_meta import _lists, _split_names

    # "Jane Doe, Business Correspondent": a job after the name; "Jane Doe, John Roe and Ann Poe": names
    is_role = role.strip() and (_lists()["roles"].search(" " + role) or _ROLE_GLUE & set(role.split()))
    return _split_names(name if is_role else who)
_TERMINAL = tuple(".!?;:,\"”’'»…)]")


@dataclass
class Cleaned:
    text: str
    headings: list[Span] = field(default_factory=list)
    standfirst: Span | None = None  # the outlet's summary under the headline, where the text opens with it
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _RESIDUE.match(s):
        return True
    s = _LEAD.sub("", s)  # a list marker or an opening bracket: "- Print Article", "[Related: ...]"
    n = len(s.split())
    if n <= 14 and _BOILERPLATE.match(s):
        return True
    if n <= 80 and line_patterns().match(s):
        return True
    if n > 60:
        return False
    if n <= 40 and ":" in s and len(_META_FIELDS.findall(s)) >= 2:
        return True
    folded = s.casefold()
    return any(w in folded for w in _PROMOTION_WORDS) and bool(_PROMOTION.search(s))


def reads_as_heading(line: str, max_words: int = 14) -> bool:
    """A short line that starts like a title and does not end like a sentence."""
    s = line.strip()
    words = s.split()
    if not words or len(words) > max_words or s.endswith(_TERMINAL):
        return False
    first = s[0]
    if not (first.isupper() or first.isdigit() or first in "“\"'‘"):
        return False
    # a line of mostly lower-case words that is a sentence fragment ("and then he left") is not a heading
    return sum(1 for ch in s if ch.isalpha()) >= 3


def reads_as_title(line: str) -> bool:
    s = line.strip()
    words = s.split()
    return 1 <= len(words) <= 25 and not s.endswith((".", ";", ",", ":")) and (s[0].isupper() or s[0].isdigit()
                                                                              or s[0] in "“\"'‘")


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.casefold())


def stands_as_headline(line: str) -> bool:
    """A line that reads as a headline when it stands alone at the top of a text, whatever its final
    punctuation: title case ("Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.", up
    to 20 words) or short (up to 14 words: "Flynn says Trump 'absolutely right' in saying generals
    reduced to rubble."); a longer sentence is a lede, and a lead-in ("The Times reports:") is neither."""
    s = line.strip()
    words = s.split()
    if not (1 <= len(words) <= 20 and len(s) <= 200) or s.endswith(":"):
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "“\"'‘"):
        return False
    long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    title_case = len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)
    return title_case or len(words) <= 14


def first_line_alone(text: str) -> bool:
    """The text's first non-blank line is followed by a blank line."""
    return re.match(r"^\s*[^\n]+\r?\n[ \t]*\r?\n", text) is not None


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text: one per line, or, in a hard-wrapped text whose paragraphs are
    separated by blank lines, one per block with its wrapped lines joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    wrapped = sum(1 for b in blocks if len([ln for ln in b.split("\n") if ln.strip()]) > 1)
    if len(blocks) > 1 and wrapped >= max(1, len(blocks) // 3) and _looks_hard_wrapped(blocks):
        out: list[str] = []
        for b in blocks:
            lines = [ln.strip() for ln in b.split("\n") if ln.strip()]
            # a short unpunctuated first line on its own is a heading, not wrapped text
            if len(lines) > 1 and reads_as_heading(lines[0]) and len(lines[0]) < 0.6 * max(len(ln) for ln in lines):
                out.append(lines.pop(0))
            out.append(" ".join(" ".join(lines).split()))
        return out
    return [" ".join(p.split()) for p in text.split("\n") if p.strip()]


def _looks_hard_wrapped(blocks: list[str]) -> bool:
    """Wrapped lines end mid-sentence: most lines inside blocks do not end with sentence punctuation."""
    inner = [ln.rstrip() for b in blocks for ln in b.split("\n")[:-1] if ln.strip()]
    if not inner:
        return False
    open_ends = sum(1 for ln in inner if not ln.endswith((".", "!", "?", "\"", "”", ":")))
    return open_ends >= 0.5 * len(inner)


_EMBED_LINK = re.compile(r"pic\.twitter\.com/|https?://t\.co/|instagram\.com/p/", re.IGNORECASE)
# an embedded post's signature line: a tweet's "— Name (@handle) date", Instagram's "A post shared by …",
# Facebook's "Posted by Name on Tuesday, March 4, 2025", TikTok's "♬ original sound - Name"
_EMBED_SIGNATURE = re.compile(r"^(?:[—–-]\s*[^()\n]{1,60}\s\(@\w{1,30}\)|a\s+(?:post|photo|video)\s+shared\s+by\b"
                             r"|posted\s+by\s+[^\n]{1,60}\s+on\s+\w+day,\s+\w+\.?\s+\d{1,2},\s+\d{4}$|♬)",
                             re.IGNORECASE)
_BIO_VERB = re.compile(r"^\s*(?:is|was|covers|writes|reports|has\s+been|joined|serves|leads|edits)\b")


def _is_bio(p: str, authors: list[str]) -> bool:
    """An author's bio: a paragraph of up to 80 words that opens with an author's name and a verb
    ("Jane Doe is a reporter covering …")."""
    if len(p.split()) > 80:
        return False
    for a in authors:
        if a and p.startswith(a) and _BIO_VERB.match(p[len(a):]):
            return True
    return False


# A writer's bio whoever wrote it: a name (two to four capitalised words), a verb of the job and a job
# ("Sam Reed is a city hall reporter for …", "Sam Reed covers city hall for …"); it goes, at the end of
# the text only, where it also says how to reach the writer or names the outlet (see _is_closing_bio).
_BIO_OPENING = re.compile(r"^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+\s+(?:is|was|has\s+been|covers|writes|reports)\b")
_BIO_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.\w|(?:^|\s)@\w{2,}|\b(?:follow\s+(?:him|her|them)|reach\s+(?:him|her|them)|"
                          r"e-?mail\s+(?:him|her|them))\b", re.IGNORECASE)


def _is_closing_bio(p: str, outlet_name: str | None) -> bool:
    """A paragraph at the end of the text that is a writer's bio though the page names no author: it
    opens with a name and the writer's job (a role of ``author_roles`` in residue.yaml, or "covers"),
    up to 60 words, and gives a way to reach the writer or names the outlet ("… for the Valley
    Ledger")."""
    m = _BIO_OPENING.match(p)
    if not m or len(p.split()) > 60:
        return False
    rest = p[m.end():]
    from .page_meta import _lists

    if not (m.group(0).rstrip().endswith("covers") or _lists()["roles"].search(" " + rest.split(".")[0])):
        return False
    return bool(_BIO_CONTACT.search(p) or (outlet_name and outlet_name.casefold() in p.casefold()))


_SELF_DESCRIPTION = re.compile(r"^\s*(?:,[^,]{1,80},\s*)?(?:is|was|has|employs|operates|provides|offers|develops|"
                               r"designs|delivers|serves|helps|enables|specializes|specialises)\b")


def _outlet_word(outlet: str | None) -> str | None:
    """The outlet's name as a press release opens its closing boilerplate with it: ``ascom.com`` ->
    ``Ascom``, ``The Coast Courier`` -> ``The Coast Courier``."""
    if not outlet:
        return None
    name = outlet.strip()
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[a-z]{2,})+", name, re.IGNORECASE):
        name = re.sub(r"^www\.", "", name, flags=re.IGNORECASE).split(".")[0]
    return name if len(name) >= 3 else None


def _is_self_description(p: str, name: str | None) -> bool:
    """The page's own organisation describing itself ("Ascom is a global solutions provider …"): a
    paragraph that opens with the outlet's name and a verb of what it is or does."""
    return bool(name) and p[: len(name)].casefold() == name.casefold() \
        and _SELF_DESCRIPTION.match(re.sub(r"^[’']s?\b", "", p[len(name):])) is not None


def clean_paragraphs(
    paragraphs: list[str],
    *,
    detect_title: bool = True,
    heading_flags: list[bool] | None = None,
    authors: list[str] | None = None,
    first_alone: bool = False,
    known_title: str | None = None,
    outlet: str | None = None,
) -> Cleaned:
    """Join paragraphs into article text (one paragraph a line), dropping residue and marking headings.

    ``heading_flags`` marks paragraphs a structured source (HTML) already knows to be headings;
    without it headings are recognised by shape: a short line, no final punctuation, followed by text.
    ``first_alone``: the text's first line stands alone (a blank line after it); a short first line
    is then its headline whatever its final punctuation ("Poll: Voters Abandon Party for Clinton.").
    ``authors`` (the page's) lets an author's bio be recognised and dropped; ``outlet`` (the site's name)
    lets the closing boilerplate of a press release on its own site go ("Ascom is headquartered in …",
    the last paragraphs only). An embedded post's
    signature line ("— Name (@handle) June 3, 2025") goes with the post's text before it, and a lone
    section name ("Politics") on the first line goes too.
    """
    out = Cleaned(text="")
    items: list[tuple[str, bool]] = []
    authors = [a for a in (authors or []) if len(a) >= 4]
    sections = section_names()
    for i, p in enumerate(paragraphs):
        flag = heading_flags[i] if heading_flags else None
        p = p.strip()
        if not p:
            continue
        names = byline_names(p) if len(p) <= 160 and "by" in p.casefold() else []
        if names:
            out.authors.extend(names)
            out.dropped.append(p)
            continue
        if is_boilerplate(p) or (not items and len(p.split()) <= 3 and " ".join(p.casefold().split()) in sections) \
                or (authors and _is_bio(p, authors)):
            out.dropped.append(p)
            if _EMBED_SIGNATURE.match(p) and items and (_EMBED_LINK.search(items[-1][0]) or len(items[-1][0]) <= 280):
                out.dropped.append(items.pop()[0])  # the embedded post's own text
            continue
        items.append((p, bool(flag)))
    name = _outlet_word(outlet)
    if len(items) > 2 and _is_self_description(items[-1][0], name):
        while len(items) > 2 and _is_self_description(items[-1][0], name):
            out.dropped.append(items.pop()[0])
        if name and items and items[-1][0].casefold() in (f"about {name.casefold()}", f"about {name.casefold()}:"):
            out.dropped.append(items.pop()[0])  # its heading
    if len(items) > 2 and _is_closing_bio(items[-1][0], name):
        out.dropped.append(items.pop()[0])
    if known_title and items and _words(items[0][0]) == _words(known_title):
        out.dropped.append(items.pop(0)[0])  # the headline given with the input, repeated atop the text
    elif detect_title and len(items) > 1 and (reads_as_title(items[0][0]) or (first_alone and stands_as_headline(items[0][0]))) \
            and len(items[1][0].split()) > len(items[0][0].split()):
        out.title = items.pop(0)[0]
    parts: list[str] = []
    pos = 0
    for i, (p, flagged) in enumerate(items):
        nxt = items[i + 1][0] if i + 1 < len(items) else None
        heading = flagged if heading_flags else (
            nxt is not None and reads_as_heading(p) and len(nxt.split()) > len(p.split())
        )
        if heading:
            out.headings.append(Span(pos, pos + len(p), p))
        parts.append(p)
        pos += len(p) + 1
    out.text = "\n".join(parts)
    return out


def plain_headings(text: str) -> list[Span]:
    """Headings in a text that must stay exactly as it is (``--plain``): spans only, nothing removed."""
    spans: list[Span] = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    for i, (start, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped or i + 1 >= len(lines):
            continue
        nxt = lines[i + 1][1].strip()
        if reads_as_heading(stripped) and len(nxt.split()) > len(stripped.split()) and not is_boilerplate(stripped):
            off = start + line.index(stripped)
            spans.append(Span(off, off + len(stripped), stripped))
    return spans
