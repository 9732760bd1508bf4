"""Run-on sentences and long runs of quotes: find_quotes reads each verb's clause, each quote's cue
and each pronoun's antecedent within bounds, so such texts cost in proportion to their length (a
sentence of 2,000 speech verbs took 13.5 s when each verb's subject was sought from the sentence's
start). The results are asserted here, never the time."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text)]


def test_a_sentence_of_many_speech_verbs_before_its_quote() -> None:
    # 46,000 characters in one sentence, a relative clause with a speech verb 2,000 times
    assert _said("The butler, who claims " * 2000 + 'that, said "no".') == [("no", None)]
    assert _said("The butler, who claims " * 2000 + 'that, Paul Burrell said "no".') == [
        ("no", "Paul Burrell")
    ]


def test_a_sentence_of_many_participles_spokespeople_and_labels() -> None:
    assert _said("Smith left, saying " * 2000 + '"no".') == [("no", None)]
    assert _said("a spokesman for them claims " * 2000 + 'that, said "no".') == [("no", None)]
    assert _said("which it called " * 2000 + '"no".') == [("no", None)]


def test_a_sentence_of_many_quotes() -> None:
    # each quote's cue after it is read in the rest of the sentence, which holds every later quote
    said = _said('"a," he said, ' * 3000 + "end.")
    assert len(said) == 3000 and set(said) == {("a", None)}
    signed = _said('"No." - ' * 3000 + "Tony Hayward")
    assert len(signed) == 3000 and signed[-1] == ("No.", "Tony Hayward")


def test_many_quotes_whose_pronoun_means_the_first_name() -> None:
    # each "he" goes back past every quote before it to the one person named
    said = _said("John Smith met Jane Doe. " + "“Yes,” he said. " * 3000)
    assert len(said) == 3000 and set(said) == {("Yes", "John Smith")}


def test_many_quotes_of_a_lawmaker_by_party_or_of_a_document() -> None:
    # "the South Carolina Republican": the lawmakers named in the possessive before, for each cue
    said = _said(
        "Senator Tim Scott’s rebuttal was read. " + "“Yes,” the South Carolina Republican said. " * 3000
    )
    assert len(said) == 3000 and set(said) == {("Yes", "Tim Scott")}
    # "the report said": the sentence that last brought in a report, for each cue
    said = _said("The Acme campaign released a report. " + "“Yes,” the report said. " * 3000)
    assert said[0] == ("Yes", "Acme campaign") and set(said[1:]) == {("Yes", None)}
