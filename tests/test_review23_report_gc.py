"""review23: the serial report's collector threshold (speed23, 121cf34) as a library caller sees it.

Checked right (tests/test_report_serial_gc23.py covers the first two): the threshold is put back
after the stories, after an error inside the report (the try/finally), after an error in the
caller's loop or its on_event, after a generator left half read and dropped or closed; a caller's
higher threshold or switched-off collector is left alone; report_corpus leaves it as it was.
Wrong: a caller that sets its own threshold while it reads the stories (between two of them) has it
overwritten by the one it had before, when the stories are done. The fix:
/tmp/h22/review23/report_gc.patch (put the caller's back only if the report's is still there)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism import report
from newsprism.corpus import link_corpus
from test_report import _basil_articles


@pytest.fixture
def own_threshold() -> Iterator[tuple[int, ...]]:
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


def test_an_error_inside_the_serial_report_puts_the_threshold_back(
    shared: Path, own_threshold: tuple[int, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    arts = _basil_articles(shared, 9)
    links = link_corpus(arts)
    gc.set_threshold(700, *own_threshold[1:])

    def broken(batch: object) -> list[report.StoryReport]:
        raise RuntimeError("a summariser failed")

    monkeypatch.setattr(report, "_report_batch", broken)
    with pytest.raises(RuntimeError):
        report.report_corpus(arts, links, jobs=1)
    assert gc.get_threshold() == (700, *own_threshold[1:])


def test_an_error_in_the_callers_loop_puts_the_threshold_back(
    shared: Path, own_threshold: tuple[int, ...]
) -> None:
    arts = _basil_articles(shared, 9)
    gc.set_threshold(700, *own_threshold[1:])

    def read() -> None:
        for _ in report.report_stories(arts, link_corpus(arts), jobs=1):
            raise KeyError("the caller's own failure")

    with pytest.raises(KeyError):
        read()
    assert gc.get_threshold() == (700, *own_threshold[1:])


def test_a_threshold_the_caller_sets_while_reading_is_kept(
    shared: Path, own_threshold: tuple[int, ...]
) -> None:
    arts = _basil_articles(shared, 9)
    gc.set_threshold(700, *own_threshold[1:])
    for n, _ in enumerate(report.report_stories(arts, link_corpus(arts), jobs=1)):
        if n == 0:
            gc.set_threshold(5000, *own_threshold[1:])  # the caller's own choice, mid-way
    assert gc.get_threshold()[0] == 5000
