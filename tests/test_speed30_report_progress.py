"""speed30: the report's progress moves as events are done, not as stories come back.

report_stories gives the biggest stories first, and a story's events are reported one after another
in one worker, so counting events only when their story came back left the digest's progress at
"0 of N events" for the first big story's whole time. Now on_event is called with each event's id as
it is done: in this process at once (-j 1), from the workers through a pipe (-j 2). Articles: the
BASIL clustering set's first articles (three outlets per event)."""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsprism import report
from newsprism.corpus import link_corpus
from test_report import _basil_articles


def _id(told: Any) -> str:
    """The event id on_event was called with (before speed30 it was given the event's report)."""
    return str(getattr(told, "event_id", told))


# How long a worker waits for the parent to have counted its story's events (test_report's pools take
# a second or two; the old code never counts them before the story is done, so it always waits this)
WAIT_S = 30.0


def test_serial_events_are_counted_before_their_story_is_reported(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arts = _basil_articles(shared, 12)
    links = link_corpus(arts)
    counted: list[str] = []
    at_story: dict[str, list[str]] = {}

    def on_event(told: Any) -> None:
        counted.append(_id(told))

    real = report._story_report

    def story_report(story: Any, *args: Any, **kw: Any) -> report.StoryReport:
        at_story[story.id] = list(counted)
        return real(story, *args, **kw)

    monkeypatch.setattr(report, "_story_report", story_report)
    told = list(report.report_stories(arts, links, jobs=1, on_event=on_event))
    assert sorted(counted) == sorted(e.id for e in links.events)  # each event once, by its id
    for story in told:
        # every event of a story was counted before the story's own report was made
        assert {r.event_id for r in story.events} <= set(at_story[story.story_id])


def test_a_worker_s_events_are_counted_while_it_still_works_on_their_story(
    shared: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    arts = _basil_articles(shared, 30)
    links = link_corpus(arts)
    assert len(links.stories) > 1  # several stories: reported in a pool
    real = report._story_report

    def story_report(story: Any, *args: Any, **kw: Any) -> report.StoryReport:
        # in a worker (forked after this patch): the first story to get here waits until the parent
        # has counted each of its events, which it can only have heard of from this worker
        try:
            os.close(os.open(tmp_path / "claimed", os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return real(story, *args, **kw)
        waiting = time.monotonic() + WAIT_S
        while time.monotonic() < waiting and not all((tmp_path / e).exists() for e in story.event_ids):
            time.sleep(0.05)
        seen = all((tmp_path / e).exists() for e in story.event_ids)
        (tmp_path / "verdict").write_text("seen" if seen else "not seen")
        return real(story, *args, **kw)

    def on_event(told: Any) -> None:
        (tmp_path / _id(told)).touch()

    monkeypatch.setattr(report, "_story_report", story_report)
    told = list(report.report_stories(arts, links, jobs=2, on_event=on_event))
    assert (tmp_path / "verdict").read_text() == "seen"
    assert {s.story_id for s in told} == {s.id for s in links.stories}


def test_the_pool_counts_every_event_once(shared: Path) -> None:
    arts = _basil_articles(shared, 30)
    links = link_corpus(arts)
    counted: list[Any] = []
    told = list(report.report_stories(arts, links, jobs=2, on_event=counted.append))
    assert Counter(map(_id, counted)) == Counter(e.id for e in links.events)
    assert told and all(isinstance(x, str) for x in counted)  # the ids themselves


def test_the_parent_reads_ids_written_in_pieces_and_skips_none() -> None:
    told = report._Told()
    try:
        report._tell_parent(told.write_fd, "e-1")
        frame = report._TOLD_LENGTH.pack(len("e-22")) + b"e-22"
        os.write(told.write_fd, frame[:3])  # a worker's write is whole; a read may still end mid-way
        assert told.done() == ["e-1"]
        assert told.done() == []
        os.write(told.write_fd, frame[3:])
        report._tell_parent(told.write_fd, "é" * 400)  # too long to be written at once: told with its story
        report._tell_parent(told.write_fd, "e-333")
        assert told.done() == ["e-22", "e-333"]
    finally:
        told.close()
