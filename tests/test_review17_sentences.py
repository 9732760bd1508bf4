"""review17: the sentence splitter's fixes found by reading session 17's changes."""

from newsprism.analyse.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_quote_at_the_text_start_opens_a_quotation() -> None:
    # the tokenised quote at index 0 (or 1) opens the quotation; the check of the character before
    # it read text[-2] (the text's end) or an empty slice, and cut the closing quote off
    text = '" We have no outbreak . " Officials said the tests were clean . He added : " fine ."'
    assert _texts(text)[:2] == ['" We have no outbreak . "', "Officials said the tests were clean ."]
    assert _texts(' " We have no outbreak . " Officials said so .') == [
        '" We have no outbreak . "',
        "Officials said so .",
    ]


def test_a_long_run_of_stops_is_one_mark() -> None:
    # a run of stops is tried from its first stop only: the cut comes after the whole run
    assert _texts("It ended" + "." * 5000 + " Then it began.") == ["It ended" + "." * 5000, "Then it began."]
    assert _texts("Why?!?!... He left.") == ["Why?!?!...", "He left."]
    assert _texts("Wait…. Then go.") == ["Wait….", "Then go."]
    assert _texts("." * 3000) == ["." * 3000]


def test_quotes_are_counted_over_the_sentence_once() -> None:
    # the running count of quotes gives what a count from the sentence's start gives
    unit = '" b . " a '
    text = unit * 400
    assert len(_texts(text)) == 1
    text = 'He said " it is over . " Then " we left . " They went home .'
    assert _texts(text) == ['He said " it is over . "', 'Then " we left . "', "They went home ."]


def test_each_name_with_a_bang_is_read_whole() -> None:
    # the 7 characters read before the "!" held "Yahoo!" but never "Jeopardy!" (9)
    assert _texts("The former Jeopardy! Champion Ken Jennings will host it.") == [
        "The former Jeopardy! Champion Ken Jennings will host it."
    ]
    assert _texts("While both Yahoo! News and CNN ran it, few read it.") == [
        "While both Yahoo! News and CNN ran it, few read it."
    ]
