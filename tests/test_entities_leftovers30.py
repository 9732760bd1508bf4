"""entities30: session 21's leftover classes, each from real dev text: firms typed by a list of
firms or a stock ticker, "New South Wales" opening a sentence, a site's "House Rules", a
president's surname alone, the name of an organisation the news calls by its acronym."""

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.records import Mention


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


def test_a_name_listed_with_organisations_is_one() -> None:
    # heap-10000 bpoil_reuters/1292: "Exxon Mobil" and "Royal Dutch Shell" were other
    found = _types(
        "Representatives of BP , Exxon Mobil , Royal Dutch Shell , Chevron and ConocoPhillips are due "
        "to testify on Tuesday ."
    )
    assert found["Exxon Mobil"] == "organization"
    assert found["Royal Dutch Shell"] == "organization"
    # a list whose organisations are outnumbered types nothing: the rest of a name the run split
    # (bpoil_foxnews/1283)
    found = _types(
        "The Coast Guard and Bureau of Ocean Energy Management , Regulation and Enforcement have "
        "scheduled five more days of hearings ."
    )
    assert found.get("Regulation") != "organization"
    assert found.get("Enforcement") != "organization"
    # a modifier is no list's name (ecb 8_7ecb), nor a sentence's opener (bpoil_washingtonpost/1150)
    found = _types("Agents from the FBI and Woodburn police responded to the bank in Woodburn.")
    assert found.get("Woodburn") != "organization"
    assert "Separately" not in _types("Separately , BP and Transocean said they would appeal .")
    # nor a person's name after a possessive (bpoil_foxnews/1499)
    found = _types("Fox News ' Chad Pergram and FoxNews.com 's Stephen Clark contributed to this report .")
    assert found.get("Chad Pergram") != "organization"


def test_a_stock_ticker_makes_a_company() -> None:
    # heap-10000 bpoil_reuters/818 (Reuters' tickers) and a wire's "(NASDAQ:LOGI)"
    found = _types("Exxon Mobil ( XOM . N ) is famous in the industry for insisting upon compliance .")
    assert found["Exxon Mobil"] == "organization"
    found = _types("Today at the show, Logitech (NASDAQ:LOGI) unveiled the Harmony One remote.")
    assert found["Logitech"] == "organization"
    # the legal form alone before a ticker stays no name (H1N1_reuters/560)
    found = _types("J.P. Morgan Chase & Co ( JPM . N ) and a group of hedge funds could win .")
    assert "Co" not in found


def test_a_noun_for_a_firm_before_a_name_makes_it_one() -> None:
    # heap-10000 bpoil_guardian/1128: "broker Nomura said" was a person by its verb
    found = _types("With debt expensive , broker Nomura said an equity-based fundraising may work .")
    assert found["Nomura"] == "organization"
    # H1N1_guardian/519: "tour companies Thomson and First Choice"
    found = _types(
        "British holiday tour companies Thomson and First Choice have suspended their operations ."
    )
    assert found["Thomson"] == "organization"


def test_new_south_wales_opening_a_sentence_keeps_its_first_word() -> None:
    # heap-10000 copy-000565-688617: "South Wales"
    text = "Sign up for our daily newsletter.  New South Wales tourism is set to score a huge boost."
    assert _types(text) == {"New South Wales": "place"}
    assert "New Brunswick" in {m.name for m in find_mentions("New Brunswick is a province. It is new.")}


def test_a_sites_house_rules_name_nothing() -> None:
    # BBC comment pages, 243 heap-10000 mentions
    text = (
        "This comment was removed because the moderators found it broke the House Rules . "
        "The House Rules Committee met on Tuesday ."
    )
    assert _types(text) == {"House Rules Committee": "organization"}


