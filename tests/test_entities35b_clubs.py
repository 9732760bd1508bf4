"""entities35b: clubs by their names. A British town and "City", "County" or "Athletic" is a club
("Manchester City", "Derby County"; "Kansas City", "Salt Lake City" stay places), and so is a place
and "Rovers", "Wanderers", "Albion"...; a club's nickname after "the" that speaks is the club; a
place then initials joined by "&" is a university ("Texas A&M"); a side's opponent in a game report
is a side too ("Michigan, against Florida"). Each case is cut from the heap-10000 article named in
its comment, but where it says "made up"."""

from newsprism.analyse.entities import find_mentions


def _named(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def _types(text: str, name: str) -> list[str | None]:
    return [m.type for m in find_mentions(text) if m.name == name]


def test_a_british_town_and_city_or_county_is_a_club() -> None:
    # heap l3s_gn1-75feb450 and l3s_gn1-b16f4a95: both were places
    text = "The 25-year-old joined Newcastle from Manchester City in the summer."
    assert _types(text, "Manchester City") == ["organization"]
    text = "Derby County manager Paul Jewell has confirmed his interest in signing Robbie Savage."
    assert _types(text, "Derby County") == ["organization"]


def test_a_city_that_the_gazetteer_names_so_stays_a_place() -> None:
    # heap H1N1_guardian/26, l3s_gn1-bb2ddb38 (a report on a game), allsides 5693_right
    text = "People wearing surgical masks queue for medical checks at Mexico City 's general hospital ."
    assert _types(text, "Mexico City") == ["place"]
    text = "Final Score: Utah 111, Indiana 89\n\nSalt Lake City, UT (Sports Network) - Carlos Boozer had 22 points."
    assert _types(text, "Salt Lake City") == ["place"]
    text = "“Responding to the proposition that we accommodate refugees in Orange County,” he said."
    assert _types(text, "Orange County") == ["place"]
    # heap: the Gloucester County school board of Virginia (the largest Gloucester is Canadian)
    text = "As is its custom, the court did not say why it was rejecting the appeal of the Gloucester County school district."
    assert _types(text, "Gloucester County") == ["place"]


def test_a_place_and_a_british_clubs_word_is_a_club() -> None:
    # heap l3s_gn1-6cb35a68 and l3s_gn1-afd5f508, the first lines: were place and other
    assert _named("Derby County (0) 0 Wigan Athletic (0) 1") == [
        ("Derby County", "organization"),
        ("Wigan Athletic", "organization"),
    ]
    assert _types("Doncaster Rovers 1 Carlisle United 0", "Doncaster Rovers") == ["organization"]
    # heap l3s_gn1-246e3fec: "Athletic" alone is the adjective that opens a sentence, no club
    text = "Athletic youngster A.J. Hawk (105 tackles, 1 sack, 1 INT) played well in his first season."
    assert _types(text, "Athletic") == []


def test_a_clubs_nickname_after_the_that_speaks_is_the_club() -> None:
    # made up: was the person "Red Sox" by its speech verb
    text = "The Red Sox said on Monday that the deal was done."
    assert _types(text, "Red Sox") == ["organization"]


def test_a_place_then_initials_joined_by_and_is_a_university() -> None:
    # heap bpoil_foxnews/205: was other
    text = "John Kessler , an oceanographer from Texas A&M , is one of the report 's most outspoken critics ."
    assert _types(text, "Texas A&M") == ["organization"]
    # heap bpoil_washingtonpost/571: no place before the initials, no university
    text = (
        "Thoughts , comments , suggestions or criticisms about The Post 's Live Q&A s ? Send us an e-mail ."
    )
    assert _types(text, "Live Q&A") == ["other"]


def test_a_sides_opponent_in_a_game_report_is_a_side() -> None:
    # heap l3s_gn1-7d6b0455 (two of its paragraphs): "Florida" was the place
    text = (
        "The Florida Citrus Bowl will also play host to the Capital One Bowl on Tuesday, featuring the "
        "Spartans’ rival, Michigan, against Florida. This resulted in a curious juxtaposition of fans.\n\n"
        "During the first half, an off-color message regarding Lloyd Carr, the retiring coach of Michigan, "
        "was posted on the scoreboard after the quarterback's interception."
    )
    assert _types(text, "Florida") == ["organization"]
    # made up: no report on a game, the places stay places
    text = "The Capital One Bowl will feature the state of Michigan, against Florida, in a tourism contest."
    assert _types(text, "Florida") == ["place"]


def test_a_football_club_named_by_no_town_is_a_club() -> None:
    # heap l3s_gn1-e72c62d8 (was the person "Arsenal", by the role "leader") and l3s_gn1-82f835a8
    # (was other)
    text = "The team is 11th in the 20-team Premier League with 26 points, 24 less than leader Arsenal."
    assert _types(text, "Arsenal") == ["organization"]
    text = "The London club snatched a dramatic 2-1 win over Everton in Tuesday's semi-final first leg."
    assert _types(text, "Everton") == ["organization"]


def test_the_last_word_of_a_football_club_alone_is_the_club() -> None:
    # heap l3s_gn1-95469dc3 (its first line and one of its sentences): "Villa" was other
    text = (
        "Manchester United made it 13 wins in a row against Aston Villa with two goals in the last 10 "
        "minutes. Having failed to beat United in their previous 20 attempts, Villa never looked capable "
        "of saving the game."
    )
    assert [m.name for m in find_mentions(text) if m.type == "organization"] == [
        "Manchester United",
        "Aston Villa",
        "Manchester United",
        "Aston Villa",
    ]


def test_a_town_that_opens_a_sentence_before_a_plural_verb_is_a_club() -> None:
    # heap l3s_gn1-022b482d (its first two sentences; "strikers" from its third): "Chelsea" and
    # "Bolton" were places
    text = (
        "Chelsea are hoping to complete the signing of Nicolas Anelka in time for this weekend's Premier "
        "League clash with Tottenham.\n\nBolton have already rejected a Chelsea bid for the Frenchman, "
        "as their three main strikers are currently unavailable."
    )
    assert [m.type for m in find_mentions(text) if m.name in ("Chelsea", "Bolton")] == ["organization"] * 3
    # made up: no report on a game, and a name inside its sentence ("the beaches of the Gulf Coast
    # are"; a first cut made "Gulf Coast", "London", "North Sea" clubs on the heap)
    text = "Hotels in Chelsea are full. The beaches of the Gulf Coast are closed."
    assert _types(text, "Chelsea") == ["place"]
    assert _types(text, "Gulf Coast") == ["place"]
