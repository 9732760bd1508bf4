"""The briefing's two renderings in two processes (speed35, session 32): with jobs above 1,
write_briefing has a forked process write briefing.md while it writes briefing.html, and both files
are the bytes a single process writes. Needs /tmp/h32/speed35/briefing_two_processes.diff (output/
briefing.py's `jobs`) and, with it, briefing_two_processes_pipeline.diff (the digest passes its -j)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsprism.output.briefing as briefing
from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.records import Article, Claim, Quote, SummarySentence

IDS = ("a0", "a1", "a2")
# AllSides dev, event e-b4b437a54754
RETRACTION = (
    "The New York Times, The Washington Post and NBC News walked back their reporting about the FBI’s "
    "communication with President Trump’s personal lawyer Rudy Giuliani regarding Russia."
)


def _write(out: Path, **kwargs: Any) -> tuple[bytes, bytes]:
    out.mkdir()
    ev = Event(
        id="e-1", story_id="s", title="Retractions", start="2019-02-01", end=None, article_ids=IDS, outlets=()
    )
    brief = EventBrief(
        event=ev,
        summary=(SummarySentence(text=RETRACTION, article_ids=("a1",)),),
        claims=(Claim(text=RETRACTION, status="corroborated", article_ids=IDS),),
        quotes=(Quote(article_id="a2", quote="We got it wrong", speaker="Dean Baquet", start=0, end=15),),
    )
    story = StoryBrief(
        story=Story(id="s", title=ev.title, event_ids=(ev.id,), start=ev.start, end=None), events=(brief,)
    )
    articles = [
        Article(id=a, source=f"{a}.txt", title=f"Report {a}", text="Text.", outlet=f"Outlet {a}") for a in IDS
    ]
    write_briefing(articles, [story], Counter({"too_short": 2}), out, **kwargs)
    return (out / "briefing.md").read_bytes(), (out / "briefing.html").read_bytes()


def test_two_jobs_write_the_markdown_in_another_process_and_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _write(tmp_path / "one")
    rendered_by = tmp_path / "rendered_by"
    render = briefing.render_markdown

    def recorded(*args: Any) -> Iterator[str]:
        rendered_by.write_text(str(os.getpid()))
        yield from render(*args)

    monkeypatch.setattr(briefing, "render_markdown", recorded)
    two = _write(tmp_path / "two", jobs=2)
    assert two == one
    assert b"walked back their reporting" in two[0]
    assert int(rendered_by.read_text()) != os.getpid()


def test_a_failed_markdown_process_is_an_error_naming_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> Iterator[str]:
        raise ValueError("no markdown")
        yield ""

    monkeypatch.setattr(briefing, "render_markdown", broken)
    with pytest.raises(RuntimeError, match="briefing.md"):
        _write(tmp_path / "out", jobs=2)
    assert (tmp_path / "out" / "briefing.html").read_bytes().startswith(b"<!doctype html>")
