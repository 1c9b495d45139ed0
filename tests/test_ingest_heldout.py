"""Ingest: residue that held-out news pages carry, and the article kept whole around it.

Every page here is real-shaped HTML written for these tests (a fictional town council story): the
markup of a news site, with one piece of residue at a time, under, inside or after the article.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.cleanup import clean_paragraphs
from newsgraph.ingest.html import extract_html

BODY = [
    "RIVERTON — The town council voted on Tuesday to approve a budget that raises spending on schools and "
    "roads by four percent, the largest increase in a decade, officials said.",
    "Mayor Dana Whitfield said the plan would help families across the valley, though two members warned "
    "that the costs of the new bridge could rise again before the work begins.",
    "“We waited long enough for this road,” said Luis Ortega, who runs a bakery on Mill Street. Traders "
    "had asked the council for years to repair the road before the winter.",
    "The budget takes effect in January and will be reviewed again in the spring, when the council "
    "expects new revenue estimates from the state treasury.",
]


def page(*, under: str = "", inside: str = "", after: str = "", head: str = "") -> str:
    """A news page: header and navigation, the article (headline, ``under`` it, the body with
    ``inside`` after its second paragraph, ``after`` it), a sidebar and a footer."""
    ps = [f"<p>{p}</p>" for p in BODY]
    body = "\n".join(ps[:2]) + inside + "\n".join(ps[2:])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Riverton council approves budget | Valley Ledger</title>{head}</head>
<body>
<header class="masthead"><a href="/" class="logo">Valley Ledger</a>
<nav><ul><li><a href="/local">Local</a></li><li><a href="/schools">Schools</a></li><li><a href="/sports">Sports</a></li></ul></nav>
</header>
<div class="page"><article class="story">
<h1 class="headline">Riverton council approves budget with money for roads</h1>
{under}
<div class="story-text">
{body}
{after}
</div>
</article>
<div class="rail"><h2>Popular</h2><ul><li><a href="/a">Fair opens on Friday</a></li><li><a href="/b">New coach for Riverton High</a></li></ul></div>
</div>
<footer><p>© 2025 Valley Ledger</p></footer>
</body></html>"""


def text_lines(html: str) -> list[str]:
    return extract_html(html, "test.html").cleaned.text.split("\n")


# --- the article's info line, under the headline -----------------------------------------------------------

INFO_LINES = {
    "list of date, section and comment count": (
        '<div class="story-body__info"><ul class="mini-info-list">'
        '<li class="mini-info-list__item"><div class="date" data-datetime="4 March 2025">4 March 2025</div></li>'
        '<li class="mini-info-list__item"><span class="off-screen">From the section </span>'
        '<a href="/local">Local</a></li>'
        '<li class="mini-info-list__item"><span class="comment-count">58</span><span class="off-screen"> comments</span>'
        '</li></ul></div>'),
    "story info list of source and date": (
        '<div class="story-info"><ul><li class="source"><span>From:</span> <cite>Valley Ledger</cite></li>'
        '<li class="date-and-time"><span class="datestamp">March 4, 2025</span> <span>9:00PM</span></li></ul></div>'),
    "entry meta line": '<div class="entry-meta"><span>04/03/2025</span> <span>Local</span>, <span>Schools</span></div>',
    "reading time, not in English": '<p class="estimated-read-time">Tempo de leitura:<small> 2 minutos</small></p>',
    "reading time": '<p class="byline-bar_reading-time">4 Min Read</p>',
}


@pytest.mark.parametrize("kind", sorted(INFO_LINES))
def test_info_line_under_the_headline_is_not_text(kind):
    assert text_lines(page(under=INFO_LINES[kind])) == BODY, kind


def test_text_for_screen_readers_only_is_not_text():
    inside = '<p><span class="off-screen">Image caption </span></p>'
    assert text_lines(page(inside=inside)) == BODY


def test_article_inside_a_box_named_like_residue_is_kept_when_marked_as_the_body():
    """A page whose layout puts the article in a box named like a related-news box ("recentNews"), the
    article set as text between ``<br>``s (no ``<p>`` to count): the page's own mark
    (``id="articleBody"``) keeps it."""
    text = "<br><br>".join(BODY)
    article = (f'<div class="recentNews"><h4>Ledger top news</h4><ul><li><a href="/x">Fair opens on Friday</a></li>'
               f'<li><a href="/y">Bridge work delayed</a></li></ul>'
               f'<div class="newsArticle" id="articleBody">{text}</div></div>')
    html = page()
    start, end = html.index('<article class="story">'), html.index("</article>") + len("</article>")
    got = text_lines(html[:start] + article + html[end:])
    assert all(any(p in line for line in got) for p in BODY)


