"""briefing.html cites an exact copy once (robust24): a heap of daily crawls holds one page dozens
of times, and each copy's own citation mark (a link with its title) made 120,000 of the 180,000
links of a 29,017-document heap's page, 24 MB of its 42. Each copy keeps its entry among the
sources: no source is lost from the page."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.output.briefs import CITES_SHOWN
from newsprism.records import Article, SummarySentence

TEXT = "Lawmakers questioned BP executives on Thursday about the blowout of the well in the Gulf."
REWRITTEN = "BP executives were questioned by lawmakers on Thursday about the Gulf well blowout."


def _page(tmp_path: Path, texts: dict[str, str], copies: dict[str, str], cited: tuple[str, ...]) -> str:
    ids = tuple(texts)
    ev = Event(
        id="e-1",
        story_id="s",
        title="BP hearing",
        start="2010-06-17",
        end="2010-06-17",
        article_ids=ids,
        outlets=(),
    )
    brief = EventBrief(event=ev, summary=(SummarySentence(text=TEXT, article_ids=cited),))
    story = StoryBrief(
        story=Story(id="s", title="BP hearing", event_ids=(ev.id,), start=ev.start, end=ev.end),
        events=(brief,),
    )
    articles = [
        Article(id=a, source=f"{a}.txt", title=f"Hearing {a}", text=t, published="2010-06-17", outlet=f"o{a}")
        for a, t in texts.items()
    ]
    write_briefing(articles, [story], Counter(), tmp_path, duplicate_of=copies)
    return (tmp_path / "briefing.html").read_text(encoding="utf-8")


def _summary_marks(page: str) -> str:
    return page.split('<div class="summary">', 1)[1].split("</div>", 1)[0]


def test_exact_copies_are_one_mark_with_the_times_and_each_keeps_its_source(tmp_path: Path) -> None:
    texts = {"a0": TEXT, "a1": TEXT, "a2": TEXT, "a3": REWRITTEN}
    copies = {"a1": "a0", "a2": "a0", "a3": "a0"}
    page = _page(tmp_path, texts, copies, cited=("a0", "a1", "a2", "a3"))
    marks = _summary_marks(page)
    # a0 and its two exact copies: [1]×3; the rewritten copy a3 keeps its own mark
    assert re.findall(r'href="#a(\d+)"', marks) == ["1", "4"]
    assert ">×3</span>" in marks and "2 exact copies of [1]" in marks
    # every article keeps its entry: no source lost
    assert sorted(re.findall(r'<li id="a(\d+)" data-article-id="(a\d)"', page)) == [
        ("1", "a0"),
        ("2", "a1"),
        ("3", "a2"),
        ("4", "a3"),
    ]
    # an exact copy cites its original once (its text's line), a rewritten one says it is a copy
    entry = page.split('<li id="a2"', 1)[1].split("</li>", 1)[0]
    assert entry.count('href="#a1"') == 1 and "The same text as" in entry and "copy of" not in entry
    rewritten = page.split('<li id="a4"', 1)[1].split("</li>", 1)[0]
    assert "copy of" in rewritten and "The same text as" not in rewritten


def test_copies_cited_without_their_original_are_one_mark_at_the_first_of_them(tmp_path: Path) -> None:
    """A copy's own date can make a timeline entry its original does not have: the mark goes to a
    cited article, never to one that is not cited."""
    texts = {"a0": TEXT, "a1": TEXT, "a2": TEXT}
    page = _page(tmp_path, texts, {"a1": "a0", "a2": "a0"}, cited=("a2", "a1"))
    marks = _summary_marks(page)
    assert re.findall(r'href="#a(\d+)"', marks) == ["2"] and ">×2</span>" in marks


def test_the_count_past_the_shown_marks_counts_articles_with_their_copies(tmp_path: Path) -> None:
    texts = {f"a{i:02d}": f"{TEXT} Report {i}." for i in range(CITES_SHOWN + 2)}
    texts |= {"c1": texts["a00"], "c2": texts[f"a{CITES_SHOWN + 1:02d}"]}  # one copy shown, one not
    page = _page(tmp_path, texts, {"c1": "a00", "c2": f"a{CITES_SHOWN + 1:02d}"}, cited=tuple(texts))
    marks = _summary_marks(page)
    assert len(re.findall(r'class="cite"', marks)) == CITES_SHOWN
    assert ">+3</span>" in marks  # two originals past the cap and the copy of the last
