"""extract36: a page cut short inside a <script> (no end tag, no </body> or </html> after it: a
download that stopped early) keeps the article text above the cut, or is dropped as cut short;
never its JavaScript as headline or text. Real l3s_gn1 dev pages, cut as such a download cuts
them, read as the digest reads them."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from newsprism.extract import extract
from newsprism.extract.html import CUT_IN_SCRIPT, cut_in_script
from newsprism.ingest import read_documents
from newsprism.records import Document

_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)(?:</script\s*>|$)", re.IGNORECASE | re.DOTALL)


def _page(shared: Path, page: str) -> Document:
    return next(iter(read_documents([shared / "data" / "extraction" / "l3s_gn1" / "html" / f"{page}.html"])))


def _cut_in_script(doc: Document, *, longest: bool) -> Document:
    """The page up to the middle of its longest script, or of its last one."""
    scripts = [m for m in _SCRIPT.finditer(doc.content) if len(m.group(1).strip()) >= 40]
    script = max(scripts, key=lambda m: len(m.group(1))) if longest else scripts[-1]
    return replace(doc, content=doc.content[: (script.start(1) + script.end(1)) // 2])


def test_robust29s_half_page_is_dropped_as_cut_short(shared: Path) -> None:
    # mix/broken/half.html: the first 3,000 characters of the ShowBuzz page, which stop inside its
    # second script; a broken <meta> above ran into the first one, whose code was the headline
    # ("'; } else{ caption = document.getElementById('serial' + rank).innerHTML; ...") and text
    doc = _page(shared, "0a30f3dc-886c-4266-885b-dda347f850cb")
    cut = replace(doc, content=doc.content[:3000])
    assert cut.content.rstrip().endswith("var alph = new Array();")
    article = extract(cut)
    assert article.dropped == CUT_IN_SCRIPT
    assert article.text == ""
    assert article.title is None


def test_a_page_cut_above_its_story_keeps_no_menu_nor_code(shared: Path) -> None:
    # the Sacred Heart page stops in its longest script (13,878 of 64,565 characters), above
    # the story: the reader kept 'GA_googleAddSlot("ca-pub-...","Article-234x60-A");' and the
    # states' menu ("National", "Choose a Location", "Alabama", ...) as the story
    doc = _page(shared, "6150b773-c43b-4232-84b4-a9299a6b1f3b")
    article = extract(_cut_in_script(doc, longest=True))
    assert article.dropped == CUT_IN_SCRIPT
    assert "GA_googleAddSlot" not in article.text


def test_a_page_cut_below_its_story_keeps_the_story(shared: Path) -> None:
    # the control: the Lebanon page stops in its last script, under the story, which is kept as
    # the whole page gives it
    doc = _page(shared, "057c5601-dd2a-455b-b736-e144c3bc4d4e")
    cut = _cut_in_script(doc, longest=False)
    assert cut_in_script(cut.content)
    whole, article = extract(doc), extract(cut)
    assert article.dropped is None
    assert (
        article.title == whole.title == "Another political murder in Lebanon, another dashed hope for peace"
    )
    assert article.text == whole.text


def test_an_unclosed_script_the_page_closes_after_is_no_cut(shared: Path) -> None:
    # l3s_gn1 9a2186bf's last script (urchin.js) has no end tag, but </body> and </html> follow
    doc = _page(shared, "9a2186bf-0948-47cc-a19a-83c0e01ad288")
    assert not cut_in_script(doc.content)
    assert extract(doc).dropped is None
