"""summary31: the event that best stands for its story (summarise.headlines.central_event), whose
heading can head a story without a title (briefing12's B11-1: "Story of 4 events: BP, Gulf of
Mexico, US" says only where and who)."""

from __future__ import annotations

from newsprism.corpus import Event, Story
from newsprism.output.briefs import EventBrief, StoryBrief
from newsprism.records import SummarySentence
from newsprism.summarise.headlines import central_event

SUMMARIES = [
    "BP chief executive Tony Hayward faced angry lawmakers at a hearing in Washington .",
    "The US government sued BP over the Gulf of Mexico oil spill , seeking billions in damages .",
    "BP said it would fight the US lawsuit over the oil spill in the Gulf of Mexico .",
    "The US lawsuit against BP over the Gulf of Mexico spill names eight other companies .",
]


def _sentences(texts: list[str]) -> list[list[SummarySentence]]:
    return [[SummarySentence(text=t, article_ids=(f"a{k}",))] for k, t in enumerate(texts)]


def test_the_event_that_says_most_of_what_the_others_say_is_central() -> None:
    # the lawsuit's three events share "US", "sue/lawsuit", "BP", "Gulf of Mexico", "spill": the
    # hearing shares little; of the three, the one holding most of the others' words
    assert central_event(_sentences(SUMMARIES)) == 1


def test_an_events_title_counts_with_its_summary() -> None:
    summaries = _sentences(["Officials met on Monday .", "Officials met again on Tuesday ."])
    titles = [None, "US sues BP over Gulf of Mexico oil spill"]
    assert central_event([*summaries, *_sentences(SUMMARIES[1:2])], [*titles, None]) in (1, 2)
    assert central_event([], []) is None


def test_among_equals_the_event_most_articles_back_then_the_first() -> None:
    same = "BP agreed to pay $20bn into a fund for the spill's victims ."
    summaries = [
        [SummarySentence(text=same, article_ids=("a",))],
        [SummarySentence(text=same, article_ids=("b", "c"))],
    ]
    assert central_event(summaries) == 1
    assert central_event(summaries[:1] * 2) == 0


def _story(texts: list[str]) -> StoryBrief:
    events = tuple(
        EventBrief(
            event=Event(
                id=f"e-{k}",
                story_id="s",
                title=None,
                start=None,
                end=None,
                article_ids=(f"a{k}",),
                outlets=(),
            ),
            summary=(SummarySentence(text=t, article_ids=(f"a{k}",)),),
        )
        for k, t in enumerate(texts)
    )
    return StoryBrief(
        story=Story(id="s", title=None, event_ids=tuple(b.event.id for b in events), start=None, end=None),
        events=events,
    )


def test_an_untitled_story_is_headed_by_its_central_events_heading() -> None:
    story = _story(SUMMARIES)
    assert story.heading == story.events[1].heading
