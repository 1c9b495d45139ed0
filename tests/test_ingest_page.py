"""Ingest: the article as its reader sees it — page residue, titles, dates, authors, per-file metadata.

Every page here is real-shaped HTML written for these tests (fictional events): the markup of a
news site, with the residue real pages carry.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import iter_articles
from newsgraph.ingest.cleanup import clean_paragraphs
from newsgraph.ingest.dates import normalize_date
from newsgraph.ingest.html import extract_html
from newsgraph.records import Article
from newsgraph.settings import Settings

LEDE = ("MOMBASA — Kenya's port authority said on Tuesday it would extend operating hours at the container "
        "terminal after ships waited up to nine days to unload, a delay importers said had raised prices.")
BODY = [
    LEDE,
    "The authority's managing director, Amina Wekesa, told reporters the terminal would work around the clock "
    "from next month and that two new cranes ordered last year would arrive before the end of the quarter.",
    "“We have heard the importers and we are acting,” Wekesa said. Shipping lines had warned that they might "
    "send vessels to Dar es Salaam instead if the waiting times did not come down before the harvest season.",
    "Traders in Nairobi said the price of imported cooking oil had risen by a fifth since September, and the "
    "transport ministry said it would publish weekly figures on waiting times at the port from now on.",
]


def page(*, head: str = "", before: str = "", inside: str = "", after: str = "", h1: str | None = None) -> str:
    """A news page: header and navigation, the article (headline, ``before`` the body, the body with
    ``inside`` after its second paragraph, ``after`` it), a related box and a footer."""
    ps = [f"<p>{p}</p>" for p in BODY]
    body = "\n".join(ps[:2]) + inside + "\n".join(ps[2:])
    headline = h1 if h1 is not None else "Kenya extends port hours as ships wait days to unload"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{head}</head>
<body>
<header class="site-header"><a href="/">Coast Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/shipping">Shipping</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main><article class="story">
<h1 class="story-headline">{headline}</h1>
{before}
<div class="story-body">
{body}
{after}
</div>
</article>
<aside class="sidebar"><h2>Most read</h2><ul>
<li><a href="/a">Mombasa county opens new fish market</a></li><li><a href="/b">Rains delay maize harvest in the west</a></li></ul></aside>
</main>
<footer><p>© 2025 Coast Courier. All rights reserved.</p><a href="/about">About us</a></footer>
</body></html>"""


def extract(html: str, **kw):
    return extract_html(html, "test.html", **kw)


def lines(text: str) -> list[str]:
    return text.split("\n")


def ld(**fields) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **fields})}</script>'


# --- residue, one kind at a time -------------------------------------------------------------------------

RESIDUE = {
    "related-link list": ('<div class="related-links"><h3>Related coverage</h3><ul>'
                          '<li><a href="/x">Tanzania cuts port fees to win Kenyan cargo</a></li>'
                          '<li><a href="/y">Importers warn of cooking oil shortage</a></li></ul></div>',
                          ["Tanzania cuts port fees", "cooking oil shortage", "Related coverage"]),
    "related headline linked in the body": ('<h3><a href="/z">Uganda signs rail deal with Chinese lender</a></h3>',
                                            ["Uganda signs rail deal"]),
    "related story paragraph that is a link": ('<p><a href="/w">Why Mombasa is losing ships to Dar es Salaam</a></p>',
                                               ["losing ships"]),
    "figure caption": ('<figure><img src="/crane.jpg" alt=""><figcaption>Cranes at the Mombasa container '
                       'terminal on Monday. Photo: Coast Courier</figcaption></figure>', ["Cranes at the Mombasa"]),
    "caption outside a figure": ('<div class="image-caption">A ship waits off Mombasa, October 2025.</div>',
                                 ["A ship waits off"]),
    "embedded tweet": ('<blockquote class="twitter-tweet"><p lang="en">Nine days at anchor off Mombasa. This cannot '
                       'go on. pic.twitter.com/abc123</p>&mdash; Shipping Watch (@shipwatchKE) '
                       '<a href="https://twitter.com/x">October 7, 2025</a></blockquote>',
                       ["Nine days at anchor", "@shipwatchKE", "Shipping Watch"]),
    "ad label": ('<div class="ad-slot"><span class="ad-label">Advertisement</span></div>', ["Advertisement"]),
    "app prompt": ('<div class="app-promo"><p>Download the Coast Courier app for breaking news alerts on your '
                   'phone.</p></div>', ["Download the Coast Courier app"]),
    "app prompt as plain text": ("<p>Get the Coast Courier app for the latest news.</p>", ["Coast Courier app"]),
    "podcast prompt": ("<p>Listen to our podcast on Spotify for the week's business news.</p>", ["podcast"]),
    "corrections note": ("<p>Correction: An earlier version of this story misstated the number of cranes.</p>",
                         ["Correction", "misstated"]),
    "dated corrections note": ("<p>Correction, Oct. 9, 2025: This article originally gave the wrong date for the "
                               "arrival of the cranes.</p>", ["Correction", "wrong date"]),
    "update note": ("<p>Editor's note: This story was updated at 5:45 p.m. to include comments from the port "
                    "authority.</p>", ["Editor's note"]),
    "podcast prompt inside a sentence": ("<p>Catch up on East African trade with our reporters on our weekly "
                                         "business podcast, “Dockside.”</p>", ["Dockside"]),
    "sponsored label": ("<p>This sponsored deal is brought to you by Harbour Bank.</p>", ["Harbour Bank"]),
    "Reuters footer": ("<p>Our Standards: The Thomson Reuters Trust Principles.</p>", ["Thomson Reuters"]),
    "wire copyright footer": ("<p>© 2025 The Associated Press. All rights reserved. This material may not be "
                              "published, broadcast, rewritten or redistributed without permission.</p>",
                              ["Associated Press", "redistributed"]),
    "copyright footer of the site": ("<p>Copyright © 2025, Coast Media Ltd. Comments and public postings are "
                                     "copyrighted by their creators.</p>", ["Coast Media"]),
    "letters invitation": ("<p>The Courier is committed to publishing a diversity of letters to the editor. We’d "
                           "like to hear what you think about this or any of our articles. Here are some tips. "
                           "And here’s our email: letters@coastcourier.example.</p>", ["letters to the editor"]),
    "photo credits line": ("<p>Photos by Amina Otieno (Coast Courier), Reuters, Getty Images, and the Kenya Ports "
                           "Authority.</p>", ["Amina Otieno", "Getty"]),
    "live radio prompt": ("<p>Listen to Coast FM live at 12:45 and 17:45 weekdays - or listen back here.</p>",
                          ["Coast FM"]),
    "subscription pitch": ("<p>Get access to Kenya's fastest growing business subscription, Courier Pro, for as "
                           "little as KSh 599 for the first year. Use the code \"PORT25\".</p>", ["Courier Pro"]),
    "gallery label": ("<p>Photos</p>", ["Photos"]),
    "byline and time stamps glued": ("<p>JOSEPH MWANGIOct. 7, 2025Updated: Oct. 7, 2025 1:35 a.m.</p>",
                                     ["Updated"]),
    "video player controls": ('<div class="video-js vjs-paused"><div class="vjs-control-bar"><ul class="vjs-menu-content">'
                              '<li class="vjs-menu-item">Chapters</li><li class="vjs-menu-item">descriptions off, '
                              'selected</li></ul></div><div class="vjs-modal-dialog"><p>This is a modal window. This '
                              'modal can be closed by pressing the Escape key.</p></div></div>',
                              ["Chapters", "descriptions off", "modal window"]),
    "screen-reader text": ('<p class="visually-hidden">Continue reading the main story</p>', ["Continue reading"]),
    "newsletter box": ('<div class="newsletter-signup"><p>Get our morning briefing in your inbox every day.</p>'
                       '<button>Sign up</button></div>', ["morning briefing"]),
}


