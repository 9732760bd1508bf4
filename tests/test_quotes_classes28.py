"""quotes28: the speaker classes session 20 left (bench/README "quotes26", "review20"), each case
from real dev text (heap-10000, ECB+, the bpoil pages) or in its words, with its controls."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X and Y <people>" as the subject right after a quote, before or after its verb: one group
        # of both halves, as "Chinese officials said" is (was None)
        ("“We will meet again,” US and Chinese officials said.", "US and Chinese officials"),
        (
            "“We will meet again,” said Republican and Democratic lawmakers.",
            "Republican and Democratic lawmakers",
        ),
        # controls: a half that is a titled person speaks, as before; one group alone as before
        ("“We will vote no,” said Sen. John McCain and Republican lawmakers.", "John McCain"),
        ("“We will meet again,” Chinese officials said.", "Chinese officials"),
    ],
)
def test_a_pair_of_groups_after_the_quote(text: str, expected: str | None) -> None:
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 16_9: the deputy's son, not Jerry Ortiz named first (same surname, same initial)
        (
            "Jerry Ortiz, the deputy's father, sat in the front row. The Ortiz family, however, "
            "disagreed. “I'm kind of relieved that it's over,” said 17 - year - old Jeremy Ortiz, one "
            "of the deputy's sons from a previous marriage.",
            "Jeremy Ortiz",
        ),
        # bpoil_guardian/97: Florida's senator, not Nebraska's named before
        (
            "Sen. Ben Nelson of Nebraska said little. Senator Bill Nelson of Florida is getting stuck in, "
            "warning of the spill: “one of my worst nightmares might be coming true”.",
            "Bill Nelson",
        ),
        # controls: a short form, a prefix or an initial is the same person
        ("Joseph Biden spoke first. “It is a bad bill,” said Joe Biden.", "Joseph Biden"),
        ("Christopher Smith spoke first. “It is a bad bill,” said Chris Smith.", "Christopher Smith"),
        ("Michael Smith spoke first. “It is a bad bill,” said Mike Smith.", "Michael Smith"),
        ("Jerry Ortiz spoke first. “It is a bad bill,” said J. Ortiz.", "Jerry Ortiz"),
    ],
)
def test_two_given_names_of_one_surname(text: str, expected: str) -> None:
    assert _speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bpoil_guardian/1301 (tokenized): the agency's acronym in brackets before the verb
        (
            'The Obama administration , confirming the kills , said BP was under orders . " My '
            'understanding is that protocols include looking for wildlife , " a spokeswoman for the '
            "National Oceanic and Atmospheric Administration ( Noaa ) said .",
            "National Oceanic and Atmospheric Administration",
        ),
        (
            "“The oil is moving east,” a spokeswoman for the Environmental Protection Agency (EPA) said.",
            "Environmental Protection Agency",
        ),
        # control: no bracket
        (
            "“The oil is moving east,” a spokeswoman for the Environmental Protection Agency said.",
            "Environmental Protection Agency",
        ),
    ],
)
def test_a_spokesperson_for_an_agency_with_its_acronym(text: str, expected: str) -> None:
    assert _speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bpoil_reuters/1543: a subhead in capitals run into the name
        (
            'Kenneth Feinberg runs the fund. " strong cash flow . " MORE MONEY MAY BE NEEDED Feinberg '
            'told CBS News on Friday $ 20 billion may not be enough . " No one knows for sure yet , " '
            "he said .",
            "Kenneth Feinberg",
        ),
        # bpoil_washingtonpost/1163: a live chat's time stamp run into the name
        (
            '-- June 02 , 2010 2:19 PM Chris Richards swears that Justin Bieber is " talented " .',
            "Chris Richards",
        ),
        # copy-001187-690863: a zone's word ("13.01 BST Petrov Clegg")
        (
            "Friday 11 June 2010 13.01 BST Nick Clegg has warned of the risk . The deputy prime "
            'minister added : " I am not going to begin intervening . "',
            "Nick Clegg",
        ),
        # controls: an acronym before a name or a group stays ("US Coast Guard"), and "PM" as a title
        # goes as a title does
        ("“We are ready,” PM Gordon Brown said.", "Gordon Brown"),
        ("“The boom is holding,” the US Coast Guard said.", "US Coast Guard"),
    ],
)
def test_capitals_run_into_a_name(text: str, expected: str) -> None:
    assert _speakers(text)[-1] == expected


def test_a_surname_that_spoke_in_the_first_person_is_no_company() -> None:
    """bpoil_reuters/1234: "Weiss said" after a quote in the first person singular is a person, not
    the antecedent of "The company" (was 'Weiss'); an organisation that says "we" still is."""
    text = (
        "Earlier , the company 's stock fell 4 percent in London trading . \" I still feel like they "
        'can , but there \'s more doubt in my mind than there was a week ago , " Weiss said . " '
        'Momentum is a powerful thing . " The company had said on a conference call with analysts '
        'on Friday that it has " plenty " of cash to deal with the problem .'
    )
    assert _speakers(text) == ["Weiss", "Weiss", None]
    control = (
        '" We will pay every claim , " Fortinet said . The company had said that it has " plenty " of cash .'
    )
    assert _speakers(control) == ["Fortinet", "Fortinet"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 22_12: the caller whose call the participle tells of, not the dispatcher who reports it
        (
            "Seven other workers were hiding in a closet nearby. Cpl. Janice Leader, a 911 dispatcher, "
            "told reporters Friday that Hiller called 911, saying \"I'm the one you're looking for\" and "
            "reporting that she had been harassed at work.",
            "Hiller",
        ),
        # controls: a reported clause of another verb leaves the participle to the main clause
        (
            "Dr. Anthony Fauci told lawmakers Tuesday that the US will be increasing testing, saying, "
            '"we\'re going to be doing more testing, not less."',
            "Anthony Fauci",
        ),
        (
            "Mike Utsler told them not to worry , saying the spill 's effects are \" a challenge that we "
            'continue to face . "',
            "Mike Utsler",
        ),
    ],
)
def test_saying_after_a_reported_call(text: str, expected: str) -> None:
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H1N1_guardian/1215: a relative by a possessive pronoun is no one named, not the speaker
        # before (was 'NHS Greater Glasgow')
        (
            'A statement from NHS Greater Glasgow said : " Earlier this evening , baby Jack tragically '
            'passed away . " Her family said : " Our whole family is absolutely devastated . "',
            None,
        ),
        # ECB+ 1_9: "her father" is not Lindsay Lohan
        (
            "Lohan had checked into Morningside Recovery Center Thursday morning, but then left because "
            "“she was not happy with the place,” her father said.",
            None,
        ),
        # NeuS train-38-2: his lawyer is not Vindman
        (
            "Alexander Vindman was escorted out of the White House on Friday, his lawyer said, adding Trump "
            "had “decided to exact revenge.”",
            None,
        ),
        # controls: a relative named in apposition, and a spokesperson, who speaks for the person
        ("“We lost,” John Smith said. His mother, Jane Smith, said: “He was a good boy.”", "Jane Smith"),
        ("“We lost,” John Smith said. “He was a good boy,” his spokesman said.", "John Smith"),
    ],
)
def test_a_relative_or_lawyer_by_a_possessive_pronoun(text: str, expected: str | None) -> None:
    assert _speakers(text)[-1] == expected


def test_an_indefinite_pronoun_opens_no_name() -> None:
    """cleanportaleval washingtonpost blog1_12: "Something Tucker wrote ... his two-part story,
    “Life After Death,”" (was 'Something Tucker'): the work's maker, named in full before."""
    text = (
        "Neely Tucker said he began working on his story well before the shootings. Something Tucker "
        "wrote had resonated with Lynnie — his two-part story, “Life After Death,” explored the despair."
    )
    assert _speakers(text) == ["Neely Tucker"]
