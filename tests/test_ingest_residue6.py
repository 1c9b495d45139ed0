"""Ingest, sixth pass on page residue and titles: teaser cards of other stories beside the article.

Every page here is real-shaped HTML written for these tests (fictional events and names).
"""

from __future__ import annotations

import trafilatura

from newsgraph.ingest.html import extract_html
from newsgraph.ingest.residue import prune_residue

ARTICLE = [
    "CANBERRA — A parliamentary committee will hold a fresh inquiry into the government's plan to let "
    "police read the phone records of journalists without a warrant, its chair said on Friday.",
    "Senator Helen Markby said the committee had received more than 300 submissions, most of them from "
    "news organisations and legal groups that warned the plan would expose confidential sources.",
    "“Nobody on this committee wants to make it harder for reporters to do their jobs,” Markby said. The "
    "attorney-general's office said it would give evidence at the first hearing, set for next month.",
    "The Press Freedom Council, which represents editors, said it would ask the committee to exempt "
    "journalists from the scheme entirely rather than rely on a warrant system it called untested.",
]


def _card(n: int, kicker: str, headline: str, summary: str) -> str:
    href = f"/news/opinion/story-{n}"
    return f"""
      <div class="story-block">
        <h4 class="heading"><strong class="kicker">{kicker}</strong> <a href="{href}">{headline}</a></h4>
        <a href="{href}" class="thumb-link"><img src="/img/{n}.jpg" alt="{headline}"></a>
        <p class="standfirst"><span class="article-info"></span> {summary}</p>
      </div>"""


CARDS = [
    (1, "Editorial", "A lasting legacy in the bush",
     "FARMERS in the north remember a minister who listened, and the roads he built are still in use."),
    (2, "Wave of nonsense", "Doctors know best, not influencers",
     "WHY is it that ideas that are plainly absurd capture so many people's imagination these days?"),
    (3, "Shopping", "Cheap, cheerful and exhausting",
     "THE good thing about the new megastore is the price. The bad thing is the car park on a Saturday."),
]


def _page(cards: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return f"""<html><head><title>Committee to reopen inquiry into police access to phone records</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/opinion">Opinion</a></nav>
  <div id="content">
    <div id="story">
      <h1>Committee to reopen inquiry into police access to phone records</h1>
      <div class="story-body">{body}
        <p>HELEN MARKBY IS A SENATOR FOR THE AUSTRALIAN CAPITAL TERRITORY</p>
      </div>
      <div class="group text-g-other-columns">
        <div class="group-header"><h2 class="heading">Other Opinion Columns</h2></div>
        <div class="group-content">{cards}</div>
      </div>
    </div>
  </div>
  <footer><p>Copyright 2026 Example Media</p></footer>
</body></html>"""


def test_teaser_cards_beside_the_article_are_not_its_text():
    html = _page("".join(_card(*c) for c in CARDS))
    text = extract_html(html, "page.html").cleaned.text
    assert ARTICLE[0] in text and ARTICLE[-1] in text
    for _, _kicker, headline, summary in CARDS:
        assert headline not in text
        assert summary not in text


def test_the_articles_own_linked_picture_stays_with_its_text():
    # a picture linked to its full-size file, with a caption-less paragraph after it: not a card
    figure = '<a href="/img/hearing-large.jpg"><img src="/img/hearing.jpg" alt="The committee room"></a>'
    html = _page("").replace(f"<p>{ARTICLE[1]}</p>", f"<div class='pic'>{figure}<p>{ARTICLE[1]}</p></div>")
    text = extract_html(html, "page.html").cleaned.text
    assert ARTICLE[1] in text


def test_a_list_pages_entries_are_kept():
    # a section front marks each story it lists as an <article>: its cards are what it has to read
    entries = "".join(f"<article>{_card(n + k, kicker, headline, summary)}</article>"
                      for k in (0, 10) for n, kicker, headline, summary in CARDS)
    html = f"""<html><head><title>Opinion</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <main><h1>Opinion</h1>{entries}</main></body></html>"""
    text = extract_html(html, "front.html").cleaned.text
    assert sum(summary in text for *_, summary in CARDS) >= 2


def test_a_slide_show_widget_after_the_article_is_not_its_text():
    # "slideShow" is the class word "slide show": a gallery of another story, its captions and controls
    slides = "".join(f"""
        <li class="slide"><div class="mainImage"><img src="/img/s{n}.jpg" alt="">
          <ul class="mobileNav"><li class="prev">Previous</li><li class="next">Next</li></ul></div>
          <div class="content"><h4>Young photographers show their city at night slideshow</h4>
          <p class="slideTitle">{caption}</p></div></li>"""
                     for n, caption in enumerate(["A photo contest winner, taken from the roof of the old mill",
                                                  "The harbour bridge in fog, shot on a borrowed camera"]))
    widget = f"""<div class="horizontalPostList widget"><h3>Featured Slide Shows</h3><div>
      <div class="slideShow" id="slideShow1390"><ul class="toolbar"><li class="count">1 of 5</li>
      <li class="closeModal">Close</li><li class="fullscreen">Fullscreen</li></ul>
      <ul class="slides">{slides}</ul></div></div></div>"""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    html = f"""<html><head><title>Committee to reopen inquiry</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <section class="mainContent"><div class="articleInner grid_8">
        <h1>Committee to reopen inquiry into police access to phone records</h1>
        <div class="articleContent"><div class="toggle-group">{body}</div></div>{widget}
      </div></section></body></html>"""
    text = extract_html(html, "page.html").cleaned.text
    assert ARTICLE[-1] in text
    assert "photo contest winner" not in text and "harbour bridge" not in text
    # the widget leaves the page before the extractor reads it, whichever container the extractor takes
    tree = trafilatura.load_html(html)
    prune_residue(tree)
    left = " ".join(tree.itertext())
    assert ARTICLE[0] in left and ARTICLE[-1] in left
    assert "photo contest winner" not in left and "Fullscreen" not in left
