"""A reader meets each date and statement once in a story (briefing11, session 30): an event's
timeline lists only the dates its story's timeline above does not give, and counts the others
(B9-1); a summary sentence that is a quote with its speaker is not listed again under Quotes
(B10-1), nor a corroborated claim whose quote Quotes lists with each of its articles (B10-3).
Phrases from heap-10000 and AllSides dev."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.records import Article, Claim, Entity, Quote, SummarySentence, TimelineEntry

IDS = ("a0", "a1", "a2", "a3")

EXPLOSION = TimelineEntry(
    date="2010-04-20",
    text="Oil has been spewing since the rig Deepwater Horizon exploded April 20, killing 11 people.",
    article_ids=("a0", "a2"),
)
TESTS = TimelineEntry(
    date="2010-07-13",
    text="BP plans to start tests Tuesday, gradually shutting the valves to see if the oil stops.",
    article_ids=("a1",),
)
# the same day as EXPLOSION, another happening told of it: not a repeat
RESPONSE = TimelineEntry(
    date="2010-04-20",
    text="The federal response to the spill has fluctuated since the April 20 oil rig explosion.",
    article_ids=("a3",),
)


def _event(eid: str, ids: tuple[str, ...], timeline: tuple[TimelineEntry, ...]) -> EventBrief:
    ev = Event(id=eid, story_id="s", title=f"Event {eid}", start="2010-04-20", end="2010-07-13",
               article_ids=ids, outlets=())  # fmt: skip
    return EventBrief(event=ev, timeline=timeline)


def _write(tmp_path: Path, story: StoryBrief) -> tuple[str, str]:
    articles = [Article(id=a, source=f"{a}.txt", title=f"Report {a}", text="Text.", outlet="AP") for a in IDS]
    write_briefing(articles, [story], Counter(), tmp_path)
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    return md.split("## Articles")[0], page.split('<footer class="run"')[0]


def _story(*events: EventBrief, timeline: tuple[TimelineEntry, ...]) -> StoryBrief:
    return StoryBrief(
        story=Story(
            id="s",
            title="Gulf oil spill",
            event_ids=tuple(b.event.id for b in events),
            start="2010-04-20",
            end="2010-07-13",
        ),  # fmt: skip
        events=events,
        timeline=timeline,
    )


def test_an_event_timeline_the_story_timeline_holds_is_counted_not_repeated(tmp_path: Path) -> None:
    story = _story(
        _event("e-1", ("a0", "a1"), (EXPLOSION, TESTS)),
        _event("e-2", ("a2", "a3"), (EXPLOSION, RESPONSE)),
        timeline=(EXPLOSION, TESTS),
    )
    md, page = _write(tmp_path, story)
    # the story's two dates once, then the first event's line for them; the second event lists
    # its other happening of 20 April and counts the one above
    assert md.count("Oil has been spewing") == 1 and md.count("BP plans to start tests") == 1
    assert page.count('<span class="tl-when">20 Apr 2010</span>Oil has been spewing') == 1
    assert "**Timeline:** *2 dates in the story timeline above*" in md
    assert "The federal response to the spill" in md and "*and 1 more date in the story timeline above*" in md
    assert page.count('<svg class="timeline"') == 2  # the story's and the second event's
    assert '<p class="none">2 dates in the story timeline above</p>' in page
    assert '<p class="none">and 1 more date in the story timeline above</p>' in page


def test_a_story_of_one_event_keeps_its_event_timeline(tmp_path: Path) -> None:
    # the story timeline is not shown where its event's holds every date (StoryBrief.shown_timeline)
    story = _story(_event("e-1", IDS, (EXPLOSION, RESPONSE)), timeline=(EXPLOSION,))
    md, page = _write(tmp_path, story)
    assert "**Story timeline**" not in md
    assert md.count("Oil has been spewing") == 1 and "The federal response" in md
    assert "story timeline above" not in md and "story timeline above" not in page


# --- a statement the summary quotes with its speaker (B10-1), a corroborated quote (B10-3) -------

IDS2 = ("a0", "a1", "a2")


def _quote(article: str, words: str, speaker: str | None, statement: str = "st-1") -> Quote:
    return Quote(article_id=article, quote=words, speaker=speaker, start=0, end=0, statement=statement)


def _one_event(tmp_path: Path, **parts: object) -> tuple[str, str]:
    ev = Event(
        id="e-1", story_id="s", title="Afghanistan", start=None, end=None, article_ids=IDS2, outlets=()
    )
    brief = EventBrief(event=ev, **parts)  # type: ignore[arg-type]
    story = StoryBrief(story=Story(id="s", title="Afghanistan", event_ids=("e-1",), start=None, end=None),
                       events=(brief,))  # fmt: skip
    articles = [
        Article(id=a, source=f"{a}.txt", title=f"Report {a}", text="Text.", outlet=f"Outlet {a}")
        for a in IDS2
    ]
    write_briefing(articles, [story], Counter(), tmp_path)
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    return md.split("## Articles")[0], page.split('<footer class="run"')[0]


def test_a_summary_sentence_that_is_a_quote_with_its_speaker_is_not_quoted_again(tmp_path: Path) -> None:
    # AllSides dev e-044490cb5b44: the sentence is the quote and names the speaker
    md, page = _one_event(
        tmp_path,
        summary=(SummarySentence(text="“They were playing with fire,” said McCaul.", article_ids=("a0",)),),
        quotes=(
            _quote("a0", "They were playing with fire", "Michael McCaul"),
            _quote("a1", "They were playing with fire", "Michael McCaul"),
        ),  # fmt: skip
    )
    assert md.count("playing with fire") == 1 and page.count("playing with fire") == 1
    assert "“They were playing with fire,” said McCaul. [1][2]" in md  # the quoting articles cited
    assert "**Quotes:** *1 quoted in the summary above*" in md
    assert '<h4>Quotes</h4><p class="none">1 quoted in the summary above</p>' in page


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # the name is the quote's own word, not the sentence's: Quotes says who ("he", heap-10000)
        ("“If Barack Obama Were A Country, He’d Be Belgium,” he said recently.",
         "If Barack Obama Were A Country, He’d Be Belgium", "Barack Obama"),
        # a few words quoted in the reporter's sentence (heap-10000)
        ("President Trump on Friday said he is “closely monitoring” the approach of an expected Category 3 "
         "hurricane in the Gulf of Mexico.", "closely monitoring the approach", "Trump"),
    ],
)  # fmt: skip
def test_a_summary_sentence_not_wholly_a_named_quote_leaves_it_under_quotes(
    tmp_path: Path, sentence: str, words: str, speaker: str
) -> None:
    md, _ = _one_event(
        tmp_path,
        summary=(SummarySentence(text=sentence, article_ids=("a0",)),),
        quotes=(_quote("a0", words, speaker),),
    )
    assert f"> “{words}” — {speaker}" in md and "quoted in the summary above" not in md


# AllSides dev e-3b4b6f38e1ca
CAPITO = "Senate Republicans continue to negotiate in good faith"
CAPITO_CLAIM = f"“{CAPITO},” Capito told a news conference."


def test_a_corroborated_claim_that_quotes_listed_with_all_its_articles_hold_is_left_to_them(
    tmp_path: Path,
) -> None:
    md, page = _one_event(
        tmp_path,
        claims=(Claim(text=CAPITO_CLAIM, status="corroborated", article_ids=("a0", "a1")),),
        quotes=(_quote("a0", CAPITO, "Shelley Moore Capito"), _quote("a1", CAPITO, "Shelley Moore Capito")),
    )
    assert md.count("negotiate in good faith") == 1
    assert "**Corroborated:** *1 quoted under Quotes*" in md
    assert f"> “{CAPITO}” — Shelley Moore Capito, Outlet a0, Outlet a1 [1][2]" in md
    assert '<h5>Corroborated (1)</h5><p class="none">1 quoted under Quotes</p>' in page


def test_a_corroborated_claim_stays_where_quotes_miss_an_outlet_or_show_other_words(tmp_path: Path) -> None:
    # one of three outlets quotes it in other words, another statement (AllSides dev, Cardona): the
    # claim is the one line that shows that outlet carries it
    md, _ = _one_event(
        tmp_path,
        claims=(Claim(text=CAPITO_CLAIM, status="corroborated", article_ids=IDS2),),
        quotes=(_quote("a0", CAPITO, "Capito"), _quote("a1", CAPITO, "Capito"), _quote("a2", "We keep negotiating in good faith", "Capito", "st-2")),
    )  # fmt: skip
    assert md.count(CAPITO_CLAIM) == 1
    # the statement is first worded otherwise (heap-10000: Salazar's "push them out of the way" took
    # Allen's words): under Quotes none of the claim's words would be shown
    allen = "Allen observed: “To push BP out of the way, it would raise a question: Replace them with what?”"
    md, _ = _one_event(
        tmp_path,
        claims=(Claim(text=allen, status="corroborated", article_ids=("a0", "a1")),),
        quotes=(_quote("a2", "push them out of the way", "Ken Salazar"),
                _quote("a0", "To push BP out of the way, it would raise a question: Replace them with what?", "Ken Salazar"),
                _quote("a1", "To push BP out of the way, it would raise a question: Replace them with what?", "Ken Salazar")),
    )  # fmt: skip
    assert f"- {allen} [1][2]" in md


# --- an untitled story of several events says what it is (B9-8) ------------------------------------


def _untitled_story(names_per_event: list[list[str]], outlets: tuple[str, ...] = ()) -> StoryBrief:
    events = tuple(
        EventBrief(
            event=Event(
                id=f"e-{k}",
                story_id="s",
                title=None,
                start=None,
                end=None,
                article_ids=(f"a{k}",),
                outlets=outlets,
            ),  # fmt: skip
            summary=(SummarySentence(text=f"Event {k} happened to {names[0]}.", article_ids=(f"a{k}",)),),
            entities=tuple(Entity(name=n, type="place", role=None, article_ids=(f"a{k}",)) for n in names),
        )
        for k, names in enumerate(names_per_event)
    )
    story = Story(id="s", title=None, event_ids=tuple(b.event.id for b in events), start=None, end=None)
    return StoryBrief(story=story, events=events)


def test_an_untitled_story_of_several_events_is_headed_by_what_it_is_and_its_shared_names() -> None:
    # heap-10000's 14-event Gulf spill story was headed "Along with Homeland Security Secretary ..."
    story = _untitled_story(
        [["Gulf of Mexico", "Louisiana", "Reuters", "Janet Napolitano"], ["Louisiana", "Gulf of Mexico", "Reuters"],
         ["Gulf of Mexico", "Deepwater Horizon", "Reuters"], ["Deepwater Horizon", "Gulf of Mexico", "Louisiana"]],
        outlets=("reuters",),
    )  # fmt: skip
    # named by all four events, then three, then two (not more than half: left out); Reuters is the
    # outlet's credit line
    assert story.heading == "Story of 4 events: Gulf of Mexico, Louisiana"


def test_an_untitled_story_of_two_events_keeps_its_first_event_heading() -> None:
    story = _untitled_story([["Philadelphia 76ers", "Portland"], ["Philadelphia 76ers", "Portland"]])
    assert story.heading == "Event 0 happened to Philadelphia 76ers"
    # no name more than half its events share: the heading of one of its events (the central one,
    # B11-1; briefing13)
    story = _untitled_story([["Oregon"], ["Woodburn"], ["ATF"]])
    assert story.heading in {b.heading for b in story.events}