@pytest.mark.parametrize("kind", sorted(RESIDUE))
def test_residue_kind_leaves_the_text(kind):
    markup, gone = RESIDUE[kind]
    h = extract(page(inside=markup))
    for words in gone:
        assert words not in h.cleaned.text, (kind, words)
    # and the article itself is whole, in order
    assert lines(h.cleaned.text) == BODY, kind


def test_tweet_signature_in_plain_text_goes_with_the_post():
    paras = [LEDE, "Nine days at anchor off Mombasa. This cannot go on. pic.twitter.com/abc123",
             "— Shipping Watch (@shipwatchKE) October 7, 2025", BODY[1]]
    c = clean_paragraphs(paras, detect_title=False)
    assert lines(c.text) == [LEDE, BODY[1]]


def test_commenters_are_not_the_authors():
    """A comment thread placed before the article in the page (a sidebar) has bylines of its own."""
    comments = ('<div id="Aside"><ul class="comments-list"><li class="comment"><div class="byline">J Jones</div>'
                "<p>Ships always wait.</p></li></ul></div>")
    html = page(before='<div class="author-name">Joseph Mwangi</div>').replace("<main>", "<main>" + comments)
    assert extract(html).authors == ["Joseph Mwangi"]


def test_byline_and_bio_become_authors_not_text():
    before = '<div class="byline">By <a rel="author" href="/staff/jm">Joseph Mwangi</a> | October 8, 2025</div>'
    after = ('<div class="author-bio"><p>Joseph Mwangi is the Coast Courier\'s business correspondent in '
             'Mombasa.</p></div>')
    h = extract(page(before=before, after=after))
    assert h.authors == ["Joseph Mwangi"]
    assert "Joseph Mwangi" not in h.cleaned.text
    assert lines(h.cleaned.text) == BODY


@pytest.mark.parametrize("line", [
    "By Joseph Mwangi",
    "BY JOSEPH MWANGI",
    "Posted by Joseph Mwangi, Business Correspondent",
    "Posted on Tuesday 7 October 2025 at 09:11 by Joseph Mwangi.",
])
def test_byline_line_in_the_text_becomes_the_author(line):
    h = extract(page(before=f"<p>{line}</p>"))
    assert [a.casefold() for a in h.authors] == ["joseph mwangi"]
    assert lines(h.cleaned.text) == BODY


def test_bio_paragraph_without_markup_goes_when_it_names_the_author():
    head = '<meta name="author" content="Joseph Mwangi">'
    after = "<p>Joseph Mwangi is a business reporter based in Mombasa who covers shipping and trade.</p>"
    h = extract(page(head=head, after=after))
    assert h.authors == ["Joseph Mwangi"]
    assert lines(h.cleaned.text) == BODY


def test_section_label_above_the_headline_is_not_text():
    before = '<span class="kicker">Business</span>'
    h = extract(page(before=before))
    assert lines(h.cleaned.text) == BODY


def test_standfirst_is_the_first_paragraph():
    standfirst = "Importers say the delays have raised the price of cooking oil by a fifth since September."
    h = extract(page(before=f'<p class="standfirst">{standfirst}</p>'))
    assert lines(h.cleaned.text) == [standfirst, *BODY]


STANDFIRST = "Importers say the delays have raised the price of cooking oil by a fifth since September."


def test_standfirst_is_marked_in_the_article(tmp_path):
    """The standfirst is the text's first line and the article says so (a span, as headings are), so later
    stages can tell the outlet's summary from the story; it survives the record's JSON round trip."""
    p = tmp_path / "port.html"
    p.write_text(header_page(head="", before=f'<p class="standfirst">{STANDFIRST}</p>'), encoding="utf-8")
    (a,) = iter_articles([str(p)], Settings())
    assert a.standfirst is not None and (a.standfirst.start, a.standfirst.text) == (0, STANDFIRST)
    assert a.text[a.standfirst.start:a.standfirst.end] == STANDFIRST
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a
    assert a.to_dict()["standfirst"] == {"start": 0, "end": len(STANDFIRST), "text": STANDFIRST}


def test_standfirst_kept_by_the_extractor_is_marked_too():
    """The body extractor kept the standfirst itself (it is inside the <article>): marked all the same."""
    h = extract(page(before=f'<p class="standfirst">{STANDFIRST}</p>'))
    assert lines(h.cleaned.text)[0] == STANDFIRST
    assert h.cleaned.standfirst is not None and h.cleaned.standfirst.text == STANDFIRST


def test_no_standfirst_no_mark():
    h = extract(page())
    assert h.cleaned.standfirst is None


@pytest.mark.parametrize(("head", "before"), [
    ("", f'<div class="articleDek dekSummary___GcgCT f4 lh-copy">{STANDFIRST}</div>'),
    ("", f'<p class="article__lead-paragraph">{STANDFIRST}</p>'),
    ("", f'<div class="article-sub-headline">{STANDFIRST}</div>'),
    ("", f'<p class="single-header-subheading">{STANDFIRST}</p>'),
    ("", f'<div class="article__perex">{STANDFIRST}</div>'),  # Czech and Slovak sites' word for it
    # no telling class: the element under the headline that says what the page's description says
    (f'<meta property="og:description" content="{STANDFIRST}">', f'<p class="css-z6dj7x e1wiw3jv0">{STANDFIRST}</p>'),
    (f'<meta name="description" content="{STANDFIRST}">', f"<h2>{STANDFIRST}</h2>"),
])
def test_standfirst_kept_whatever_its_markup(head, before):
    h = extract(header_page(head=head, before=before))
    assert lines(h.cleaned.text) == [STANDFIRST, *BODY]


def header_page(head: str, before: str) -> str:
    """The headline and what is under it in a header block of their own, the body in the <article>
    (as many sites lay out a story), so the body extractor does not see the standfirst."""
    html = page(head=head, h1="")
    return html.replace('<main><article class="story">\n<h1 class="story-headline"></h1>',
                        f'<main><div class="story-header"><h1>{HEADLINE}</h1>{before}'
                        '<div class="share-tools"><a href="/s">Share</a></div></div><article class="story">')


