"""What reading heap-10000's briefing showed wrong (briefing23): briefing.md listed every entity of
an event on one line (the BP hearing event: 55 people, 1,800 characters, 45 named by one article),
and a heading cut from tokenised text ("In a 30-minute phone call , the US president ...") took
the lone comma for a word and stopped at a five-word lead-in."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.output.briefs import ENTITIES_SHOWN, entity_section, summary_heading
from newsprism.records import Article, Entity, SummarySentence, TimelineEntry

IDS = ("a0", "a1", "a2", "a3")
TEXT = "Lawmakers questioned BP executives on Thursday about the blowout of the well in the Gulf."
# heap-10000's hearing event: a few members named by several articles, many by one
SHARED = ("Tony Hayward", "Barack Obama", "Joe Barton")
ONCE = tuple(
    f"{first} {last}"
    for first, last in zip(
        ("Betty", "Bruce", "Cliff", "Diana", "Donna", "Eliot", "Mike", "Natalie", "Parker", "Phil", "Steve"),
        (
            "Sutton",
            "Braley",
            "Stearns",
            "DeGette",
            "Christensen",
            "Engel",
            "Doyle",
            "Roshto",
            "Griffith",
            "Gingrey",
            "Scalise",
        ),
        strict=True,
    )
)


def _write(tmp_path: Path, entities: tuple[Entity, ...], copies: dict[str, str]) -> tuple[str, str]:
    ev = Event(
        id="e-hearing",
        story_id="s",
        title="BP hearing",
        start="2010-06-17",
        end="2010-06-17",
        article_ids=IDS,
        outlets=("guardian", "bbc"),
    )
    brief = EventBrief(event=ev, entities=entities)
    story = StoryBrief(
        story=Story(id="s", title="BP hearing", event_ids=(ev.id,), start=ev.start, end=ev.end),
        events=(brief,),
    )
    articles = [
        Article(
            id=a, source=f"{a}.txt", title=f"Hearing {a}", text=TEXT, published="2010-06-17", outlet="bbc"
        )
        for a in IDS
    ]
    write_briefing(articles, [story], Counter(), tmp_path, duplicate_of=copies)
    return (
        (tmp_path / "briefing.md").read_text(encoding="utf-8"),
        (tmp_path / "briefing.html").read_text(encoding="utf-8"),
    )


def _people_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("**People:**"))


def test_markdown_lists_every_shared_name_and_counts_the_names_of_one_article(tmp_path: Path) -> None:
    people = tuple(Entity(name=n, type="person", role=None, article_ids=IDS[:2]) for n in SHARED) + tuple(
        Entity(name=n, type="person", role=None, article_ids=(IDS[k % 4],)) for k, n in enumerate(ONCE)
    )
    text, page = _write(tmp_path, people, {})
    line = _people_line(text)
    assert all(name in line for name in SHARED)
    shown = [n for n in ONCE if n in line]
    assert len(shown) == ENTITIES_SHOWN - len(SHARED)
    rest = len(ONCE) - len(shown)
    assert line.endswith(f"*and {rest} more, each named by one article: events.jsonl, event e-hearing*")
    # the page still holds every name (the rest under its fold)
    assert all(n in page for n in ONCE + SHARED)


def test_a_copy_is_not_a_second_report_of_a_name(tmp_path: Path) -> None:
    # a1 is a copy of a0: a name in both is named by one report, and one that two outlets name
    # comes first in both files
    copied = Entity(name="Aaron Copied", type="person", role=None, article_ids=(IDS[0], IDS[1]))
    reported = Entity(name="Zoe Reported", type="person", role=None, article_ids=(IDS[0], IDS[2]))
    once = tuple(Entity(name=n, type="person", role=None, article_ids=(IDS[3],)) for n in ONCE)
    text, page = _write(tmp_path, (copied, reported, *once), {IDS[1]: IDS[0]})
    line = _people_line(text)
    assert line.index("Zoe Reported") < line.index("Aaron Copied")
    assert page.index("Zoe Reported") < page.index("Aaron Copied")
    assert f"*and {len(ONCE) + 2 - ENTITIES_SHOWN} more, each named by one article" in line


def test_a_short_list_is_listed_whole(tmp_path: Path) -> None:
    people = tuple(
        Entity(name=n, type="person", role=None, article_ids=(IDS[0],)) for n in ONCE[: ENTITIES_SHOWN + 1]
    )
    text, _ = _write(tmp_path, people, {})
    line = _people_line(text)
    # one more than shown would take the line that "and 1 more" takes: every name is listed
    assert all(n in line for n in ONCE[: ENTITIES_SHOWN + 1]) and "more, each named" not in line


def test_heading_of_tokenised_text_joins_lone_commas() -> None:
    # heap-10000, the Gulf spill story's event of the Obama-Cameron call (summary's first sentence)
    first = (
        "In a 30-minute phone call , the US president took the extraordinary step of insisting he had "
        "not been trying to undermine the value of BP when criticising the company ."
    )
    heading = summary_heading([SummarySentence(text=first, article_ids=("a0",))])
    # its lead-in "In a 30-minute phone call ," is left out (briefing9, session 29); the comma was one word
    assert heading == "The US president took the extraordinary step of insisting he had not been trying …"
    clause = "Executives of BP America , which owned the well , told the panel on Wednesday that the preventer had failed ."
    assert summary_heading([SummarySentence(text=clause, article_ids=("a0",))]) == (
        "Executives of BP America, which owned the well …"
    )


def test_a_description_of_people_is_a_group_and_a_name_stays_other() -> None:
    # the seeds' Blinken event lists "Chinese officials" and "US leaders" (typed other) beside
    # "Pacific Naval Symposium"; heap-10000: "Republican lawmakers", "House leadership"
    def other(name: str) -> Entity:
        return Entity(name=name, type="other", role=None, article_ids=("a0",))

    for name in ("Chinese officials", "US leaders", "Republican lawmakers", "House leadership", "police"):
        assert entity_section(other(name)) == "group", name
    for name in ("Pacific Naval Symposium", "Deepwater Horizon", "Saud al-Qahtani", "MeToo", ""):
        assert entity_section(other(name)) == "other", name
    assert entity_section(Entity(name="Gulf officials", type="organization", role=None, article_ids=())) == (
        "organization"
    )


def _timeline_story(
    tmp_path: Path, story_dates: tuple[str, ...], title: str | None = "Gulf spill"
) -> tuple[str, str]:
    # heap-10000, the Gulf spill: a one-event story whose timeline is its event's
    entries = {
        "2010-04-20": "The Deepwater Horizon rig exploded on 20 April, killing 11 workers.",
        "2010-04-22": "The rig sank off Louisiana on Thursday.",
        "2010-04-29": "Five times more oil a day than believed is spewing into the Gulf.",
    }
    timeline = tuple(TimelineEntry(date=d, text=entries[d], article_ids=("a0",)) for d in sorted(entries)[:2])
    ev = Event(
        id="e-rig", story_id="s", title="Rig sinks", start="2010-04-22", end="2010-04-22",
        article_ids=("a0",), outlets=("bbc",),
    )  # fmt: skip
    brief = EventBrief(event=ev, timeline=timeline)
    story = StoryBrief(
        story=Story(id="s", title=title, event_ids=(ev.id,), start=ev.start, end=ev.end),
        events=(brief,),
        timeline=tuple(TimelineEntry(date=d, text=entries[d], article_ids=("a0",)) for d in story_dates),
    )
    art = Article(
        id="a0", source="a0.txt", title="Rig sinks", text=TEXT, published="2010-04-22", outlet="bbc"
    )
    write_briefing([art], [story], Counter(), tmp_path)
    return (
        (tmp_path / "briefing.md").read_text(encoding="utf-8"),
        (tmp_path / "briefing.html").read_text(encoding="utf-8"),
    )


def test_a_story_of_one_event_does_not_repeat_its_events_timeline(tmp_path: Path) -> None:
    text, page = _timeline_story(tmp_path, ("2010-04-20", "2010-04-22"))
    assert "Story timeline" not in text and "Story timeline" not in page
    assert text.count("The rig sank off Louisiana on Thursday.") == 1  # under the event's Timeline
    assert page.count('<figure class="tl">') == 1  # one timeline (its chart and list)
    assert "**Timeline:**" in text and "<h4>Timeline</h4>" in page


def test_a_story_timeline_with_a_date_of_its_own_is_shown(tmp_path: Path) -> None:
    text, page = _timeline_story(tmp_path, ("2010-04-20", "2010-04-29"))
    assert "**Story timeline**" in text and "<h4>Story timeline</h4>" in page
    assert "29 Apr 2010: Five times more oil" in text


def test_the_heading_of_a_storys_only_event_is_not_repeated(tmp_path: Path) -> None:
    # heap-10000: "## Gary Ross in negotiations to direct 'Hunger Games' sequel" then the same
    # line as its only event's "### " heading; the event's own line (outlets) stays
    text, page = _timeline_story(tmp_path, (), title=None)  # the story is headed by its event
    assert "### Rig sinks" not in text and "## Gulf spill" not in text
    assert "## Rig sinks\n\n*22 Apr 2010 · 1 event · 1 article*\n\n*22 Apr 2010 · bbc · 1 article*" in text
    assert "<h3>" not in page and '<section class="event" id="e1-1"' in page


def test_an_event_headed_otherwise_keeps_its_heading(tmp_path: Path) -> None:
    people = (Entity(name="Tony Hayward", type="person", role=None, article_ids=("a0",)),)
    text, page = _write(tmp_path, people, {})  # story and event both "BP hearing": one heading
    assert "### BP hearing" not in text
    ev = EventBrief(
        event=Event(
            id="e-2", story_id="s", title="Hayward testifies", start="2010-06-17", end="2010-06-17",
            article_ids=("a0",), outlets=("bbc",),
        ),
    )  # fmt: skip
    story = StoryBrief(
        story=Story(id="s", title="BP hearing", event_ids=("e-2",), start=None, end=None), events=(ev,)
    )
    art = Article(id="a0", source="a0.txt", title="Hearing", text=TEXT, published="2010-06-17", outlet="bbc")
    write_briefing([art], [story], Counter(), tmp_path)
    assert "### Hayward testifies" in (tmp_path / "briefing.md").read_text(encoding="utf-8")
    assert "<h3>Hayward testifies</h3>" in (tmp_path / "briefing.html").read_text(encoding="utf-8")
