"""quotes26, part 2: speakers the briefings showed as junk. A name cut at a title's abbreviation or
a place's "New" ('Dist', 'Troy', 'Haven Register'), a titled owner kept in a group's name ('US
President Joe Biden administration'), a capitalised plural noun for people that opens its sentence
('Critics'). Sentences from ECB+, BASIL, allsides and the seeds (trimmed); each rule case fails on
6d9c867, the commit before the rules."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's abbreviation after a word in lower case ends the place's name run: the person
        # after it speaks (ecbplus 18_10ecbplus, 18_1ecbplus), after "said" and after "according to"
        (
            "Police said LaCalamita targeted the two managers.\n"
            '"There is a suspicion that there might have been a third upper management official he was '
            'seeking," said Troy police Lt. Gerry Scherlinck.',
            [
                (
                    "There is a suspicion that there might have been a third upper management official "
                    "he was seeking",
                    "Gerry Scherlinck",
                )
            ],
        ),
        (
            'The suspect, 38, was "deliberately seeking out these individuals," according to Troy police '
            "Lt. Gerry Scherlinck.",
            [("deliberately seeking out these individuals", "Gerry Scherlinck")],
        ),
        # "Dist. Atty." is a title in AP style (ecbplus 16_6ecbplus)
        (
            "Orozco, 29, was found guilty last month.\n"
            '"This is the kind of person and the kind of crime that the death penalty was made for," '
            "said Dist. Atty. Steve Cooley.",
            [
                (
                    "This is the kind of person and the kind of crime that the death penalty was made for",
                    "Steve Cooley",
                )
            ],
        ),
        # a titled person's possessive owns the group by the surname (seeds 001_90a321f55eb2f1c0)
        (
            "US President Joe Biden’s administration has chosen China as the “most important geopolitical "
            "challenge” facing the United States.",
            [("most important geopolitical challenge", "Biden administration")],
        ),
        # "New" before a capitalised word opens a place's name, no title to cut at (basil
        # 85475456..._1): no 'Haven Register'
        (
            "He is described as having served in Vietnam.\n\nThe New Haven Register on July 20, 2006, "
            "described him as “a veteran of the Vietnam War,” and more.",
            [("a veteran of the Vietnam War", None)],
        ),
        # a plural noun for people that opens its sentence names no one, as in lower case (basil
        # 38f7cbb7..._2)
        (
            "Toomey said so in a statement.\n\nCritics say the job offer may have violated the "
            '"law that says a job may not be promised for political activity".',
            [("law that says a job may not be promised for political activity", None)],
        ),
        (
            'The oil is spreading. Scientists said: "This is the worst spill we have seen."',
            [("This is the worst spill we have seen.", None)],
        ),
    ],
)
def test_junk_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls: a party's members in capitals are a group; a surname ending in "s" is a person
        (
            'The bill failed. Democrats said: "This is a sad day for the country."',
            [("This is a sad day for the country.", "Democrats")],
        ),
        (
            'Carl Wells runs the shop. Wells said: "We are closing for good."',
            [("We are closing for good.", "Carl Wells")],
        ),
        # "New Jersey Gov. Chris Christie" still loses its place and its title
        (
            '"We will rebuild," said New Jersey Gov. Chris Christie.',
            [("We will rebuild", "Chris Christie")],
        ),
        # an owner with no title keeps the whole name ("Exxon Mobil", not 'Mobil')
        (
            'Exxon Mobil’s campaign said the plan is "a sound one for our shareholders".',
            [("a sound one for our shareholders", "Exxon Mobil campaign")],
        ),
        # a title right after the verb: the name as before
        (
            '"We will not stop," said Sgt. Mary Smith.',
            [("We will not stop", "Mary Smith")],
        ),
    ],
)
def test_junk_speaker_controls(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == expected
