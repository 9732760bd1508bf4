"""quotes43: the heap sample of 60 (seed 43, session 31): a role's long modifiers after "said" and a
person in apposition to a title that opens the subject."""

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # bpoil_foxnews/722 (sample no. 30), in its words: six words before the role (was 'University
        # of Rhode Island')
        (
            'But the potential and likelihood here " is well beyond that , " said University of Rhode Island '
            "ocean engineering professor Malcolm Spaulding .",
            "Malcolm Spaulding",
        ),
        # bpoil_foxnews/1688, in its words (was 'Environment')
        (
            '" A suspension of drilling was necessary to bring those companies back to reality , " said House '
            "Environment and Natural Resources Committee Chairman Ed Markey , D-Mass .",
            "Ed Markey",
        ),
    ],
)
def test_a_long_role_after_said(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # H1N1_bbc/281 (sample no. 50), in its words (was 'Health Secretary')
        (
            'Scotland \'s Health Secretary , Nicola Sturgeon , called the death " tragic " but emphasised that '
            "the risk to the public from the H1N1 virus was still low .",
            "Nicola Sturgeon",
        ),
        # 12_1ecbplus, in its words (was 'Public Relations Officer')
        (
            '"The pirate skiffs reversed course and tried to flee the area," Captain Manohar Nambiar, Chief '
            "Public Relations Officer, Defence, said.",
            "Manohar Nambiar",
        ),
    ],
)
def test_a_person_in_apposition_to_a_title(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_an_unnamed_speaker_after_a_conjunction() -> None:
    # H1N1_reuters/1205 (sample no. 60), in its words: "he" is the official the text does not name
    # (was 'Ban Ki-moon', named before)
    text = (
        "Ban Ki-moon , in his remarks to the World Health Assembly , called on wealthy nations to help . But one "
        "international official said he expected battles ahead as governments try to secure finite supplies . "
        '" Enabling poor countries to be able to access the various medical supplies they need is going to be a '
        'critical political and technical issue , " he said .'
    )
    assert _speakers(text) == [None]


def test_a_verb_and_its_object_after_a_comma_are_no_apposition() -> None:
    # 33521e65_2 (BASIL; sample no. 25), in its words: "Michael Scotto, interviewed the congressman" does
    # not make Scotto the congressman (was 'Michael Scotto')
    text = (
        "Representative Michael G. Grimm was expected to be indicted . “The U.S. attorney’s office has "
        "disclosed its intent to file criminal charges against Congressman Grimm,” Mr. McGinley said. "
        "After President Obama’s State of the "
        "Union address, NY1’s Washington reporter, Michael Scotto, interviewed the congressman about the speech. "
        "When he asked about the federal campaign financing investigation, Mr. Grimm stormed off camera. Then, "
        "the congressman, speaking in a barely audible whisper as he stood close to the reporter, said Mr. "
        "Scotto was “not man enough” and added: “I’ll break you in half. Like a boy.”"
    )
    assert _speakers(text)[1:] == ["Michael G. Grimm", "Michael G. Grimm"]


def test_a_heights_inch_mark_closes_no_quote() -> None:
    # train-864-1 (sample no. 22), in its words: the quote goes on past "5’4”" (was cut there)
    text = (
        "“Mini Mike is a 5’4” mass of dead energy who does not want to be on the debate stage with these "
        "professional politicians. No boxes please,” Trump said in one of two tweets about Bloomberg."
    )
    assert [q.quote for q in find_quotes(text, "x", None)] == [
        "Mini Mike is a 5’4” mass of dead energy who does not want to be on the debate stage with these "
        "professional politicians. No boxes please"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # bpoil_reuters/1469 (sample no. 49), in its words: Shakespeare's words, not the expert's before
        # (was 'Ed Overton')
        (
            "Ed Overton said the name would not matter . Shakespeare definitely put it best , in that famous "
            'balcony scene from " Romeo and Juliet " : " What \'s in a name ? That which we call a rose , by '
            'any other name would smell as sweet . "',
            "Shakespeare",
        ),
        # cleanportaleval tv_msnbc_com_news_11, in its words (was None)
        (
            "As Elizabeth Warren famously put it, “There is nobody in this country who got rich on his own.”",
            "Elizabeth Warren",
        ),
    ],
)
def test_put_it_brings_in_words(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_a_speech_verb_before_its_subject_is_no_name() -> None:
    # BASIL df5fe55a_3, in its words: "Added Gibbs :" is Robert Gibbs (was 'Added Gibbs')
    text = (
        "White House Press Secretary Robert Gibbs said any changes would be fine .\n\n"
        'Added Gibbs: "I think you would really have to ask somebody who says lets have some eight week fight."'
    )
    assert _speakers(text) == ["Robert Gibbs"]
