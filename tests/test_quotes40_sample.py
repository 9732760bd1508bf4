"""quotes40: the classes of a heap sample (seed 40): a show's title after a broadcaster's possessive
that a tokenized page split off ("NBC 's " Meet the Press . "") is no quote."""

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


def test_show_title_after_spaced_possessive_is_no_quote() -> None:
    # bpoil_foxnews/1818 (heap sample 40, no. 57), in its words
    text = (
        "Brice-O'Hara was also asked on ABC 's \" Good Morning America \" about the possibility of "
        'dispersing chemicals . She replied : " That is a technology that is in new stages . "'
    )
    assert _quotes(text) == [("That is a technology that is in new stages .", "Brice-O'Hara")]


def test_show_title_told_after_spaced_possessive_keeps_the_statement() -> None:
    # bpoil_reuters/790, in its words: the title goes, the statement before it stays Markey's
    text = (
        '" Right from the beginning , BP was either lying or grossly incompetent , " Markey told '
        'NBC \'s " Meet the Press . " " First they said it was only 1,000 barrels . "'
    )
    assert _quotes(text) == [
        ("Right from the beginning , BP was either lying or grossly incompetent", "Markey"),
        ("First they said it was only 1,000 barrels .", "Markey"),
    ]


def test_words_after_a_spaced_possessive_in_lower_case_stay_a_quote() -> None:
    # made up: words in lower case after the possessive are the show's guest's words
    text = 'Markey told NBC \'s " we were lied to from the beginning . "'
    assert _quotes(text) == [("we were lied to from the beginning .", "Markey")]


def test_a_name_in_the_subjects_relative_clause_is_not_the_pronouns() -> None:
    # H1N1_reuters/34 (heap sample 40, no. 2), in its words: was 'Ricky Hatton'
    text = (
        "About 25,000 British fans are expected in Las Vegas for Ricky Hatton 's title defense . According "
        "to former middleweight champion Bernard Hopkins , the huge turnout gave further proof that boxing "
        'was in excellent shape . " Today showed that boxing is n\'t going anywhere , " Hopkins told '
        "Reuters . Hopkins , who is now a partner with Golden Boy "
        "Promotions who look after Hatton , said the struggling economy had placed an extra burden on "
        "organisers . \" We 've got to take risks because now people are choosing wisely with their "
        'dollars , " he said .'
    )
    assert _quotes(text)[-1][1] == "Bernard Hopkins"


def test_a_name_after_the_relative_clause_is_the_pronouns() -> None:
    # made up guard: the clause closes before the name, which is the subject after it
    text = (
        "Bernard Hopkins , who is a partner of the firm , met Ricky Hatton . Later , Hatton spoke . "
        '" We have to take risks , " he said .'
    )
    assert _quotes(text)[-1][1] == "Ricky Hatton"


def test_a_name_in_apposition_to_an_object_is_no_subject() -> None:
    # BASIL 6f95dcb9_3 (heap sample 40, no. 12), in its words: was 'Teddy Roosevelt'
    text = (
        "Bombastic conservative talk show host Glenn Beck closed a three-day conservative conference on "
        "Saturday.\n\nBeck didn't really name names - save for a swipe at one Republican (presumably Sen. "
        "John McCain) for admiring another Republican, Teddy Roosevelt -- the latter of whom Beck accused "
        "of launching the modern progressive movement.\n\n"
        '"I have not heard people in the Republican Party admit yet that they have a problem," he said.'
    )
    assert _quotes(text)[-1][1] == "Glenn Beck"


def test_a_name_after_a_fronted_phrase_stays_the_subject() -> None:
    # l3s_gn1 46fd5e71, in its words (quotes37's Trahan): a first cut took the name for an apposition
    text = (
        '"The conditions were there, you could go low," Robert Gamez said.\n\nDespite carding a 68, DJ '
        "Trahan was still surprised to finish the day in second.\n\n"
        '"You come here and expect to shoot six or seven under," he said.'
    )
    assert _quotes(text)[-1][1] == "DJ Trahan"


def test_a_quote_ending_with_a_nested_quote_ends_its_sentence() -> None:
    # bpoil_washingtonpost/1502 (heap sample 40, no. 26), in its words: was 'Experts', the next
    # sentence's subject
    text = (
        "Roger Marzulla , an environmental lawyer who headed the Justice Department 's environment division , "
        "said it appeared that \" the government got rushed by the court 's deadline . They filed as generic "
        "a complaint as possible and figured ` we 'll sort it all out later . ' \" Experts said the legal "
        "standard to prove liability is low ."
    )
    assert _quotes(text)[0][1] == "Roger Marzulla"


def test_a_terms_meaning_is_no_ones_words() -> None:
    # bpoil_foxnews/745 (heap sample 40, no. 29), in its words: was 'Benjamin Franklin'
    text = (
        '" I have the happiness to know that it is a rising and not a setting sun , " Benjamin Franklin said . '
        'Even our currency is today built upon a faith-based system called " fiat " -- a Latin term meaning '
        '" let it be done . "'
    )
    assert _quotes(text)[-1] == ("let it be done .", None)


def test_a_plural_noun_for_people_is_no_part_of_the_first_name() -> None:
    # l3s_gn1 30303278 (heap sample 40, no. 50), in its words: was 'Politicians Clara Rojas'
    text = (
        "Politicians Clara Rojas and Consuelo Gonzalez said they were kept behind barbed wire.\n\n"
        "\"When they say 'get up and walk,' you have to be in the condition to survive,\" Rojas said."
    )
    assert _quotes(text)[-1][1] == "Clara Rojas"
