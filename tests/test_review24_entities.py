"""review24: entities30's LEADER_SURNAMES rule on plain text a user would have (each xfail is a bug
found on made-up but ordinary sentences; a passing control beside it)."""

import pytest

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


@pytest.mark.xfail(
    strict=True,
    reason="LEADER_SURNAMES overrides an apposition to 'The company': the firm Harris becomes a person "
    "(untyped before a61cf72); the leader rule should not fire where a firm's noun names the word",
)
def test_a_company_in_apposition_is_no_person() -> None:
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


@pytest.mark.xfail(
    strict=True,
    reason="a lone surname of a person listed with firms ('Google , Apple and Zuckerberg') becomes an "
    "organisation (untyped before a61cf72); no patch: the rule has no surname list to ask (coreference "
    "fixes it when the article names the full name first)",
)
def test_a_lone_surname_listed_with_firms_is_no_organisation() -> None:
    found = _types("The deal was backed by Google , Apple and Zuckerberg , sources said .")
    assert found["Zuckerberg"] != "organization"
