"""briefing9: an untitled event's heading, cut from its first summary sentence, says what happened.

Sentences from heap-10000's first 1,500 articles (bench/make_corpus.py over the dev sets), the
summary openings of events whose articles carry no headline."""

from __future__ import annotations

import pytest

from newsprism.output.briefs import summary_heading
from newsprism.records import SummarySentence


def heading(text: str) -> str | None:
    return summary_heading([SummarySentence(text=text, article_ids=("a",))])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lead-in phrase before the comma is left out: the heading is the happening
        (
            "On Friday , Alabama became the first state to sue BP for damage from the oil spill .",
            "Alabama became the first state to sue BP for damage from the oil spill",
        ),
        (
            "At the time of the explosion , 126 crew members were on the rig , 50 miles off the coast"
            " of Louisiana BP has revealed a number of key findings made during its internal investigation .",
            "126 crew members were on the rig …",
        ),
        (
            "In its quarterly earnings statement on November 2 , BP raised its estimated cleanup costs"
            " by $ 7.7 billion to $ 40 billion .",
            "BP raised its estimated cleanup costs by $ 7.7 billion to $ 40 billion",
        ),
        (
            "On April 20 of last year , the Deepwater Horizon rig exploded .",
            "The Deepwater Horizon rig exploded",
        ),
    ],
)
def test_a_lead_in_is_left_out(sentence: str, expected: str) -> None:
    assert heading(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # an apposition after the comma: that comma ended no lead-in (a guard; the base kept these too)
        "In the 85 days of the leak , the worst oil disaster in history , nearly 184m gallons of crude"
        " oil is estimated to have gushed into the Gulf of Mexico .",
        # a list
        "In addition Lenny Kravitz , John Legend , and Mos Def recently performed at a benefit for the"
        " Gulf Relief Foundation in New Orleans .",
        # a long opening whose comma ends the sentence's own clause
        "In 1967 the Torrey Canyon was shipwrecked while trying to take a short cut between Cornwall"
        " and Scilly , when 36 million gallons of crude oil was spilt .",
    ],
)
def test_a_comma_that_ends_no_lead_in_keeps_the_opening(sentence: str) -> None:
    assert (heading(sentence) or "").startswith(sentence.split()[0] + " ")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name the cut falls in is finished ("Sarah" | "Palin", "the Isle" | "of Wight"); never after
        # a word that opens a phrase ("will", "have been")
        (
            "A fire that caused more than $1 million in damage to Alaska Gov. Sarah Palin's church in"
            " Wasilla, Alaska, may have been set by an arsonist, investigators say.",
            "A fire that caused more than $1 million in damage to Alaska Gov. Sarah Palin's …",
        ),
        (
            "The Academy of Motion Picture Arts and Sciences announced Friday that Hugh Jackman will be"
            " the host of the 81st annual Oscars on Feb. 22 at the Kodak Theatre.",
            "The Academy of Motion Picture Arts and Sciences announced Friday that Hugh Jackman …",
        ),
        (
            "The BP boss was pilloried for attending a yacht race around the Isle of Wight on Sunday ,"
            " while the company battles to contain the thousands of barrels of oil spewing into the Gulf of Mexico every day .",
            "The BP boss was pilloried for attending a yacht race around the Isle of Wight …",
        ),
        (
            "The World Health Organisation on Sunday reported 4,379 people in 29 countries have been"
            " infected by the new virus .",
            "The World Health Organisation on Sunday reported 4,379 people in 29 countries …",
        ),
        # ECB+ dev articles without a headline (12_6ecb, 5_8ecbplus), their first sentences
        (
            "The Indian Navy on Saturday foiled a hijack attempt in the notorious Gulf of Aden and"
            " arrested 23 heavily armed Somalian and Yemeni pirates.",
            "The Indian Navy on Saturday foiled a hijack attempt in the notorious Gulf of Aden …",
        ),
        (
            "Jim O'Brien was terminated from his position as head men's basketball coach at Ohio State"
            " University following the disclosure that he loaned a recruit's mother money.",
            "Jim O'Brien was terminated from his position as head men's basketball coach at Ohio State University …",
        ),
    ],
)
def test_a_cut_heading_ends_on_a_whole_phrase(sentence: str, expected: str) -> None:
    assert heading(sentence) == expected
