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
    "The city council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic "
    "for at least six months while the work goes on.",
    "Residents who live near the bridge said they had asked for the repairs for years and welcomed the vote, "
    "though shop owners fear losing customers during the closure.",
    "The council said the work would start in March and that a temporary footbridge would keep the two halves "
    "of the town connected for people on foot.",
    "Engineers found cracks in two of the bridge's supports last spring, and the state has since limited the "
    "weight of the trucks that may cross it.",
]


def test_a_click_prompt_above_the_box_stays_out() -> None:
    # made up: the same layout with a prompt where the lead would be
    menu = "\n".join(["Home", "News", "Sports", "Weather", "Business", "Opinion"])
    prompt = "Click here to read more stories about the bridge closure and the council's budget for the year."
    content = f"Bridge to close | Town News\n\n{menu}\n\nBridge to close\n{prompt}\nRelated Stories:\n\n"
    content += (
        "Council approves budget\nNew footbridge planned\n\n" + "\n".join(_STORY) + "\n\nContact us\nAbout"
    )
    text = _read(content)
    assert "temporary footbridge" in text and "Click here" not in text
