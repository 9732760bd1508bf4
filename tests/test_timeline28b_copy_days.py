"""COPY_DAYS (timeline28b): a copy of a story on a page dated days after its original names the
same happening by its own page, so a timeline that would be empty showed one vote on two days
(heap-10000 e-79c9fd264a83, its original and copy-000652-184008). Given the digest's copies
(`copies`, a copy's id to its original's), a copy whose original is among the articles reports no
day of its own; one on the next day's page still does (heap e-a11d8fd552ad). Real sentences."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.timeline import build_timeline

# the original's lead, and its copy's as the heap's copy scrambled it
VOTE = (
    "A Senate vote on Thursday indicated strong bipartisan support for more targeted stimulus checks "
    "in the next COVID-19 relief package."
)
COPIED_VOTE = (
    "A Senate vote on Thursday indicated bipartisan support recently more targeted stimulus checks in "
    "the next COVID-19 relief package."
)
ADDRESS = "President Obama will address the nation from the White House Tuesday night ."


def page(article_id: str, published: str, text: str) -> Article:
    return Article(id=article_id, source="test", published=published, text=text)


def days(articles: list[Article], copies: dict[str, str] | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.date, e.article_ids) for e in build_timeline(articles, news_days=True, copies=copies)]


def test_a_copy_days_later_adds_no_second_day() -> None:
    original = page("train-2110-0", "2024-08-04", VOTE)
    copy = page("copy-000652-184008", "2024-08-12", COPIED_VOTE)
    # unmarked, each page reads its own Thursday: one vote on two days
    assert days([copy, original]) == [
        ("2024-08-01", ("train-2110-0",)),
        ("2024-08-08", ("copy-000652-184008",)),
    ]
    assert days([copy, original], {copy.id: original.id}) == [("2024-08-01", ("train-2110-0",))]


def test_a_copy_without_its_original_still_reports() -> None:
    copy = page("copy-000652-184008", "2024-08-12", COPIED_VOTE)
    assert days([copy], {copy.id: "train-2110-0"}) == [("2024-08-08", ("copy-000652-184008",))]


def test_a_copy_on_the_next_days_page_reports_that_day() -> None:
    # bpoil_foxnews/1851 (Monday) and copy-000074-847202 (Tuesday): the address is the Tuesday
    original = page("bpoil_foxnews/1851", "2010-06-14", ADDRESS)
    copy = page("copy-000074-847202", "2010-06-15", ADDRESS)
    assert [d for d, _ in days([original, copy], {copy.id: original.id})] == ["2010-06-15"]
