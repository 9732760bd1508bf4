"""Rule 4 of analyse.sentences: a headline, caption or stamp run into the next sentence with no stop
(T17's one-line page dumps and their heap-10000 copies) is cut before the sentence's opening word;
a capitalised opener inside a name or a title is not."""

from __future__ import annotations

import pytest

from newsprism.analyse.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # t17 bpoil_bbc/1229's headline before its story
        (
            "Gulf oil spill commission criticises White House The report says the government 's response was slow .",
            "Gulf oil spill commission criticises White House",
        ),
        # a caption run into the story (t17 bpoil_bbc/1266)
        (
            "The crisis center is staffed around the clock by a team of 500 people For a giant of a company , "
            "these are tense , threatening times .",
            "The crisis center is staffed around the clock by a team of 500 people",
        ),
        # a photo credit (t17 bpoil_guardian)
        (
            "Photograph : Toby Melville/Reuters The former boss of BP admitted last night that he had failed .",
            "Photograph : Toby Melville/Reuters",
        ),
        # a sub-heading in capitals (t17 bpoil_reuters/397), its last word a capitalised opener's neighbour
        (
            "BILL STILL ON ROAD TO NOWHERE In the near term , Macondo complicates the picture .",
            "BILL STILL ON ROAD TO NOWHERE",
        ),
        ("BP SHARES HIT NEW LOW The spill has undermined investor confidence .", "BP SHARES HIT NEW LOW"),
        # a page stamp (t17 bpoil_washingtonpost)
        (
            "Tuesday , November 2 , 2010 ; 10:13 PM The extensive pipeline system that moves oil is old .",
            "Tuesday , November 2 , 2010 ; 10:13 PM",
        ),
        # a headline in Title Case
        ("Obama Says The president said on Monday that the leak was plugged.", "Obama Says"),
    ],
)
def test_a_run_on_is_cut_before_its_opener(text: str, first: str) -> None:
    sentences = _texts(text)
    assert sentences[0] == first
    assert len(sentences) == 2
    assert " ".join(sentences) == text


@pytest.mark.parametrize(
    "text",
    [
        "Vice Premier Liu He signed the agreement at the White House.",  # a name
        "The influenza A virus spread to 17 countries.",  # a letter after its noun
        "Before this , Exhibit A was the health care bill .",
        "Jill Scott was cast in Things We Lost In the Fire last year.",  # a title in Title Case
        "Democrats introduced a bill called the For the People Act on Monday.",
        "The case is In re Oil Spill by the Oil Rig Deepwater Horizon .",  # after a function word
        "They visited Key West 's Ripley 's Believe It or Not museum .",
        "Read the guide: How to Take Care of Hydrangeas: Know When to Plant Them first.",
        'I trust and believe in God that He will take care of us , " she said .',
        "Students joined the Q and A session after the talk.",
        "The president walked off Air Force One at Andrews Air Force Base.",
        "He said that I was wrong about it.",
    ],
)
def test_an_opener_inside_a_sentence_stays(text: str) -> None:
    assert _texts(text) == [text]


def test_run_on_cuts_keep_the_stop_rules() -> None:
    text = (
        "Louisiana fish deaths raise oil spill questions The dead fish found at Bayou Chaland were "
        "counted by Mr. Smith . It was the third report."
    )
    assert _texts(text) == [
        "Louisiana fish deaths raise oil spill questions",
        "The dead fish found at Bayou Chaland were counted by Mr. Smith .",
        "It was the third report.",
    ]
    # the sentences' offsets still cover the text
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_a_long_line_of_run_ons_is_cut_at_each() -> None:
    text = " ".join(["Oil spill spreads to Florida beaches The slick reached Pensacola on Friday"] * 2000)
    sentences = split_sentences(text)
    # "Friday Oil": "Oil" opens no sentence by itself, the headline stays on the line before it
    assert len(sentences) == 2001
    assert sentences[0].text == "Oil spill spreads to Florida beaches"
    assert sentences[1].text == "The slick reached Pensacola on Friday Oil spill spreads to Florida beaches"
