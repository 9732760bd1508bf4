"""review24: entities30's LEADER_SURNAMES rule on plain text a user would have (each xfail is a bug
found on made-up but ordinary sentences; a passing control beside it)."""

from newsprism.analyse.entities import find_mentions


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


def test_a_firm_named_dole_is_no_person() -> None:
    assert _types("Shares in Dole rose 4 percent on Monday .").get("Dole") != "person"
    assert _types("He lives in Clinton , Iowa , and works at Dole .").get("Dole") != "person"


def test_a_leader_surname_alone_is_still_a_person() -> None:
    # control: the rule's own cases stay right
    assert _types("U.S. court blocks Obama ban on deepwater drilling .")["Obama"] == "person"
    assert _types("Bush said Tuesday the economy was strong.")["Bush"] == "person"


def test_a_company_in_apposition_is_no_person() -> None:
    # entities31: a firm's noun and the name between commas ("the company , Harris ,") make it one
    assert _types("The company , Harris , makes radios for the military .").get("Harris") != "person"


def test_a_leader_listed_with_firms_is_no_organisation() -> None:
    assert _types("Donations came from Google , Apple and Trump , records show .")["Trump"] == "person"
    assert _types("Lawsuits name Exxon Mobil , Chevron , Shell and Biden .")["Biden"] == "person"


def test_a_firm_listed_with_firms_is_still_one() -> None:
    # control: the list rule's own case
    found = _types(
        "Representatives of BP , Exxon Mobil , Royal Dutch Shell , Chevron and ConocoPhillips are due ."
    )
    assert found["Exxon Mobil"] == "organization"


def test_a_lone_surname_listed_with_firms_is_no_organisation() -> None:
    # entities31: business leaders' surnames joined LEADER_SURNAMES, which the list rule leaves alone
    found = _types("The deal was backed by Google , Apple and Zuckerberg , sources said .")
    assert found["Zuckerberg"] != "organization"
