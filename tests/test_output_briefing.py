"""briefing.md / briefing.html: every article listed, article text escaped, dropped ones counted."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.output.briefing import write_briefing
from newsprism.output.jsonl import article_record, read_articles, write_articles
from newsprism.records import Article


def _articles() -> list[Article]:
    return [
        Article(
            id="a1",
            source="a1.txt",
            title="Blinken lands in Beijing",
            text="First para.\n\nSecond para.",
            published="2024-04-25",
            outlet="The Tribune",
            authors=("Ajay Banerjee",),
            language="en",
        ),
        Article(
            id="evil",
            source="evil.html",
            title="<script>alert(1)</script>",
            text='Body with <script>document.title="pwned"</script> inside.',
        ),
        Article(id="gone", source="gone.txt", dropped="empty file"),
    ]


def test_jsonl_has_contract_fields(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    assert write_articles(_articles(), path) == 3
    rows = list(read_articles(path))
    contract = {
        "id",
        "title",
        "text",
        "published",
        "outlet",
        "authors",
        "language",
        "duplicate_of",
        "event_id",
        "story_id",
        "dropped",
    }
    for row in rows:
        assert contract <= set(row)
    assert rows[0]["authors"] == ["Ajay Banerjee"]
    assert rows[2]["dropped"] == "empty file"
    assert json.loads(json.dumps(article_record(_articles()[0])))["published"] == "2024-04-25"


def test_briefing_lists_kept_articles_and_escapes(tmp_path: Path) -> None:
    recs = [article_record(a) for a in _articles()]
    write_briefing(recs, tmp_path)
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    assert "Blinken lands in Beijing" in page and "Blinken lands in Beijing" in md
    assert "Ajay Banerjee" in page and "2024-04-25" in md
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "1 × empty file" in md
    assert not list(tmp_path.glob("*.part"))
