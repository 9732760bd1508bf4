"""extract39: the text reader keeps a blogger's lead above a label ("Article:") over the story it
quotes, and leaves the label out."""

from __future__ import annotations

from pathlib import Path

from newsprism.extract import extract
from newsprism.ingest.sources import read_documents


def test_the_lead_above_a_label_over_the_quoted_story_stays(shared: Path) -> None:
    page = shared / "data" / "extraction" / "l3s_gn1" / "text" / "10f1f771-4df8-440c-a319-2852017be853.txt"
    text = extract(next(iter(read_documents([page])))).text
    assert text.startswith("T.J. Ford has been cleared to practice, that is practice not game")
    assert "Raptors guard T.J. Ford was cleared to resume workouts" in text
    assert "Article:" not in text
