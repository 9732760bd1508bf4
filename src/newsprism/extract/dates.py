"""PLACEHOLDER: publication date of an HTML page (htmldate only).

html_publication_date(html, url=None) -> (YYYY-MM-DD or None, evidence name or None)
"""

from __future__ import annotations

from htmldate import find_date


def html_publication_date(html: str, *, url: str | None = None) -> tuple[str | None, str | None]:
    found = find_date(html, url=url, original_date=True, extensive_search=True)
    return (found, "htmldate") if found else (None, None)
