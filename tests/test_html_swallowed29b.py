"""extract29b: a script start tag broken by an open quote runs on through the code after it, and the
parser reads the page's own markup after it as the script's text (l3s_gn1 599fc2eb: the whole article
swallowed). When the swallowed text holds prose, the broken start tag is dropped and the page parsed
again; a well-formed script that holds prose (a template, a JSON state) and swallowed markup without
prose (a site's navigation) are left as they are."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.extract import extract
from newsprism.extract.html import read_html
from newsprism.extract.html_blocks import parse_page
from newsprism.records import Document

_STORY = (
    "The city council voted on Tuesday to close the old bridge for repairs, a decision that will divert "
    "traffic for at least six months."
)
_MORE = (
    "Residents who live near the bridge said they had asked for the repairs for years and welcomed the vote, "
    "though shop owners fear losing customers."
)


# `src="/te.backgroundColor='yellow';` (599fc2eb's own tag) never closes its quote where it should:
# the value runs on to the next script's first '"', the tag to that script's '</script>', and what
# follows is the broken script's text up to the next </script>
_BROKEN = (
    "<script type=\"text/javascript\" src=\"/te.backgroundColor='yellow';\n  o2.style.color='black';\n}\n"
    '//-->\n</script>\n<script>\nvar tabs = ["tab1","tab2"];\n'
    "function showtab( tab ){ for(i = 0; i < tabs.length; i++){ } }\n</script>\n"
)


def _page(body: str) -> str:
    return (
        f"<html><head><title>Bridge to close</title>\n{_BROKEN}</head><body>\n{body}\n"
        "<script type='text/javascript' src='/ads.js'></script>\n"
        "<div id='foot'>Contact us</div></body></html>"
    )


def _visible(html: str) -> str:
    tree = parse_page(html)
    assert tree is not None
    return " ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))


def test_a_broken_script_tag_gives_the_swallowed_story_back() -> None:
    html = _page(f"<div id='story'><h1>Bridge to close</h1><p>{_STORY}</p><p>{_MORE}</p></div>")
    visible = _visible(html)
    assert _STORY in visible and "Contact us" in visible
    text = read_html(Document(id="p", source="t", kind="html", content=html)).text
    assert _STORY in text and _MORE in text


def test_swallowed_navigation_without_prose_is_left() -> None:
    # no prose between the swallowed tags: nothing of an article is lost, the page stays as a
    # browser shows it
    html = _page(
        '<div id="nav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>'
    )
    assert "Sport" not in _visible(html) and "Contact us" in _visible(html)


def test_a_well_formed_script_holding_prose_is_left() -> None:
    # a template's prose stays script: its start tag is whole
    html = (
        "<html><head><title>T</title></head><body>"
        f"<script type='text/template'><div class='cookie'><p>{_MORE}</p></div></script>"
        f"<p>{_STORY}</p></body></html>"
    )
    assert _MORE not in _visible(html) and _STORY in _visible(html)


def test_the_swallowed_article_comes_back(shared: Path) -> None:
    l3s = shared / "data" / "extraction" / "l3s_gn1"
    gold = {
        row["id"][:8]: row["text"]
        for row in map(json.loads, (l3s / "gold.jsonl").read_text(encoding="utf-8").splitlines())
    }
    page = next((l3s / "html").glob("599fc2eb*"))
    text = extract(
        Document(id="599fc2eb", source=str(page), kind="html", content=page.read_text("utf-8"))
    ).text
    for words in (
        "Director Anniruddha-Roy Choudhary is looking forward to the release of the Hindi version",
        "I welcome this chance to take my film to a larger audience",
    ):
        assert words in gold["599fc2eb"] and words in text
