"""report_stories gives the heap pages its process has freed back to the system before it forks
the report's workers (report.TRIM_BEFORE_FORK), once, after its collection and freeze, and the
reports are the same as without it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from newsprism import report
from newsprism.corpus import link_corpus
from newsprism.report import report_stories
from test_report import _basil_articles


def test_the_parent_trims_its_heap_once_before_forking(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    arts = _basil_articles(shared, 30)
    links = link_corpus(arts)
    assert len(links.stories) > 1  # several stories: reported in a pool
    calls: list[int] = []  # the frozen objects at each trim
    monkeypatch.setattr(report, "give_back_freed_memory", lambda: calls.append(gc.get_freeze_count()))
    told = {s.story_id: s for s in report_stories(arts, links, jobs=2)}
    # once, after the parent froze what it holds (its collection is done: nothing more is freed)
    assert len(calls) == 1 and calls[0] > 0
    calls.clear()
    serial = {s.story_id: s for s in report_stories(arts, links, jobs=1)}
    assert calls == []  # no pool, no fork: nothing to trim for
    assert told == serial


def test_the_reports_are_the_same_without_the_trim(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    arts = _basil_articles(shared, 12)
    links = link_corpus(arts)
    trimmed = {s.story_id: s for s in report_stories(arts, links, jobs=2)}
    monkeypatch.setattr(report, "TRIM_BEFORE_FORK", False)
    assert {s.story_id: s for s in report_stories(arts, links, jobs=2)} == trimmed
