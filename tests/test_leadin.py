"""What a page puts before a sentence (newsprism.analyse.leadin), on sentences of the dev sets."""

from __future__ import annotations

import pytest

from newsprism.analyse.leadin import balance_quotes, cut_lead_in, cut_off, is_prose
from newsprism.corroborate import corroborate
from newsprism.records import Article


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # datelines in capitals (mixed-dev), a wire credit, a tokenised one (T17)
        ("WASHINGTON — The Senate voted to approve the bill.", "The Senate voted to approve the bill."),
        ("KANSAS CITY, Mo. — Leaders of the group met.", "Leaders of the group met."),
        ("WASHINGTON (AP) — Democrats pushed a framework.", "Democrats pushed a framework."),
        ("GENEVA ( Reuters ) - The World Health Organisation said .", "The World Health Organisation said ."),
        ("(CNN) - Dr. Anthony Fauci said on Sunday.", "Dr. Anthony Fauci said on Sunday."),
        # a known place in title case (the seeds' PTI story; allsides)
        (
            "Beijing: US Secretary of State Antony Blinken has landed in Beijing ahead of meetings.",
            "US Secretary of State Antony Blinken has landed in Beijing ahead of meetings.",
        ),
        (
            "Washington — The Senate voted to approve a roughly $1 trillion bill.",
            "The Senate voted to approve a roughly $1 trillion bill.",
        ),
        # section labels
        (
            "Why it matters: The law is one of the most restrictive.",
            "The law is one of the most restrictive.",
        ),
        ("The big picture: Biden is also proposing tax hikes.", "Biden is also proposing tax hikes."),
        (
            "UPDATE: Commenting on the new policy, Edie Windsor said.",
            "Commenting on the new policy, Edie Windsor said.",
        ),
    ],
)
def test_what_the_page_put_before_the_sentence_is_cut(sentence: str, shown: str) -> None:
    assert cut_lead_in(sentence) == shown


@pytest.mark.parametrize(
    "sentence",
    [
        "A FIRE - BOMB attack on a bank in Athens left three people dead.",  # a tabloid lead's capitals
        'Trump: "Just the other day, I said it."',  # a speaker's words, not a dateline
        "Topline: President Trump, increasingly a booster of the drug, said so.",  # no known place
        'Police said: "The fire has progressed rapidly."',
        "The Senate voted on Tuesday.",
    ],
)
def test_sentences_without_a_lead_in_are_kept_whole(sentence: str) -> None:
    assert cut_lead_in(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # the second sentence of a quotation (allsides 5766_center), the first one of another (mixed-dev)
        (
            "It involves risks to our armed forces and it's being conducted under difficult circumstances,” Biden said.",
            "“It involves risks to our armed forces and it's being conducted under difficult circumstances,” Biden said.",
        ),
        (
            '"He also has style, elegance and a sense of occasion.',
            '"He also has style, elegance and a sense of occasion."',
        ),
        (
            'This latest ad "Strong" ends with Perry claiming, "faith made America strong.',
            'This latest ad "Strong" ends with Perry claiming, "faith made America strong."',
        ),
        # whole quotations and a tokenised text's spaced marks are left alone
        ('He said "yes" and left.', 'He said "yes" and left.'),
        (
            'MSNBC President Phil Griffin said the coverage was " event-driven " by briefings .',
            'MSNBC President Phil Griffin said the coverage was " event-driven " by briefings .',
        ),
    ],
)
def test_a_cut_quotation_gets_its_lost_mark(sentence: str, shown: str) -> None:
    assert balance_quotes(sentence) == shown


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("Posted: 04 / 9 / 2012 8: 33 am Updated: 04 / 9 / 2012 8: 33 am", False),
        ("PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2: 29 PM", False),
        ("Originally published 05 / 03 / 2013 at 10: 20 AM EDT", False),
        ("Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder", False),
        ("Other Republicans quickly criticized Mr. Braley.", True),
        ("Esther Williams, swimming star, dies at 91", True),
        # scripts without case: every word counts (an Arabic report of the htmldate set)
        ("قال المتحدث باسم وزارة الصحة إن عدد الوفيات بلغ خمسين ألفا", True),
    ],
)
def test_stamps_and_title_case_headlines_are_no_prose(line: str, prose: bool) -> None:
    assert is_prose(line) is prose


def test_claims_show_no_dateline_and_hold_no_stamp() -> None:
    body = (
        "Posted: 04 / 9 / 2012 8: 33 am Updated: 04 / 9 / 2012 8: 33 am\n\n"
        "WASHINGTON — The Senate voted 69 to 30 on Tuesday to approve a $1 trillion infrastructure bill."
    )
    other = "The Senate voted 69 to 30 on Tuesday to approve a $1 trillion infrastructure bill, sending it to the House."
    claims = corroborate(
        [
            Article(id="a", source="t", outlet="Outlet A", published="2021-08-10", text=body),
            Article(id="b", source="t", outlet="Outlet B", published="2021-08-10", text=other),
        ]
    )
    texts = [c.text for c in claims]
    assert texts and not any(t.startswith(("WASHINGTON", "Posted")) for t in texts)
    assert any(c.status == "corroborated" and set(c.article_ids) == {"a", "b"} for c in claims)


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        ("After the November election, Biden said that...", True),
        ("I returned to Iraq in 2009,...", True),
        ("“Given AstraZeneca is not authorized, we do not need it over the...”", True),
        ("Health authorities reported almost 7,000 new cases and 47 deaths —...", True),
        ("It has not yet been authorized by the U.S. Food and Drug Administration....", False),
        ("“We would be remiss … if we did not challenge your budget,” the letter states.", False),
        ("And the next host of the Academy Awards is", False),
    ],
)
def test_a_sentence_stopping_mid_way_in_an_ellipsis_is_cut_off(sentence: str, cut: bool) -> None:
    assert cut_off(sentence) is cut


def test_cut_off_reads_only_the_end_and_agrees_with_a_whole_search() -> None:
    """cut_off searches from CUT_OFF_CHARS before the stripped end; on every short mix of the
    pattern's own characters (and long ones that end the same way) it answers as a search of the
    whole sentence does."""
    import random

    from newsprism.analyse.leadin import _CUT_OFF

    rnd = random.Random(16)
    alphabet = list("ab .…,;:%—–-_\"”’'\t\n\u00a0x1")
    for _ in range(20000):
        tail = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        for sentence in (tail, "A long opening clause of the report " * 20 + tail):
            assert cut_off(sentence) == (_CUT_OFF.search(sentence) is not None), repr(sentence)
    assert cut_off("It ordered a review of the legality ...”  \n")
    assert not cut_off("Food and Drug Administration....")
