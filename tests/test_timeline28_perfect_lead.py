"""PERFECT_LEAD (timeline28): a timeline that would be empty shows the day a page was published on when
its lead, in the present perfect, tells an act just done and names no day ("Blinken has landed in
Beijing", the seeds' 000 of 2024-04-25: a gold day of the seeds' event, missing before). Not a lead
that frames its perfect ("If ... has developed"), a modal's or a relative clause's "have", a day some
article names as news (its naming sentences tell it), nor a copy's lead on another day. After these,
a day an article names within a week before its page (WEEK_REACH: "said Thursday" in a Sunday paper)."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.timeline import build_timeline

THURSDAY = "2024-04-25"


def page(text: str, published: str = THURSDAY, article_id: str = "000") -> Article:
    return Article(id=article_id, source="test", published=published, text=text)


# the seeds' 000 (its lead and the paragraph after it)
LANDED = page(
    "US Secretary of State Antony Blinken has landed in Beijing ahead of meetings with top Chinese "
    "officials.\n\nBeijing has not announced plans for Blinken to meet President Xi."
)


def test_a_perfect_lead_tells_its_pages_day() -> None:
    entries = build_timeline([LANDED], news_days=True)
    assert [(e.date, e.article_ids) for e in entries] == [(THURSDAY, ("000",))]
    assert entries[0].text.startswith("US Secretary of State Antony Blinken has landed in Beijing")


def test_no_entry_from_a_framed_modal_or_relative_perfect() -> None:
    # heap-10000 leads (train-788-0, train-989-1) and a made-up relative clause: a condition, a modal's
    # "have", a relative clause's perfect tell no act of the page's day
    for text in (
        "If credible intelligence sources confirm that North Korea has developed and can launch "
        "intercontinental missiles, we will have reached a crisis point requiring action.",
        "Over the weekend, you may have noticed a viral video featuring a smorgasbord of small local TV "
        "anchors recording the same exact message.",
        "Glioblastoma is the kind of brain tumour that has killed Ted Kennedy and Beau Biden over the years.",
    ):
        assert build_timeline([page(text)], news_days=True) == []


def test_a_copy_on_another_day_tells_the_same_news_once() -> None:
    # heap-10000 l3s_gn1-be1b13c9 and copy-000599-641074: one story on pages dated six days apart
    first = page(
        "Bollywood producer Sajid Nadiadwala has roped in none other than Hollywood stars Arnold "
        "Schwarzenegger and Beyonce Knowles to star in his next magnum opus 'Kambakth Ishq'.",
        "2022-07-10",
        "a",
    )
    copy = page(
        "Bollywood producer Sajid Nadiadwala has roped in none other than Hollywood stars Arnold "
        "Schwarzenegger and Beyonce Knowles to star in next his magnum opus 'Dawson Ishq'.",
        "2022-07-16",
        "b",
    )
    assert [e.date for e in build_timeline([first, copy], news_days=True)] == ["2022-07-10"]


def test_a_day_named_as_news_keeps_its_own_sentence() -> None:
    # made up: the Wednesday page names its day ("today"); the Thursday page's perfect lead comes after
    visit = page(
        "US Secretary of State Antony Blinken today embarked on a three-day visit to China.",
        "2024-04-24",
        "004",
    )
    entries = build_timeline([LANDED, visit], news_days=True)
    assert [(e.date, e.text[:60]) for e in entries] == [
        ("2024-04-24", "US Secretary of State Antony Blinken today embarked on a thr"),
        (THURSDAY, "US Secretary of State Antony Blinken has landed in Beijing a"),
    ]


def test_a_day_named_within_a_week_before_its_page() -> None:
    # heap-10000 e-ea2789b0499b's article (a Monday page): "on Tuesday" is six days back, past
    # REPORTING_LAG_DAYS; with a second article naming no day (made up) no day passes the length bar
    # and the timeline was empty (WEEK_REACH)
    florida = page(
        "Florida lawmakers on Tuesday declared pornography a health risk, and called for more research on its effects.",
        "2024-12-09",
        "f",
    )
    other = page("Lawmakers in several states are weighing similar resolutions.", "2024-12-09", "o")
    entries = build_timeline([florida, other], news_days=True)
    assert [(e.date, e.article_ids[0]) for e in entries] == [("2024-12-03", "f")]


def test_a_day_named_more_than_a_week_before_stays_out() -> None:
    # made up: "on March 2" in a page of March 20 recalls history, no news of the page
    old = page("Florida lawmakers on March 2 declared pornography a health risk.", "2024-03-20", "f")
    other = page("Lawmakers in several states are weighing similar resolutions.", "2024-03-20", "o")
    assert build_timeline([old, other], news_days=True) == []
