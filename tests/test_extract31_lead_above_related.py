"""extract31: a dump's lead set apart from the rest of the story by a related-stories box inside it
(headline / "posted ..." / "tags: ..." / the lead / "related stories:" / two teasers / the story)
is kept (text._keep_lead_above_related); the box stays out, and a box with no prose above it, or
prose that is no lead (a click prompt), keeps nothing new."""

from __future__ import annotations

from pathlib import Path

from newsprism.extract import extract
from newsprism.records import Document


def _read(content: str) -> str:
    return extract(Document(id="t", source="x", kind="text", content=content)).text


def test_the_lead_above_a_related_box_is_kept(shared: Path) -> None:
    page = next((shared / "data" / "extraction" / "l3s_gn1" / "text").glob("8198035c*"))
    text = _read(page.read_text("utf-8"))
    assert text.startswith("Come Super Bowl Sunday, Amazon.com will get a leg up")
    assert "Back in 2004, PepsiCo Inc. and Apple forged a similar partnership" in text
    assert "Timberlake Getting His Own Golf Tourney" not in text and "related stories" not in text


_STORY = [
    "The school board agreed on Monday to move the start of classes to 8:30 a.m. next autumn, after parents "
    "and doctors asked for a later bell for teenagers.",
    "Bus routes will be redrawn over the summer, and the district expects the change to cost about "
    "$400,000 a year in extra drivers and fuel.",
    "Teachers said they welcomed the decision but worried that sports practices would run later into the "
    "evening during the winter months.",
    "The board will hear from families at two meetings in March before it sets the new timetable for every "
    "school in the district.",
]


def test_a_click_prompt_above_the_box_stays_out() -> None:
    # made up: the same layout with a prompt where the lead would be
    menu = "\n".join(["Home", "News", "Sports", "Weather", "Business", "Opinion"])
    prompt = "Click here to read more stories about the school board and the district's budget for the year."
    content = (
        f"Later school start | Town News\n\n{menu}\n\nLater school start\n{prompt}\nRelated Stories:\n\n"
    )
    content += "Board approves budget\nNew buses ordered\n\n" + "\n".join(_STORY) + "\n\nContact us\nAbout"
    text = _read(content)
    assert "Bus routes will be redrawn" in text and "Click here" not in text
