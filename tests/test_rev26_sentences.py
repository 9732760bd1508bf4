"""review26: sentences rule 4 (a1f58a6, run-ons) cuts before the letter "A" used as a name after a
noun it does not list. The fix: /tmp/h23/review26/sentences.patch."""

from __future__ import annotations

import pytest

from newsprism.analyse.sentences import split_sentences

WHOLE = [
    # real: T17 bpoil_reuters/570 (a reader's comment): cut as "... from point" | "A to point B ..."
    "Anybody that uses a car to get from point A to point B shares the blame for the oil spill.",
    # made-up, plain prose
    "The letter A is the first of the alphabet.",
    "The study used strain A in mice.",
    "She was a straight A student at Yale.",
]
# ... and rule 4's own run-ons before an article "A" are still cut (real: T17 dumps)
RUN_ON = [
    (
        "Gulf oil spill in maps and graphics A massive operation is under way.",
        ["Gulf oil spill in maps and graphics", "A massive operation is under way."],
    ),
]


@pytest.mark.parametrize("text", WHOLE)
def test_rev26_letter_a_is_no_run_on(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(("text", "sentences"), RUN_ON)
def test_rev26_article_a_run_on_still_cut(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences
