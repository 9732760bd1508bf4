"""entities31: session 22's leftover entity classes, each from real dev / heap-10000 text (the
article named in each test's comment)."""

from newsprism.analyse.entities import find_mentions


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.type, m.role) for m in find_mentions(text)]


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


def test_a_firm_named_by_its_possessive_is_one() -> None:
    # heap bpoil_bbc/520: "Moody" was other, then "Fitch" a person by "Fitch said"
    text = (
        "Meanwhile , rating agencies Moody 's and Fitch both cut the firm 's credit rating on Thursday . "
        "Moody 's and Fitch each cut BP 's rating by a modest one notch . "
        "Fitch said further downgrades could follow ."
    )
    found = _found(text)
    assert ("Moody's", "organization", None) in found
    assert ("Fitch", "organization", None) in found
    assert all(name != "Moody" for name, _, _ in found)
    assert all(kind != "person" for _, kind, _ in found)
    # heap bpoil_reuters/1292: the firm's possessive and its division's head are one name
    assert (
        _types(
            "Moody 's Investors Service warned in a report on Monday , saying it could be up to two years ."
        )["Moody's Investors Service"]
        == "organization"
    )


def test_a_persons_possessive_is_no_firm() -> None:
    # the surname written without its "'s" once, or after the given name, is the person's
    found = _types("Helmut Kohl led Germany . Kohl 's government fell in 1998 .")
    assert "Kohl's" not in found
    found = _types("Chris Christie spoke on Monday . Christie 's budget cuts schools .")
    assert "Christie's" not in found


def test_a_firm_named_alone_is_an_organisation() -> None:
    # heap copy-000194-022198, bpoil_bbc/1832, l3s_gn1-3006baa7 (Toyota typed a place, the city)
    found = _types("The studio is in a rush , though Fox might upset Lionsgate 's plan .")
    assert found["Fox"] == "organization"
    assert found["Lionsgate"] == "organization"
    # heap copy-000137-115040: "The figures come from a report from Deloitte said"
    assert (
        _types("Doing nothing is not an option , noted Deloitte 's Greg Pellegrino . Deloitte said so .")[
            "Deloitte"
        ]
        == "organization"
    )
    assert (
        _types("Media critic Howard Kurtz tweets : On Fox , Palin rips Obama speech .")["Fox"]
        == "organization"
    )
    assert (
        _types("Few auto companies enjoyed as envious a reputation . Toyota consistently did well .")[
            "Toyota"
        ]
        == "organization"
    )
    # a person of the firm's name keeps the full name coreference gives
    assert _types("Michael J. Fox spoke on Monday . Fox said he was tired .") == {"Michael J. Fox": "person"}


def test_a_drug_named_by_a_drugs_noun_is_no_person() -> None:
    # heap H1N1_reuters/489: "Tamiflu" was a person by "The WHO has said Tamiflu was working"
    text = (
        "The first H1N1 infection found to be resistant to the antiviral drug Tamiflu represents an "
        "isolated case . The WHO has said Tamiflu was working against strains of the new H1N1 flu ."
    )
    assert _types(text)["Tamiflu"] == "other"
    # heap H1N1_reuters/611: the drug as its apposition's head
    text = (
        "Scientists have found resistance to Tamiflu , the main antiviral flu drug , Danish officials "
        "said . The WHO has said Tamiflu was working against strains of the new flu ."
    )
    assert _types(text)["Tamiflu"] == "other"


def test_a_retired_storms_name_alone_is_no_person() -> None:
    # heap bpoil_washingtonpost/1160 (a reader's comment): "Katrina stated" made the storm a person
    text = (
        "Katrina was n't mearly an act of God . New Orleans drowned because of weak leavies . "
        'Bush seemed indifferent and days after Katrina stated that " no one could have foreseen the '
        'breach of the levees . "'
    )
    assert _types(text)["Katrina"] == "other"
    # heap bpoil_bbc/1671: a commenter of an article that names the hurricane season elsewhere
    text = (
        "The hurricane season starts next week . At 16:19 2nd Jun 2010 , Ian wrote : BP wants the oil "
        "but seems to want to use third parties to get it ."
    )
    assert _types(text)["Ian"] == "person"
    # heap bpoil_washingtonpost/1590: a person so named by her title stays one, storm words or not
    text = (
        "Ms. Katrina vanden Heuvel is a VERY left-winger . Katrina is such an original thinker . "
        "The same Republicans ignored the hurricane victims ."
    )
    assert _types(text)["Katrina"] == "person"


def test_a_poll_firm_is_no_person() -> None:
    found = _types("A poll by Harris Interactive found that Harris was leading .")
    assert found["Harris Interactive"] == "organization"
    assert found["Harris"] == "person"


def test_a_photo_credit_ends_at_the_photographers_surname() -> None:
    # heap bpoil_reuters/741: "REUTERS/Larry Downing Interesting that Mr Gray uses ..."
    text = (
        "testifies at the House Energy and Commerce Committee on Capitol Hill , June 17 , 2010 . "
        "REUTERS/Larry Downing Interesting that Mr Gray uses European date notation ."
    )
    names = {m.name for m in find_mentions(text)}
    assert "Larry Downing" in names
    assert not any(name.startswith("Larry Downing ") for name in names)
    names = {m.name for m in find_mentions("the stadium . AP Photo/Jae C. Hong The Superdome was full .")}
    assert "Jae C. Hong" in names