# --- embedded posts and prompts in the text ------------------------------------------------------------------

def test_instagram_post_without_its_markup_goes_with_its_signature():
    inside = ("<blockquote><p>Budget night at town hall!</p><p>A post shared by Dana Whitfield "
              "(@dana.whitfield) on Mar 4, 2025 at 6:02pm PST</p></blockquote>")
    assert text_lines(page(inside=inside)) == BODY


def test_instagram_signature_in_plain_text_goes_with_the_post():
    paras = [BODY[0], "Budget night at town hall!", "View this post on Instagram",
             "A post shared by Dana Whitfield (@dana.whitfield) on Mar 4, 2025 at 6:02pm PST", BODY[1]]
    assert clean_paragraphs(paras, detect_title=False).text.split("\n") == [BODY[0], BODY[1]]


def test_story_continues_below_gallery_is_not_text():
    assert text_lines(page(inside="<p>Story continues below gallery</p>")) == BODY


EMBEDS = {
    "Facebook post": ('<blockquote><p>Thank you to everyone who came to town hall tonight!</p>Posted by '
                      '<a href="https://facebook.com/dwhitfield">Dana Whitfield</a> on Tuesday, March 4, 2025</blockquote>'),
    "TikTok video": ('<blockquote><p>Budget night at town hall #riverton</p><p>♬ original sound - Dana Whitfield</p>'
                     '</blockquote>'),
    "YouTube player's prompt": ('<div class="embed-container"><iframe src="https://www.youtube.com/embed/x1"></iframe>'
                                '<p>Watch on YouTube</p></div>'),
}


@pytest.mark.parametrize("kind", sorted(EMBEDS))
def test_embedded_post_without_its_markup_is_not_text(kind):
    assert text_lines(page(inside=EMBEDS[kind])) == BODY, kind


@pytest.mark.parametrize("line", [
    "Staff Reports",
    "By Staff and Wire Reports",
    "Published 6:00 a.m. ET March 4, 2025 | Updated 7:12 a.m. ET March 4, 2025",
])
def test_byline_or_time_stamps_naming_no_one_are_not_text(line):
    assert text_lines(page(under=f"<p>{line}</p>")) == BODY


def test_closed_comments_notice_is_not_text():
    assert text_lines(page(after="<p>Comments are closed.</p>")) == BODY


def test_a_sentence_about_a_post_stays():
    """The patterns take whole lines only: the story's own sentence that quotes a post is text."""
    line = ("Whitfield posted on Facebook on Tuesday, March 4, 2025, that the vote was “a good night for "
            "Riverton”, and the post was shared by hundreds of residents.")
    assert line in text_lines(page(inside=f"<p>{line}</p>"))


@pytest.mark.parametrize("caption", [
    "<em>The Mill Street bridge at dawn by Ana Kovac</em>",
    "<em>Mayor Dana Whitfield speaks on Tuesday. (Photo: Valley Ledger)</em>",
    "<i>Workers repair the road in February.</i> <small>Ana Kovac/AP</small>",
])
def test_caption_set_as_an_italic_paragraph_under_the_picture_is_not_text(caption):
    inside = f'<p><img src="/bridge.jpg" alt=""></p><p>{caption}</p>'
    assert text_lines(page(inside=inside)) == BODY


def test_italic_line_under_a_picture_without_a_credit_stays():
    """Only a caption that names a credit goes: an italic line of the article (a sum, a quote) stays."""
    line = "Average spending per pupil: $11,400 a year."
    got = text_lines(page(inside=f'<img src="/chart.png" alt=""><p><em>{line}</em></p>'))
    assert line in got


@pytest.mark.parametrize("bio", [
    "<p><em>Ana Kovac is a city hall reporter for the Valley Ledger. Reach her at akovac@valleyledger.example "
    "or on Twitter @anakovac.</em></p>",
    '<div class="writer"><p>Ana Kovac covers schools and local government. Follow her on Twitter: @anakovac.</p></div>',
])
def test_writers_bio_at_the_end_goes_when_the_page_names_no_author(bio):
    h = extract_html(page(after=bio), "test.html")
    assert h.authors == []
    assert h.cleaned.text.split("\n") == BODY


def test_last_paragraph_about_a_journalist_stays():
    """The story's own last paragraph about a reporter, with no contact line and no outlet name, is text."""
    last = ("Marta Lindqvist is a freelance reporter who was held for three weeks last year; she said she "
            "would return to the valley in May.")
    assert text_lines(page(after=f"<p>{last}</p>"))[-1] == last