@pytest.mark.parametrize("before", [
    # a lead-photo box named "lead", its caption
    '<div class="ArticlePage-lead"><figure class="Figure"><img src="/cranes.jpg" alt=""><div class="Figure-content">'
    "Cranes at the Mombasa container terminal wait for ships on Monday. (Amina Otieno / Coast Courier)</div>"
    "</figure></div>",
    # a "subhead" block holding the byline and the time stamps
    '<div class="articleHeader--subhead"><div class="articleHeader--subhead-right">JOSEPH MWANGI Oct. 7, 2025 '
    "Updated: Oct. 7, 2025 1:35 a.m.</div></div>",
])
def test_caption_or_time_stamp_under_the_headline_is_not_the_standfirst(before):
    h = extract(header_page(head="", before=before))
    assert lines(h.cleaned.text) == BODY


def test_teaser_summary_after_the_body_is_not_the_standfirst():
    after = ('<div class="heron"><div class="heron__item faux-block-link"><p class="heron__item-summary">What happens '
             "to your body in extreme heat? Doctors on the coast explain.</p></div></div>")
    h = extract(page(after=after))
    assert lines(h.cleaned.text)[0] == BODY[0]


def test_summary_in_a_promo_box_is_not_the_standfirst():
    before = (f'<div class="top-stories-promo"><a href="/news/port-fees-2025" class="top-stories-promo-story">'
              f'<strong>Port fees cut</strong><p class="promo-story__summary">{STANDFIRST}</p></a></div>')
    h = extract(header_page(head=f'<meta property="og:description" content="{STANDFIRST}">', before=before))
    assert lines(h.cleaned.text) == BODY


def test_article_split_over_sibling_containers_is_read_whole():
    chunks = "".join(f'<div class="article-chunk body"><p>{p}</p></div><div class="ad-slot"></div>' for p in BODY)
    html = page().replace('<div class="story-body">', f'<div class="chunks">{chunks}</div><div class="story-body">')
    html = html.replace("".join(f"<p>{p}</p>\n" for p in BODY[:2]), "")
    h = extract(html)
    for p in BODY:
        assert p in h.cleaned.text


def test_linked_headings_of_a_list_article_are_its_sections():
    """A list article links each item's heading to the thing it reviews; the headings head the text
    after them and stay. A lone linked headline among the paragraphs (a related story) and headings
    inside a teaser card's link still go."""
    items = [("Harbour Pass ($12)", "https://shop.example/harbour-pass", BODY[1]),
             ("Dockside Tracker ($30)", "https://apps.example/dockside", BODY[2]),
             ("Crane Watch ($8)", "https://cranes.example/watch", BODY[3])]
    sections = "".join(f'<h3><a href="{url}">{name}</a></h3><div class="img"><img src="/i.jpg"></div><p>{text}</p>'
                       for name, url, text in items)
    teaser = ('<div class="more"><a href="/p/1"><img src="/t.jpg"><h3>Mombasa county opens new fish market</h3></a>'
              '<a href="/p/2"><img src="/u.jpg"><h3>Rains delay maize harvest in the west</h3></a></div>')
    html = page().replace(f"<p>{BODY[2]}</p>", "").replace(f"<p>{BODY[3]}</p>", "")
    html = html.replace(f"<p>{BODY[1]}</p>", sections + teaser)
    text = extract(html).cleaned.text
    assert lines(text) == [LEDE, *[x for name, _, body in items for x in (name, body)]]
    # a section whose points are a list
    points = "".join(f"<li>{p}</li>" for p in BODY[2].split(". "))
    text = extract(html.replace(f"<p>{BODY[2]}</p>", f"<ul>{points}</ul>")).cleaned.text
    assert "Dockside Tracker ($30)" in text and "Shipping lines had warned" in text


def test_line_breaks_of_the_html_source_are_spaces():
    """Text straight in a ``<div>`` (no ``<p>``), wrapped in the source at 80 columns: the reader sees
    one paragraph per block, not a line per source line; ``<br>`` and ``<pre>`` still break lines."""
    def wrapped(p):
        words, out, line = p.split(), [], ""
        for w in words:
            if len(line) + len(w) > 70:
                out.append(line)
                line = ""
            line = f"{line} {w}".strip()
        return "\n        ".join([*out, line])

    blocks = "".join(f"<div>\n        {wrapped(p)}\n    </div>\n" for p in BODY)
    html = page()
    for p in BODY:
        html = html.replace(f"<p>{p}</p>", "")
    html = html.replace('<div class="story-body">', f'<div class="story-body">{blocks}'
                        '<pre>berth 1   9 days\nberth 2   7 days</pre><p>Port figures:<br>berth 3 was empty.</p>')
    text = extract(html).cleaned.text
    assert lines(text)[:4] == BODY
    assert "berth 1 9 days\nberth 2 7 days" in text and "Port figures:\nberth 3 was empty." in text


def _sidebar_of_guides() -> str:
    """A sidebar of guides with summaries in ``<p>``: enough paragraph text elsewhere on the page that
    the extractor stops reading ``<div>`` text."""
    guides = ["Night shifts at the port: what the new hours mean for clearing agents, truck drivers and the "
              "businesses that wait on them every week.",
              "Our guide to importing through Mombasa: the paperwork, the fees and the time it takes from berth "
              "to warehouse in Nairobi or Kampala.",
              "Everything we know about the new cranes, from the lender that paid for them to the date they are "
              "due to arrive at the terminal."]
    return "".join(f'<li><a href="/g/{i}">Guide {i}</a><p>{t} {t}</p></li>' for i, t in enumerate(guides))


def test_paragraphs_set_as_div_text_between_double_breaks_are_read_whole():
    """The article set as text straight in a ``<div>``, paragraphs separated by ``<br> <br>`` and a
    picture between two of them, on a page with paragraph text elsewhere: the first paragraph (the
    ``<div>``'s own text, before any break) is read too; a single ``<br>`` stays a line break."""
    body = (f'{BODY[0][:60]}<em><a href="https://wire.example/">{BODY[0][60:90]}</a></em>{BODY[0][90:]}\n<br> <br>'
            '<img src="/crane.jpg" alt=""> <br>' + "\n<br> <br>".join(BODY[1:3])
            + f"<br>{BODY[3]}<br><br>")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port hours</title></head>
