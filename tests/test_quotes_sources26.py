"""quotes26: unnamed sources whose capitalised word is a person ("an Obama aide", "the Spears
staffer"), "an administration official" (no agency named "... Administration"), an unnamed source as
the subject before the quote, statements released by someone, "a quote from X:". Sentences from the
dev texts and heap-10000 (trimmed), each checked against the commit before the rule."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's staffer or aide is someone the text does not name (heap l3s_gn1-bf0cea44)
        (
            "Britney Spears was taken to a hospital. A person in the house at the time told the Chicago "
            'Sun-Times that Spears had been drinking, and that son Jayden was inconsolable. "He started '
            'screaming and continued crying for just about the whole time she was in there," said the '
            "Spears staffer.\n\nSpears was expected to be confined to the hospital for 72 hours.",
            [
                (
                    "He started screaming and continued crying for just about the whole time she was in there",
                    None,
                )
            ],
        ),
        (
            'President Barack Obama spoke on Monday. "We will not allow drilling in new areas," an Obama '
            "aide said.",
            [("We will not allow drilling in new areas", None)],
        ),
        (
            'President Barack Obama spoke on Monday. An Obama aide said: "We will not allow drilling."',
            [("We will not allow drilling.", None)],
        ),
        # controls: a spokesperson speaks for the person; an organisation's official for it
        (
            'President Barack Obama spoke on Monday. "We will not allow drilling," said an Obama spokesman.',
            [("We will not allow drilling", "Barack Obama")],
        ),
        (
            'Tony Hayward spoke on Monday. "We will stop the leak," said a BP official.',
            [("We will stop the leak", "BP")],
        ),
    ],
)
def test_a_persons_aide_is_not_the_person(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == expected


def test_administration_in_lower_case_is_no_agency_named_administration() -> None:
    # t17 bpoil_washingtonpost/1704: was 'Atmospheric Administration'
    text = (
        "The National Oceanic and Atmospheric Administration said the oil had spread. Meanwhile , the "
        "EPA 's order to change dispersants posed a new challenge for BP . \" Dispersants have never been "
        'used in this volume before , " said an administration official who spoke on condition of '
        "anonymity ."
    )
    assert _speakers(text) == [("Dispersants have never been used in this volume before", None)]
    # the government named before still speaks through its official
    text = (
        'The Obama administration said the oil had spread. " Dispersants have never been used in this '
        'volume before , " said an administration official .'
    )
    assert _speakers(text) == [
        ("Dispersants have never been used in this volume before", "Obama administration")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # t17 bpoil_foxnews/541: was 'Cade Thomas'
        (
            "Cade Thomas, a fisherman, watched the boats. The Coast Guard urged the company to formally "
            "request more resources from the Defense Department . A BP executive said the corporation "
            'would " take help from anyone . " Government officials said the well was leaking.',
            [("take help from anyone .", "BP")],
        ),
        # t17 bpoil_reuters/2031: was 'Henry Waxman'
        (
            '" We need to make sure that all necessary safety measures are reviewed , " Waxman said . A '
            'House Democratic leadership aide added , " It \'s my understanding " that Waxman is writing '
            "legislation .",
            [
                ("We need to make sure that all necessary safety measures are reviewed", "Waxman"),
                ("It 's my understanding", None),
            ],
        ),
        # t17 bpoil_foxnews/2126: was 'U.S. Capitol'
        (
            'Lawmakers met at the U.S. Capitol on Monday . In the Gulf : A U.S. official says it is " '
            'increasingly likely " the oil will be swept out to the Florida coastline .',
            [("increasingly likely", None)],
        ),
        # a description of the person named before, not an unnamed source (heap 96b7046f..._3)
        (
            "Enter Ms. Elizabeth Lauten — a former Republican National Committee new media aide who "
            "describes herself on Twitter as loving God, cats, and “& all things pink, green and "
            "pearls!” — whose commentary had a sharper edge.",
            [("& all things pink, green and pearls!", "Elizabeth Lauten")],
        ),
    ],
)
def test_an_unnamed_source_before_the_quote(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == expected


def test_a_statement_released_by_someone() -> None:
    # heap l3s_gn1-7526314a: was 'Jerry Hernandez', the sheriff's captain quoted before
    text = (
        "Gretchen Avary was seriously injured but is expected to survive, said Capt. Jerry Hernandez.\n\n"
        '"Roger wishes to publicly convey his heartfelt condolences to the family of the deceased," said '
        'a statement released by publicist Julie Polkes. "Words cannot express how sorry he is."'
    )
    assert _speakers(text) == [
        (
            "Roger wishes to publicly convey his heartfelt condolences to the family of the deceased",
            "Julie Polkes",
        ),
        ("Words cannot express how sorry he is.", "Julie Polkes"),
    ]


def test_a_quote_from_someone_before_a_colon() -> None:
    text = 'Jim Smith spoke on Monday. The campaign released a quote from Obama: "We will win."'
    assert _speakers(text) == [("We will win.", "Obama")]
    text = 'Jim Smith spoke on Monday. He read a statement from the White House: "We will win."'
    assert _speakers(text) == [("We will win.", "White House")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # BASIL 2b95d2cf..._2: was Steele x3 (the reported clause's subject after "said")
        (
            "The GOP chairman is known for off-the-cuff comments.\n\nDeMint, who said Afghanistan is a war "
            'the United States must win, said Steele needs to "refocus" on the November election. He '
            'called Steele\'s comments "unacceptable" and "inaccurate."\n\n"We need a chairman who\'s '
            'focused," DeMint said.',
            [
                ("refocus", "DeMint"),
                ("unacceptable", "DeMint"),
                ("inaccurate.", "DeMint"),
                ("We need a chairman who's focused", "DeMint"),
            ],
        ),
        # t17 bpoil_foxnews/1068: was BP
        (
            "Venice charter boat captain Bob Kenney lamented that there was no boom in the water to "
            'corral the oil , and said BP was " pretty much over their head in the deep water . "',
            [("pretty much over their head in the deep water .", "Bob Kenney")],
        ),
        # a subject after its verb stays one
        (
            'Rick Perry spoke. Arpaio praised him, said Gov. Perry: "I am honored."',
            [("I am honored.", "Rick Perry")],
        ),
    ],
)
def test_a_name_that_opens_the_reported_clause_is_no_inverted_subject(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # t17 bpoil_foxnews/997: was 'Now Burris'
        (
            "Gary Burris, a fisherman, joined the cleanup . Now Burris says that after breathing in the "
            'dispersants he grew ill . " It filled my lungs with fluid , " he said .',
            [("It filled my lungs with fluid", "Gary Burris")],
        ),
        # allsides 5682_left: was 'As CNN'
        (
            "The video appears to show abusive treatment by agents. As CNN reported: "
            '"In one video that circulated widely, an agent swings a whip."',
            [("In one video that circulated widely, an agent swings a whip.", "CNN")],
        ),
        # t17 bpoil_washingtonpost/2015: was 'deadpan Suttles'
        (
            "BP's Doug Suttles spoke on Friday. The news would be carried by \" the roar coming out of "
            'this building , " the deadpan Suttles said .',
            [("the roar coming out of this building", "Doug Suttles")],
        ),
        # t17 bpoil_bbc/1832: was 'Political Wire Though Obama' (a live blog's run-on credit)
        (
            "Barack Obama spoke on Tuesday night . 2152 : Taegan Goddard , Political Wire Though Obama "
            'called for a " national mission " to transition to clean energy , he was vague .',
            [("national mission", "Barack Obama")],
        ),
        # t17 bpoil_guardian/1273: was 'Ed Pilkington' (the byline), 'When Tom Reddoch' no name
        (
            "Ed Pilkington in Venice , Louisiana . Photograph : AP When Tom Reddoch was growing up , the "
            'marshes were wide . Now they are shrinking . " This could be the coup de grace , " he says .',
            [("This could be the coup de grace", "Tom Reddoch")],
        ),
        # controls: a place after a preposition, a group of people
        (
            'A spokeswoman for the US embassy in Baghdad said the new law showed "the process is working".',
            [("the process is working", "US embassy in Baghdad")],
        ),
    ],
)
def test_words_that_open_a_clause_or_describe_are_no_part_of_a_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Jim Smith spoke on Monday. Obama, whom reporters asked about it, said "no comment."',
            [("no comment.", "Obama")],
        ),
        # t17 H1N1_guardian/845: was None
        (
            "One of the authors , the epidemiologist and disease modeller Neil Ferguson , who sits on the "
            "World Health Organisation 's emergency committee for the outbreak , said the virus had \" "
            'full pandemic potential " .',
            [("full pandemic potential", "Neil Ferguson")],
        ),
        # ecbplus 1_3ecb: was None
        (
            "Tara Reid checked into rehab.\nThe 33-year-old Reid, whose personal life and plastic-surgery "
            "travails have earned her far more headlines than her career, described herself to People a "
            'few months ago as "a social drinker."',
            [("a social drinker.", "Tara Reid")],
        ),
        # a participle hangs on the main clause (t17 bpoil_bbc/2154)
        (
            "Bob Dudley spoke on Tuesday . Mr Dudley also defended outgoing chief executive Tony Hayward , "
            'who was widely criticised for his handling of the oil spill , saying he had done " a great job " .',
            [("a great job", "Bob Dudley")],
        ),
    ],
)
def test_a_relative_clause_between_the_subject_and_its_verb(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heap train-2366-0: was 'Francis'
        (
            'Two associates of Pope Francis accused conservative American Catholics of creating an alliance of "hate"'
            " with evangelical Christians.",
            [("hate", None)],
        ),
        ('Jim Smith was charged. A lawyer for Smith said "he is innocent."', [("he is innocent.", None)]),
        ('Barack Obama spoke. An aide to Obama said "he is tired."', [("he is tired.", None)]),
        ('Jim Smith died. "He was kind," a friend of Smith said.', [("He was kind", None)]),
        # a spokesperson speaks for whom the text names (a control)
        ('Jim Smith died. A spokesman for Smith said "he was kind."', [("he was kind.", "Jim Smith")]),
    ],
)
def test_a_persons_friend_aide_or_lawyer_is_not_the_person(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(text) == expected
