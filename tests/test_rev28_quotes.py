"""review28: quotes33's he/she before a quote (225dfe8, speakers._told_by_referent). The tests that
were strict xfails gave a wrong speaker before review28's patches to speakers.py (quotes.patch: output-
identical on heap-10000 and the other dev texts; quotes_gender.patch: 1 speaker moves, wrong -> None)."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes

QUOTE = '"We have the votes to get this done and we will do it this week."'


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_he_after_two_men_is_no_safe_referent() -> None:
    # made-up: "He" is Tom Brown (the subject) as likely as Jim White; 225dfe8 gives Jim White (was None)
    text = f"Tom Brown spoke after Jim White on Monday. He said the budget would pass. {QUOTE}"
    assert speakers(text) == [None]


def test_he_after_one_man_named_before_is_his() -> None:
    # guard (made-up): one man in the sentence before, a woman two sentences back
    text = (
        "Mary Jones said on Monday that the budget would pass. Her husband, John Smith, is a banker. "
        f"He said the vote was close. {QUOTE}"
    )
    assert speakers(text) == ["John Smith"]


def test_she_after_a_man_and_a_woman_is_not_the_man() -> None:
    # guard (made-up): a woman after a man in the sentence before "She said"
    text = f"John Smith praised Mary Jones on Monday. She said the budget would pass. {QUOTE}"
    assert speakers(text) != ["John Smith"]


def test_a_quote_after_she_said_is_not_the_last_male_speakers() -> None:
    # made-up; the heap's own case is bpoil_foxnews/982 (`..., he said . " We 've seen a lot of those
    # birds ... "` inherited by 'Rebecca Dmytryk', the statement's last speaker, not Mike Carloss)
    text = f'"We will not stop," said John Smith. The governor agreed. She said the vote was close. {QUOTE}'
    assert speakers(text) == ["John Smith", None]


def test_a_quote_after_he_said_still_goes_on_with_him() -> None:
    # guard (made-up)
    text = f'"We will not stop," said John Smith. The governor agreed. He said the vote was close. {QUOTE}'
    assert speakers(text) == ["John Smith", "John Smith"]
