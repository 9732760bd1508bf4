"""A sentence cut at the comma after its opening clause keeps no main clause (summaries17)."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _article_candidates, _is_junk, _shortened


@pytest.mark.parametrize(
    "text",
    [
        "Though Weiner's office had earlier responded to media inquiries, a few details appear to be keeping the story alive.",
        "After three days of arguments from the House impeachment managers, the president's lawyers began their defense on Saturday.",
        "With the recall election less than two weeks away, the governor has been campaigning across the state every day.",
        "Speaking to the Wall Street Journal in an interview published Thursday, the senator said he would vote against it.",
        "As President Trump's public impeachment hearings get underway Wednesday on Capitol Hill, a new poll shows voters split.",
        "In a letter addressed to acting Director of National Intelligence Joseph Maguire, the chairman asked for the complaint.",
        # the head's only comma is inside a quotation
        "Asked about those remarks on the CBS News program “Face the Nation,” Mr. Santorum, who has made faith central, "
        "remained adamant on Sunday.",
        "Already facing stiff opposition from gun-rights advocates and Republican lawmakers, the plan faces a hard road.",
        "Battered by months of protests and a violent insurrection at the Capitol, the city braced for the inauguration.",
        "Combined with warmer weather that pushed people outside, the virus was far less able to gain ground.",
        "Just hours after being the site of a historic siege by a violent mob, the Capitol hosted the vote count.",
    ],
)
def test_the_opening_clause_is_not_cut_off_alone(text: str) -> None:
    opening = text.split(", ")[0] + "."
    assert _shortened(text) == []
    assert opening not in {c.text for c in _article_candidates(0, [text])}


def test_a_later_cut_still_shortens_after_the_opening_clause() -> None:
    text = (
        "After three days of arguments from the managers, the president's lawyers began their defense on "
        "Saturday, saying the charges were baseless."
    )
    assert _shortened(text) == [
        "After three days of arguments from the managers, the president's lawyers began their defense on Saturday."
    ]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # a subject, not an opening clause: the cut stands
        (
            "At least 16 other states are considering similar legislation this year, according to the group.",
            "At least 16 other states are considering similar legislation this year.",
        ),
        # a gerund subject: the auxiliary tells it from a participial phrase
        (
            "Failing to vote can lead to getting knocked off voter registration rolls, the group warned on Monday.",
            "Failing to vote can lead to getting knocked off voter registration rolls.",
        ),
        (
            "The Senate voted on Tuesday to pass the long-delayed spending bill, which now goes to the House.",
            "The Senate voted on Tuesday to pass the long-delayed spending bill.",
        ),
    ],
)
def test_a_main_clause_is_still_cut_from_its_trailing_clause(text: str, head: str) -> None:
    assert _shortened(text) == [head]


@pytest.mark.parametrize(
    "text",
    [
        "Both were at the White House on Sept. 26 when President Donald Trump introduced Barrett as his nominee.",
        "Both were tabled, effectively blocking the requests, in back-to-back 53-47 votes.",
        "Neither has said whether they will attend the hearing scheduled for next week.",
    ],
)
def test_both_or_neither_as_a_pronoun_is_never_a_candidate(text: str) -> None:
    assert list(_article_candidates(0, [text])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Both sides agreed to resume the talks in Geneva early next month after the holiday.",
        "Each year, thousands of migrants attempt the dangerous crossing from Libya to Italy.",
    ],
)
def test_both_or_each_before_a_noun_stays(text: str) -> None:
    assert [c.text for c in _article_candidates(0, [text])][0] == text


@pytest.mark.parametrize(
    "text",
    [
        "In a statement released on Sunday, Paul's deputy chief of staff, Sergio Gor, wrote:",
        "Here's a rundown of some of the bill's highlights:",
    ],
)
def test_a_sentence_announcing_what_follows_is_junk(text: str) -> None:
    assert _is_junk(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oh, not a theology based on the Bible and its teachings at all.",
        "Well, it was a good idea while it lasted for the campaign.",
        "Yes, the government shutdown is to blame for the delay.",
    ],
)
def test_an_interjection_opening_is_the_writers_voice(text: str) -> None:
    assert list(_article_candidates(0, [text])) == []


def test_a_word_that_is_no_interjection_stays() -> None:
    text = "Wells Fargo agreed to pay $3 billion to settle the fake accounts scandal on Friday."
    assert [c.text for c in _article_candidates(0, [text])] == [text]
