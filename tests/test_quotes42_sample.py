"""quotes42: classes of a heap-10000 sample of 60 quotes (seed 42) and what a change to them moved:
whom a he/she means."""

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_surname_alone_after_a_title_named_it_is_whom_he_means() -> None:
    # bpoil_foxnews/309 (sample no. 56), cut, in its words: was 'Spike Lee'; "Obama" alone is the
    # person "President Obama" named before, though no given name is written
    text = (
        "President Obama plans to speak with British Prime Minister David Cameron on Saturday . On the "
        "U.S. side , director Spike Lee reportedly told a gathering of New York bloggers the U.S. team "
        'should wear shirts that say " BP Sucks " on Saturday . Facing public pressure , Obama has taken a '
        "tougher tone toward BP in recent days . He said earlier in the week that he 'd fired BP CEO Tony "
        'Hayward and claimed that he was scouting for an " ass to kick . "'
    )
    assert _speakers(text) == ["Spike Lee", "Obama"]


def test_a_surname_alone_with_no_title_before_is_still_no_antecedent() -> None:
    # made up (guard): "Lee" was never titled, so the speaker before stays whom "he" means
    text = (
        "Director Spike Lee told bloggers the team should wear shirts . Coach Bradley spoke on Monday . "
        'Lee has taken a tougher tone . He said he was looking for " a fight . "'
    )
    assert _speakers(text) == ["Spike Lee"]


def test_a_name_right_before_comma_he_said_is_not_whom_he_means() -> None:
    # bpoil_washingtonpost/1451, in its words: Romney's words about Obama (the first cut of the
    # rule above gave 'Obama')
    text = (
        "President Obama was in Louisiana . But Mitt Romney , who last I checked is right of center , "
        'sounded almost exactly the same note : Obama , he said , should be " leading this entire effort to '
        'bring together the experts . "'
    )
    assert _speakers(text) == ["Mitt Romney"]


def test_a_fronted_surname_is_not_whom_he_means() -> None:
    # bpoil_washingtonpost/1241, in its words: was 'Kenneth Abbott', of whom Perry speaks
    text = (
        "Kenneth Abbott helped oversee BP 's safety compliance . \" All of the documents should have been "
        'completed before they started production , " David Perry said in an interview . " He walked in '
        'the door and there was a problem . " Abbott , he said , " feels like his efforts to fix the '
        'problem got him terminated . "'
    )
    assert _speakers(text)[-1] == "David Perry"


def test_a_title_before_its_medium_in_the_plural_is_no_quote() -> None:
    # train-2227-2 (sample no. 43), in its words: was 'Don Cherry'
    text = (
        "Don Cherry, the colorfully dressed fixture of “Hockey Night in Canada” broadcasts, was fired on "
        "Monday after on-air comments. “Following further discussions with Don Cherry, it has been decided "
        "it is the right time for him to immediately step down,” Sportsnet president Bart Yabsley said."
    )
    assert [q.quote[:20] for q in find_quotes(text, "x", None)] == ["Following further di"]


def test_a_title_in_apposition_after_its_medium_is_no_quote() -> None:
    # train-1602-0 (sample no. 29), in its words: was 'Hillary Clinton'
    text = (
        "Hillary Clinton’s book on her 2016 election loss, “What Happened,” hits bookshelves on Tuesday. "
        "Here are five of the most memorable anecdotes shared by Clinton in her book."
    )
    assert find_quotes(text, "x", None) == []


def test_a_quote_after_a_comma_that_follows_no_medium_stays() -> None:
    # made up (guard): a comma before the quote after words that name no medium
    text = "After the vote on the bill, “We Will Fight On,” Smith said."
    assert _speakers(text) == ["Smith"]


def test_two_people_who_say_a_quote_together_give_the_first_named() -> None:
    # bpoil_reuters/1820 (sample no. 33), cut, in its words: was 'Satish Nagarajaiah', whose
    # statement went on
    text = (
        '" This is a good step forward , " said Satish Nagarajaiah , professor at Rice University . The '
        'Obama administration downplayed the significance . " This technique is not a solution to the '
        'problem , " Secretary of Homeland Security Janet Napolitano and Secretary of the Interior Ken '
        "Salazar said in a joint statement ."
    )
    assert _speakers(text) == ["Satish Nagarajaiah", "Janet Napolitano"]


def test_one_person_with_two_titles_is_no_two_people() -> None:
    # bpoil_reuters/119, cut, in its words (guard): "Chairman and President" are one man's titles
    text = (
        '" We will be working closely with the government , " BP America Chairman and President Lamar '
        "McKay told reporters ."
    )
    assert _speakers(text) == ["Lamar McKay"]


def test_a_name_between_an_article_and_its_noun_is_no_quote() -> None:
    # BASIL 450755dd_1 (sample no. 58), cut, in its words: was 'Nancy Pelosi'
    text = (
        "House Minority Leader Nancy Pelosi (D-Calif.) tweeted about her opposition to the restaurant, and "
        'West Hollywood bar The Abbey introduced a "Chick-for-Gay" sandwich as a protest against the chain.'
    )
    assert find_quotes(text, "x", None) == []


def test_a_figure_between_an_article_and_its_noun_stays_a_quote() -> None:
    # BASIL f11c2566_2, cut, in its words (guard): Boehner's "1 in 3" (a first cut dropped it)
    text = (
        'House Speaker John Boehner (R-Ohio) admitted there\'s a "1 in 3" chance that the Republicans will '
        "lose their majority in the House of Representatives in an interview Tuesday."
    )
    assert _speakers(text) == ["John Boehner"]
