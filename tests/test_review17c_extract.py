"""review17c: the glued-dateline rule (byline.split_glued_dateline) leaves a city that a function
word governs in the headline."""

from newsprism.extract.byline import split_glued_dateline


def test_a_city_after_a_function_word_is_the_headlines_own() -> None:
    for headline in ("Live from LONDON", "Our man in HAVANA", "A weekend in ROME"):
        assert split_glued_dateline(headline) == (headline, None)


def test_a_city_glued_after_a_content_word_is_still_the_dateline() -> None:
    assert split_glued_dateline("Bomb blast hits MUMBAI") == ("Bomb blast hits", "Mumbai")
    assert split_glued_dateline("Go-ahead for embryos, LONDON") == ("Go-ahead for embryos,", "London")
