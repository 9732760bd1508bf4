"""Quotes, session 10: who said it (issue 4). Each case comes from a BASIL, heap or dev sentence
that the rule before gave to the wrong person, in both ways of finding names (the text's
capitalised runs, and analyse.entities' mentions)."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions
from newsprism.analyse.quotes import find_quotes
from test_analyse_quotes import _speaker


def _both(text: str, words: str) -> tuple[str | None, str | None]:
    """The speaker of the quote holding `words`, names from the text and from entity mentions."""
    return _speaker(find_quotes(text), words), _speaker(find_quotes(text, "x", find_mentions(text)), words)


@pytest.mark.parametrize("lead", ["Of Obama, he said,", "With Obama gone, he said,"])
def test_a_name_after_a_preposition_is_not_he_in_its_sentence(lead: str) -> None:
    # BASIL dev (Trump on Obama): "Of Obama, he said" is Trump speaking of Obama
    text = (
        'Donald Trump spoke to reporters on Monday. He said Barack Obama "has no doctrine."\n\n'
        f'{lead} "I want him to do well."'
    )
    assert _both(text, "do well") == ("Donald Trump", "Donald Trump")


def test_a_name_after_a_preposition_may_be_he_in_a_later_sentence() -> None:
    # heap (Guardian, BP spill): "For Ryan Lambert, ... such action comes too late. “…,” he said"
    text = (
        "BP has paid out $66,000 so far.\n\n"
        "For Ryan Lambert, who once ran the biggest charter business around Venice, such action "
        'comes too late. "I am 52 years old," he said.'
    )
    assert _both(text, "52 years") == ("Ryan Lambert", "Ryan Lambert")


def test_a_titled_name_after_a_preposition_is_no_antecedent_with_mentions() -> None:
    # BASIL dev: "The communications pro" is Lauten, not the congressman she works for; an entity
    # mention of "Stephen Fincher" starts after "Rep.", whose place ("for") tells it is an object
    text = (
        'Elizabeth Lauten wrote in a Facebook post that the girls should "try showing a little class."\n\n'
        '"Rise to the occasion," added Lauten, who works for Rep. Stephen Fincher, R-Tenn. The '
        'communications pro also took a shot at the first lady, writing "your mother and father '
        "don't respect their positions very much.\""
    )
    assert _both(text, "your mother") == ("Elizabeth Lauten", "Elizabeth Lauten")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # heap: an organisation named by capitalised words before a head in lower case
            "The Indian navy noted it has captured 23 pirates in the Gulf of Aden on Saturday.\n\n"
            '"Twenty-three personnel surrendered on boarding," the navy said.',
            "Indian navy",
        ),
        (  # neus
            "The National Football League team in Washington, D.C., will retire the team's name, the "
            "club announced Monday. “We want to keep our sponsors apprised,” the team said in a statement.",
            "National Football League team",
        ),
        (  # a navy ship is no navy; nothing else names one
            'An Indian navy ship sent its commandos.\n\n"They surrendered," the navy said.',
            None,
        ),
    ],
)
def test_an_unnamed_organisation_is_the_one_described_before(text: str, speaker: str | None) -> None:
    assert _speaker(find_quotes(text), "") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # neus: not the statement of the person named before going on
            'Twitter removed the video. "Tweets with the video are in violation of our policy," a '
            "Twitter representative told Business Insider.",
            "Twitter",
        ),
        (  # heap (Washington Post): an unnamed official is no one named before
            'Interior Secretary Ken Salazar asked Chris Oynes to retire. "He said so," Salazar said. '
            '"This was Chris Oynes\' decision to retire," an Interior official said in an e-mail.',
            None,
        ),
        (  # allsides
            "The Biden administration halted the wall. “No more money will be diverted to building a "
            "border wall,” a Biden administration official said Friday.",
            "Biden administration",
        ),
        (  # neus: the administration named before (by the titled owner's surname, as "the Biden
            # administration" writes it: quotes26)
            'The hack was a new threat, according to President Joe Biden’s administration. "This was '
            'surprising to us," a senior administration official acknowledged.',
            "Biden administration",
        ),
        (  # a congressman of a party, unnamed
            'Ryan Zinke spoke first. "It will not pass," a Republican representative said.',
            None,
        ),
    ],
)
def test_an_unnamed_source_with_a_or_an_is_its_organisation_or_nobody(text: str, speaker: str | None) -> None:
    quotes = find_quotes(text)
    assert quotes[-1].speaker == speaker


def test_a_spokesperson_based_in_a_place_speaks_for_the_organisation() -> None:
    # heap (Guardian): "America" is where the spokesman is, not whom he speaks for
    text = (
        "The leak occurred at a pumping station on the North Slope. A BP spokesman based in America "
        'described the leak as "a significant event" and it is not clear how long it will take.'
    )
    assert _speaker(find_quotes(text), "significant") == "BP"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # neus
            "Senate Majority Leader Mitch McConnell urged President Trump to keep troops in Syria. "
            "“American interests are best served by American leadership,” the Kentucky Republican said.",
            "Mitch McConnell",
        ),
        (  # neus: was "York Democrat"
            'Rep. Jerry Nadler spoke after the vote. "I think it is likely," the New York Democrat told reporters.',
            "Jerry Nadler",
        ),
        (  # htmldate (Evening Standard): was "Conservative"
            "Chris Grayling warned on Monday that the sector is facing mass job cuts.\n"
            "Speaking in the Commons, the Conservative MP said: “It does not need to be like this.”",
            "Chris Grayling",
        ),
    ],
)
def test_the_state_and_party_is_the_person_named_before(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_surname_that_opens_with_a_particle_in_lower_case() -> None:
    # neus: `,” de Blasio said` had no cue; "Bill de Blasio" was no person ("de" is written in
    # lower case, as a particle always is)
    text = (
        "New York mayor Bill de Blasio announced on Wednesday that the city has recorded its lowest "
        "positive testing rate. “This is extraordinary,” de Blasio said of the daily positivity rate."
    )
    assert _speaker(find_quotes(text), "extraordinary") == "Bill de Blasio"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # neus: the judge is unnamed, not the defendant
            "Derek Chauvin was found guilty of second- and third-degree murder. The judge asked each "
            'juror if the verdict was correct, thanked them for "heavy duty jury service," and dismissed them.',
            None,
        ),
        (  # a judge the article names
            "U.S. District Judge Amy Berman Jackson heard the case. Roger Stone was sentenced. "
            '"He was prosecuted for covering up for the president," the judge said.',
            "Amy Berman Jackson",
        ),
    ],
)
def test_the_judge_is_the_named_judge_or_nobody(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_name_before_according_to_is_not_its_subject() -> None:
    # neus: Biden is the object of "of", and "according to" brings its source after it
    text = (
        "In early July the Department of Homeland Security withheld an intelligence bulletin warning of a "
        "Russian scheme to promote “allegations about the poor mental health” of former Vice President "
        "Joe Biden, according to internal emails."
    )
    assert _speaker(find_quotes(text), "mental health") != "Joe Biden"


def test_words_quoted_after_but_are_the_last_clause_subjects() -> None:
    # neus: a second main clause after "but" has its own subject
    text = (
        "House Judiciary Democrats on Thursday took a big step in their impeachment push -- but "
        "Republicans laughed it off as a “giant Instagram filter” to hide how divided Democrats are."
    )
    assert _speaker(find_quotes(text), "Instagram") == "Republicans"


def test_a_new_sentence_that_reports_a_clause_is_no_cue_of_the_quote_before() -> None:
    # heap (Fox News, tokenised): Hanners said it; "Kennon said he is relieved" starts a new statement
    text = (
        '" These BP people I \'ve met are good folks , " said Hanners , 74 . " But BP does not care about '
        'us . We are the nickel-and-dime folks of this world . " Kennon said he is relieved that BP agreed.'
    )
    assert _speaker(find_quotes(text), "nickel-and-dime") == "Hanners"
    # a quote that ends with a comma keeps its cue
    text = '" BP does not care about us , " Kennon said he told them.'
    assert find_quotes(text)[0].speaker == "Kennon"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We have great confidence in our son," President-elect Joe Biden said.', "Joe Biden"),
        ('"It is a PR gaffe," White House Chief of Staff Rahm Emanuel said.', "Rahm Emanuel"),
        ('"This is a serious commitment," WHO Director-General Margaret Chan said.', "Margaret Chan"),
    ],
)
def test_a_hyphenated_or_other_title_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_word_that_opens_the_sentence_is_no_part_of_the_name() -> None:
    # dev (l3s): "Sometimes Simon's acerbic criticisms make him cringe"
    text = (
        'Simon Cowell was concerned. "But I look back and he was harmless."\n\n'
        "Sometimes Simon's acerbic criticisms make him cringe in retrospect. "
        '"You watch the show back and you hate yourself for what you said," he said.'
    )
    assert _speaker(find_quotes(text), "hate yourself") == "Simon Cowell"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"I will not quit," Billionaire Tom Steyer said.', "Tom Steyer"),
        ('"We did well," American Bobby Fischer said.', "Bobby Fischer"),
        ('"Use a strong password," Twitter\'s Adam Sharp wrote.', "Adam Sharp"),
        # a given name that the lists lack stays
        ('"We must act," José Manuel Barroso said.', "José Manuel Barroso"),
        ('"We must act," Tariq Al Shaikh said.', "Tariq Al Shaikh"),
    ],
)
def test_a_describing_word_before_a_given_name_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_titled_name_in_a_that_clause_is_no_antecedent_with_mentions() -> None:
    # BASIL dev: the words are Santorum's; "President Obama" is the subject of his comment's clause
    text = (
        "Updated: Rick Santorum on Sunday tried to clarify his comment that President Obama subscribed "
        "to a “phony theology,” saying he was referring not to the president’s faith but to his view."
    )
    assert _both(text, "phony") == ("Rick Santorum", "Rick Santorum")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It was bleak," the Guardian\'s Sam Wollaston wrote.', "Sam Wollaston"),
        ('"We are sorry," Kraft Food\'s Susan Davison said.', "Susan Davison"),
        ('"He left," Donald Trump\'s Facebook said.', "Donald Trump's Facebook"),
    ],
)
def test_an_owner_before_two_names_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_hyphenated_role_before_a_name() -> None:
    # heap (BBC): "co-chair" is a role by its last part
    text = (
        'The commission met. " There was not a culture of safety on that rig , " co-chair Bill Reilly said .'
    )
    assert find_quotes(text)[0].speaker == "Bill Reilly"


def test_a_party_member_may_be_a_senator_named_in_the_possessive() -> None:
    # allsides 6089_left: the senator is named only as the owner of his rebuttal; "Painting Biden"
    # opens its sentence with a gerund
    text = (
        "The GOP, an increasingly extremist party whose members still can’t all admit that Donald Trump "
        "lost the 2020 election, has a message for Joe Biden: Stop being so radical and divisive. That "
        "was the gist of Senator Tim Scott’s rebuttal to the president’s first address to a joint "
        "session of Congress on Wednesday night. Painting Biden’s calls for unity as “empty "
        "platitudes,” the South Carolina Republican accused Democrats of dividing Americans."
    )
    assert _both(text, "platitudes") == ("Tim Scott", "Tim Scott")


def test_a_possessive_of_another_title_is_no_party_member() -> None:
    # (names from the text: with mentions "President Barack Obama" after "attacked" is a subject,
    # as its title is capitalised; the possessive rule is not what gives him)
    text = (
        "Mitch McConnell spoke on Tuesday. He attacked President Barack Obama’s plan for the economy. "
        "“It is a disaster,” the Kentucky Republican said."
    )
    assert _speaker(find_quotes(text), "disaster") == "Mitch McConnell"


def test_a_gerund_that_opens_a_sentence_is_no_subject() -> None:
    text = (
        "Mitch McConnell spoke on Tuesday in Louisville. Blaming Obama’s policies for the slump, he said "
        "the plan was “a disaster.”"
    )
    assert find_quotes(text)[0].speaker == "Mitch McConnell"


@pytest.mark.parametrize("name", ["Sterling Brown", "Irving Berlin"])
def test_a_given_name_in_ing_still_opens_a_sentence_as_a_subject(name: str) -> None:
    text = f"The game ended late. {name} scored 20 points. “We played hard,” he said."
    assert find_quotes(text)[0].speaker == name


def test_a_titled_name_after_a_sentence_opening_gerund_is_no_antecedent() -> None:
    # BASIL dev (Glenn Beck at CPAC): "Saying President Obama, he said, was ..." is Beck speaking
    text = (
        "Glenn Beck spoke to the crowd on Saturday.\n\n"
        "Saying President Obama, he said, was “too simple an answer.”\n\n"
        "“This is the disease in America,” he said."
    )
    assert _both(text, "simple") == ("Glenn Beck", "Glenn Beck")
    assert _both(text, "disease") == ("Glenn Beck", "Glenn Beck")


def test_a_name_that_ends_with_a_number() -> None:
    # ECB+ 3_4ecb (Nichols sentencing): the jurors are named by number only
    text = (
        "The two jurors did not give their names.\n"
        '"Everyone was respectful, "said Juror No. 8, one of six women on the panel.\n'
        '"We were searching," Juror No. 12 said.\n'
        '"We lost," said Juror No. 3 Brian Smith.'
    )
    assert _both(text, "respectful") == ("Juror No. 8", "Juror No. 8")
    assert _both(text, "searching") == ("Juror No. 12", "Juror No. 12")
    assert _both(text, "lost")[0] != "Juror No. 3"


def test_an_unnamed_source_of_a_conference_is_no_one_named() -> None:
    # ECB+ 5_4ecb (76ers): a team's executive, not the conference speaking
    text = (
        "The 76ers scored 100 points fewer times than Philadelphia's rivals.\n"
        '"Everybody zones them," an Eastern Conference executive said Saturday.'
    )
    assert _both(text, "zones") == (None, None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # ECB+ 2_11ecb: a given name of the census list that the hand lists lack ("Leonardo")
        (
            'Actor Leonardo DiCaprio, who earned a nomination, said strike concerns are hitting "everyone." '
            '"It\'s really important that we come up with a solution," he said.',
            "Leonardo DiCaprio",
        ),
        # ECB+ 2_8ecbplus: "Ellen"; "Comedian" describes her
        (
            "Comedian Ellen DeGeneres will host the Oscars. DeGeneres also earned praise in 2001 by "
            'asking, "What would bug the Taliban more?"',
            "Ellen DeGeneres",
        ),
    ],
)
def test_a_describing_word_before_a_census_given_name(text: str, speaker: str) -> None:
    assert find_quotes(text)[-1].speaker == speaker


def test_a_short_word_is_no_describing_word_by_its_ending() -> None:
    # heap: "San" ends as "American" does, but "Francisco" is no given name after it here
    text = '"It was loud," San Francisco Bay Area resident Ann Lee said.'
    assert find_quotes(text)[0].speaker == "Ann Lee"
