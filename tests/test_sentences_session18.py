"""sentences18: fragments left by session 17 (a stray stop in a rank, batting averages, a lost currency
sign before a rate, T17's tokenised closing quotes)."""

from newsprism.analyse.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_stray_stop_inside_a_two_word_rank() -> None:
    text = "Tensions simmer, according to a report. Rear. Adm. Hossein Khanzadi, the naval chief, said it."
    assert _texts(text) == [
        "Tensions simmer, according to a report.",
        "Rear. Adm. Hossein Khanzadi, the naval chief, said it.",
    ]
    assert _texts("He is a Vice. Admiral Smith said so.") == ["He is a Vice. Admiral Smith said so."]
    # a lower-case "rear" ends a sentence as any word does
    assert _texts("He sat at the rear. Adm. Smith spoke.") == ["He sat at the rear.", "Adm. Smith spoke."]


def test_a_batting_average_after_a_word() -> None:
    # ECB+'s detokenised ".308": the leading dot went onto the word before
    text = "Last season Teixeira hit. 308, with 33 home runs. He hit. 308 with 33 homers, including. 358 with the Angels."
    assert _texts(text) == [
        "Last season Teixeira hit. 308, with 33 home runs.",
        "He hit. 308 with 33 homers, including. 358 with the Angels.",
    ]
    assert _texts("They offer $200 million to a career. 290 hitter, he said.") == [
        "They offer $200 million to a career. 290 hitter, he said."
    ]
    # a figure with a thousands comma, a phone number or a year opens a sentence
    assert _texts("It is a snapshot of the economy. 263,000 jobs were created.") == [
        "It is a snapshot of the economy.",
        "263,000 jobs were created.",
    ]
    assert _texts("Admission is free. 330-764-7999.") == ["Admission is free.", "330-764-7999."]
    assert _texts("It was a great year. 2013 was better.") == ["It was a great year.", "2013 was better."]


def test_a_lost_currency_sign_before_a_rate() -> None:
    text = "He is a municipal worker who earns? 900 (Dh4, 275) a month. She earns? 900 a month."
    assert _texts(text) == [
        "He is a municipal worker who earns? 900 (Dh4, 275) a month.",
        "She earns? 900 a month.",
    ]
    # a question before a figure that is no amount stays a question
    assert _texts("Are you sensing a trend? 802.11n is the new play.") == [
        "Are you sensing a trend?",
        "802.11n is the new play.",
    ]


def test_tokenised_quote_that_opened_the_sentence_is_closed_by_the_next() -> None:
    # T17: the quote that opens a sentence is its first mark, not one after the stop before it
    text = 'He said so . " Every day is a struggle . " Mayor Tony Kennon of Orange Beach agreed .'
    assert _texts(text) == [
        "He said so .",
        '" Every day is a struggle . "',
        "Mayor Tony Kennon of Orange Beach agreed .",
    ]
    text = 'It went well . " So far I am unscathed . " " They have thrown some words at me . "'
    assert _texts(text) == [
        "It went well .",
        '" So far I am unscathed . "',
        '" They have thrown some words at me . "',
    ]


def test_tokenised_quote_after_an_abbreviation_opens() -> None:
    # in tokenised text a sentence's stop stands apart: one joined to its word is an abbreviation's
    text = '" It is wonderful , " said Rose , of Erlanger , Ky. " We will get our beach back . " A few miles away , it rained .'
    assert _texts(text) == [
        '" It is wonderful , " said Rose , of Erlanger , Ky. " We will get our beach back . "',
        "A few miles away , it rained .",
    ]


def test_tokenised_quotation_opened_again_over_paragraphs() -> None:
    # a quotation over two paragraphs is left open at the first's end and opened at the next's start
    text = (
        'He said : " We will pay . " In terms of volume , the math does not work , " Mr Pellegrino said . '
        "Then he left ."
    )
    assert _texts(text) == [
        'He said : " We will pay .',
        '" In terms of volume , the math does not work , " Mr Pellegrino said .',
        "Then he left .",
    ]
    # without such an attribution the quote closes the quotation
    text = 'He said : " We will pay . " In terms of volume , the talks went on , " slowly " .'
    assert _texts(text) == [
        'He said : " We will pay . "',
        'In terms of volume , the talks went on , " slowly " .',
    ]


def test_tokenised_quotation_over_sentences_is_closed_by_its_quote() -> None:
    # a quotation that runs over sentences: the quote after the last one closes it, though that
    # sentence has no quote of its own
    text = (
        'Svanberg said : " He cares about the small people . And we care about the small people . " '
        "Later he apologised ."
    )
    assert _texts(text) == [
        'Svanberg said : " He cares about the small people .',
        'And we care about the small people . "',
        "Later he apologised .",
    ]
    # not over a quote the splitter cut at: there the quotation was read closed
    text = '" We will pay . " Then he left . " It is over , " she said .'
    assert _texts(text) == ['" We will pay . "', "Then he left .", '" It is over , " she said .']
    # not over a line break
    assert _texts('He said : " We will pay .\nThen he left . " It is over .') == [
        'He said : " We will pay .',
        "Then he left .",
        '" It is over .',
    ]
    assert _texts('He said : " We will pay . Then he left . " It is over .') == [
        'He said : " We will pay .',
        'Then he left . "',
        "It is over .",
    ]


def test_a_bullet_written_cents_after_a_closing_quote() -> None:
    # T17's Guardian texts write the list bullet as the word "cents": after a closing quote it is no
    # lower-case word that goes on with the sentence
    text = 'He said : " It is a different matter . " cents There are 15 cases .'
    assert _texts(text) == ['He said : " It is a different matter . "', "cents There are 15 cases ."]
    assert _texts('He asked : " Why ? " he said .') == ['He asked : " Why ? " he said .']
