"""articles.jsonl: one line per input document, kept or dropped (fields in shared/DESIGN.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsprism.records import Article

__all__ = ["article_record", "read_articles", "write_articles"]


def article_record(art: Article) -> dict[str, Any]:
    """The contract's fields first, then extras; corpus stages fill the null links later."""
    return {
        "id": art.id,
        "title": art.title,
        "text": art.text,
        "published": art.published,
        "outlet": art.outlet,
        "authors": list(art.authors),
        "language": art.language,
        "duplicate_of": None,
        "event_id": None,
        "story_id": None,
        "dropped": art.dropped,
        "url": art.url,
        "dateline": art.dateline,
        "published_source": art.published_source,
        "source": art.source,
    }


def write_articles(articles: Iterable[Article], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for art in articles:
            f.write(json.dumps(article_record(art), ensure_ascii=False) + "\n")
            n += 1
    return n


def read_articles(path: Path) -> Iterator[dict[str, Any]]:
    """Stream the records back (the briefing is written from the file, not from memory)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
