"""Speakers of quotes that are labels, signed, or said by several people (analyse.quotes): a label
verb in a reduced relative or in apposition, verbs of judging, the agent after a passive, a name
after a dash, names joined under a plural title. Each case but the controls failed at 0f35791."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a label verb with no form of "be": a reduced relative names a thing, no one's words
        (
            "On Wednesday BP began its latest attempt to plug the well, in an operation dubbed "
            '"top kill", involving heavy drilling fluid.',
            None,
        ),
        (
            'BP has agreed to show a live feed of a procedure called a "top kill" designed to choke off the spill.',
            None,
        ),
        # ... in apposition, an adverb between
        ('Super typhoon Mitag, locally called "Mina", changed direction and is heading toward Aurora.', None),
        # ... "so called" in two words
        (
            'Rudy Giuliani says he is not bothered, with so called "Super Tuesday" less than a month away.',
            None,
        ),
        # verbs of judging, which no speech verb is: the label is no one's words
        (
            'Deputy Jerry Ortiz was looking for a man considered to be a "career criminal" and was '
            "hoping to arrest him.",
            None,
        ),
        (
            "President Joe Biden on Friday shot down a Trump proclamation that blocked potential immigrants "
            "deemed to be a “financial burden” on the nation’s health care system.",
            None,
        ),
        # controls: the subject of an active label verb, after a relative, speaks
        (
            'Jerrold Nadler derided what he called the "ritualistic reading" of the Constitution.',
            "Jerrold Nadler",
        ),
        (
            "What is needed now is political savvy, plus what George W. Bush, in his 2000 campaign, "
            'described as "sound science."',
            "George W. Bush",
        ),
        (
            "The NRA plans to ditch what CEO Wayne LaPierre described as “the toxic political environment of "
            "New York.”",
            "Wayne LaPierre",
        ),
    ],
)
def test_a_label_in_a_reduced_relative_is_no_ones_words(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


def test_the_statement_goes_on_past_a_label() -> None:
    # the label is nobody's words (one comma after "that": no phrase set off), and "he" after it
    # is still the speaker before it
    text = (
        "Kent Wells, a BP vice president, said at a news briefing that the leak was fixed by replacing the "
        'assembly, called a "choke line." The work sent the oil giant back. "We are ready," he said.'
    )
    assert [q.speaker for q in find_quotes(text)] == [None, "Kent Wells"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The fire at the Wasilla Bible Church has been labeled "suspicious" by James Steele, chief of the '
            "Central Mat-Su Fire Department.",
            "James Steele",
        ),
        (
            "New York City was among three cities labeled “anarchist jurisdictions” by the Justice Department "
            "on Sunday.",
            "Justice Department",
        ),
    ],
)
def test_the_agent_of_a_passive_label_is_its_speaker(text: str, speaker: str) -> None:
    assert find_quotes(text)[-1].speaker == speaker


def test_a_name_after_a_dash_signs_the_quote() -> None:
    text = (
        'He was criticised for dodging questions. " The Gulf of Mexico is a very big ocean " - Tony Hayward '
        '" We care about the small people " - Carl-Henric Svanberg He \'s not the only one at BP.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tony Hayward", "Carl-Henric Svanberg"]


def test_a_signed_quote_goes_on_to_no_quote_after_it() -> None:
    text = (
        'Has it really been two years? " This was the moment when the rise of the oceans began to slow " -- '
        'Barack Obama , June 2008 Posted by : zippy | Report abuse The " We are sick of you " oath : do no '
        "more harm ."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Barack Obama", None]


def test_a_sentence_after_a_dash_signs_nothing() -> None:
    # control: a dash, then a sentence that goes on ("BP is stressing"): the cue before stays
    text = (
        'Tony Hayward says he is devastated . He says : " There is nothing I have seen so far " - BP is '
        "stressing the failure of a blowout preventer ."
    )
    assert find_quotes(text)[-1].speaker == "Tony Hayward"


def test_names_joined_under_a_plural_title_are_no_one_subject() -> None:
    # neither senator alone is the subject, lawmakers' tags in brackets between
    text = (
        "Senators John McCain (R-Ariz.) and Christopher Coons (D-Del.) will unveil a bipartisan immigration "
        "bill Monday aimed to protect “Dreamers” and bolster border security."
    )
    assert find_quotes(text)[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" goes on with who reports a clause, not with a name inside the clause; the subject
        # of "said" is the relative clause's antecedent ("The former butler, who claims ...")
        (
            "Paul Burrell, the Princess’s former butler, insisted she had no plans to marry Mr Fayed. The "
            "former butler, who claims to have been a close confidante of the Princess, said that he did not "
            "believe the Princess and Mr Fayed planned to marry.\n\n"
            '"It was not an engagement ring," he told the High Court in London.',
            "Paul Burrell",
        ),
        (
            "Luca di Montezemolo believes that Ferrari have the edge.\n\nThe Scuderia's president explained "
            "that Kimi Raikkonen and Felipe Massa will play a crucial role.\n\n"
            '"We can count on two very strong drivers," he said.',
            "Luca di Montezemolo",
        ),
        # controls: a name that opens a clause after a comma, or that is the verb's own subject
        # after it, is who "he" means
        (
            "When he announced his side to journalists for his first game against Bristol City, Kevin Keegan "
            'had only 10 names on his list.\n\nHe said with a smile: "You might only get nine tomorrow."',
            "Kevin Keegan",
        ),
        (
            "The flyway is a key migratory corridor, said Michael Ziccardi, a professor at the University of "
            'California. "There are certain songbirds going through their peak migratory period," he said.',
            "Michael Ziccardi",
        ),
    ],
)
def test_a_pronoun_goes_on_with_who_reports_a_clause(text: str, speaker: str) -> None:
    assert find_quotes(text)[-1].speaker == speaker
