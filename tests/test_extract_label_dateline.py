"""A section's label on a line of its own over a text dump's body is no dateline (review18b found
it on the HTML path; the text path read it the same way): "SPORTS --" gave "Sports"."""

from __future__ import annotations

from newsprism.extract import extract
from newsprism.records import Document

_BODY = "The city council voted on Tuesday to approve a new budget for the coming year, officials said. " * 3


def _dateline(line: str) -> str | None:
    content = f"Council approves budget\n\n{line}\n\n{_BODY}\n\n{_BODY}"
    return extract(Document(id="x", source="x.txt", kind="text", content=content)).dateline


def test_a_label_alone_on_a_line_is_no_dateline() -> None:
    # no date, no known place: a label ("WORLD NEWS (Reuters)": an agency alone is not enough)
    for label in ("SPORTS --", "TOP STORIES --", "WORLD NEWS (Reuters)"):
        assert _dateline(label) is None, label


def test_a_dateline_alone_on_a_line_is_read() -> None:
    assert _dateline("RENO, Nev. --") == "Reno, Nev."  # a known place
    assert _dateline("WASHINGTON (AFP)") == "Washington"
    assert _dateline("SMALLVILLE, June 18 (Reuters)") == "Smallville"  # a date makes any place one