<body><div id="header"><a href="/">Coast Courier</a></div>
<div id="content"><div class="wrapper"><div class="article">
<h1 class="title">Kenya extends port hours as ships wait days to unload</h1>
<div class="content">{body}</div></div>
<div id="right"><h3>Guides</h3><ul>{_sidebar_of_guides()}</ul></div></div></div></body></html>"""
    text = extract(html).cleaned.text
    assert lines(text)[:4] == [BODY[0], BODY[1], BODY[2], BODY[3]]


def test_paragraph_set_loose_after_a_picture_box_is_read():
    """A paragraph set as loose text right after a picture's box (no ``<p>``), on a page with paragraph
    text elsewhere: it is read as a paragraph of its own, in its place."""
    figure = ('<div class="figure"><img src="/crane.jpg" alt=""></div>'
              f'{BODY[2]} <em>Shipping</em> lines <a href="/lines">said so</a>.<span class="sep">|</span>')
    html = page(inside=figure).replace(f"<p>{BODY[2]}</p>", "")
    html = html.replace("</main>", f'<div class="guides"><ul>{_sidebar_of_guides()}</ul></div></main>')
    text = extract(html).cleaned.text
    assert lines(text)[:4] == [BODY[0], BODY[1], f"{BODY[2]} Shipping lines said so.|", BODY[3]]


def test_text_between_double_breaks_becomes_paragraphs_pre_and_single_breaks_stay():
    from lxml import html as lh

    from newsgraph.ingest.breaks import paragraphs_from_breaks

    tree = lh.fromstring("<html><body><div id='a'>One <b>bold</b> line<br>and its second line<br><br>"
                         "Two<div>box</div>Three</div><div id='b'>no double break<br>here</div>"
                         "<pre>code<br><br>more</pre></body></html>")
    assert paragraphs_from_breaks(tree) == 1
    a = tree.get_element_by_id("a")
    assert [(c.tag, " ".join(c.text_content().split())) for c in a] == [
        ("p", "One bold lineand its second line"), ("p", "Two"), ("div", "box"), ("p", "Three")]
    assert len(a[0].findall("br")) == 1
    assert tree.get_element_by_id("b").find("p") is None and tree.find(".//pre").find("p") is None
    # loose text between blocks: a sentence becomes a paragraph, a label or a row of links does not
    tree = lh.fromstring(f"<html><body><div id='c'><div>box</div>{LEDE}<div>box</div>Share: <a href='/f'>Facebook</a> "
                         "<a href='/t'>Twitter</a> <a href='/e'>Email this story to a friend</a></div></body></html>")
    assert paragraphs_from_breaks(tree) == 1
    c = tree.get_element_by_id("c")
    assert [c.tag for c in c] == ["div", "p", "div", "a", "a", "a"] and c[1].text == LEDE
    assert c[2].tail == "Share: "


def test_article_in_a_container_of_no_known_name_is_read_with_its_headings_and_lists():
    """No container the extractor knows by name (``article``, ``post-content``, ``id="content"`` …):
    the container holding the page's running text is read whole, its subheadings and list of points
    included, and the sidebar's paragraphs stay out."""
    points = "".join(f"<li>{p}</li>" for p in ("Night shifts from next month.", "Two new cranes by March.",
                                               "Weekly figures on waiting times."))
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port hours</title></head>
<body><div class="top"><a href="/">Coast Courier</a></div>
<div class="container"><div class="row"><div class="span9 blog-post">
<h1>Kenya extends port hours as ships wait days to unload</h1>
<p>{BODY[0]}</p><h2>What changes</h2><p>{BODY[1]}</p><p>The plan in short:</p><ul>{points}</ul>
<h2>Importers</h2><p>{BODY[2]}</p><p>{BODY[3]}</p></div>
<div class="span3"><h3>Guides</h3><ul>{_sidebar_of_guides()}</ul>
<p>The Coast Courier is an independent newspaper published in Mombasa since 1998 by a cooperative of its journalists.</p>
</div></div></div></body></html>"""
    text = extract(html).cleaned.text
    assert lines(text) == [BODY[0], "What changes", BODY[1], "The plan in short:", "- Night shifts from next month.",
                           "- Two new cranes by March.", "- Weekly figures on waiting times.", "Importers", BODY[2], BODY[3]]


@pytest.mark.parametrize("frame", [
    "<article>{}</article>", "<main>{}</main>", '<div class="post">{}</div>', '<div id="story">{}</div>',
    '<div class="entry-content clearfix">{}</div>', '<section class="Main-Content">{}</section>',
    '<div class="article ">{}</div>', '<div itemprop="articleBody">{}</div>', '<div role="main">{}</div>',
    '<div class="page-Content">{}</div>', '<div class="mainbox">{}</div>',
    '<div class="posts">{}</div>', '<div class="article">{}</div>', '<div class="span9 blog-post">{}</div>',
    '<div id="the-content">{}</div>', '<div role="articles">{}</div>'])
def test_known_frame_test_agrees_with_the_extractors_container_names(frame):
    """The quick test of whether trafilatura knows the page's container by name says what trafilatura's
    own ``BODY_XPATH`` says (guards the copy against a trafilatura upgrade)."""
    import trafilatura
    from trafilatura.xpaths import BODY_XPATH

    from newsgraph.ingest.frame import has_known_frame

    tree = trafilatura.load_html(f"<html><body><div class='wrap'>{frame.format(f'<p>{LEDE}</p>')}</div></body></html>")
    assert has_known_frame(tree) == any(next(iter(x(tree)), None) is not None for x in BODY_XPATH)


POINTS = ("Night shifts from next month.", "Two new cranes by March.", "Weekly figures on waiting times.")


def test_article_set_straight_in_the_body_is_read_with_its_headings_and_lists():
    """Paragraphs, subheadings and a list straight under ``<body>``, no container at all."""
    points = "".join(f"<li>{p}</li>" for p in POINTS)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port hours</title></head>
<body><h1>Kenya extends port hours as ships wait days to unload</h1>
<p>{BODY[0]}</p><h2>What changes</h2><p>{BODY[1]}</p><ul>{points}</ul><p>{BODY[2]}</p><p>{BODY[3]}</p>
<p><a href="/">Home</a> | <a href="/about">About</a></p></body></html>"""
    text = extract(html).cleaned.text
    assert lines(text) == [BODY[0], "What changes", BODY[1], *[f"- {p}" for p in POINTS], BODY[2], BODY[3]]


def test_article_in_a_layout_table_is_read_with_its_lists():
    """The article in the cell of a layout table (an empty spacer cell beside it): its list of points is
    read; a table of data in the article stays a table."""
    points = "".join(f"<li>{p}</li>" for p in POINTS)
    data = ("<table><tr><th>Berth</th><th>Days waiting</th></tr><tr><td>1</td><td>9</td></tr>"
            "<tr><td>2</td><td>7</td></tr></table>")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port hours</title></head>
<body><h1>Kenya extends port hours as ships wait days to unload</h1>
<div align="center"><table width="90%" cellpadding="20" bgcolor="#FEFFE6"><tbody><tr><td width="20"></td><td>
<p>{BODY[0]}</p><p>{BODY[1]}</p><p>The plan in short:</p><ul>{points}</ul>{data}</td></tr></tbody></table></div>
<p>{BODY[2]}</p><p>{BODY[3]}</p></body></html>"""
    text = extract(html).cleaned.text
    assert lines(text)[:6] == [BODY[0], BODY[1], "The plan in short:", *[f"- {p}" for p in POINTS]]
    assert "Berth | Days waiting" in text


def test_hidden_copy_of_a_paragraph_is_not_read():
    """An element the page does not render (``hidden``) is not text, however much of the page it
    holds; ``hidden="until-found"`` (a collapsed section the reader opens) is."""
    html = page(inside=f"<p hidden>{BODY[0]}</p><div hidden><p>{BODY[1]}</p><p>{BODY[2]}</p></div>"
                       f'<section hidden="until-found"><p>{BODY[3].replace("Traders", "Hauliers")}</p></section>')
    text = extract(html).cleaned.text
    assert lines(text) == [BODY[0], BODY[1], BODY[3].replace("Traders", "Hauliers"), BODY[2], BODY[3]]


def test_list_of_other_stories_among_the_paragraphs_goes():
    """A list of links to other stories placed in the article's flow ("More from the Courier", each item
    a headline partly linked) is residue; a list of the article's points that cites a link stays."""
    stories = ('<ul><li>Why Mombasa is <a href="/s/1">losing ships to Dar es Salaam</a></li>'
               '<li><a href="/s/2">Tanzania cuts port fees</a> to win Kenyan cargo</li>'
               '<li>Importers warn of a <a href="/s/3">cooking oil shortage</a></li></ul>')
    points = ('<ul><li>Two new cranes will arrive before the end of the quarter, the '
              '<a href="https://kpa.example/cranes">port authority said</a> in a statement on Tuesday.</li>'
              '<li>The terminal will work around the clock from next month, its director told reporters.</li></ul>')
    text = extract(page(inside=points, after=stories)).cleaned.text
    for gone in ("losing ships", "Tanzania cuts port fees", "cooking oil shortage"):
        assert gone not in text
    assert "port authority said in a statement" in text and "its director told reporters" in text
    assert lines(text)[-1] == BODY[-1]


