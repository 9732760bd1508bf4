"""review36 (session 31): findings on session 30's summary rules (summarise.candidates), each shown
on made-up sentences the rule misreads. Each test is xfail(strict) until the patch its reason names
is applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _is_junk, _leans_back


def _leans(before: str, sentence: str) -> bool:
    article = before + sentence
    return _leans_back(sentence, article, len(before))


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        (
            "Former FEMA director Michael D. Brown said the brown water was toxic . ",
            "Brown said the agency had failed the city .",
        ),
        (
            "President George W. Bush toured the coast , where the bush fires still burned . ",
            "Bush said the response was too slow .",
        ),
    ],
)
def test_a_surname_after_a_middle_initial_is_named_before(before: str, sentence: str) -> None:
    # a8f8643's _in_lower_case: a surname the article also writes in lower case leans back only
    # after a given name; a given name and a middle initial ("Michael D. Brown") name the person too
    assert _leans(before, sentence)


@pytest.mark.parametrize(
    ("before", "sentence", "leans"),
    [
        ("Gordon Brown met the brown bears . ", "Brown said the talks went well .", True),
        ("State Police closed the road and police said so . ", "Police said the road was shut .", False),
        (
            "It needed a Plan B. However , the money , however , ran out . ",
            "However the plan failed again .",
            False,
        ),
    ],
)
def test_given_name_and_common_noun_controls(before: str, sentence: str, leans: bool) -> None:
    # (controls: a given name still names; a common noun or an initial ending a sentence does not)
    assert _leans(before, sentence) is leans


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures ( compiled by the Labor Department ) show hiring slowed sharply in May .",
        "The vaccine ( research funded by the NIH ) was found to be safe in a trial of 600 adults .",
    ],
)
def test_a_news_aside_in_brackets_is_no_wire_credit(sentence: str) -> None:
    # 2a95f9d's _WIRE_CREDIT reads any "( compiled/research/reporting ... by" as a wire's credit line;
    # wires capitalise the credit ("( Reporting by ...", "( Additional reporting by ...")
    assert not _is_junk(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "( Reporting by Maggie Fox ; Editing by Sandra Maler ) An ultra-low latency infrastructure for trading .",
        "BP shares rose 2 percent . ( additional reporting by Tom Hals in Wilmington ; Editing by Tim Dobbyn )",
        "Transocean rose 2.3 percent . ( Additional Reporting by Timothy Gardner ; Editing by Russell Blinch )",
    ],
)
def test_a_wire_credit_stays_junk(sentence: str) -> None:
    # (control: heap-10000's credits, bpoil_reuters/1302 and /1485 among them)
    assert _is_junk(sentence)