def test_paragraph_set_as_a_div_that_the_page_repeats_is_read_each_time():
    """Paragraphs set as ``<div>``s of text alone, one repeating the one before word for word (a
    refrain, a repeated notice): the reader sees both, the extractor kept one."""
    refrain = "The council will meet again on the first Tuesday of April to hear the public on the plan."
    inside = f"<div>{refrain}</div>\n<div>{refrain}</div>"
    got = text_lines(page(inside=inside))
    assert got.count(refrain) == 2
    assert [line for line in got if line != refrain] == BODY


def test_layout_copy_of_a_div_paragraph_of_another_class_is_read_once():
    """A layout's two versions of one block (for small and large screens, classes apart) are one text."""
    note = "The council will meet again on the first Tuesday of April to hear the public on the plan."
    inside = f'<div class="note note--small">{note}</div>\n<div class="note note--large">{note}</div>'
    assert text_lines(page(inside=inside)).count(note) <= 1


def test_paragraph_with_a_generated_id_that_holds_a_box_word_is_read():
    """Paragraph anchors generated at random ("NavzzU", "ShareP7") can hold a word the extractor takes
    for a navigation or share box's name: the paragraph is still the article's."""
    ps = "\n".join(f'<p id="{i}">{p}</p>' for i, p in zip(("Qx7LpA", "NavzzU", "ShareP7", "kT3mBw"), BODY, strict=True))
    html = page().replace("\n".join(f"<p>{p}</p>" for p in BODY[:2]) + "\n".join(f"<p>{p}</p>" for p in BODY[2:]), ps)
    assert text_lines(html) == BODY


def _gallery(n: int) -> str:
    slides = "".join(
        f'<li><img src="/g{i}.jpg" alt=""><span class="counter">{i}/{n}</span><p>Slide {i}: the county fair '
        f"opened its gates on Friday with a parade of tractors, a pie contest and a concert by the high school band "
        f"that ran late into the evening.</p></li>" for i in range(1, n + 1))
    return (f'<div class="full-gallery"><h2 class="gallery-title">Valley news in pictures</h2>'
            f'<ul class="legends">{slides}</ul></div>')


def test_gallery_of_another_story_inside_the_article_goes_however_long():
    """An embedded gallery (slides "1/20 …" with captions) holds more paragraph text than the article
    itself; its captions are in list items, which are not the article's paragraphs."""
    got = text_lines(page(inside=_gallery(20)))
    assert got == BODY


def test_article_in_a_container_named_gallery_is_kept():
    """A page that names its article's own container after a gallery keeps its article: a box never
    takes most of the page's paragraphs."""
    html = page().replace('<div class="story-text">', '<div class="story-text gallery-story">')
    assert text_lines(html) == BODY


def test_date_in_the_info_line_is_found_though_the_line_leaves_the_text():
    """A page whose only date is in its info line ("entry-meta"), no metadata, no date in the URL: the
    residue pass takes the line out of the text, and the date is still the page's."""
    under = '<div class="entry-meta"><span>March 4, 2025</span> in Local</div>'
    h = extract_html(page(under=under), "test.html", url="https://valleyledger.example/riverton-budget/")
    assert h.published == "2025-03-04"
    assert h.cleaned.text.split("\n") == BODY


@pytest.mark.parametrize("notice", [
    "ATENÇÃO: Comentários com textos ininteligíveis ou ofensivos não serão aprovados.",
    "Note: Comments that are off topic or abusive will be removed by our moderators.",
    "The Valley Ledger moderates comments to keep the conversation civil and on topic.",
    "All comments are moderated before they appear on the site.",
])
def test_comment_moderation_notice_is_not_text(notice):
    assert text_lines(page(after=f"<p>{notice}</p>")) == BODY


def test_sentence_about_comments_stays():
    line = "Residents sent more than 400 comments on the plan, and the council said it had read every one of them."
    assert line in text_lines(page(inside=f"<p>{line}</p>"))


@pytest.mark.parametrize("line", [
    "Ana Kovac is on Twitter at anakovac.",
    "Loading Comments...",
    "저작권자 ⓒ 밸리레저, 무단전재 및 재배포금지",
    "【本文版权归山谷日报所有。未经授权，不得转载。】",
    "[사진=밸리레저]",
    "原标题：河谷镇议会通过预算",
])
def test_closing_notes_of_a_reprint_or_a_copyright_are_not_text(line):
    assert text_lines(page(after=f"<p>{line}</p>")) == BODY
