"""quotes37 (session 28): session 27's left list of speakers. Texts from heap-10000 and the dev
sets in their words where the comment names one, made up otherwise."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Prime Minister of Israel Benjamin Netanyahu said: "We will not stop."', "Benjamin Netanyahu"),
        ('Prime Minister of New Zealand Jacinda Ardern said: "We will not stop."', "Jacinda Ardern"),
        ('Chief Executive of BP Tony Hayward said: "We will not stop."', "Tony Hayward"),
        ('The Prime Minister of Israel, Benjamin Netanyahu, said: "We will not stop."', "Benjamin Netanyahu"),
        ('"We will not stop," the Prime Minister of Israel, Benjamin Netanyahu, said.', "Benjamin Netanyahu"),
        ('The Mayor of London, Sadiq Khan, said: "We will not stop."', "Sadiq Khan"),
    ],
)
def test_a_title_of_a_place_before_the_holder_s_name(text: str, speaker: str) -> None:
    # made up (review31's finding: 'Israel Benjamin Netanyahu')
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Secretary of State John Kerry said: "We will not stop."', "John Kerry"),
        ('The mayor of London, Sadiq Khan, said: "We will not stop."', "Sadiq Khan"),
    ],
)
def test_a_title_of_a_place_guards(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # cleanportaleval blogs_wsj_com_brussels_05
        "Commenting on his appointment, Klaus Regling, Chief Executive EFSF said: “The EFSF is an integral "
        "part of the framework to safeguard financial stability in Europe.”",
        "Klaus Regling, chief executive of the EFSF said: “The EFSF is an integral part of the framework.”",
    ],
)
def test_a_role_in_apposition_with_no_closing_comma(text: str) -> None:
    assert _speakers(text) == ["Klaus Regling"]


def test_a_role_in_apposition_with_no_closing_comma_in_a_tokenized_page() -> None:
    # H1N1_bbc/1137
    text = (
        "In Beijing , Yu Debin , deputy director of the Beijing Tourism Bureau insisted that those kept in the "
        'Guomen were treated " very well " .'
    )
    assert _speakers(text) == ["Yu Debin"]


def test_a_titled_subject_after_a_name_and_a_comma_is_no_apposition() -> None:
    # guard: the subject after the comma is a person
    text = "After meeting Tom Smith, President Barack Obama said: “We will go on.”"
    assert _speakers(text) == ["Barack Obama"]


def test_a_compound_surname_spaced_around_its_hyphen() -> None:
    # ecbplus 8_3ecbplus (a tokenized page's hyphens)
    text = (
        "IMF chief Dominique Strauss - Kahn warned that the crisis could spread to other countries.\n"
        '"Everyone must remain extremely vigilant" to this risk, Strauss - Kahn said in an interview.\n'
        '"I completely understand the Greek population\'s anger," Strauss - Kahn said.\n'
        'But, he said, Greeks must also understand that without these measures "the situation would be '
        'infinitely more serious."'
    )
    assert _speakers(text) == ["Dominique Strauss-Kahn"] * 3


def test_a_dash_between_a_name_and_a_word_written_once_is_no_compound() -> None:
    # guard (made up): a result line's dash
    text = 'Women\'s final: Martina Hingis - Williams in three sets. "I was tired," Williams said.'
    assert _speakers(text) == ["Williams"]


def test_a_given_name_of_two_initials_and_a_subject_after_a_number_s_comma() -> None:
    # l3s_gn1 46fd5e71 (and its heap copy): "DJ" is a given name; "a 68," ends a clause
    text = (
        "Gamez shot a five-under-par 67 to move to 18-under overall, one stroke clear of DJ Trahan and Justin "
        'Leonard.\n\n"The conditions were there, you could go low, for sure," Gamez said.\n\n'
        "Despite carding a 68, Trahan was still surprised to finish the day in second.\n\n"
        '"You come here and expect to shoot six or seven under," he said.'
    )
    assert _speakers(text) == ["Gamez", "DJ Trahan"]


def test_initials_of_an_acronym_before_a_name_are_no_given_name() -> None:
    # guard (made up): "EU" is no pair of initials with a J
    text = 'In Brussels, EU Barnier spoke at length. "We will not stop," Barnier said.'
    assert _speakers(text) == ["Barnier"]


@pytest.mark.parametrize(
    "text",
    [
        # l3s_gn1 2faf4aab
        "Back in 2004, PepsiCo Inc. and Apple forged a similar partnership, which started with an iTunes Super "
        "Bowl commercial promoting legal music downloads, to the tune of Green Day's version of \"I Fought the "
        'Law." The companies gave away 100 million free iTunes downloads.',
        # heap-10000 bpoil_foxnews/2074 (tokenized)
        'Pam Anderson will appear in an Indian version of " Big Brother . " She says she is doing what she can.',
    ],
)
def test_the_title_of_a_work_after_version_of_is_no_one_s_words(text: str) -> None:
    assert _speakers(text) == [None]


def test_a_role_before_a_name_after_a_clause_s_conjunction() -> None:
    # l3s_gn1 11bb473f
    text = (
        '"I have spoken to Wayne Bennett on two occasions," Haffenden said.\n\n'
        "The way is clear for Bennett's involvement with the Kiwis from the Broncos' perspective after club boss "
        "Bruno Cullen said on Friday the coach would be free to help the Kiwis in the centenary test.\n\n"
        '"We\'ve always encouraged players and coaching staff here," he told AAP.'
    )
    assert _speakers(text) == ["Haffenden", "Bruno Cullen"]


def test_a_role_before_a_name_after_and_is_still_no_subject() -> None:
    # guard (l3s_gn1 c308706e): "and" joins the name to the object before it
    text = (
        "Opposition leader Levan Gachechiladze led the march. "
        "Later, at a protest outside the offices of Georgian Public Television, Gachechiladze addressed a "
        "message to Saakashvili and interim president Nino Burdjanadze.\n\n"
        '"I will not stop until you kill me," he said.'
    )
    assert _speakers(text) == ["Levan Gachechiladze"]


def test_a_role_of_an_organisation_named_at_the_next_speaker() -> None:
    # heap-10000 bpoil_foxnews/574 (tokenized)
    text = (
        'The chief executive of BP told a British newspaper that the oil spill in the Gulf of Mexico is " '
        'relatively tiny " compared with the " very big ocean . " Tony Hayward , in an interview with the '
        "Guardian newspaper at the company 's Houston crisis center , said : \" The Gulf of Mexico is a very "
        'big ocean . "'
    )
    assert _speakers(text) == ["Tony Hayward"] * 3


def test_a_role_of_an_organisation_is_not_a_described_next_speaker() -> None:
    # guard (made up): the next name has a description of its own, someone else
    text = (
        'The chief executive of BP told reporters the leak was " relatively tiny . " John Smith , a fisherman '
        'from Venice , said : " It is not tiny to us . "'
    )
    assert _speakers(text) == [None, "John Smith"]


def test_the_speaker_on_a_recording_attributed_to_a_person() -> None:
    # l3s_gn1 a8b63fd5 (and its heap copy)
    text = (
        "(CNN) -- An audio recording attributed to Osama bin Laden called on Europeans to abandon Afghanistan.\n\n"
        "The message surfaced on Al Jazeera television Thursday, three days after al Qaeda's TV production unit "
        "promised fresh communication.\n\n"
        '"In this war, you didn\'t respect the rules of war," the speaker says.'
    )
    assert _speakers(text) == ["Osama bin Laden"]


def test_the_speaker_of_the_house_is_no_recorded_voice() -> None:
    # guard (made up): the House's speaker, titled in the article
    text = (
        "Speaker Nancy Pelosi watched a video from Osama bin Laden on Monday.\n\n"
        '"We will not be intimidated," the speaker said.'
    )
    assert _speakers(text) == ["Nancy Pelosi"]


@pytest.mark.parametrize(
    "text",
    [
        # l3s_gn1 d68ab0c6
        'Gordon Brown promised "real and serious changes" from his Government in 2008 as a senior Cabinet ally '
        'warned that Tory messages were "resonating" with voters.',
        # made up
        "Barack Obama met donors on Monday. A close Obama ally warned that the plan was “dead on arrival”.",
    ],
)
def test_an_ally_named_by_a_body_or_a_person_is_no_one_named(text: str) -> None:
    assert _speakers(text)[-1] is None


def test_an_official_named_by_a_body_still_speaks_for_it() -> None:
    # guard (the convention of cues._unnamed_source)
    text = "A White House official warned that Tory messages were “resonating” with voters."
    assert _speakers(text) == ["White House"]


def test_a_family_listed_after_a_name_speaks_together() -> None:
    # made up (review31's finding: John Smith's)
    text = '"We are so grateful to everyone who helped," John Smith, his wife and their two children said.'
    assert _speakers(text) == [None]


def test_an_apposition_with_no_closing_comma_after_a_quote_is_still_the_name_s() -> None:
    # guard (quotes36's form)
    text = '"We are so grateful to everyone who helped," John Smith, a spokesman for the family said.'
    assert _speakers(text) == ["John Smith"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # heap-10000 bpoil_washingtonpost/2155 (tokenized)
        (
            '" It is less certain , " Secretary of Energy Steven Chu said in a written statement .',
            "Steven Chu",
        ),
        # neus train-2128-1
        (
            "The Iranian regime is behind spoof emails sent to Americans, “designed to intimidate voters,” "
            "Director of National Intelligence John Ratcliffe said Wednesday night.",
            "John Ratcliffe",
        ),
    ],
)
def test_a_title_of_a_department_before_the_holder_s_name(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
