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


def _names(n: int) -> str:
    return " ".join(f"Name{i:05d} Surname{i:05d} left." for i in range(n))


def test_many_distinct_names_before_a_name_also_written_in_lower_case() -> None:
    # 6,000 distinct capitalised words, each asked whether the text writes it in lower case: past
    # LOWER_WORD_SCANS the text's lower-case words are found once; the answers stay those of one
    # search per word ("walker" in lower case: "Tom Walker" is no person's name here)
    text = _names(3000)
    assert _said(text + " Tom Walker arrived. “No,” he said.")[-1] == ("No", "Tom Walker")
    assert _said(text + " Tom Walker arrived with a walker. “No,” he said.")[-1] == (
        "No",
        "Name02999 Surname02999",
    )


def test_the_lower_case_words_found_at_once_are_those_found_one_by_one() -> None:
    from newsprism.analyse.quotes.names import _written_in_lower_case
    from newsprism.analyse.quotes.people import LOWER_WORD_SCANS, _People

    text = _names(LOWER_WORD_SCANS) + " the walker, an x-ray of anti-war o’neill d'arcy name00007 said."
    people = _People(text, None)
    assert people.lower_words is not None  # the words were found at once
    words = [*people.lower_case, "walker", "ray", "x", "anti-war", "war", "neill", "arcy", "name00007"]
    for word in words:
        assert (word in people.lower_words) is _written_in_lower_case(text, word), word


def test_many_pronouns_with_entity_mentions() -> None:
    # each pronoun's antecedents among the mentions (bench/quotes.py --mentions) read from the
    # subject mentions found once, latest first, not from every mention again
    from newsprism.analyse.entities import find_mentions

    def said(text: str) -> list[tuple[str, str | None]]:
        return [(q.quote, q.speaker) for q in find_quotes(text, "x", find_mentions(text))]

    text = (
        "John Smith met Jane Doe. " + "Of Tom Walker, little was said. “Yes,” he said of Tom Walker. " * 2000
    )
    found = said(text)
    assert len(found) == 2000 and set(found) == {("Yes", "Tom Walker")}
    # an object of "for" is no antecedent
    text = (
        "John Smith met Jane Doe. "
        + "“Yes,” he said of Tom Walker, who works for Rep. Stephen Fincher. " * 2000
    )
    found = said(text)
    assert len(found) == 2000 and set(found) == {("Yes", "John Smith")}
    # a run opened by a preposition in the pronoun's own sentence is no antecedent
    found = said("John Smith met Jane Doe. " + "Of Tom Walker, he said: “Yes.” " * 1000)
    assert len(found) == 1000 and set(found) == {("Yes.", "John Smith")}