def test_a_presidents_surname_alone_is_a_person() -> None:
    # heap-10000 bpoil_bbc/204, train-1624-2, train-2097-0: "Obama" and "Trump" were other
    assert _types("U.S. court blocks Obama ban on deepwater drilling - 4 hrs ago")["Obama"] == "person"
    assert _types("For four years, all that's been in the news is Trump.")["Trump"] == "person"
    # a leader's staff and term of office after his surname
    found = _types("Judge Haywood Gilliam, an Obama appointee, ruled. Hale is a Nakamura appointee.")
    assert found["Nakamura"] == "person"
    # not a sentence's opener before a plural ("Two associates of Pope Francis accused")
    assert "Two" not in _types("Two associates of Pope Francis accused conservative Catholics.")
    # the town stays a town
    assert _types("He lives in Clinton , Iowa now.")["Clinton"] == "place"


def _mention(name: str, start: int = 0) -> Mention:
    return Mention(text=name, start=start, end=start + len(name), type="organization", name=name, role=None)


def test_an_organisation_the_news_calls_by_its_acronym_is_named_so() -> None:
    # heap-10000 events: "British Petroleum" (BP's name until 2001) in 3 of 16 articles named BP
    articles = {f"a{i}": [_mention("BP")] for i in range(9)}
    articles |= {f"b{i}": [_mention("BP"), _mention("British Petroleum", 40)] for i in range(2)}
    (bp,) = merge_entities(articles)
    assert bp.name == "BP"
    assert "British Petroleum" in bp.aliases
    # an article that spells the acronym out names it by the expansion
    spelt = "Central Intelligence Agency"
    articles = {f"a{i}": [_mention("CIA")] for i in range(6)}
    articles["b"] = [_mention(spelt), _mention("CIA", len(spelt) + 2)]
    assert [e.name for e in merge_entities(articles)] == [spelt]
    # as often the expansion as the acronym: the expansion (WHO)
    articles = {"a": [_mention("WHO")], "b": [_mention("World Health Organization")]}
    assert [e.name for e in merge_entities(articles)] == ["World Health Organization"]


def test_an_acronym_inside_a_name_gives_no_initial() -> None:
    # heap-10000 events: "BP" joined "BGC Partners" (B + P)
    articles = {"a": [_mention("BGC Partners"), _mention("BP", 30)], "b": [_mention("BP")]}
    assert sorted(e.name for e in merge_entities(articles)) == ["BGC Partners", "BP"]


def test_a_peoples_plural_and_a_speakers_noun_are_no_person() -> None:
    # heap-10000 copy-000719-274219: "Sunnis" was a person by its verb, as "Americans" is not
    found = _types("Bin Quinn said Sunnis should pledge their allegiance to Abu Omar al-Baghdadi .")
    assert found["Sunnis"] == "other"
    # bpoil_bbc/885: a common noun for those who speak, opening a sentence before "said"
    text = "Officials fear wider damage . Forecasters said south-westerly winds were pushing the slick ."
    assert "Forecasters" not in _types(text)


def test_a_papers_name_after_its_state_or_town_is_an_organisation() -> None:
    # allsides 5673: "the Arizona Republic first reported" was other; BASIL: "the Kansas City Star"
    found = _types("Biden won Maricopa County, the Arizona Republic first reported Thursday.")
    assert found["Arizona Republic"] == "organization"
    found = _types("The audit was viewed by the Kansas City Star, the paper said.")
    assert found["Kansas City Star"] == "organization"
    # a country stays a place, a compass word's star no paper
    found = _types("He flew to the Dominican Republic and the Czech Republic.")
    assert found == {"Dominican Republic": "place", "Czech Republic": "place"}
    assert (
        _types('"My only North Star has been the well-being of my island," he said.').get("North Star")
        != "organization"
    )


def test_giant_after_an_article_is_an_adjective() -> None:
    # heap-10000 train-1170-2: "Christmas" was an organisation
    text = "On the same day the giant Christmas tree is being lit outside NBC studios. The oil giant BP fell."
    found = _types(text)
    assert found.get("Christmas") != "organization"
    assert found["BP"] == "organization"