def test_paragraph_of_links_one_a_line_goes():
    """"Don't miss": a paragraph of other stories' links, one a line with a label after each."""
    links = ('<p><a href="/s/1">Tanzania cuts port fees to win Kenyan cargo</a> [<strong>INSIGHT]<br></strong>'
             '<a href="/s/2">Importers warn of cooking oil shortage</a> [<strong>VIDEO]<br></strong>'
             '<a href="/s/3">Rains delay maize harvest in the west</a><strong> [LATEST]</strong></p>')
    text = extract(page(inside=links)).cleaned.text
    assert lines(text) == BODY


def test_hover_card_inside_a_sentence_goes_the_name_stays():
    """A politician's name linked in a sentence carries a hover card (their photo, name and latest
    stories) the reader sees only on hover: the sentence keeps the name, not the card."""
    card = ('<span class="people"><a href="/people/amina-wekesa">Amina Wekesa</a><span class="people-block">'
            '<span class="block"><img src="/w.jpg"><a class="name" href="/people/amina-wekesa">Amina Wekesa</a>'
            '<a href="/s/1">Tanzania cuts port fees to win Kenyan cargo</a> '
            '<a href="/s/2">Importers warn of cooking oil shortage</a> <a class="more" href="/people/amina-wekesa">'
            'MORE</a></span></span></span>')
    html = page().replace("The authority's managing director, Amina Wekesa,", f"The authority's managing director, {card},")
    text = extract(html).cleaned.text
    assert lines(text) == BODY


def test_tag_list_goes_a_sentence_with_a_tag_link_stays():
    """Links marked ``rel="tag"`` with a label and commas are the page's tag list; a sentence of the
    article that links a word to its tag page is still the article."""
    tags = ('<p></p><strong>Tags<br><a href="/tag/mombasa" rel="tag">mombasa port</a>, <a href="/tag/shipping" '
            'rel="tag">shipping delays</a>, <a href="/tag/kpa" rel="tag">kenya ports authority</a>, '
            '<a href="/tag/cranes" rel="tag">container terminal cranes</a></strong>')
    html = page(after=tags).replace("the price of imported cooking oil",
                                    'the price of imported <a href="/tag/oil" rel="tag">cooking oil</a>')
    text = extract(html).cleaned.text
    assert lines(text) == BODY


def test_press_release_boilerplate_about_the_site_goes():
    """A press release on a company's own site closes with the company describing itself ("About
    Harbour Systems" / "Harbour Systems is a …"): the last paragraphs go; the company named in the
    story stays."""
    head = '<meta property="og:site_name" content="Harbour Systems">'
    about = ("<h3>About Harbour Systems</h3><p>Harbour Systems is a global provider of terminal software for "
             "ports and shipping lines. The company is headquartered in Rotterdam and employs 900 people.</p>")
    html = page(head=head, after=about).replace(
        "<p>Traders in Nairobi", "<p>Harbour Systems has supplied the terminal's software since 2019.</p><p>Traders in Nairobi")
    text = extract(html).cleaned.text
    assert "Harbour Systems is a global provider" not in text and "About Harbour Systems" not in text
    assert "Harbour Systems has supplied the terminal's software since 2019." in text
    assert lines(text)[-1] == BODY[-1]


def test_paragraph_the_page_repeats_is_read_each_time():
    """The same paragraph twice in a row (a notice printed again, a refrain) is what the reader sees
    twice; a hidden copy, or a copy of another class (the mobile layout's), is not."""
    twice = page().replace(f"<p>{BODY[2]}</p>", f"<p>{BODY[2]}</p><p>{BODY[2]}</p>")
    assert lines(extract(twice).cleaned.text) == [*BODY[:3], BODY[2], BODY[3]]
    hidden = page().replace(f"<p>{BODY[2]}</p>", f'<p>{BODY[2]}</p><p style="display: none">{BODY[2]}</p>')
    assert lines(extract(hidden).cleaned.text) == BODY
    layout = page().replace(f"<p>{BODY[2]}</p>", f'<p class="m">{BODY[2]}</p><p class="d">{BODY[2]}</p>')
    assert lines(extract(layout).cleaned.text) == BODY


def test_subheading_set_as_a_div_is_a_heading_of_the_text():
    """A subheading in a ``<div>`` named like one, between paragraphs, is the text's heading (the
    extractor skipped it as a layout box); an ad's title box between paragraphs is still residue."""
    sub = '<div class="story-subheadline">What happens to the cranes?</div>'
    h = extract(page(inside='<div class="ad-title">Advertisement</div>' + sub))
    assert lines(h.cleaned.text) == [*BODY[:2], "What happens to the cranes?", *BODY[2:]]
    assert [s.text for s in h.cleaned.headings] == ["What happens to the cranes?"]


@pytest.mark.parametrize(("sub", "heading"), [
    ("<p><strong>What happens to the cranes</strong></p>", "What happens to the cranes"),
    ("<p><b>Who pays for the night shifts?</b></p>", "Who pays for the night shifts?"),
    ('<p class="body-text"> <strong>The harbour at night </strong></p>', "The harbour at night"),
    ("<p><strong><em>A port that never sleeps</em></strong></p>", "A port that never sleeps"),
])
def test_bold_only_paragraph_is_a_heading_of_the_text(sub, heading):
    """A paragraph whose whole text is one short bold run with no final period is a subheading: its own
    line, marked as a heading (so no statement comes out of it), not glued onto the next sentence."""
    h = extract(page(inside=sub))
    assert lines(h.cleaned.text) == [*BODY[:2], heading, *BODY[2:]]
    assert [s.text for s in h.cleaned.headings] == [heading]


def test_bold_run_on_its_own_line_atop_a_paragraph_is_a_heading():
    """``<p><strong>Heading</strong><br>Text …</p>``: the bold line before the break is the heading, the
    text after it its paragraph."""
    sub = (f"<p><strong>What happens to the cranes</strong><br>{BODY[2]}</p>"
           "<p><strong>Note:</strong><br>The figures are the authority's own and were not checked.</p>")
    h = extract(page(inside=sub))
    assert lines(h.cleaned.text)[2:4] == ["What happens to the cranes", BODY[2]]
    assert [s.text for s in h.cleaned.headings] == ["What happens to the cranes"]


