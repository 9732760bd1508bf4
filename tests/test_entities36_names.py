"""entities36: what the names are. A club by its whole nickname ("Red Sox", "Blue Jackets"), by "FC",
by a European club's prefix and town ("Athletic Bilbao") or by a weekday ("Sheffield Wednesday"); two
towns that play each other in a report on a game; a side's position opening a sentence is no part of
the name ("Winger Laurent Robert"); a relation's noun before a given name that is a town ("daughter
Chelsea"); an agency named for its field and its country ("Environment Canada"). Each case is cut from
the heap-10000 or dev article named in its comment, but where it says "made up"."""

from newsprism.analyse.entities import find_mentions


def _named(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def _types(text: str, name: str) -> list[str | None]:
    return [m.type for m in find_mentions(text) if m.name == name]


def test_a_clubs_whole_nickname_is_the_club_anywhere() -> None:
    # heap 10_7ecb (outside a report on a game): was other
    text = "Nobody knows for sure what the Red Sox have offered.\n\nI'm pretty sure the Red Sox offer will be the only one."
    assert _types(text, "Red Sox") == ["organization", "organization"]
    # made up: "Red" is a given name, and the speech verb made a person
    assert _types("Red Sox said on Monday that the deal was done.", "Red Sox") == ["organization"]
    # heap l3s_gn1-ebf90d72: was a person by "who"
    text = "Nikolai Zherdev collected two helpers for the Blue Jackets, who have won two straight."
    assert _types(text, "Blue Jackets") == ["organization"]


def test_a_nicknames_last_word_alone_is_the_club_named_so() -> None:
    # heap l3s_gn1-e93bdd8d: "the Leafs" of an article on the "Maple Leafs" (it was so before the
    # whole nickname was typed early; the rule keeps it)
    text = (
        "Colaiacovo needed crutches to walk around the Maple Leafs practice facility.\n\n"
        "Despite the mounting injuries to the Leafs, Bryan McCabe is out with a broken hand."
    )
    assert [n for n, t in _named(text) if t == "organization"] == ["Maple Leafs", "Maple Leafs"]
    # made up: with the club named with its town, the nickname is that club's
    text = "The Boston Red Sox won. The Red Sox said they would appeal."
    assert _types(text, "Boston Red Sox") == ["organization", "organization"]


def test_fc_before_or_after_a_name_makes_a_club() -> None:
    # heap H1N1_bbc/398 (a reader's comment): was a person
    assert _types(
        "cris ronaldo was a bolt from the blue to moved to Chelsea FC which is big", "Chelsea FC"
    ) == ["organization"]
    # heap l3s_gn1-7c3b8f34: was other
    text = '"I seem to be talked about," the former Manchester United and FC Barcelona striker said.'
    assert _types(text, "FC Barcelona") == ["organization"]


def test_a_european_clubs_prefix_and_town_is_the_club_and_the_prefix_alone_too() -> None:
    # heap l3s_gn1-506df3c3: "Athletic Bilbao" and "Athletic" were persons ("who", "took")
    text = (
        "Athletic Bilbao, who are one of only three clubs to have been ever-present, won.\n\n"
        "Athletic took advantage of the French defender's dismissal by going on the attack."
    )
    assert _named(text) == [("Athletic Bilbao", "organization"), ("Athletic Bilbao", "organization")]
    # heap l3s_gn1-a612eec0: was other
    text = "Hodgson is also chasing Werder Bremen stopper Leon Andreasen."
    assert _types(text, "Werder Bremen") == ["organization"]


def test_a_club_named_by_a_weekday_is_one_name() -> None:
    # heap l3s_gn1-c3a8e424: was the place "Sheffield"
    text = "Danny Mills could start for the Rams after facing Sheffield Wednesday in the FA Cup last weekend."
    assert _types(text, "Sheffield Wednesday") == ["organization"]
    # made up: the town's day stays the town
    assert _types("It rained in Sheffield Wednesday night.", "Sheffield") == ["place"]


def test_hull_city_and_stoke_city_are_clubs() -> None:
    # made up (session 26's left list): the gazetteer names neither town so; were places
    assert _named("Hull City beat Stoke City 2-1.") == [
        ("Hull City", "organization"),
        ("Stoke City", "organization"),
    ]


def test_two_towns_that_play_each_other_in_a_game_report_are_clubs() -> None:
    # heap l3s_gn1-b7731ab8: both were places; "People from Liverpool" stays the town
    text = (
        "The defender was pictured climbing into the stand.\n\n"
        'Carragher added: "People from Liverpool have got something about them."\n\n'
        "Liverpool will play Luton in their third-round replay at Anfield."
    )
    assert _named(text)[1:] == [
        ("Liverpool", "place"),
        ("Liverpool", "organization"),
        ("Luton", "organization"),
        ("Anfield", "other"),
    ]
    # made up: no game, no club
    assert _types("Liverpool will host Luton for the trade fair.", "Luton") == ["place"]


def test_a_sides_position_opening_a_sentence_is_no_part_of_the_name() -> None:
    # heap l3s_gn1-c3a8e424 ("Laurent" is no given name we list), copy-000188-328641: were one name
    text = "The Rams lost on Saturday.\n\nWinger Laurent Robert, who signed a short-term deal, played."
    assert _types(text, "Laurent Robert") == ["person"]
    text = "Egypt won 1-0.\n\nMidfielder Hosni Abd Rabou converted a 41st-minute penalty."
    assert _types(text, "Hosni Abd Rabou") == ["person"]
    # made up (session 26's left list)
    assert _types("The match ended.\n\nCentre-back Curtis Davies was injured.", "Curtis Davies") == ["person"]


def test_a_sides_position_before_a_name_makes_a_person() -> None:
    # heap l3s_gn1-ad3b10d2: "striker Kenwyne Jones" was other
    text = "Goals from Kieran Richardson and striker Kenwyne Jones saw the Black Cats race into a 2-0 lead."
    assert _types(text, "Kenwyne Jones") == ["person"]


def test_a_given_name_that_is_a_town_after_a_relations_noun_is_the_relative() -> None:
    # heap H1N1_guardian/734, train-1930-0 (Chelsea Clinton), bpoil_washingtonpost/1841: were places
    text = "Pupils recall Bill Clinton 's donation when daughter Chelsea attended : a round of golf ."
    assert _types(text, "Chelsea") == ["person"]
    text = "My older sister Nancy returned to Louisiana to attend LSU ."
    assert _types(text, "Nancy") == ["person"]
    # made up: a country after one stays the country
    assert _types("He visited his son Jordan in Amman.", "Jordan") == ["place"]


def test_a_field_and_a_country_is_its_agency() -> None:
    # heap l3s_gn1-fd4727e9, H1N1_guardian/113: were other
    text = "Environment Canada ranks its top weather events from one to 10."
    assert _types(text, "Environment Canada") == ["organization"]
    text = "Based on this experience , Health Protection Scotland has expressed the view that it spreads ."
    assert _types(text, "Health Protection Scotland") == ["organization"]
    # made up (session 26's left list): was a person by the verb
    assert _types("Tourism Ireland said visitors fell.", "Tourism Ireland") == ["organization"]
    # heap: a compass word and a country stays a place
    assert _types("Violence flared in Northern Ireland .", "Northern Ireland") == ["place"]


def test_an_honorific_without_a_stop_marks_a_person() -> None:
    # heap bpoil_bbc/1398: "Hayward" was a place (a town too); train-930-0: "Sanders" was other
    assert _types('" Our commitment to the Gulf is total , " said Mr Hayward .', "Hayward") == ["person"]
    assert _types("Mr Sanders was treated in hospital for a minor injury.", "Sanders") == ["person"]
    # heap H1N1_bbc/937: "Alistair" is no given name we list; was other
    text = "Former moderators ( Dr Alistair Dunlop , Dr John Lockington ) wrote ."
    assert _types(text, "Alistair Dunlop") == ["person"]
    # heap l3s_gn1-7a4c1a97: "Miss" is a pageant's title as often
    assert _types("Jade Eden, a former Miss England contestant, came third.", "England") == ["place"]


def test_a_name_listed_beside_a_full_name_is_a_person() -> None:
    # heap l3s_gn1-c3a8e424, H1N1_reuters/690: were other ("Hossam", "Amena" are no given names we list)
    text = "Robbie Savage, Emanuel Villa and Hossam Ghaly could all make their County bow."
    assert _types(text, "Hossam Ghaly") == ["person"]
    text = "( Reporting by Tamara Walid , Amena Bakr , Luke Pachymuthu ; editing by Keiron Henderson )"
    assert _types(text, "Amena Bakr") == ["person"]
    # heap H1N1_bbc/408: a reader's signature, the town after the comma stays no person
    text = "how can quarantine work without guards ? Andrew Lindop , Connahs Quay - I agree ."
    assert _types(text, "Connahs Quay") == ["other"]
    # heap bpoil_guardian/160: a plural of a word news write ends a firm's name, no person's
    text = "BP is not in danger of simply evaporating like Enron , Arthur Andersen or Lehman Brothers ."
    assert _types(text, "Lehman Brothers") == ["other"]
    # heap l3s_gn1-ceaaf8b9: a car listed beside a town's given name ("Austin Mini") stays no person
    text = 'She said it was "something like an Austin Mini or Fiat Uno".'
    assert _types(text, "Fiat Uno") == ["other"]


def test_a_wires_credit_names_its_journalists() -> None:
    # heap H1N1_reuters (Reuters' credit lines): were other ("Sugita", "Ho" are no given names we list)
    text = (
        "Hospitals reported 11 deaths from the flu . ( Reporting by Ho Binh Minh ; Editing by Sugita Katyal )"
    )
    assert [(n, t) for n, t in _named(text) if t != "place"] == [
        ("Ho Binh Minh", "person"),
        ("Sugita Katyal", "person"),
    ]
    # heap: data "compiled by" a university stays the university
    text = "The U.S. death toll is 500, according to data compiled by Johns Hopkins University."
    assert _types(text, "Johns Hopkins University") == ["organization"]


def test_a_lake_mount_cape_port_or_fort_first_is_a_place() -> None:
    # heap bpoil (the spill's coast): were other
    text = "Oil reached Lake Pontchartrain , and boats left Port Fourchon and Fort Jackson ."
    assert _named(text) == [
        ("Lake Pontchartrain", "place"),
        ("Port Fourchon", "place"),
        ("Fort Jackson", "place"),
    ]
    # heap bpoil_foxnews/1110: a longer run is an association's cut short, no place
    text = "said Pete Gerica , president of the Lake Pontchartrain Fishermen 's Association ."
    assert _types(text, "Lake Pontchartrain Fishermen") == ["other"]
    # heap: "the Port Authority" stays an organisation
    assert _types("The Port Authority said the bridge would close.", "Port Authority") == ["organization"]


def test_firms_news_name_alone_and_the_north_slope() -> None:
    # heap bpoil_reuters/708: "Exxon Mobil" was other (and "Royal Dutch Shell", listed beside it)
    text = "Exxon Mobil , Royal Dutch Shell and Chevron are the only fully integrated majors ."
    assert _named(text) == [
        ("Exxon Mobil", "organization"),
        ("Royal Dutch Shell", "organization"),
        ("Chevron", "organization"),
    ]
    # heap bpoil_washingtonpost/623: was a person by the speech verb
    assert _types("\" The Daily Mail said President Obama 's rebukes to BP were harsh .", "Daily Mail") == [
        "organization"
    ]
    # heap bpoil_guardian/342: was other
    text = "three BP pipelines on Alaska 's North Slope had ruptured"
    assert _types(text, "North Slope") == ["place"]


def test_regions_the_gazetteers_name_otherwise_are_places() -> None:
    # heap H1N1_bbc/960 (the gazetteer's "Normandie"), a Reuters byline ("Frankfurt am Main"): were other
    text = "The school contracted the flu after returning from a school trip to Normandy ."
    assert _types(text, "Normandy") == ["place"]
    assert _types("Maria Sheahan is a Reuters senior correspondent in Frankfurt .", "Frankfurt") == ["place"]


def test_roads_and_bridges_are_places() -> None:
    # heap 22_9ecbplus, d10 events on the George Washington Bridge closures: were persons by the given name
    text = "the plant at Roosevelt Boulevard and Byberry Road ."
    assert _named(text) == [("Roosevelt Boulevard", "place"), ("Byberry Road", "place")]
    text = "The lanes to the George Washington Bridge were closed for four days."
    assert _types(text, "George Washington Bridge") == ["place"]


def test_a_nationality_noun_before_a_full_name_is_no_part_of_it() -> None:
    # heap l3s_gn1-c9d789b5, l3s_gn1-3df0f8d9: were "Aussie Todd Louden", "Swede Daniel Chopra", other
    text = "Jones is to replace fellow Aussie Todd Louden - but the franchise must wait."
    assert _types(text, "Todd Louden") == ["person"]
    text = "Swede Daniel Chopra beat Steve Stricker in a playoff.\n\nChopra beat Stricker on the fourth hole."
    assert _types(text, "Daniel Chopra") == ["person", "person"]
    # made up: a given name that is such a noun stays the name's first word
    assert _types("Scot Peterson waited outside.", "Scot Peterson") == ["person"]
