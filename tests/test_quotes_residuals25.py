"""Speakers of quotes (quotes25): an unnamed source inside a relative clause, a name after a
hyphenated role or an owner's possessive as a subject, and the reporter of a clause across a
quoted fragment or a parenthetical cue."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the subject of a relative clause is a source the text does not name
        (
            "WASHINGTON (AP) — Former U.S. Ambassador William Taylor provided lawmakers Tuesday with a"
            " vivid, detailed and what some called a “disturbing” account of the call.",
            [None],
        ),
        ("Mr. Boehner pointed to what aides called “orphan districts” in Democratic-leaning states.", [None]),
        (
            "President Donald Trump threatened to veto the bill unless lawmakers agree, a move that one"
            ' senior House staffer called "a total non-starter" for Democrats.',
            [None],
        ),
        (
            "President Donald Trump committed U.S. troops to the war, a decision the Afghan government"
            ' welcomed but which Taliban insurgents warned would make the country a "graveyard".',
            [None],
        ),
        (
            "Senator John Smith praised the bill, which critics have long described as “a giveaway to"
            " the banks.”",
            [None],
        ),
        # controls: a name or a pronoun before the verb is its subject; a relative that is the
        # subject itself, a time phrase, a determiner before a participle are no source
        ("Senator John Smith praised the bill, which Nancy Pelosi called “a giveaway.”", ["Nancy Pelosi"]),
        ("Senator John Smith praised the bill, which he called “a giveaway.”", ["John Smith"]),
        (
            'Texas Gov. Rick Perry, a fellow Republican who last week told reporters that "Acts of God'
            ' are acts of God."',
            ["Rick Perry"],
        ),
        (
            "President Donald Trump pledged Tuesday that his promised wall along the border “will get"
            " built,” threatening to use the military.",
            ["Donald Trump"],
        ),
    ],
)
def test_an_unnamed_source_in_a_relative_clause(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a hyphenated role by its last part, an owner's possessive before a role: the name stands
        # where a subject stands, and "he" means it
        (
            'The panel met. " We have a system-wide problem , " Reilly said . Former senator and commission'
            ' co-chair Bob Graham stressed the failure of regulators . He said , " The blowout was the'
            ' product of missteps . "',
            ["Reilly", "Bob Graham"],
        ),
        (
            "Holland has just confirmed its first case . CNN 's medical correspondent Dr Sanjay Gupta ,"
            ' recommends the elbow bump . " It \'s not as cool as the fist bump , but safer , " he says .',
            ["Sanjay Gupta"],
        ),
        (
            "But Noble's chief executive David Williams said the cause of the blast was not the BOP."
            " “It was caused by a failure of the individuals involved,” he told the conference.",
            ["David Williams"],
        ),
        # control: the owner is a verb's object, and so is the name
        (
            "Critics attacked the company’s chief executive Bob Dudley on Monday. “We are happy,” he said.",
            [None],
        ),
    ],
)
def test_a_name_after_a_hyphenated_role_or_an_owner_is_a_subject(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


def test_the_reporter_of_a_clause_across_a_quoted_fragment_or_a_parenthetical_cue() -> None:
    text = (
        'Atlanta Mayor Keisha Lance Bottoms told protesters Sunday to "clear out" of an area near where'
        " Rayshard Brooks was killed by police last month after an 8-year-old girl was fatally shot near"
        ' the site over the weekend. "You shot and killed a baby," she said at a news conference.'
        ' "Enough is enough."'
    )
    assert _speakers(text) == ["Keisha Lance Bottoms", "Keisha Lance Bottoms", "Keisha Lance Bottoms"]
    text = (
        "Ken Feinberg ran the fund. \" You go down that road and you 're really opening up this fund to"
        ' diversion , " he said . Still , he added , President Barack Obama wants money to get to the'
        ' people who are entitled to it . " Maybe there \'s some compromise we can reach , " he said .'
    )
    assert _speakers(text) == ["Ken Feinberg", "Ken Feinberg"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # words in title case after a name and "for", "from" or "the set of": a work or a label
        (
            'The best-actor contenders are McAvoy, George Clooney for "Michael Clayton," Viggo Mortensen'
            ' for "Eastern Promises" and Ulrich Muhe for "The Lives of Others."',
            [],
        ),
        (
            'Jackman knows how to hold a stage -- he won a Tony for "The Boy From Oz" -- the producer said.',
            [],
        ),
        ('This is a rush transcript from " Hannity , " June 7 , 2010 .', []),
        ('When she was on the set of "Dawson\'s Creek," she was teased mercilessly.', []),
        ('Perdido -- Spanish for " Lost " -- got a sniff of oil Tuesday , officials said .', []),
        # ... right after "the": a name for a thing
        ('And then there \'s also the threat from the " Loop Current " that could carry the oil .', []),
        ("Rep. Ayanna Pressley, one of the four congresswomen known as the “Squad,” is planning a vote.", []),
        # controls: words someone said after "for" in lower case, or after a verb; a name after
        # "the" that a speech or label verb brings in ("is calling ... the")
        (
            'The mayor is calling the city\'s vaccine passport the "Key to NYC Pass," Mayor Bill de Blasio said.',
            [("Key to NYC Pass", "Bill de Blasio")],
        ),
        (
            'Senator John Smith asked for "a full and open investigation," his office said.',
            [("a full and open investigation", "John Smith")],
        ),
        (
            'Senator John Smith said: "Michael Clayton is my friend."',
            [("Michael Clayton is my friend.", "John Smith")],
        ),
    ],
)
def test_titles_after_a_credit_a_source_or_a_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.quote, q.speaker) for q in find_quotes(text)] == quotes


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an unnamed source right after the verb: the organisation named with it, or no one
        ('Thad Allen spoke . " The valves closed , " said a BP spokesman . More came .', ["BP"]),
        (
            'Rahm Emanuel spoke . " We are partners , " said one BP adviser , who spoke on the condition of'
            " anonymity .",
            ["BP"],
        ),
        (
            'Harry Reid spoke. "We have things on the calendar," said the Democratic staffer, noting that.',
            [None],
        ),
        # controls: a name in apposition is the speaker; a spokesperson of no organisation named
        # speaks for the one the text is about
        ("Obama spoke. “The memos are clear,” said a White House spokesman, Eric Schultz.", ["Eric Schultz"]),
    ],
)
def test_an_unnamed_source_after_the_verb(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
