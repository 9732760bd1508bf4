"""entities34b: a place right before a side's position is the club (or national side) named for it,
in that mention and the article's others, but where the article puts something in the town. Each
case is cut from the heap-10000 article named in its comment."""

from newsprism.analyse.entities import find_mentions


def _types(text: str, name: str) -> list[str]:
    return [m.type for m in find_mentions(text) if m.name == name]


def test_town_before_manager_in_a_game_report_is_the_club() -> None:
    # heap l3s_gn1-e72c62d8-...: "Newcastle manager Sam Allardyce left the club"
    text = (
        'NEWCASTLE, England - Newcastle manager Sam Allardyce left the club "by mutual agreement" '
        "Wednesday. He won just eight of his 24 matches at Newcastle, while losing 10. First team "
        "coach Nigel Pearson will lead the team, 11th in the 20-team league."
    )
    # the dateline's "NEWCASTLE" (named "Newcastle") stays the town
    assert _types(text, "Newcastle") == ["place", "organization", "organization"]


def test_the_town_after_in_or_from_stays_a_place() -> None:
    # heap l3s_gn1-7c3b8f34-...: "Portsmouth will only be a few miles (kilometers) from Newcastle"
    text = (
        "Portsmouth manager Harry Redknapp emerged as the favorite to take over from Sam Allardyce "
        "at Newcastle. Newcastle manager Sam Allardyce left the club. Portsmouth will only be a few "
        "miles from Newcastle on Sunday when it visits Sunderland in the Premier League. He lives "
        "in Newcastle. They are ninth in the league."
    )
    assert _types(text, "Newcastle") == ["organization", "organization", "place", "place"]
    assert _types(text, "Portsmouth") == ["organization", "organization"]


def test_a_position_of_the_game_needs_no_other_cue() -> None:
    # heap l3s_gn1-bf644274-...: "Israel midfielder Tamir Cohen has agreed terms with Bolton"
    text = "Israel midfielder Tamir Cohen has agreed terms with Bolton. The 23-year-old is set to sign."
    assert _types(text, "Israel") == ["organization"]


def test_manager_without_a_game_is_no_club() -> None:
    # "manager", "coach", "captain", "boss" and "forward" are a firm's or a ship's too: only an
    # article that speaks of a game (a league, a squad, a sport) makes them a side's
    text = "Newcastle manager John Smith said the plant would close. Jobs in Newcastle are at risk."
    assert _types(text, "Newcastle") == ["place", "place"]


def test_a_place_owned_by_a_firm_stays_a_place() -> None:
    # "BP's North Sea boss", "its London manager": the place of someone else's office
    text = (
        "BP's North Sea boss spoke. Its London manager said the league table of oil firms was "
        "wrong. London is calm."
    )
    assert _types(text, "London") == ["place", "place"]
    assert _types(text, "North Sea") == ["place"]


def test_a_dateline_stays_the_town() -> None:
    # heap l3s_gn1-ebf90d72-...: "Columbus, OH (Sports Network) - Rick Nash registered"
    text = (
        "Columbus, OH (Sports Network) - Rick Nash registered his second career hat trick. "
        'said Columbus coach Ken Hitchcock. "The league is tough." Columbus right winger '
        "David Vyborny left the game."
    )
    assert _types(text, "Columbus") == ["place", "organization", "organization"]


def test_a_headline_club_in_capitals_is_named_as_usual() -> None:
    # heap copy-000200-844732: "AUSTRALIA midfielder Mile Sterjovski is reported to be"
    mentions = find_mentions("AUSTRALIA midfielder Mile Sterjovski is reported to be leaving.")
    assert [(m.name, m.type) for m in mentions][0] == ("Australia", "organization")
