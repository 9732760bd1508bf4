"""An author tag that lists two people names both, as a byline does (robust27's patch to
extract/html_meta.py, applied by the lead, session 27). Made up."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.records import Document

BODY = (
    "<p>The city council voted on Tuesday to approve the new budget after a long night of debate, "
    "with seven members in favour and two against the plan to repair the bridges.</p>"
    "<p>Mayor Jane Porter said the money would be spent over three years, starting with the oldest "
    "crossing on the river, which engineers closed to lorries last spring.</p>"
)


@pytest.mark.parametrize(
    ("tag", "authors"),
    [
        ("Jane Doe, John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe; John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe, Reuters", ("Jane Doe",)),  # a person and her agency: one name
    ],
)
def test_an_author_tag_of_two_names_names_both(tag: str, authors: tuple[str, ...]) -> None:
    page = (
        f'<html><head><title>Council passes budget</title><meta name="author" content="{tag}"></head>'
        f"<body><h1>Council passes budget</h1>{BODY}</body></html>"
    )
    article = extract(Document(id="a", source="t", kind="html", content=page))
    assert article is not None and article.authors == authors
