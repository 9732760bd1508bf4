"""A reader meets each statement once in an event's section (briefing10, session 29): a claim that
is a summary sentence word for word is left to the summary, which cites its articles (B9-2), and a
single-source claim that is an attributed quote of its article is left to Quotes (B9-3); each
claims list says how many it left out and where they are. Phrases from AllSides dev and heap-10000."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.records import Article, Claim, Quote, SummarySentence

IDS = ("a0", "a1", "a2")

# AllSides dev, event e-b4b437a54754: one summary sentence, a claim of three articles
RETRACTION = (
    "The New York Times, The Washington Post and NBC News walked back their reporting about the FBI’s "
    "communication with President Trump’s personal lawyer Rudy Giuliani regarding Russia."
)
# AllSides dev, event e-91e270bd9c51
THANKS = "I thank my Democratic colleagues for showing unity in solving this Republican-manufactured crisis"
THANKS_CLAIM = f"“{THANKS},” Schumer said."


def _write(tmp_path: Path, brief: EventBrief) -> tuple[str, str]:
    ev = brief.event
    story = StoryBrief(
        story=Story(id="s", title=ev.title, event_ids=(ev.id,), start=ev.start, end=ev.end), events=(brief,)
    )
    articles = [
        Article(id=a, source=f"{a}.txt", title=f"Report {a}", text="Text.", outlet=f"Outlet {a}") for a in IDS
    ]
    write_briefing(articles, [story], Counter(), tmp_path)
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    return md.split("## Articles")[0], page.split('<footer class="run"')[0]


def _brief(**parts: object) -> EventBrief:
    ev = Event(id="e-1", story_id="s", title="Retractions", start=None, end=None, article_ids=IDS, outlets=())
    return EventBrief(event=ev, **parts)  # type: ignore[arg-type]


def test_a_claim_that_is_a_summary_sentence_is_said_once_with_all_its_articles(tmp_path: Path) -> None:
    brief = _brief(
        summary=(SummarySentence(text=RETRACTION, article_ids=("a1",)),),
        claims=(Claim(text=RETRACTION, status="corroborated", article_ids=IDS),),
    )
    md, page = _write(tmp_path, brief)
    assert md.count("walked back their reporting") == 1
    assert "walked back their reporting about the FBI’s communication with President Trump’s personal lawyer Rudy Giuliani regarding Russia. [1][2][3]" in md  # fmt: skip
    assert "**Corroborated:** *1 said in the summary above*" in md
    assert page.count("walked back their reporting") == 1
    assert '<h5>Corroborated (1)</h5><p class="none">1 said in the summary above</p>' in page


def test_a_conflict_that_is_a_summary_sentence_keeps_its_values_side_by_side(tmp_path: Path) -> None:
    brief = _brief(
        summary=(SummarySentence(text=RETRACTION, article_ids=("a1",)),),
        claims=(
            Claim(
                text=RETRACTION,
                status="conflict",
                article_ids=IDS[:2],
                values={"a0": "NBC News", "a1": "CNN"},
            ),
        ),
    )
    md, _ = _write(tmp_path, brief)
    assert md.count("walked back their reporting") == 2
    assert "said in the summary" not in md


def test_a_single_source_quote_with_its_attribution_is_said_under_quotes(tmp_path: Path) -> None:
    brief = _brief(
        claims=(Claim(text=THANKS_CLAIM, status="single_source", article_ids=("a2",)),),
        quotes=(Quote(article_id="a2", quote=THANKS, speaker="Chuck Schumer", start=0, end=0),),
    )
    md, page = _write(tmp_path, brief)
    assert md.count("showing unity") == 1
    assert f"> “{THANKS}” — Chuck Schumer, Outlet a2 [3]" in md
    assert "**Single source:** *1 quoted under Quotes*" in md
    assert page.count("showing unity") == 1


# claims that say more than the quote they hold, or whose quote does not say who: they stay listed
KEPT = [
    pytest.param(  # an unattributed quote: only the claim's sentence says whose words they are
        "“Fear of discrimination can lead individuals to forgo care, which can have serious negative "
        "health consequences,” Secretary Xavier Becerra said in a statement.",
        "Fear of discrimination can lead individuals to forgo care, which can have serious negative health consequences",
        None,
        id="unattributed",
    ),
    pytest.param(  # a quote opening in lower case is a part of the reporter's sentence
        "In his Monday monologue, Carlson told his listeners that they should pay attention to Hungary “if "
        "you care about Western civilization, and democracy, and family — and the ferocious assault on all "
        "three of those things by leaders of our global institutions.”",
        "if you care about Western civilization, and democracy, and family — and the ferocious assault on "
        "all three of those things by leaders of our global institutions.",
        "Tucker Carlson",
        id="partial-quote",
    ),
    pytest.param(  # less than half of its words quoted: the vaccination figure is the claim's own
        "Despite the U.S. being on track to hit 160 million people fully vaccinated in the coming days, "
        "Biden said, millions remain unvaccinated against Covid, “and because of that, their communities "
        "are at risk.”",
        "And because of that, their communities are at risk.",
        "Joe Biden",
        id="half-quoted",
    ),
    pytest.param(  # heap-10000: a pull quote glued to the next; the first is in no quote of the list
        "Most of the mistakes and oversights at Macondo can be traced back to a single overarching failure - "
        'a failure of management " End Quote National Oil Spill Commission report " What we found was very '
        "limited oversight of these various activities and decisions , that the agency responsible in the "
        "Department of the Interior was understaffed , ( and ) did n't have the inspectors and technical "
        "analysts who were up to the task fully .",
        "What we found was very limited oversight of these various activities and decisions , that the agency "
        "responsible in the Department of the Interior was understaffed , ( and ) did n't have the inspectors "
        "and technical analysts who were up to the task fully .",
        "National Oil Spill Commission",
        id="glued-pull-quote",
    ),
]


@pytest.mark.parametrize(("claim", "quote", "speaker"), KEPT)
def test_a_claim_saying_more_than_its_quote_stays_listed(
    tmp_path: Path, claim: str, quote: str, speaker: str | None
) -> None:
    brief = _brief(
        claims=(Claim(text=claim, status="single_source", article_ids=("a0",)),),
        quotes=(Quote(article_id="a0", quote=quote, speaker=speaker, start=0, end=0),),
    )
    md, _ = _write(tmp_path, brief)
    assert "quoted under Quotes" not in md
    assert f"- {claim} [1]" in md


def test_the_quote_of_another_article_leaves_the_claim_listed(tmp_path: Path) -> None:
    brief = _brief(
        claims=(Claim(text=THANKS_CLAIM, status="single_source", article_ids=("a2",)),),
        quotes=(Quote(article_id="a0", quote=THANKS, speaker="Chuck Schumer", start=0, end=0),),
    )
    md, _ = _write(tmp_path, brief)
    assert f"- {THANKS_CLAIM} [3]" in md
