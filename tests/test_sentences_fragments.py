"""Sentence splitting: wrong breaks found in the dev texts (mixed-dev, NeuS, T17), one case per class.

Each text is taken (or cut) from ../shared/data/{clustering/mixed-dev,summaries/neus,timelines/t17}.
"""

from __future__ import annotations

import pytest

from newsprism.analyse.sentences import split_sentences

# (text, expected sentences)
CASES: list[tuple[str, list[str]]] = [
    # plural titles before names
    (
        "Democratic Reps. Ted Lieu, David Cicilline, and Jamie Raskin drafted the article.",
        ["Democratic Reps. Ted Lieu, David Cicilline, and Jamie Raskin drafted the article."],
    ),
    (
        "Three Republicans — Sens. John McCain of Arizona, Lisa Murkowski of Alaska — opted to join.",
        ["Three Republicans — Sens. John McCain of Arizona, Lisa Murkowski of Alaska — opted to join."],
    ),
    (
        '"This is the kind of crime the death penalty was made for," said Dist. Atty. Steve Cooley.',
        ['"This is the kind of crime the death penalty was made for," said Dist. Atty. Steve Cooley.'],
    ),
    # a spaced decimal point (ECB+)
    (
        "An earthquake measuring at least magnitude - 5. 9 shook a sparsely populated area of southern Iran.",
        [
            "An earthquake measuring at least magnitude - 5. 9 shook a sparsely populated area of southern Iran."
        ],
    ),
    (
        "In 133 career playoff games, he averaged 14. 4 points, 6. 9 assists, and 3. 4 rebounds.",
        ["In 133 career playoff games, he averaged 14. 4 points, 6. 9 assists, and 3. 4 rebounds."],
    ),
    # a decimal's point moved onto the word before (".38", ".357")
    (
        "Gray, 16, was shot eleven times after police said he pulled out a. 357 revolver in East Flatbush.",
        ["Gray, 16, was shot eleven times after police said he pulled out a. 357 revolver in East Flatbush."],
    ),
    (
        "Police said a loaded. 38 - caliber revolver was recovered at the scene.",
        ["Police said a loaded. 38 - caliber revolver was recovered at the scene."],
    ),
    # "a. m." / "p. m." spaced out: a boundary only before a usual opener, as after "a.m."
    (
        "Dispatchers got a call shortly after 3: 30 a. m. Tuesday that the vacated building was on fire.",
        ["Dispatchers got a call shortly after 3: 30 a. m. Tuesday that the vacated building was on fire."],
    ),
    (
        "She was hit around 5 a. m. The driver fled.",
        ["She was hit around 5 a. m.", "The driver fled."],
    ),
    # a quoted question or exclamation and its attribution
    (
        "“Really bad news!” Trump wrote on Twitter. The market fell.",
        ["“Really bad news!” Trump wrote on Twitter.", "The market fell."],
    ),
    (
        '"What else could it be?" Yanes said.',
        ['"What else could it be?" Yanes said.'],
    ),
    # ... but not a new statement after it
    (
        "“Why now?” Democrats said that the bill was rushed.",
        ["“Why now?”", "Democrats said that the bill was rushed."],
    ),
    # a name with "!" in it
    (
        "While both Yahoo! News and CNN News aren't reporting it, the story spread.",
        ["While both Yahoo! News and CNN News aren't reporting it, the story spread."],
    ),
    # no sentence opens on a closing bracket, a closing quote, an ellipsis or a stop
    (
        "said Rep. Richard Neal (D-Mass. ), who chairs the House Ways and Means Committee.",
        ["said Rep. Richard Neal (D-Mass. ), who chairs the House Ways and Means Committee."],
    ),
    (
        "I can see more clearly just how hurtful my words were. ... Please know that.",
        ["I can see more clearly just how hurtful my words were. ...", "Please know that."],
    ),
    # a curly closing quote before a capital is an opening one mistyped
    (
        "Justice said to an enthusiastic crowd. ”I can’t help you anymore.",
        ["Justice said to an enthusiastic crowd.", "”I can’t help you anymore."],
    ),
    # tokenised text (T17): the bracket after a spaced stop closes the sentence
    (
        "( Obama 's campaign did not accept corporate donations . ) BP America has a special council .",
        ["( Obama 's campaign did not accept corporate donations . )", "BP America has a special council ."],
    ),
    (
        "Sen. David Vitter ( R-La . ) , center , listens .",
        ["Sen. David Vitter ( R-La . ) , center , listens ."],
    ),
    # unchanged: a number after a sentence ending in a word still opens a sentence
    (
        "What about this flu scare . 20 people out of 60 million , wow .",
        ["What about this flu scare .", "20 people out of 60 million , wow ."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fragment_cases(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_month_then_its_day() -> None:
    # mixed-dev (ECB+): a dateline's stray stop after the month
    assert [s.text for s in split_sentences("Fri., May. 3, 2013 11: 45 AM PDT")] == [
        "Fri., May. 3, 2013 11: 45 AM PDT"
    ]


def test_a_question_mark_for_a_lost_currency_sign() -> None:
    # mixed-dev (ECB+): "€" written "?" before an amount
    text = "Berlin's decision to lend? 22. 4bn to Greece. Was it right? 20 people said no."
    assert [s.text for s in split_sentences(text)] == [
        "Berlin's decision to lend? 22. 4bn to Greece.",
        "Was it right?",
        "20 people said no.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # T17 (tokenised): a quote written apart after a stop closes what the sentence opened
        (
            'Energy Secretary Chu looked to BP to " save the world . " Energy Secretary Steven Chu , '
            "who was working at UC Berkeley , agreed .",
            [
                'Energy Secretary Chu looked to BP to " save the world . "',
                "Energy Secretary Steven Chu , who was working at UC Berkeley , agreed .",
            ],
        ),
        # ... and the sentence goes on when a word in lower case follows
        (
            'He asked : " Will BP pay ? " he said . Then he left .',
            ['He asked : " Will BP pay ? " he said .', "Then he left ."],
        ),
        # a sentence whose last quote closed (after a comma) leaves the next quote opening
        (
            'It is not possible , " he told MSNBC . " We will pay , " he said .',
            ['It is not possible , " he told MSNBC .', '" We will pay , " he said .'],
        ),
    ],
)
def test_tokenised_quotes(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