def test_no_statement_out_of_a_bold_subheading(pipeline, tmp_path):
    """A bold subheading that reads like a report of speech ("Wekesa says the port will never close") is
    the outlet's heading, no one's statement; the quote after it still is Wekesa's."""
    sub = "<p><strong>Wekesa says the port will never close again</strong></p>"
    p = tmp_path / "port.html"
    p.write_text(page(inside=sub), encoding="utf-8")
    (doc,) = list(pipeline.run([str(p)]))
    assert not isinstance(doc, Exception), doc
    (head,) = doc.article.headings
    assert head.text == "Wekesa says the port will never close again"
    assert not [s for s in doc.statements if s.content.start < head.end and head.start < s.content.end]
    assert any("We have heard the importers" in s.content.text for s in doc.statements)


@pytest.mark.parametrize("para", [
    # a bold sentence is emphasis, not a heading
    "<p><strong>The port authority said the new cranes would arrive before the end of the quarter.</strong></p>",
    # a paragraph that opens with a bold lead-in and goes on in plain text
    "<p><strong>Night shifts:</strong> the terminal will work around the clock from next month, the authority said.</p>",
    # a bold passage of several short sentences is emphasis
    "<p><strong>Is it enough? No. Will it help? Yes. Thank you</strong></p>",
    # a long bold run is a paragraph set in bold
    "<p><strong>Shipping lines had warned that they might send vessels to Dar es Salaam instead if the waiting "
    "times did not come down before the harvest season</strong></p>",
])
def test_bold_text_that_is_not_a_heading_stays_text(para):
    h = extract(page(inside=para))
    assert h.cleaned.headings == []


# --- titles ------------------------------------------------------------------------------------------------

HEADLINE = "Kenya extends port hours as ships wait days to unload"


@pytest.mark.parametrize(("head", "h1", "expected"), [
    # the page's headline, not its <title>
    (f'<title>Port hours extended | Coast Courier</title><meta property="og:title" content="{HEADLINE}">',
     None, HEADLINE),
    (f'<title>Coast Courier</title><script type="application/ld+json">{{"@context": "https://schema.org", '
     f'"@type": "NewsArticle", "headline": "{HEADLINE}"}}</script>', None, HEADLINE),
    # site names off, when they name the outlet
    (f'<meta property="og:title" content="{HEADLINE} | CBC News"><meta property="og:url" '
     f'content="https://www.cbc.ca/news/port-hours-1.2345">', None, HEADLINE),
    (f'<title>{HEADLINE} - NASA</title><link rel="canonical" href="https://www.nasa.gov/news/port">', "", HEADLINE),
    (f'<meta property="og:title" content="{HEADLINE} | Meta"><meta property="og:site_name" content="Meta">',
     None, HEADLINE),
    (f'<meta property="og:title" content="{HEADLINE} – Coast Courier"><meta property="og:site_name" '
     f'content="The Coast Courier">', None, HEADLINE),
    # section prefixes off
    (f'<meta property="og:title" content="Opinion | {HEADLINE}">', None, HEADLINE),
    # <title> holding the <h1> and more: the <h1>
    (f"<title>{HEADLINE} | Mombasa | Shipping desk</title>", HEADLINE, HEADLINE),
    # a site name that is not the outlet's stays (it may be part of the headline)
    ('<meta property="og:title" content="Mombasa - a port city in waiting">', "", "Mombasa - a port city in waiting"),
    # a logo in <h1> is not the headline (and a part the page does not name as its outlet stays)
    (f"<title>{HEADLINE} · Courier</title>", "Courier", f"{HEADLINE} · Courier"),
])
def test_title(head, h1, expected):
    assert extract(page(head=head, h1=h1)).title == expected


def test_title_part_that_is_the_outlets_name_goes_however_long():
    head = ('<meta property="og:title" content="Port hours extended - Coast Courier Shipping and Logistics Weekly">'
            '<meta property="og:site_name" content="Coast Courier Shipping and Logistics Weekly">')
    assert extract(page(head=head, h1="")).title == "Port hours extended"


LONG_HEADLINE = ("Kenya extends port hours as ships wait up to nine days to unload at Mombasa, raising the price "
                 "of imported cooking oil")


@pytest.mark.parametrize(("head", "h1", "expected"), [
    # a metadata title that is the site's own name and tagline is no headline: the next candidate is
    ('<meta name="application-name" content="Coast Courier - Latest News &amp; Headlines">'
     '<meta property="og:title" content="Coast Courier - Latest News &amp; Headlines">'
     f'<title>{HEADLINE}</title><link rel="canonical" href="https://www.coastcourier.example/port-hours">',
     HEADLINE, HEADLINE),
    # a JSON-LD headline cut at 110 characters is the start of the page's full headline: the full one
    (ld(headline=LONG_HEADLINE[:110].rstrip()) + f"<title>{LONG_HEADLINE} –</title>", "", LONG_HEADLINE),
    # a separator left dangling where the site name should be
    (ld(headline=f"{HEADLINE} -") + '<meta property="og:site_name" content="Coast Courier">', "", HEADLINE),
    # the <h1> is one part of the title and the rest names the outlet, even a rest longer than the headline
    ('<title>Port hours extended – Coast Courier Shipping Entertainment</title>'
     '<link rel="canonical" href="https://www.coastcourier.example/port-hours">', "Port hours extended",
     "Port hours extended"),
    # "Outlet: headline", the <h1> being the headline
    ('<title>The Coast Courier: Port hours extended</title>'
     '<link rel="canonical" href="https://www.thecoastcourier.example/port-hours">', "Port hours extended",
     "Port hours extended"),
    # a section the page links to as one of its sections, after the headline
    (f'<title>{HEADLINE} | Shipping | Coast Courier</title><meta property="og:site_name" content="Coast Courier">',
     "", HEADLINE),
    # "Headline @ Blog name", the blog being the site
    (f'<title>{HEADLINE} @ Harbour Notes ::</title><meta property="og:site_name" content="Harbour Notes">',
     "", HEADLINE),
])
def test_title_is_the_headline_the_reader_sees(head, h1, expected):
    assert extract(page(head=head, h1=h1)).title == expected


def test_site_name_of_the_logo_link_leaves_the_title():
    """No outlet declared (no og:site_name, no URL): the page's logo, an image linking to its home page,
    names the site, and the title's part naming it goes ("… [Coast Courier]", "… | Coast Courier")."""
    html = page(head=f"<title>{HEADLINE} [Coast Courier]</title>", h1="").replace(
        '<a href="/">Coast Courier</a>', '<a href="/"><img src="/logo.png" alt="Coast Courier Logo"></a>')
    assert extract(html).title == HEADLINE
    html = page(head=f"<title>{HEADLINE} | Coast Courier</title>", h1="")
    assert extract(html).title == HEADLINE


