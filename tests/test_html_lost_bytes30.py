"""extract30: a scrape that lost bytes glues a whole script start tag to the middle of the markup after
the loss (l3s_gn1 539e836c: `<script src=".../prototype.js"></scri` + `find_over"><span>Find</span>`;
9a0aca8a: `<script type="text/javascript">` + ` href="http://spiseattle.com/">SPI</a>`). The script's
text opens with a tag's tail and runs on over the page to the next </script>. When what it swallowed
holds prose, the start tag and the tail are dropped and the page parsed again; a template script whose
markup opens with a whole tag, an end tag, CSS, and swallowed navigation are left as they are."""

from __future__ import annotations

from pathlib import Path

from newsprism.extract.html import read_html
from newsprism.extract.html_blocks import parse_page
from newsprism.records import Document

_STORY = (
    "The harbour board agreed on Monday to dredge the northern channel before the spring, a job that will "
    "keep the ferries to the islands on a shorter timetable for eight weeks."
)
_MORE = (
    "Fishermen who moor in the channel said the silt had grounded three boats since the autumn storms, "
    "though the ferry company warned that the work would cost it passengers."
)


def _page(glued: str, body: str) -> str:
    return (
        "<html><head><title>Bridge to close</title>\n"
        f"<script language='javascript' src='/js/prototype.js'>{glued}<div id='nav'><a href='/'>Home</a></div>\n"
        f"{body}\n<script type='text/javascript'>var ad = 1;</script>\n"
        "<div id='foot'>Contact us</div></body></html>"
    )


def _visible(html: str) -> str:
    tree = parse_page(html)
    assert tree is not None
    return " ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))


def _text(html: str) -> str:
    return read_html(Document(id="p", source="t", kind="html", content=html)).text


_ARTICLE = f"<div id='story'><h1>Bridge to close</h1><p>{_STORY}</p><p>{_MORE}</p></div>"


def test_a_truncated_end_tag_glued_to_a_link_gives_the_story_back() -> None:
    # 539e836c's shape: '</scri' + the rest of '<a href="/find" id="tab_find_over">'
    html = _page('</scrifind_over"><span>Find</span></a>', _ARTICLE)
    assert _STORY in _visible(html) and "Contact us" in _visible(html)
    assert "find_over" not in _visible(html)
    text = _text(html)
    assert _STORY in text and _MORE in text


def test_attributes_glued_to_a_script_give_the_story_back() -> None:
    # 9a0aca8a's shape: the script's text opens with a link's attributes and its '>'
    html = _page(' href="http://example.com/">Example</a> &#183; <a href="/readers/">Readers</a>', _ARTICLE)
    visible = _visible(html)
    assert _STORY in visible and "Readers" in visible and 'href="http' not in visible
    assert _STORY in _text(html)


def test_swallowed_navigation_without_prose_is_left() -> None:
    html = _page(
        ' href="http://example.com/">Example</a>',
        "<div><a href='/news'>News</a> | <a href='/sport'>Sport</a></div>",
    )
    visible = _visible(html)
    assert "Sport" not in visible and "Contact us" in visible


def test_well_formed_scripts_are_left() -> None:
    # a template opens with a whole tag; a script of code with a comparison; an end tag alone
    for script in (
        f"<script type='text/template'><div class='cookie' role=\"dialog\"><p>{_MORE}</p></div></script>",
        f"<script>var n = a > b; document.write('<p>{_MORE}</p>');</script>",
        f"<script>\n</body><p>{_MORE}</p></script>",
    ):
        html = f"<html><head><title>T</title></head><body>{script}<p>{_STORY}</p></body></html>"
        visible = _visible(html)
        assert _MORE not in visible and _STORY in visible, script


def test_the_dev_pages_of_the_shape_read_as_before(shared: Path) -> None:
    # 539e836c and 9a0aca8a swallowed the site's header and navigation, no prose: their articles
    # were read whole and still are
    l3s = shared / "data" / "extraction" / "l3s_gn1" / "html"
    for prefix, words in (
        ("539e836c", "Actor Brad Renfro was the young child star who starred in the movie"),
        ("9a0aca8a", "Three of the NHL's young guns highlighted the 16 players selected"),
    ):
        page = next(l3s.glob(prefix + "*"))
        assert words in _text(page.read_text("utf-8"))
