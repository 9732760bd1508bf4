"""entities28: session 20's leftovers, each as a class, from real dev text: a club's short name,
a short given name beside the full one, a town before an AP state abbreviation, a compass part of
a place that names a side, a time-prefixed demonym before a lower-case role, the initials of a
minority (no organisation), a demonym's thing after "the"."""

from newsprism.analyse.entities import find_mentions, merge_entities


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


def test_a_clubs_short_name_is_the_club() -> None:
    # heap-10000 (ecbplus 5_9ecbplus, 5_1ecbplus): "Sixers" was other or a person
    found = _types("Agent says Sixers to sign Dalembert to six - year deal. Cheeks returns as Sixers' fixer.")
    assert found["Philadelphia 76ers"] == "organization"
    assert "Sixers" not in found
    # a nickname that opens with a digit starts no capitalised run: the club was its place alone
    found = _types("Edward DeBartolo, the former owner of the San Francisco 49ers, has been pardoned.")
    assert found["San Francisco 49ers"] == "organization"
    assert "San Francisco" not in found
    found = _types("Not because Mo Cheeks was long for the job with the Philadelphia 76ers.")
    assert found["Philadelphia 76ers"] == "organization"
    # the city alone stays the city
    assert _types("He grew up in Philadelphia and San Francisco.") == {
        "Philadelphia": "place",
        "San Francisco": "place",
    }


def test_a_short_given_name_beside_the_full_one_is_one_person() -> None:
    # ECB+ topic 5: "Mo Cheeks" (other, a duplicate) beside "Maurice Cheeks"
    articles = {
        "a": find_mentions("Not because Mo Cheeks was long for the job with the Philadelphia 76ers."),
        "b": find_mentions(
            "The Sixers fired Jim O'Brien and brought in Maurice Cheeks, the popular former Sixers player."
            " Cheeks, 48, was fired from the Blazers in March."
        ),
    }
    assert [m.type for m in articles["a"] if m.name == "Mo Cheeks"] == ["person"]
    people = [e for e in merge_entities(articles) if e.type == "person" and "Cheeks" in e.name]
    assert [e.name for e in people] == ["Maurice Cheeks"]
    # another given name with the surname stays apart
    articles["c"] = find_mentions("Sarah Cheeks, his daughter, said nothing.")
    people = [e for e in merge_entities(articles) if e.type == "person" and "Cheeks" in e.name]
    assert sorted(e.name for e in people) == ["Maurice Cheeks", "Sarah Cheeks"]


def test_a_town_before_an_ap_state_abbreviation_is_a_place() -> None:
    # BASIL (526cabb7_1): "Newtown" was other (the gazetteer lacks it); "Conn." is an AP
    # abbreviation that is no other word, as "Calif.", "Fla." are
    text = (
        "At a news conference on Monday, exactly one month after the school massacre in Newtown, "
        "Conn., Mr. Obama said a task force had presented its ideas. The guns that were used in "
        "Newtown were legal."
    )
    assert [m.type for m in find_mentions(text) if m.name == "Newtown"] == ["place", "place"]
    # heap-10000: "the U. S. Geological Survey in Golden, Colo., said"; "in Rancho Mirage, Calif."
    assert (
        _types("The U. S. Geological Survey in Golden, Colo., said it was a magnitude 6.1.")["Golden"]
        == "place"
    )
    # a lawmaker's party and state is no place's
    found = _types("Sen. Dianne Feinstein, D-Calif., said she would vote no.")
    assert found == {"Dianne Feinstein": "person"}


def test_a_compass_part_of_a_place_before_a_sport_is_a_side() -> None:
    # heap-10000: "South Sydney" (the rugby club) and "East Carolina" (a university's team) were places
    text = "New South Wales tourism is set to score a huge boost with the South Sydney rugby league tour."
    assert _types(text)["South Sydney"] == "organization"
    text = "N.C. State (11-3) has won seven straight games since a stunning loss to East Carolina on Dec. 8."
    assert _types(text)["East Carolina"] == "organization"
    # a part of a place elsewhere stays a place; a listed region before a sport stays the region
    assert _types("He grew up in Northeast Philadelphia.")["Northeast Philadelphia"] == "place"
    assert (
        _types("The Wolfpack played against a North Carolina team that likes to run.")["North Carolina"]
        == "place"
    )


def test_a_time_prefixed_demonym_before_a_lower_case_role_is_the_roles() -> None:
    # heap-10000 (train-1597-2): the role was "ambassador"
    text = (
        "Flynn pleaded guilty to lying to federal agents about conversations he had with then-Russian "
        "ambassador Sergey Kislyak."
    )
    people = {m.name: m.role for m in find_mentions(text) if m.type == "person"}
    assert people["Sergey Kislyak"] == "then-Russian ambassador"
    text = "The ex-Soviet leader Mikhail Gorbachev died on Tuesday."
    people = {m.name: m.role for m in find_mentions(text) if m.type == "person"}
    assert people["Mikhail Gorbachev"] == "ex-Soviet leader"