def test_logo_h1_in_the_header_is_not_the_headline():
    """Documentation and blog themes put the site's name in an ``<h1>`` of the header, and permalink
    marks ("¶") after the article's own ``<h1>``."""
    html = page(head="<title>Port hours extended — Coast Courier shipping and trade weekly</title>",
                h1='Port hours extended<a class="headerlink" href="#port">¶</a>')
    html = html.replace('<a href="/">Coast Courier</a>',
                        '<div class="header"><h1 class="heading"><a href="/">Coast Courier shipping and trade weekly</a>'
                        '</h1></div>')
    assert extract(html).title == "Port hours extended"


@pytest.mark.parametrize(("head", "outlet"), [
    ('<meta property="og:site_name" content="Coast Courier | Kenya\'s port and shipping news">', "Coast Courier"),
    ('<meta name="copyright" content="Copyright 2014">'
     '<link rel="canonical" href="https://www.coastcourier.example/port-hours">', "coastcourier.example"),
])
def test_outlet_is_a_name_not_a_tagline_or_copyright(head, outlet):
    assert extract(page(head=head)).outlet == outlet


@pytest.mark.parametrize(("byline", "authors"), [
    ("By TOM KRISHER, AP Auto Writer", ["TOM KRISHER"]),
    ("By Joseph Mwangi and Amina Wekesa", ["Joseph Mwangi", "Amina Wekesa"]),
    ("By Joseph Mwangi, Senior Correspondent", ["Joseph Mwangi"]),
    ("Joseph Mwangi @jmwangi October 8, 2025", ["Joseph Mwangi"]),
])
def test_byline_names(byline, authors):
    h = extract(page(before=f'<p class="article-byline">{byline}</p>'))
    assert h.authors == authors
    assert lines(h.cleaned.text) == BODY


def test_outlet_given_as_a_url_is_not_a_name():
    head = ('<meta property="og:site_name" content="https://www.facebook.com/CoastCourier">'
            '<link rel="canonical" href="https://www.coastcourier.example/port-hours">')
    assert "://" not in (extract(page(head=head)).outlet or "")


def test_title_part_naming_the_author_goes():
    head = (f'<meta property="og:title" content="{HEADLINE} | Joseph Mwangi">'
            '<meta name="author" content="Joseph Mwangi">')
    assert extract(page(head=head, h1="")).title == HEADLINE


@pytest.mark.parametrize(("text", "title", "first"), [
    # a headline alone on the first line, whatever its final punctuation
    (f"Poll: Wealthy Voters Abandon Port Plan.\n\n{LEDE}\n\n{BODY[1]}\n", "Poll: Wealthy Voters Abandon Port Plan.",
     LEDE),
    (f"Flynn says port 'absolutely right' to extend hours.\n\n{LEDE}\n", "Flynn says port 'absolutely right' to "
     "extend hours.", LEDE),
    (f"{HEADLINE}\n{LEDE}\n{BODY[1]}\n", HEADLINE, LEDE),
    # a lead-in is not a headline, nor is a first line that runs on into the text
    (f"The port authority said:\n\n{LEDE}\n", None, "The port authority said:"),
    (f"{LEDE}\n\n{BODY[1]}\n", None, LEDE),
])
def test_plain_text_headline(tmp_path, text, title, first):
    p = tmp_path / "story.txt"
    p.write_text(text, encoding="utf-8")
    (a,) = iter_articles([str(p)], Settings())
    assert isinstance(a, Article), a
    assert a.title == title
    assert a.text.split("\n")[0] == first


# --- dates ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "before", "crawled", "expected"), [
    # JSON-LD, then meta
    (ld(datePublished="2025-10-07T09:00:00+03:00") + '<meta property="article:published_time" content="2025-10-01">',
     "", None, ("2025-10-07", "json-ld")),
    # the outlet's own day: a UTC value moved to the date of the same moment in the outlet's zone
    (ld(datePublished="2025-10-08T01:18:13Z") + '<meta property="article:published_time" '
     'content="2025-10-07T17:18:13-08:00">', "", None, ("2025-10-07", "json-ld")),
    # ... or of the same moment given as a local time without its offset
    (ld(datePublished="2019-11-19T04:58:46Z") + '<meta name="pubdate" content="2019-11-18 20:58:46">', "", None,
     ("2019-11-18", "json-ld")),
    # ... or of the day the outlet's URL gives, when the moment falls on it somewhere between UTC-12 and UTC+14
    (ld(datePublished="Tue Oct 07 2025 03:05:46 GMT+0000") + '<meta property="og:url" '
     'content="https://www.coastcourier.example/2025/10/06/port-hours">', "", None, ("2025-10-06", "json-ld")),
    # a value written in a time zone keeps its own day
    ('<meta property="article:published_time" content="2025-10-07T23:30:00-05:00">', "", None, ("2025-10-07", "meta")),
    # JSON-LD of a video or a related list is not the article's
    ('<script type="application/ld+json">{"@type": "VideoObject", "uploadDate": "2024-01-01"}</script>'
     + ld(datePublished="2025-10-07"), "", None, ("2025-10-07", "json-ld")),
    # never after the crawl
    (ld(datePublished="2025-10-09") + '<meta property="article:published_time" content="2025-10-06">', "",
     "2025-10-08", ("2025-10-06", "meta")),
    # never from a related box; the article's own <time> is taken
    ("", '<div class="related-stories"><time datetime="2025-09-01">1 Sep</time></div>'
         '<p class="dateline"><time class="published" datetime="2025-10-07T08:00">7 October</time></p>', None,
     ("2025-10-07", "page")),
    # placeholder years are no dates
    (ld(datePublished="9999-12-31T00:00:00Z") + '<meta property="article:published_time" content="0001-01-01">',
     "", None, (None, None)),
])
def test_publication_date(head, before, crawled, expected):
    h = extract(page(head=head, before=before), crawled=crawled)
    assert (h.published, h.published_from) == expected


@pytest.mark.parametrize(("before", "expected"), [
    # no date in the metadata or in <time>: the page's own "published on" line
    ('<p class="post-meta">publiziert am 25. September 2025 von Joseph Mwangi</p>', "2025-09-25"),
    ('<div class="meta">Published on October 7, 2025</div>', "2025-10-07"),
    ('<p class="post-meta">publiziert am 30. Juli 2025</p>', "2025-07-30"),
    ('<p class="fecha">Publicado el 12 de agosto de 2025</p>', "2025-08-12"),
    # never from a related box
    ('<div class="related-posts"><p>Published on September 1, 2025</p></div>', None),
])
def test_published_line_in_the_page(before, expected):
    h = extract(page(before=before))
    assert h.published == expected
    if expected:
        assert h.published_from == "page"


def test_published_line_above_the_headline():
    meta = ('<p class="about"><span class="about__block">Von</span> <span class="about__block"><a href="/author/jm">'
            'Joseph Mwangi</a></span> <span class="about__block about__block--dimmed">publiziert am 25. September '
            "2025</span></p>")
    html = page().replace('<h1 class="story-headline">', meta + '<h1 class="story-headline">')
    h = extract(html)
    assert (h.published, h.published_from) == ("2025-09-25", "page")


def test_date_in_the_future_of_today_is_not_taken():
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    h = extract(page(head=ld(datePublished=future) + '<meta property="article:published_time" content="2025-10-06">'))
    assert h.published == "2025-10-06"


