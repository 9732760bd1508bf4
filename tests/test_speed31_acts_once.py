"""corroborate.predicates._Acts reads each distinct statement text once per event (speed31): an
event's copies repeat their original's statements, and their acts are the same."""

from __future__ import annotations

import pytest

from newsprism.corroborate import predicates


def test_a_repeated_text_is_read_for_acts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real_acts, real_held = predicates._acts, predicates._held

    def counted_acts(text: str) -> tuple[frozenset[str], ...]:
        read.append(text)
        return real_acts(text)

    held: list[str] = []

    def counted_held(text: str) -> frozenset[str]:
        held.append(text)
        return real_held(text)

    resigned = "The senator resigned on Monday."
    died = "The senator died on Monday."
    alone = predicates._other_acts(resigned, died)  # the texts read as a pair of their own
    monkeypatch.setattr(predicates, "_acts", counted_acts)
    monkeypatch.setattr(predicates, "_held", counted_held)
    acts = predicates._Acts([resigned, died, resigned, died])
    answers = [acts.other(0, 1), acts.other(2, 3), acts.other(0, 3), acts.other(2, 1)]
    assert alone  # a resignation and a death: two acts
    assert answers == [alone] * 4
    assert sorted(read) == sorted([resigned, died])
    assert sorted(held) == sorted(set(held))  # each text's held verbs read once too


def test_repeated_texts_give_the_answers_of_distinct_ones() -> None:
    texts = [
        "Rebels attacked the town on Monday.",
        "Rebels captured the town on Monday.",
        "Rebels attacked the town on Monday.",
    ]
    acts = predicates._Acts(texts)
    assert acts.other(0, 1) == predicates._other_acts(texts[0], texts[1])
    assert acts.other(2, 1) == predicates._other_acts(texts[2], texts[1])
    assert acts.other(0, 2) == predicates._other_acts(texts[0], texts[2])