def test_a_minoritys_initials_name_no_organisation() -> None:
    # heap-10000 (train-1576-1, train-19-1): "LGBTQ" was an organisation (47 dev mentions)
    text = "Ketchum will be one of just four out LGBTQ officials in the state to hold public office."
    assert {m.name: m.type for m in find_mentions(text) if "LGBT" in m.name} == {"LGBTQ officials": "other"}
    text = "Pope Francis spoke about how to support LGBTQ people, and LGBT rights groups welcomed it."
    assert {m.type for m in find_mentions(text) if "LGBT" in m.name} <= {"other"}
    # an organisation named with them keeps its name
    assert _types("The National LGBTQ Task Force said it would sue.") == {
        "National LGBTQ Task Force": "organization"
    }


def test_a_demonyms_thing_after_the_is_named_whole() -> None:
    # heap-10000, BASIL: "the American Dream" was "Dream" (other)
    text = "Don't let anyone tell you to accept the downsizing of the American Dream, Kerry said."
    found = _types(text)
    assert "Dream" not in found
    assert found["American Dream"] == "other"
    # a demonym before a person's name is still no part of it
    assert "Xi Jinping" in _types("He met the Chinese leader, and Chinese Xi Jinping said no.")


def test_a_firm_named_for_its_trade_is_an_organisation() -> None:
    # heap-10000 (bpoil_reuters/1074): "British Petroleum" was "Petroleum" (other, 120 dev mentions:
    # the demonym cut off); "Anadarko Petroleum" (bpoil_reuters/763) and "Dow Chemical" were other
    text = (
        "Our job basically is to keep the boot on the neck of British Petroleum to carry out the "
        "responsibilities they have. Anadarko Petroleum, BP's partner in the well with a 25 percent "
        "stake, is also on the hook. Dow Chemical and Purdue Pharma were not."
    )
    found = _types(text)
    assert [
        found[n] for n in ("British Petroleum", "Anadarko Petroleum", "Dow Chemical", "Purdue Pharma")
    ] == ["organization"] * 4
    assert "Petroleum" not in found
    # a guild is a body as a union is: "Writers Guild of America" whole (was "Writers Guild", other)
    found = _types("The strike by the Writers Guild of America and the Screen Actors Guild went on.")
    assert found["Writers Guild of America"] == found["Screen Actors Guild"] == "organization"
    # not after a function word: BP's slogan "Beyond Petroleum" is no firm (its initials would name BP)
    found = _types(
        'It went for a makeover, promising it would go " Beyond Petroleum " in the new millennium.'
    )
    assert found.get("Beyond Petroleum") != "organization"
    # a firm's name before "and" stays apart from the next one
    found = _types("Aside from BP, the suit names Halliburton and Anadarko Petroleum, minority partners.")
    assert found["Halliburton"] == found["Anadarko Petroleum"] == "organization"


def test_a_statue_of_a_name_is_one_place() -> None:
    # heap-10000 (l3s_gn1): "Statue" and "Liberty" were two fragments, other
    text = "The Queen Mary 2 slipped past the Statue of Liberty together under the cover of darkness."
    assert _types(text)["Statue of Liberty"] == "place"
    assert "Liberty" not in _types(text)


def test_a_countrys_official_name_is_a_place() -> None:
    # heap-10000 (l3s_gn1, H1N1_bbc): "the Czech Republic" and "the United States of America" were
    # other (the gazetteers' names are "Czechia", "United States")
    text = (
        "Kuznetsova beat Nicole Vaidisova of the Czech Republic 7-5, 7-6 (4). The United States of "
        "America, the natural leader of the world community, should lead."
    )
    found = _types(text)
    assert found["Czech Republic"] == found["United States of America"] == "place"


def test_a_pages_furniture_names_nothing() -> None:
    # heap-10000 (bpoil_guardian, bpoil_foxnews, bpoil_reuters): a page's furniture and links were
    # entities, other ("Main", "Follow", "Photo", "Sign", "Posted", "Report": 540 mentions)
    text = (
        "A version appeared on p27 of the Main section section of the Guardian on 14.15 BST on Tuesday "
        "21 September 2010 Our selection of best buys Follow the latest business news on Twitter . "
        "( AP Photo/Eric Gay ) Sign up for free e-mail news alerts . Posted by : jdclegg55 -- Report as abuse"
    )
    assert set(_types(text)) == {"Guardian", "Twitter", "Eric Gay"}
    # in a name they stay: "the Drudge Report", "Human Rights Watch"
    found = _types("The Drudge Report linked it, and Human Rights Watch said so.")
    assert {"Drudge Report", "Human Rights Watch"} <= set(found)