def test_unknown_time_zone_name_prints_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning would raise here
        assert normalize_date("Tue, 07 Oct 2025 09:00:00 EST") == "2025-10-07"
        h = extract(page(head='<meta name="date" content="Tue, 07 Oct 2025 09:00:00 EST">'))
    assert h.published == "2025-10-07"


def test_page_with_an_out_of_range_date_goes_through_the_whole_pipeline(pipeline, tmp_path):
    """The benchmark pages that stopped the analysis with "OverflowError: date value out of range" give
    ``datePublished: 0001-01-01`` (a CMS placeholder); relative dates ("last year") counted back from it
    left the calendar."""
    p = tmp_path / "placeholder.html"
    p.write_text(page(head=ld(datePublished="0001-01-01T00:00:00+00:00")), encoding="utf-8")
    (doc,) = list(pipeline.run([str(p)]))
    assert not isinstance(doc, Exception), doc
    assert doc.article.published is None


def test_page_with_a_big_inline_script_is_read(tmp_path):
    """News pages (The New York Times') preload their data in one inline script: a JSON blob with
    thousands of '=' (base64 ids) and a '<' but no '>' over hundreds of kilobytes. Script text is no
    element's attributes; the page is read, not refused as "over 1,000 attributes"."""
    blob = ",".join(f'"Article:QXJ0aWNsZTpu{i:05d}==":{{"id":"QXJ0{i:05d}==","n":{i}}}' for i in range(3000))
    script = f'<script>if (a < b) {{ c = d; }}\n//<![CDATA[\nwindow.__preloadedData = {{{blob}}};\n//]]></script>'
    p = tmp_path / "preloaded.html"
    p.write_text(page(head=script), encoding="utf-8")
    (a,) = iter_articles([str(p)], Settings())
    assert isinstance(a, Article), a
    assert a.text.split("\n") == BODY


# --- is it an article ------------------------------------------------------------------------------------

def test_non_article_page_is_recognised():
    html = """<html><head><title>Coast Courier – Subscribe</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <h1>Choose your plan</h1><ul><li>Digital: 5 dollars a month</li><li>Print and digital: 12 dollars a month</li></ul>
    <p>Cancel any time.</p><footer>© Coast Courier</footer></body></html>"""
    try:
        h = extract(html)
    except InputError:
        return  # refused outright is recognised too
    assert h.is_article is False


def test_article_page_is_an_article():
    assert extract(page()).is_article is True


# --- per-file metadata -------------------------------------------------------------------------------------

def write_folder(tmp_path: Path) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    (d / "one.txt").write_text(f"{LEDE}\n\n{BODY[1]}\n", encoding="utf-8")
    (d / "coast-courier_2025-10-07_port-hours.txt").write_text(f"{LEDE}\n\n{BODY[2]}\n", encoding="utf-8")
    return d


def test_metadata_csv_gives_each_file_its_fields(tmp_path):
    d = write_folder(tmp_path)
    csv = tmp_path / "meta.csv"
    csv.write_text("path,published,outlet,url,title\n"
                   "news/one.txt,7 October 2025,Coast Courier,https://courier.example/port,Port hours extended\n",
                   encoding="utf-8")
    arts = list(iter_articles([str(d)], Settings(metadata=str(csv))))
    one = next(a for a in arts if a.source.endswith("one.txt"))
    assert (one.published, one.published_from) == ("2025-10-07", "input")
    assert (one.outlet, one.url, one.title) == ("Coast Courier", "https://courier.example/port", "Port hours extended")
    other = next(a for a in arts if a is not one)
    assert other.published is None and other.outlet is None  # no row, no name rule asked for


def test_metadata_csv_any_subset_of_columns_and_name_match(tmp_path):
    d = write_folder(tmp_path)
    csv = tmp_path / "elsewhere" / "meta.csv"
    csv.parent.mkdir()
    csv.write_text("outlet,path\nHarbour Times,one.txt\n", encoding="utf-8")  # a bare file name matches by name
    arts = list(iter_articles([str(d / "one.txt")], Settings(metadata=str(csv))))
    assert arts[0].outlet == "Harbour Times" and arts[0].published is None


def test_file_names_give_outlet_and_date_when_asked(tmp_path):
    d = write_folder(tmp_path)
    name = d / "coast-courier_2025-10-07_port-hours.txt"
    (a,) = iter_articles([str(name)], Settings(metadata_from_names=True))
    assert (a.outlet, a.published, a.published_from) == ("coast-courier", "2025-10-07", "input")
    (b,) = iter_articles([str(name)], Settings())
    assert b.outlet is None and b.published is None


def test_csv_row_wins_over_the_file_name(tmp_path):
    d = write_folder(tmp_path)
    csv = tmp_path / "meta.csv"
    csv.write_text("path,published\nnews/coast-courier_2025-10-07_port-hours.txt,2025-10-09\n", encoding="utf-8")
    (a,) = iter_articles([str(d / "coast-courier_2025-10-07_port-hours.txt")],
                         Settings(metadata=str(csv), metadata_from_names=True))
    assert (a.outlet, a.published) == ("coast-courier", "2025-10-09")


def test_metadata_csv_overrides_an_html_page(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(page(head=ld(datePublished="2025-10-07")), encoding="utf-8")
    csv = tmp_path / "m.csv"
    csv.write_text("path,published,title\npage.html,2025-10-01,Given title\n", encoding="utf-8")
    (a,) = iter_articles([str(p)], Settings(metadata=str(csv)))
    assert (a.published, a.published_from, a.title) == ("2025-10-01", "input", "Given title")


@pytest.mark.parametrize(("content", "message"), [
    ("file,published\na.txt,2025-10-01\n", "needs a 'path' column"),
    ("path,date\na.txt,2025-10-01\n", "unknown metadata column"),
    ("path,published\na.txt,last spring\n", "is not a date"),
])
def test_bad_metadata_csv_stops_with_one_line(tmp_path, content, message):
    d = write_folder(tmp_path)
    csv = tmp_path / "bad.csv"
    csv.write_text(content, encoding="utf-8")
    from click.testing import CliRunner

    from newsgraph.cli import main

    r = CliRunner().invoke(main, ["extract", str(d), "--metadata", str(csv)])
    assert r.exit_code == 2
    assert message in r.stderr and str(csv) in r.stderr
    assert r.stderr.count("\n") == 1


def test_warc_record_date_bounds_the_publication_date(tmp_path):
    """A page crawled on 8 October cannot have been published on the 9th (a JSON-LD date the CMS moved)."""
    html = page(head=ld(datePublished="2025-10-09T06:00:00Z")
                + '<meta property="article:published_time" content="2025-10-06T06:00:00Z">').encode("utf-8")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6b1f5a52-8d3e-4a57-9f55-0c5d2b1e7a10>\r\n"
            "WARC-Date: 2025-10-08T10:00:00Z\r\nWARC-Target-URI: https://courier.example/port-hours\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    p = tmp_path / "crawl.warc"
    p.write_bytes(head.encode("ascii") + http + b"\r\n\r\n")
    (a,) = iter_articles([str(p)], Settings())
    assert isinstance(a, Article), a
    assert (a.published, a.published_from) == ("2025-10-06", "meta")
