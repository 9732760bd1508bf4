"""briefing.md / briefing.html read as an analyst reads them (briefing20): the most reported
statements and claims first in both files, an article without a headline named by its opening
words, the copies of an event's articles and its outlets of unknown name said in both files, and
a story's size in articles."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.output.briefs import article_heading
from newsprism.records import Article, Claim, Entity, Quote

TEXT = (
    "Officials met on Monday to discuss the trade talks between the two countries. They agreed to meet again."
)


def _article(aid: str, outlet: str | None, title: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", title=title, text=TEXT, published="2024-04-25", outlet=outlet)


def _write(
    tmp_path: Path, brief: EventBrief, articles: list[Article], copies: dict[str, str] | None = None
) -> tuple[str, str]:
    ev = brief.event
    story = StoryBrief(
        story=Story(id="s", title=ev.title, event_ids=(ev.id,), start=ev.start, end=ev.end), events=(brief,)
    )
    write_briefing(articles, [story], Counter(), tmp_path, duplicate_of=copies or {})
    return (tmp_path / "briefing.md").read_text(encoding="utf-8"), (tmp_path / "briefing.html").read_text(
        encoding="utf-8"
    )


def _event(ids: tuple[str, ...], outlets: tuple[str, ...] = ()) -> Event:
    return Event(
        id="e",
        story_id="s",
        title="Talks",
        start="2024-04-25",
        end="2024-04-25",
        article_ids=ids,
        outlets=outlets,
    )


def test_quotes_most_reported_and_attributed_first(tmp_path: Path) -> None:
    # an unattributed fragment first in its article, then a statement two outlets report
    quotes = (
        Quote(article_id="a", quote="China should ensure that this support stops", speaker=None, start=0, end=1),
        Quote(article_id="a", quote="We will not give up on these talks", speaker="Ann Lee", start=2, end=3),
        Quote(article_id="a", quote="It was more embarrassing than intentional", speaker="Joe Biden", start=4, end=5,
              statement="q1"),
        Quote(article_id="b", quote="more embarrassing than intentional, I think", speaker="Joe Biden", start=0,
              end=1, statement="q1"),
    )  # fmt: skip
    brief = EventBrief(event=_event(("a", "b")), quotes=quotes)
    shown = [q.quote for q, _ in brief.statements()]
    assert shown == [quotes[2].quote, quotes[1].quote, quotes[0].quote]
    text, page = _write(tmp_path, brief, [_article("a", "Reuters"), _article("b", "AP")])
    for doc in (text, page):
        spots = [doc.index(q.quote) for q in (quotes[2], quotes[1], quotes[0])]
        assert spots == sorted(spots)


def test_a_quote_in_an_article_and_its_copy_is_one_report() -> None:
    quotes = (
        Quote(article_id="a", quote="Copied words of the minister here", speaker="Ann Lee", start=0, end=1,
              statement="q1"),
        Quote(article_id="c", quote="Copied words of the minister here", speaker="Ann Lee", start=0, end=1,
              statement="q1"),
        Quote(article_id="b", quote="Two outlets report this one statement", speaker="Bo Li", start=0, end=1,
              statement="q2"),
        Quote(article_id="a", quote="Two outlets report this one statement", speaker="Bo Li", start=3, end=4,
              statement="q2"),
    )  # fmt: skip
    brief = EventBrief(event=_event(("a", "b", "c")), quotes=quotes)
    assert [q.statement for q, _ in brief.statements({"c": "a"})] == ["q2", "q1"]


def test_markdown_lists_claims_most_corroborated_first_as_the_page_does(tmp_path: Path) -> None:
    claims = (
        Claim(text="Two outlets say the talks began.", status="corroborated", article_ids=("a", "b")),
        Claim(text="Three outlets say the talks ended.", status="corroborated", article_ids=("a", "b", "c")),
    )
    brief = EventBrief(event=_event(("a", "b", "c")), claims=claims)
    text, page = _write(tmp_path, brief, [_article(x, x.upper()) for x in "abc"])
    for doc in (text, page):
        assert doc.index("Three outlets say") < doc.index("Two outlets say")


def test_an_article_without_headline_is_named_by_its_opening(tmp_path: Path) -> None:
    art = _article("12_8ecbplus", None)
    assert (
        article_heading(art) == "Officials met on Monday to discuss the trade talks between the two countries"
    )
    long = Article(id="x", source="x", text="WASHINGTON — Representative Raúl R. Labrador, a Republican of Idaho who "
                   "has barely served two terms in Congress, jumped into the race on Friday.")  # fmt: skip
    assert (
        article_heading(long)
        == "WASHINGTON — Representative Raúl R. Labrador, a Republican of Idaho who has barely served …"
    )
    assert article_heading(_article("t", None, title="A headline")) == "A headline"
    assert article_heading(Article(id="empty", source="empty", text="")) == "empty"
    text, page = _write(tmp_path, EventBrief(event=_event(("12_8ecbplus",))), [art])
    assert "[1] Officials met on Monday" in text
    assert re.search(r'class="title">Officials met on Monday', page)
    assert "### [1] Officials met on Monday" in text


def test_copies_and_unknown_outlets_in_the_event_line_of_both_files(tmp_path: Path) -> None:
    arts = [_article("a", "Tribune"), _article("b", None), _article("c", None)]
    brief = EventBrief(event=_event(("a", "b", "c"), outlets=("Tribune",)))
    text, page = _write(tmp_path, brief, arts, copies={"c": "b"})
    for doc in (text, page):
        assert "25 Apr 2024 · Tribune and 2 articles of unknown outlet · 3 articles · 1 copy" in doc


def test_story_line_says_how_many_articles(tmp_path: Path) -> None:
    arts = [_article("a", "Tribune"), _article("b", "AP")]
    text, page = _write(tmp_path, EventBrief(event=_event(("a", "b"), outlets=("AP", "Tribune"))), arts)
    for doc in (text, page):
        assert "25 Apr 2024 · 1 event · 2 articles" in doc


def test_a_speaker_is_named_as_the_events_people_list_names_them(tmp_path: Path) -> None:
    entities = (
        Entity(
            name="Joe Biden",
            type="person",
            role=None,
            article_ids=("a",),
            aliases=("Biden", "President Biden"),
        ),
        Entity(name="Hunter Biden", type="person", role=None, article_ids=("a",), aliases=("Hunter",)),
        Entity(
            name="Jill Biden", type="person", role=None, article_ids=("a",), aliases=("Jill", "Dr. Biden")
        ),
        Entity(name="Ann Biden", type="person", role=None, article_ids=("a",), aliases=("Dr. Biden",)),
    )
    quotes = (
        Quote(article_id="a", quote="We will finish this job together", speaker="Biden", start=0, end=1),
        Quote(article_id="a", quote="Nobody told me about it then", speaker="Dr. Biden", start=2, end=3),
    )
    brief = EventBrief(event=_event(("a",)), entities=entities, quotes=quotes)
    assert brief.speaker_names() == {"Biden": "Joe Biden", "President Biden": "Joe Biden", "Hunter": "Hunter Biden",
                                     "Jill": "Jill Biden"}  # fmt: skip
    text, page = _write(tmp_path, brief, [_article("a", "AP")])
    for doc in (text, page):
        assert "— Joe Biden, AP" in doc and "— Dr. Biden, AP" in doc  # an alias of two people stays as quoted
