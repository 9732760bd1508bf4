"""A phrase's tense cue is read once, however many readers ask for it (timex._tense_cue's cache,
TENSE_CACHE_PHRASES): its resolver and then the timeline's reading of its sentence asked twice,
each scanning its sentence back with the cue's patterns."""

from __future__ import annotations

import pytest

from newsprism import timeline
from newsprism.analyse import timex

# AllSides 5651_center's first sentence (the clustering dev set; the Kabul mosque bombing of Sunday 3
# October 2021): "Sunday afternoon" is a weekday alone, read by its resolver and asked for again by
# the timeline (`guessed`); "killed" is its cue
KABUL = (
    "A bomb attack targeting the funeral prayer service for the mother of the Taliban’s chief spokesman "
    "killed at least three people in Kabul’s main mosque Sunday afternoon, in the first major militant "
    "strike on the Afghan capital since U.S. forces withdrew in August."
)


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The starts of the phrases whose sentence is scanned back for its cues."""
    # (the cache is the process's: another test may have read the phrase; the old code had none)
    if hasattr(timex._tense_cue, "cache_clear"):
        timex._tense_cue.cache_clear()
    seen: list[int] = []
    scan = timex._sentence_start

    def counted(text: str, start: int) -> int:
        seen.append(start)
        return scan(text, start)

    monkeypatch.setattr(timex, "_sentence_start", counted)
    return seen


def test_the_timeline_reads_a_weekday_s_cue_once(scans: list[int]) -> None:
    reading = timeline._read.__wrapped__(KABUL, "2021-10-04")
    sunday = KABUL.index("Sunday afternoon")
    assert [(n.date, n.guessed) for n in reading.named] == [("2021-10-03", False), ("2021-08", False)]
    assert scans.count(sunday) == 1  # the resolver's scan; the timeline's `guessed` had it again


def test_a_cue_read_again_is_the_one_read_first(scans: list[int]) -> None:
    start = KABUL.index("Sunday afternoon")
    end = start + len("Sunday afternoon")
    first = timex._tense_cue(KABUL, start, end)
    assert first is not None and first.group() == "killed" and first["past"]
    assert timex._tense_cue(KABUL, start, end) is first
    assert timex.tense(KABUL, start, end) == "past" and not timex.guessed(KABUL, start, end)
    assert scans == [start]
