"""A claim whose statement Quotes leaves to the summary is said in the summary, not "quoted under
Quotes": the two counts pointed at each other and the statement was shown nowhere else (briefing13,
session 32; phrases from AllSides dev e-6011df9a3a41)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from newsprism.output.briefing import write_briefing
from newsprism.output.briefs import StoryBrief
from newsprism.records import Article, Claim, Entity, SummarySentence
from test_briefing11_once import _one_event, _quote
from test_summary31_story_heading import SUMMARIES, _story

IDS = ("a0", "a1")
BIDEN = "My Administration is committed to expanding access to quality, affordable healthcare"


def test_a_claim_whose_statement_the_summary_quotes_is_counted_with_the_summary(tmp_path: Path) -> None:
    md, page = _one_event(
        tmp_path,
        summary=(SummarySentence(text=f"“{BIDEN},” Biden said in a statement.", article_ids=("a0",)),),
        claims=(
            Claim(text=f"“{BIDEN},” Biden's proclamation states.", status="corroborated", article_ids=IDS),
        ),
        quotes=(_quote("a0", BIDEN, "Biden"), _quote("a1", BIDEN, "Biden")),
    )
    assert md.count("committed to expanding") == 1 and page.count("committed to expanding") == 1
    assert f"“{BIDEN},” Biden said in a statement. [1][2]" in md  # every outlet cited there
    assert "**Corroborated:** *1 said in the summary above*" in md
    assert "**Quotes:** *1 quoted in the summary above*" in md
    assert "under Quotes" not in md and "under Quotes" not in page


def test_a_claim_whose_statement_quotes_lists_is_still_left_to_quotes(tmp_path: Path) -> None:
    # the summary says something else: Quotes shows the statement, and the claim is counted there
    md, _ = _one_event(
        tmp_path,
        summary=(SummarySentence(text="Biden revoked a 2019 proclamation on Friday.", article_ids=("a0",)),),
        claims=(
            Claim(text=f"“{BIDEN},” Biden's proclamation states.", status="corroborated", article_ids=IDS),
        ),
        quotes=(_quote("a0", BIDEN, "Biden"), _quote("a1", BIDEN, "Biden")),
    )
    assert md.count("committed to expanding") == 1
    assert "**Corroborated:** *1 quoted under Quotes*" in md


# --- an untitled story of 3+ events is headed by its central event, unless that is the first ---


def _named(story: StoryBrief, names: tuple[str, ...]) -> StoryBrief:
    """The story with each event naming `names` (the names the story's heading falls back on)."""
    events = tuple(
        replace(
            b,
            entities=tuple(
                Entity(name=n, type="place", role=None, article_ids=b.event.article_ids) for n in names
            ),
        )
        for b in story.events
    )
    return replace(story, events=events)


def test_an_untitled_story_is_headed_by_its_central_event_not_by_names_alone() -> None:
    # B11-1: "Story of 4 events: BP, Gulf of Mexico" said only who and where; the lawsuit is what happened
    story = _named(_story(SUMMARIES), ("BP", "Gulf of Mexico"))
    assert story.heading == story.events[1].heading != story.events[0].heading


def test_a_central_first_event_leaves_the_story_its_names_so_no_heading_is_printed_twice(
    tmp_path: Path,
) -> None:
    # heap-10000 s-747e2bbd02e8: the first event central, its heading right under the story's
    story = _named(_story([SUMMARIES[1], SUMMARIES[2], SUMMARIES[0], SUMMARIES[3]]), ("BP", "Gulf of Mexico"))
    assert story.heading == "Story of 4 events: BP, Gulf of Mexico"
    articles = [
        Article(id=f"a{k}", source=f"a{k}.txt", title="", text="Text.", outlet="Outlet") for k in range(4)
    ]
    write_briefing(articles, [story], Counter(), tmp_path)
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    headings = [line.lstrip("#").strip() for line in md.splitlines() if line.startswith(("## ", "### "))]
    assert headings.count(story.events[0].heading) == 1
