"""A conflict's evidence (each side's own wording, corroborate's Claim.evidence) is written to
events.jsonl and shown beside each value in both briefing pages, so that a reader can check it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.output.jsonl import claim_record
from newsprism.records import Article, Claim

CHEN = "Blinken met his Chinese counterpart Chen Gang on Sunday."
QIN = "… in Beijing, where Blinken met his Chinese counterpart, Qin Gang, for talks …"
CONFLICT = Claim(
    text=CHEN,
    status="conflict",
    article_ids=("a", "b"),
    values={"a": "Chen Gang", "b": "Qin Gang"},
    evidence={"a": CHEN, "b": QIN},
)


def test_events_jsonl_gives_a_conflicts_evidence() -> None:
    assert claim_record(CONFLICT)["evidence"] == {"a": CHEN, "b": QIN}
    corroborated = Claim(text=CHEN, status="corroborated", article_ids=("a", "b"), evidence={"a": CHEN})
    assert "evidence" not in claim_record(corroborated)  # its wording is its articles' text


def test_both_pages_show_each_sides_wording(tmp_path: Path) -> None:
    arts = [
        Article(id=a, source=a, title=a, text=t, outlet=o)
        for a, t, o in (("a", CHEN, "AP"), ("b", QIN, "BBC"))
    ]
    ev = Event(id="e", story_id="s", title="t", start=None, end=None, article_ids=("a", "b"), outlets=())
    story = Story(id="s", title="t", event_ids=("e",), start=None, end=None)
    write_briefing(
        arts,
        [StoryBrief(story=story, events=(EventBrief(event=ev, claims=(CONFLICT,)),))],
        Counter(),
        tmp_path,
    )
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    assert f'<span class="said">{QIN}</span>' in page and '<span class="said">Blinken met' in page
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    assert "Qin Gang, for talks" in md and md.count("\n  - [") == 2
