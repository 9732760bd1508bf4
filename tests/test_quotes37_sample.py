"""quotes37 (session 28): the classes a fresh sample of heap-10000's speakers showed. Texts from
heap-10000 and the dev sets in their words where the comment names one, made up otherwise."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # heap-10000 bpoil_foxnews/1551 (tokenized)
        (
            "Governor Bobby Jindal assailed the U.S. Army Corps of Engineers for failing to sign off on a plan . "
            'Janet Napolitano visited on Monday . " We are not waiting for them . We are going to build it " '
            "ourselves , Jindal said .",
            "Bobby Jindal",
        ),
        # BASIL 68748e7f_2
        (
            "Asa Hutchinson, a former congressman, led the study. Among the study’s central conclusions is that "
            "“a trained officer diminishes response time” in a shooting, Mr. Hutchinson said.",
            "Asa Hutchinson",
        ),
        # heap-10000 train-1029-1
        (
            "The levels of neutralizing antibodies were “at or above” the levels seen in blood samples from "
            "people who have recovered from the coronavirus, Moderna said in a statement.",
            "Moderna",
        ),
    ],
)
def test_a_quote_inside_its_sentence_whose_subject_and_verb_end_it(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # heap-10000 train-1903-1: a speech verb before the quote in its sentence
        (
            "Xi Jinping met Joe Biden. While Xi has called for “win-win” cooperation, Biden has called China "
            "a competitor.",
            "Xi Jinping",
        ),
        # neus train-783-0: a name before "according to" is no subject
        (
            "French officials canceled the affair, which was set to commemorate the “victory of the allies at Yorktown” at the "
            "embassy and on a French frigate in Baltimore, Maryland, according to the New York Times.",
            "New York Times",
        ),
    ],
)
def test_a_quote_inside_its_sentence_guards(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_an_apposition_with_commas_before_the_verb_is_no_subject_ending_the_sentence() -> None:
    # heap-10000 bpoil_guardian/2111
    text = (
        'The " sluggish black smear on the Atlantic " was an eyesore but Dutch experts dispatched by the ship '
        "'s owners , the Bahamas-based Barracuda Tanker Corporation , itself part-owned by the American Union Oil "
        "company , insisted the ship could be salvaged ."
    )
    assert _speakers(text) == [None]


def test_a_surname_alone_of_a_person_named_in_full_is_the_person() -> None:
    # heap-10000 bpoil_foxnews/982 (tokenized): "Fox" alone also names Fox News
    text = (
        '" We do n\'t want to be raising a pier rat , " said Wendy Fox , director of Pelican Harbor Seabird '
        'Station . The babies will be housed next to adult " role models , " and eventually with adults , Fox '
        "said ."
    )
    assert _speakers(text) == ["Wendy Fox", "Wendy Fox"]


def test_a_place_a_firm_is_based_in_is_no_given_name() -> None:
    # heap-10000 bpoil_guardian/1099 (tokenized), with the next test's rule
    text = (
        "BP owns 65 % of the well , with 25 % held by Texas-based Anadarko . Anadarko has so far refused to pay "
        'any costs . Such a finding would have " far-reaching consequences " for BP \'s partners , he said .'
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # heap-10000 bpoil_guardian/1099 (tokenized)
        (
            "Anadarko chief Jim Hackett blamed BP . A US oil lawyer said most indemnity agreements would protect "
            'BP . Such a finding would have " far-reaching consequences " for BP and its partners , he said .',
            None,
        ),
        # heap-10000 bpoil_bbc/864 (tokenized): a spokesperson speaks for the organisation
        (
            "Anatoly Sagalevich said he had offered help . A BP spokesman told BBC News that the company had not "
            'had any formal contact with the Russians . " We \'ve had over 120,000 people come up with ideas , " '
            "he said in an e-mail .",
            "BP",
        ),
    ],
)
def test_he_after_a_sentence_opened_by_an_unnamed_speaker(text: str, speaker: str | None) -> None:
    assert _speakers(text)[-1] == speaker


def test_he_after_an_unnamed_speaker_and_a_named_one_is_still_the_salient_person() -> None:
    # guard (ecbplus 4_2ecb): a named speaker's quote after the unnamed one
    text = (
        "Ms Bettie Page had been admitted to hospital.\n"
        "A representative said she never recovered consciousness.\n"
        '"She captured the imagination of a generation," her agent, Mark Roesler, said yesterday.\n'
        "Even though she conceded to the occasional public event, she never agreed to having her photograph "
        "taken again.\n"
        '"I don\'t want to be photographed in my old age," she said in 1998.'
    )
    assert _speakers(text)[-1] == "Bettie Page"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # heap-10000 bpoil_guardian/1762 (tokenized)
        (
            '" It was the ass heard round the world , " remarked Los Angeles Times White House correspondent Alex '
            "Wagner .",
            "Alex Wagner",
        ),
        # heap-10000 bpoil_reuters/1893 (tokenized)
        (
            '" It would appear unlikely that the well design contributed , " said BP \'s outgoing Chief Executive '
            "Tony Hayward , who has faced withering criticism .",
            "Tony Hayward",
        ),
        # heap-10000 bpoil_guardian/656 (tokenized)
        (
            '" Arguably the most important ever , " says CNN \'s Wolf Blitzer , playing down the event .',
            "Wolf Blitzer",
        ),
        # made up, not tokenized
        ('"It is big," said NOAA\'s Steve Murawski.', "Steve Murawski"),
        # heap-10000 bpoil_bbc/536 (tokenized)
        (
            '" Our future joint venture will use the experience of BP , " said Rosneft \'s President , Eduard '
            "Khudainatov .",
            "Eduard Khudainatov",
        ),
    ],
)
def test_an_organisation_s_person_after_the_verb(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_role_and_name_inside_the_reported_clause_are_not_the_subject() -> None:
    # guard (heap-10000 bpoil_foxnews/59, tokenized): "he" opens the clause "said" reports
    text = (
        'President Obama , who referred to the company as " British Petroleum , " said he would have fired BP '
        "CEO Tony Hayward ."
    )
    assert _speakers(text) == ["Obama"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # l3s_gn1 302e53f4
        (
            "Taylor “was involved in both weapons and diamonds,” said the Canadian expert, Ian Smillie, who "
            "testified for the prosecution.",
            "Ian Smillie",
        ),
        # heap-10000 bpoil_reuters/565 (tokenized)
        (
            "Cuba expert Wayne Smith at the Center for International Policy think tank in Washington said he met "
            'with Cuban authorities this week in Havana and that they are " fully open " to cooperation with the '
            "Americans to stop the oil .",
            "Wayne Smith",
        ),
    ],
)
def test_an_expert_before_or_after_a_name_is_a_noun_for_the_person(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_short_sentence_whose_verb_takes_an_owner_s_object_is_no_cue() -> None:
    # heap-10000 bpoil_foxnews/2074 (tokenized): "echoed Selig 's sentiments" is a statement of its own
    text = (
        '" This one is filled with issues , " explained Glenn Selig , founder of The Publicity Agency . " Plus '
        "BP employees died . It is complicated . \" Media expert Dana Livingston Ward echoed Selig 's sentiments ."
    )
    assert _speakers(text) == ["Glenn Selig", "Glenn Selig"]