def test_a_list_of_people_is_no_role() -> None:
    # heap bpoil_foxnews/1499: John Boehner's role was "Cantor and Rep. Mike Pence"
    text = (
        "House Minority Leader John Boehner , R-Ohio , spoke . \" Congressman Barton 's statements "
        'this morning were wrong , " Boehner , Cantor and Rep. Mike Pence , R-Ind . , said .'
    )
    roles = {m.name: m.role for m in find_mentions(text) if m.type == "person"}
    assert roles["John Boehner"] == "House Minority Leader"
    assert roles["Mike Pence"] == "Rep."
    # heap train-262-2: Tom Cotton's role was "Josh Hawley and Pat Toomey and Representative Chris Smith"
    text = (
        "Among those targeted were Senators Ted Cruz , Marco Rubio , Tom Cotton , Josh Hawley and Pat "
        "Toomey and Representative Chris Smith , officials said ."
    )
    roles = {m.name: m.role for m in find_mentions(text) if m.type == "person"}
    assert roles["Tom Cotton"] is None or "Hawley" not in roles["Tom Cotton"]


def test_a_sentences_lost_opener_ends_the_name_before_it() -> None:
    # heap copy-000329 (a reader's letter): "Hong Kong The disappearance of my money"
    found = _types("Ma Ham Chi , Hong Kong The disappearance of my money in this tsunami hurt .")
    assert found.get("Hong Kong") == "place"
    assert "Hong Kong The" not in found
    # the Guardian's page end: "Naomi Klein This article appeared on p32 of the Main section"
    names = {
        m.name for m in find_mentions("A hole in the world | Naomi Klein This article appeared on p32 .")
    }
    assert "Naomi Klein" in names
    # a name's own letter stays: "World War I", "Plan A"
    names = {
        m.name for m in find_mentions("After World War I the plan changed . There is a Plan A and more .")
    }
    assert {"World War I", "Plan A"} <= names


def test_a_guardian_photo_credit_ends_at_the_surname() -> None:
    # heap (the Guardian on the Torrey Canyon): "Photograph : Graeme Robertson Flop flop flop ."
    text = (
        "The beach is still full of oil from the 1967 spill . Photograph : Graeme Robertson Flop flop flop ."
    )
    assert "Graeme Robertson" in {m.name for m in find_mentions(text)}


def test_a_bbc_bylines_desk_is_no_part_of_the_name() -> None:
    # heap bpoil_bbc: "By Anthony Reuben Business reporter , BBC News"
    text = "By Anthony Reuben Business reporter , BBC News . BP said its business was sound ."
    names = {m.name for m in find_mentions(text)}
    assert "Anthony Reuben" in names
    assert "Anthony Reuben Business" not in names


def test_a_bbc_quote_boxs_label_is_no_part_of_the_speakers_name() -> None:
    # heap bpoil_bbc/1567: '... and Chevron " End Quote Robert Peston BBC business editor Speculation'
    text = 'the biggest oil company , and Chevron " End Quote Robert Peston BBC business editor Speculation also continues .'
    names = {m.name: m.type for m in find_mentions(text)}
    assert names.get("Robert Peston") == "person"
    assert not any(name.startswith("End Quote") for name in names)
    # heap bpoil_bbc/1127: the label before an organisation, and the next sentence's "Its"
    text = (
        'designed to the very highest standards " End Quote Department of Energy and Climate Change '
        "spokeswoman Its energy spokesman Joss Garman said : the rules are weak ."
    )
    found = _types(text)
    assert found.get("Department of Energy and Climate Change") == "organization"
    assert "Its" not in found


def test_an_inflected_word_in_capitals_is_no_organisation() -> None:
    # heap bpoil (a heading run into the body): "UNLIKELY", "CONSERVATION" were organisations by their
    # capitals, where the article never writes the word in lower case
    assert "UNLIKELY" not in _types("BP says new cap is UNLIKELY to hold , officials said .")
    assert "CONSERVATION" not in _types("CONSERVATION groups sue over drilling permits .")
    # a name written in title case too stays ("HANNITY :" in a transcript)
    assert _types("Sean Hannity spoke on Monday . HANNITY : Welcome back .")["Sean Hannity"] == "person"


def test_a_role_ends_at_a_heading_above_it() -> None:
    # heap (a CPAC story): "Glenn Beck Rips Progressivism at CPAC / Fox News host Glenn Beck"
    text = (
        "Glenn Beck Rips Progressivism at CPAC\n\nFox News host Glenn Beck, armed with his chalkboard, spoke."
    )
    roles = {m.name: m.role for m in find_mentions(text) if m.type == "person"}
    assert roles["Glenn Beck"] == "Fox News host"


def test_a_tokenised_possessive_in_a_role_is_written_as_one_word() -> None:
    # heap bpoil_bbc: "the BBC 's business editor Robert Peston"
    roles = {
        m.name: m.role
        for m in find_mentions("He said Biden 's national security adviser Jake Sullivan spoke .")
    }
    assert roles["Jake Sullivan"] == "Biden's national security adviser"


def test_an_acronym_after_a_glued_title_stays_the_organisation() -> None:
    # heap bpoil_bbc/210: the quote box's role glued to the next sentence made BP a person everywhere
    text = (
        'BP said so . " I think our regime has been shown to be robust " End Quote Chris Huhne Energy and '
        'Climate Change Secretary BP remained a " strong company " . BP shares rose .'
    )
    assert {(m.name, m.type) for m in find_mentions(text) if m.name == "BP"} == {("BP", "organization")}
    # a title before a surname in capitals is still a person's ("President BUSH")
    assert _types("President BUSH spoke . BUSH said it would pass .")["BUSH"] != "organization"


def test_a_conjunction_alone_inside_a_sentence_is_no_name() -> None:
    # heap bpoil_bbc/293: "End Quote Thad Allen Retired admiral If the tests are positive" made "If" a
    # person with the role "End Quote Thad Allen Retired admiral"
    found = _types("End Quote Thad Allen Retired admiral If the tests are positive then we move on .")
    assert "If" not in found
    assert found["Thad Allen"] == "person"
