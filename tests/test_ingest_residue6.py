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


SUMMARY = ("Scientists have long suspected that sleep helps the brain sort what it learned in the day, but "
           "when does that sorting happen? A new study of night-shift nurses offers an answer.")


def _summary_page(header: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in [
        "Many of us have noticed that a problem that seemed impossible in the evening looks simpler after "
        "a night's sleep, and researchers have spent decades trying to explain why that should be.",
        "The study, published on Monday in the journal Sleep Research, followed 212 nurses at three "
        "hospitals in Lyon over two years and tested their memory before and after their shifts.",
        "“We found that the timing of sleep mattered more than its length,” said Dr. Claire Ambrun, who "
        "led the work. Nurses who slept within three hours of learning a task remembered far more of it.",
    ])
    return f"""<html><head><title>When does the sleeping brain sort the day's memories?</title>
<meta name="description" content="A study of night-shift nurses looks at when sleep helps memory."></head>
<body><header class="site"><a href="/">Health Daily</a> <nav><a href="/news">News</a></nav></header>
<div class="main_content"><h1 itemprop="headline">When does the sleeping brain sort the day's memories?</h1>
<div class="author_top"><span class="author_byline">By <a href="/authors/jo-hale" rel="author">Jo Hale</a></span></div>
<div class="article_body"><div itemprop="articleBody">{header}{body}</div></div></div>
<footer><p>Copyright 2026 Health Daily</p></footer></body></html>"""


def test_a_summary_set_as_the_articles_header_opens_the_text():
    h = extract_html(_summary_page(f"<header>\n  {SUMMARY}\n</header>"), "page.html")
    assert h.standfirst == SUMMARY
    assert h.cleaned.text.startswith(SUMMARY)


def test_a_header_holding_the_byline_and_date_is_no_summary():
    header = ("<header><span class='date'>Published Monday 27 July 2026</span> "
              "<div class='who'>By Jo Hale, health reporter for the paper since 2019.</div></header>")
    h = extract_html(_summary_page(header), "page.html")
    assert h.standfirst is None


def _plain_page(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><div>{body}</div></article></body></html>"""


def test_a_lone_page_title_loses_its_site_name():
    # no headline in metadata, no <h1>: the <title> is all there is, "Headline – Site" by convention
    h = extract_html(_plain_page("Committee to reopen inquiry into phone records – Capital Notes"), "page.html")
    assert h.title == "Committee to reopen inquiry into phone records"


def test_a_lone_page_title_keeps_a_clause_after_its_dash():
    h = extract_html(_plain_page("Why the inquiry was reopened – and what comes next"), "page.html")
    assert h.title == "Why the inquiry was reopened – and what comes next"
    h = extract_html(_plain_page("Inquiry reopened – Markby"), "page.html")
    assert h.title == "Inquiry reopened – Markby"  # a headline of three words: nothing to tell it by


def test_the_pages_own_address_as_a_line_is_not_text():
    # the address as a line at the top of the article (a print-only line, a "copy link" field)
    url = "https://www.capitalnotes.example/news/article/Committee-to-reopen-inquiry-14848175.php"
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    html = f"""<html><head><title>Committee to reopen inquiry</title>
<link rel="canonical" href="{url}"><meta property="og:url" content="{url}"></head>
<body><div class="article-content">
<div class="article-title"><h1>Committee to reopen inquiry into police access to phone records</h1></div>
<div class="article-body"><p>{url}</p>{body}<p>https://www.parliament.example/committees/inquiry-2026</p></div>
</div></body></html>"""
    text = extract_html(html, "page.html", url=url.replace("https://www.", "http://")).cleaned.text
    assert url not in text and "capitalnotes.example" not in text
    assert text.startswith(ARTICLE[0])
    assert "https://www.parliament.example/committees/inquiry-2026" in text  # another page's address stays


def test_a_posts_info_line_of_labelled_fields_is_not_text():
    # one label in a sentence is the sentence's ("tags: …" after "about"), not a field of an info line
    last = "Update: the committee has said its hearings will be public, with tags: names of witnesses withheld."
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    for info in ("12/03/2026 - Posted by: Jo Hale - Category: Politics - Tags: inquiry, press freedom",
                 "12/03/2026 - Publicado por: Joana Vale - Categoria: Política - Tags: inquérito"):
        html = f"""<html><head><title>Committee to reopen inquiry</title></head><body>
<div class="post"><h1>Committee to reopen inquiry into police access to phone records</h1>
<div class="entry"><p>{info}</p>{body}<p>{last}</p></div></div></body></html>"""
        text = extract_html(html, "post.html").cleaned.text
        assert "Posted by" not in text and "Publicado por" not in text and "Tags:" not in text
        assert text.startswith(ARTICLE[0]) and text.endswith(last)


def test_a_video_teaser_with_its_headline_link_outside_a_heading_is_not_text():
    # a box promoting another page's video at the top of the article: the title as a plain link, the
    # thumbnail linked to the same page, a line of summary in a paragraph
    href = "/health/video/sleep-and-memory"
    teaser = f"""<div class="video"><div class="vidheader"><a href="{href}">How Sleep Sorts Your Memories</a></div>
      <p class="thumb"><a href="{href}"><img src="/img/vid.jpg" alt="video"></a></p>
      <p class="text">Which nights matter most for memory? Why does a nap help? We've got the science on when
      and how long to sleep before an exam.</p></div>"""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    html = f"""<html><head><title>Committee to reopen inquiry</title></head><body>
<div id="content"><h1>Committee to reopen inquiry into police access to phone records</h1>
<div class="article">{teaser}{body}</div></div></body></html>"""
    text = extract_html(html, "page.html").cleaned.text
    assert text.startswith(ARTICLE[0]) and ARTICLE[-1] in text
    assert "Which nights matter most" not in text and "How Sleep Sorts" not in text
