"""quotes44: the brief's list (session 31): an organisation's name with "and" inside, an age that
stands for a person, a title's speaker."""

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


# H1N1_guardian/445, in its words: "UN" is a given name in the names list (Kim Jong Un), which
# made "UN Food" no part of the organisation's name, so the run was cut at "and" (was 'Agriculture
# Organisation')
_FAO = (
    "It is also pointless . As the UN Food and Agriculture Organisation 's chief veterinary officer "
    'put it yesterday , the cull is " a real mistake " .'
)


def test_an_acronym_opens_an_organisation_name_with_and_inside() -> None:
    assert _speakers(_FAO) == ["UN Food and Agriculture Organisation"]


def test_a_given_name_still_opens_no_name_over_and() -> None:
    # guard: "Barack Obama and Congress" are two names, not one run over "and"
    text = 'Barack Obama and Congress said : " We agree on the budget . "'
    assert _speakers(text) != ["Barack Obama and Congress"]


# bpoil_foxnews/125, in its words: a film's title quoted in the first line is no one's words, so
# Jolie (whom the title was carried on to) is no speaker a pronoun or a description means, and "the
# 46-year-old" is the person named last (was None)
_PITT = (
    'Angelina Jolie and actor Brad Pitt pose at the premiere of " Salt " in Hollywood , California July '
    "19 , 2010 . ( Reuters ) Brad Pitt has said that he would consider executing those responsible for "
    'the BP oil spill if he was in power . The " Fight Club " and " Ocean \'s Eleven " actor , said he '
    "usually opposed capital punishment but would make an exception if he could . He was speaking during "
    'a documentary on the aftermath of Hurricane Katrina , which was to be aired on Tuesday night . " I '
    'was never for the death penalty before -- I am willing to look at it again , " the 46-year-old said '
    "when asked about the situation ."
)


def test_an_age_for_a_person_means_the_one_named_last() -> None:
    quotes = find_quotes(_PITT, "x", None)
    assert [(q.quote[:12], q.speaker) for q in quotes] == [("I was never ", "Brad Pitt")]


@pytest.mark.parametrize(
    ("age", "speaker"),
    [
        # made up: the article gives the age to a person, not the one named last (was None)
        ("52", "John Smith"),
        ("46", "Brad Pitt"),
    ],
)
def test_an_age_means_the_person_given_that_age(age: str, speaker: str) -> None:
    text = (
        "John Smith , 52 , and Brad Pitt , 46 , met in Paris on Monday . Smith spoke first , then Pitt . "
        f'" I will go back to New Orleans , " the {age}-year-old said .'
    )
    assert _speakers(text) == [speaker]


# sample no. 3 (bpoil_bbc/209, in its words): the committee is where the two lead, who are named in
# apposition after it (was 'Energy and Commerce Committee')
_WAXMAN = (
    "The Democratic leaders of the US House Energy and Commerce Committee , Henry Waxman and Bart Stupak , "
    'wrote in a letter to BP boss Tony Hayward that the oil giant took shortcuts that " increased the danger '
    'of a catastrophic well failure " .'
)
# sample no. 35 (bpoil_washingtonpost/2011, in its words): "the ranking Republican on" the committee
# renames the subject of the sentence before, not the person named later in it (was the committee)
_BARTON = (
    "Rep. Joe Barton ( R-Tex . ) late Thursday retracted his apology to BP CEO Tony Hayward . Barton made "
    "that apology to Hayward in his opening statement Thursday morning before Hayward 's testimony to the "
    "House subcommittee , in which Barton decried the Obama administration . The ranking Republican on "
    "the House Energy and Commerce Committee said that the political pressure exerted on the corporation "
    'is a " tragedy of the first proportion . "'
)
# train-958-2, in its words: the person in apposition before the role (was 'Judiciary Committee')
_COLLINS = (
    'Rep. Doug Collins said Wednesday on "America\'s Newsroom" that he has a lengthy list of questions. '
    "Collins, R-Ga., the ranking member on the Judiciary Committee, told Sandra Smith that there was "
    '"no collusion or conspiracy" between the campaign and Russia.'
)
# train-559-1, in its words: a member the text does not name (was 'House Judiciary Committee')
_MEMBER = (
    "A Democratic member of the House Judiciary Committee says he’s hopeful special counsel Robert Mueller "
    "will appear before the panel, citing a “tentative date” for Mueller’s testimony."
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_WAXMAN, "Henry Waxman"),
        (_BARTON, "Joe Barton"),
        (_COLLINS, "Doug Collins"),
        (_MEMBER, None),
    ],
)
def test_a_body_where_the_speaker_holds_a_role_is_not_the_speaker(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


def test_a_spokesperson_speaks_for_the_body() -> None:
    # guard: a spokesperson's words are the body's (H1N1_bbc/782)
    text = (
        'A spokeswoman for the Health Protection Agency said : " The agency continues to watch for cases . "'
    )
    assert _speakers(text) == ["Health Protection Agency"]


# sample no. 15 (BASIL 2058ec60_2, in its words): the antecedent of "who said" spoke, and the "he"
# after means him, not the justice named before as a subject (was 'Anthony Kennedy')
_SCALIA = (
    "This dual argument that confounded Justice Anthony Kennedy also drew the ire of Justice Antonin Scalia "
    "{who} he was whipsawed by the claims. \"If somebody tells you how to exercise discretion, you don't "
    'have discretion," he said.'
)


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("who said", "Antonin Scalia"),
        # guard: the antecedent of "who" and another verb stays no subject (the object of "of")
        ("who felt", None),
    ],
)
def test_the_antecedent_of_who_said_is_whom_he_means(who: str, speaker: str | None) -> None:
    assert _speakers(_SCALIA.format(who=who)) == [speaker]


# sample no. 58 (train-814-2, in its words): the name that owns the group "one of" counts from is no
# subject, and the "he" after means the subject (was 'Trump')
_SWALWELL = (
    "California Representative Eric Swalwell, one of {owner} most outspoken critics in Congress, announced "
    "he is seeking the presidential nomination. The 38-year-old San Francisco area lawmaker announced his "
    'campaign during an appearance on CBS. "I\'ve already done a lot, but I can do more," he said.'
)


def test_the_owner_after_one_of_is_no_subject() -> None:
    assert _speakers(_SWALWELL.format(owner="President Trump's")) == ["Eric Swalwell"]


# sample no. 41 (H1N1_guardian/1128, in its words): a sentence between that opens with an unnamed
# spokeswoman "for" an organisation: the pronoun is hers, the organisation's words (was 'Chris Smith')
_HPA = (
    "The headteacher , Chris Smith , was unavailable for comment yesterday . A {who} said that they had not "
    'yet identified the source of the outbreak . " The initial case is still under investigation , " she '
    "said ."
)


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("spokeswoman for the HPA", "HPA"),
        # an aide for someone the text does not name as the speaker: no one named (was 'Chris Smith')
        ("lawyer for the HPA", None),
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_for_an_organisation(who: str, speaker: str | None) -> None:
    assert _speakers(_HPA.format(who=who)) == [speaker]
