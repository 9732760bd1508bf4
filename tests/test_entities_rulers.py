"""Rulers before "regime", towns and firms after a royal title, firms that speak (entities19)."""

from newsprism.analyse.entities import find_mentions


def named(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_a_name_before_regime_is_its_ruler_in_every_mention() -> None:
    text = "Protesters toppled the Mubarak regime. Mubarak fled to the coast."
    assert named(text) == [("Mubarak", "person"), ("Mubarak", "person")]
    # a town we list is the ruler's name there ("Castro", a town in Brazil), in every mention
    text = "The Castro regime has managed it for decades. Castro’s apologists stayed quiet."
    assert named(text) == [("Castro", "person"), ("Castro", "person")]
    assert ("Saddam", "person") in named("They broke the sanctions against Saddam's regime.")
    # a country or a city of a million names its government
    assert named("The Beijing regime jailed him in Hong Kong.")[0] == ("Beijing", "place")
    assert named("Banks split under the old Glass-Steagall regime.") == [("Glass-Steagall", "other")]


def test_a_royal_title_and_a_town_we_list_after_a_place_cue_is_the_town() -> None:
    text = (
        "B.C.'s premier toured Prince George Sunday to view the damage. "
        "In a release, the City of Prince George says the premier will help."
    )
    assert [n for n in named(text) if "George" in n[0]] == [("Prince George", "place")] * 2
    assert ("Prince George", "place") in named("Floods hit homes in Prince George, where crews worked.")
    # the royal: no place cue
    text = "Kate gave birth to Prince George in 2013. Prince George attended the match."
    assert named(text) == [("George", "person"), ("George", "person")]


def test_a_royal_title_and_a_word_before_a_firms_noun_is_the_firm() -> None:
    assert named("A King Soopers spokesman said the store would reopen.")[0] == ("King Soopers", "other")
    # a given name after the title: the royal
    assert named("A King Abdullah spokesman said the talks went well.") == [("Abdullah", "person")]


def test_a_name_whose_last_word_the_article_writes_in_lower_case_speaks_as_a_firm() -> None:
    text = "The pipeline was shut. Colonial Pipeline said it paid the ransom."
    assert named(text) == [("Colonial Pipeline", "organization")]
    text = "The oil reached the coast, Shell Oil said on Monday."
    assert ("Shell Oil", "organization") in named(text)
    # a person's given name first: the person
    text = "Mary Baker, who bakes for a baker, said the bread was late."
    assert named(text)[0] == ("Mary Baker", "person")


def test_a_name_before_who_or_after_an_outlets_possessive_is_a_person() -> None:
    text = "Robach says she had spoken to Virginia Roberts Giuffre, who alleges abuse."
    assert ("Virginia Roberts Giuffre", "person") in named(text)
    assert ("Chad Pergram", "person") in named("Fox News' Chad Pergram caught up with her on Monday.")
    assert ("Elle Reeve", "person") in named("CNN’s Elle Reeve adds to the picture.")
    # a firm after "of", a group, a product, a titled surname: no new person
    text = "said Jim Smith, an analyst at Burnham Securities, who rates the stock."
    assert ("Burnham Securities", "person") not in named(text)
    assert ("Alabama Republicans", "person") not in named(
        "It marks a break with Alabama Republicans, who lost."
    )
    text = "Apple's App Store and Nvidia's Quadro FX were shown."
    assert ("App Store", "other") in named(text) and ("Quadro FX", "other") in named(text)
    text = "Neil Ferguson led the study. Prof Ferguson, who sits on the panel, said it was grim."
    assert [n for n in named(text) if n[1] == "person"] == [("Neil Ferguson", "person")]
    assert named("Sunrisers Hyderabad, who won the toss, chose to bat.")[0] == (
        "Sunrisers Hyderabad",
        "other",
    )


def test_a_word_whose_hyphenated_tail_is_lower_case_is_no_name() -> None:
    text = "Pfizer asked for third COVID-vaccine doses for Tamiflu-resistant cases and T-shirts."
    assert named(text) == [("Pfizer", "organization")]
    # capitalised parts, or two places' relation: as before
    assert ("Rolls-Royce", "other") in named("He bought a Rolls-Royce in May.")


def test_a_name_before_an_outlets_noun_is_an_organisation() -> None:
    text = "Shares fell after an article appeared on Fortune magazine's website. Fortune quoted him."
    assert named(text) == [("Fortune", "organization"), ("Fortune", "organization")]
    text = "Investors may buy stakes, the National newspaper, which is owned by Abu Dhabi, said."
    assert ("National", "organization") in named(text)


def test_a_given_name_before_a_plans_head_makes_no_person() -> None:
    text = "The new group, known as the Lincoln Project, attacked him. It is like The Blair Witch Project."
    assert [n for n in named(text) if n[1] == "person"] == []
    assert named("Lincoln Chafee spoke first.") == [("Lincoln Chafee", "person")]


def test_a_month_after_a_listed_given_name_is_its_surname() -> None:
    assert named("Theresa May has bowed to pressure.") == [("Theresa May", "person")]
    text = "British Prime Minister Theresa May met Trump in May."
    assert named(text)[0] == ("Theresa May", "person")
    assert ("Theresa May", "person") not in named("The talks ended on Theresa May 5.")  # a date
    assert named("In May they met.") == []


def test_the_gop_and_the_republican_party_are_one_entity() -> None:
    from newsprism.analyse.entities import merge_entities

    mentions = {
        "a": find_mentions("The GOP has a problem, the senator said on Monday."),
        "b": find_mentions("The Republican Party voted to censure her on Friday."),
    }
    orgs = [(e.name, e.aliases) for e in merge_entities(mentions) if e.type == "organization"]
    assert orgs == [("Republican Party", ("GOP",))]
