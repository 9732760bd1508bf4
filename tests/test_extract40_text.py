"""extract40: the text reader keeps a story's closing sentence right under the kept body (no prose
following it), and its lead right above it, when it names what the body names (or goes on about its
people: "He said ..."); a reader's comment, a question, a copyright line or a photo's caption stay
out (controls: the old reader kept none of them either)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.records import Document

L3S_TEXT = ("data", "extraction", "l3s_gn1", "text")
CLOSING = {
    "6150b773-c43b-4232-84b4-a9299a6b1f3b": "Tierra Rogers scored eight points for the Irish, while Jackson",
    "e41000b9-a447-477a-a41c-fd717b62f3b9": "Sprint Nextel had a subscriber base of 53.8 million at the end of 2007.",
    "f3797c1d-42c9-4c32-b269-c20dba8ab2aa": "He said the withdrawal of 20,000 troops by July was on track",
    "a0b5afad-9ff9-4e6a-9e4c-6a22df310559": "Didier Cuche of Switzerland was second, 0.65 seconds back.",
}


def _page(shared: Path, name: str) -> str:
    return shared.joinpath(*L3S_TEXT, f"{name}.txt").read_text(encoding="utf-8")


def _text(content: str) -> str:
    return extract(Document(id="p", source="p.txt", kind="text", content=content)).text


@pytest.mark.parametrize(("name", "closing"), sorted(CLOSING.items()))
def test_a_closing_sentence_under_the_body_stays(shared: Path, name: str, closing: str) -> None:
    text = _text(_page(shared, name))
    assert closing in text


E41 = "e41000b9-a447-477a-a41c-fd717b62f3b9"
E41_CLOSING = "Sprint Nextel had a subscriber base of 53.8 million at the end of 2007."


@pytest.mark.parametrize(
    "line",
    [
        "I think Sprint Nextel had a subscriber base far smaller than that at the end of 2007.",
        "Will Sprint Nextel keep a subscriber base of 53.8 million at the end of 2008?",
        "© Copyright 2008 Sprint Nextel. Sprint Nextel content may not be copied by anyone at all.",
        "Tell us what you think of Sprint Nextel and its subscriber base at the end of 2007.",
    ],
)
def test_a_comment_question_or_notice_in_its_place_stays_out(shared: Path, line: str) -> None:
    page = _page(shared, E41)
    assert E41_CLOSING in page
    text = _text(page.replace(E41_CLOSING, line))
    assert line not in text
    assert "Churn was 2.3 percent." in text


def test_a_closing_line_naming_nothing_of_the_body_stays_out(shared: Path) -> None:
    line = "Shares of the company in Tokyo were down two percent at the close of trading there."
    text = _text(_page(shared, E41).replace(E41_CLOSING, line))
    assert line not in text


LEADS = {
    "8ccad1a2-e889-4832-b8e9-c571b8078986": "NetGear release a heady 8 products today including a new home storage NAS",
    "a425a015-fc22-41b7-bfb8-9a4fa6fe1378": "B.C.'s premier toured Prince George Sunday to view the damage",
    "35ab6379-1365-471f-a67c-160b97d06985": "Dec 27 (Reuters Life!) - Hollywood actress Angelina Jolie tops a Reuters poll",
}


@pytest.mark.parametrize(("name", "lead"), sorted(LEADS.items()))
def test_a_lead_right_above_the_body_that_names_what_it_names_stays(
    shared: Path, name: str, lead: str
) -> None:
    assert _text(_page(shared, name)).startswith(lead)


def test_a_caption_closing_on_its_photo_credit_stays_out(shared: Path) -> None:
    # control: the caption over the story names the story's people too ("Rob Ramage")
    text = _text(_page(shared, "41caaf23-998b-4487-bc8d-e9e11d78f2c4"))
    assert "(MARK O'NEILL, Sun Media)" not in text
    assert text.startswith("NEWMARKET -- Rob Ramage's reputation")
