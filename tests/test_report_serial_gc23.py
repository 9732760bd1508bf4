"""The serial report (-j 1) collects its young objects every WORKER_GC_THRESHOLD allocations, as a
report worker does, while its stories are told, and puts the caller's threshold back after (speed23)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism import report
from newsprism.corpus import link_corpus
from newsprism.records import Article
from test_report import _basil_articles


@pytest.fixture
def own_threshold() -> Iterator[tuple[int, ...]]:
    """The collector's thresholds as the test found them, put back after it."""
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


def _told(arts: list[Article]) -> tuple[list[int], list[report.StoryReport]]:
    """The young-generation threshold seen as each story comes (-j 1), and the stories."""
    seen, told = [], []
    for story in report.report_stories(arts, link_corpus(arts), jobs=1):
        seen.append(gc.get_threshold()[0])
        told.append(story)
    return seen, told


def test_the_serial_report_collects_as_a_worker_and_puts_the_threshold_back(
    shared: Path, own_threshold: tuple[int, ...]
) -> None:
    gc.set_threshold(700, *own_threshold[1:])
    seen, told = _told(_basil_articles(shared, 9))
    assert told and set(seen) == {report.WORKER_GC_THRESHOLD}
    assert gc.get_threshold() == (700, *own_threshold[1:])  # the caller's own, once the stories are done


def test_a_story_left_half_read_puts_the_threshold_back(shared: Path, own_threshold: tuple[int, ...]) -> None:
    arts = _basil_articles(shared, 9)
    gc.set_threshold(700, *own_threshold[1:])
    stories = report.report_stories(arts, link_corpus(arts), jobs=1)
    next(stories)
    assert gc.get_threshold()[0] == report.WORKER_GC_THRESHOLD
    stories.close()  # the caller stops reading (an output failed): the generator's finally block runs
    assert gc.get_threshold() == (700, *own_threshold[1:])


@pytest.mark.parametrize("own", [report.WORKER_GC_THRESHOLD * 2, 0])
def test_a_callers_higher_threshold_or_switched_off_collector_is_left_alone(
    shared: Path, own_threshold: tuple[int, ...], own: int
) -> None:
    gc.set_threshold(own, *own_threshold[1:])
    seen, _ = _told(_basil_articles(shared, 9))
    assert set(seen) == {own}
    assert gc.get_threshold()[0] == own


def test_the_reports_do_not_depend_on_the_threshold(shared: Path, own_threshold: tuple[int, ...]) -> None:
    arts = _basil_articles(shared, 12)
    gc.set_threshold(report.WORKER_GC_THRESHOLD * 2, *own_threshold[1:])  # left alone: as before speed23
    _, high = _told(arts)
    gc.set_threshold(700, *own_threshold[1:])
    _, raised = _told(arts)
    assert high == raised
