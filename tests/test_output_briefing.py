"""briefing.md / briefing.html and the JSONL records: every article listed under its story and
event, article text escaped, dropped documents counted."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsprism.corpus import link_corpus
from newsprism.output.briefing import write_briefing
from newsprism.output.jsonl import article_record, read_jsonl, with_links, write_jsonl
from newsprism.records import Article

BODY = (
    "The trade minister arrived in the capital on Monday for two days of talks with senior officials.\n\n"
    "Officials on both sides said they hoped the talks would lead to regular meetings."
)


def _articles() -> list[Article]:
    return [
        Article(
            id="a1",
            source="a1.txt",
            title="Minister lands in the capital",
            text=BODY,
            published="2024-04-25",
            outlet="The Tribune",
            authors=("Ajay Banerjee",),
            language="en",
        ),
        Article(
            id="evil",
            source="evil.html",
            title="<script>alert(1)</script>",
            text='Body with <script>document.title="pwned"</script> inside, about a football match in the rain.',
        ),
        Article(id="gone", source="gone.txt", dropped="empty file"),
    ]


def test_jsonl_has_contract_fields_and_links(tmp_path: Path) -> None:
    arts = _articles()
    links = link_corpus(arts)
    path = tmp_path / "articles.jsonl"
    assert write_jsonl(with_links(map(article_record, arts), links), path) == 3
    rows = list(read_jsonl(path))
    contract = {"id", "title", "text", "published", "outlet", "authors", "language", "duplicate_of", "event_id",
                "story_id", "dropped"}  # fmt: skip
    for row in rows:
        assert contract <= set(row)
    assert rows[0]["authors"] == ["Ajay Banerjee"]
    assert rows[0]["event_id"] and rows[0]["story_id"]
    assert rows[2]["dropped"] == "empty file" and rows[2]["event_id"] is None


def test_briefing_groups_and_escapes(tmp_path: Path) -> None:
    arts = _articles()
    kept = [a for a in arts if a.kept]
    write_briefing(kept, link_corpus(kept), Counter({"empty file": 1}), tmp_path)
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    assert "Minister lands in the capital" in page and "Minister lands in the capital" in md
    assert "Ajay Banerjee" in page and "2024-04-25" in md
    assert 'class="story"' in page and 'class="event"' in page
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "1 × empty file" in md
