"""Entities20's rules: surnames alone typed by the event (a title in one article types the bare
surname of the others; a surname the event names in full joins the person however often it is
alone), formal "Jr." names, a person after a noun for a person or before a staff noun, an analyst's
employer after "for", embassies and pipelines as organisations, "Sparks have flown"."""

from newsprism.analyse.entities import find_mentions, merge_entities


def entities(*texts: str) -> list[tuple[str, str, str | None, int]]:
    found = merge_entities({str(i): find_mentions(t) for i, t in enumerate(texts)})
    return [(e.name, e.type, e.role, len(e.article_ids)) for e in found]


def test_a_title_in_one_article_types_the_bare_surname_of_the_others() -> None:
    # (not "Obama": a president's surname alone is a person's in every article, LEADER_SURNAMES)
    bare = "The plan of Salazar drew fire on the coast."
    assert ("Salazar", "other", None, 1) in entities(bare)
    got = entities("President Salazar visited the coast.", bare, "A letter to Salazar went unanswered.")
    assert ("Salazar", "person", "President", 3) in got
    # a heading in capitals gives no title ("QUEEN OF RAGE")
    texts = ("THE QUEEN OF RAGE IS BACK.", "Rage poured out in the town.", "The Rage tour ended.")
    assert not any(e[1] == "person" for e in entities(*texts))


def test_a_surname_joins_the_one_full_name_of_the_event_however_often_it_is_alone() -> None:
    got = entities(
        "House Speaker Nancy Pelosi spoke in Washington on Friday.",
        "The plan of Pelosi drew fire. Aides to Pelosi stayed quiet.",
        "A letter to Pelosi went unanswered.",
    )
    assert [e for e in got if "Pelosi" in e[0]] == [("Nancy Pelosi", "person", "House Speaker", 3)]
    # not the last word of a name that is no person's: the ship's "Valdez"
    got = entities(
        "The Exxon Valdez ran aground in 1989, said Quinn Valdez, a lawyer.",
        "The Valdez spill cost billions. The Valdez oil reached the shore.",
        "Ships like Valdez carried crude.",
    )
    assert ("Quinn Valdez", "person", "lawyer", 1) in got


def test_a_formal_name_with_a_suffix_takes_its_short_forms() -> None:
    got = entities(
        "President Joseph R. Biden Jr. signed the bill on Friday.", "Joe Biden said the bill would help."
    )
    assert got == [("Joseph R. Biden Jr.", "person", "President", 2)]
    got = entities("Justice Samuel A. Alito Jr. wrote the opinion.", "Samuel Alito wrote for the majority.")
    assert got == [("Samuel A. Alito Jr.", "person", "Justice", 2)]
    # no middle initial: the son apart from the father
    got = entities("Donald Trump Jr. spoke at the rally.", "Donald Trump said the rally was big.")
    assert len(got) == 2
    # nor beside the father's own formal name
    texts = ("Donald J. Trump Jr. spoke at the rally.", "Donald J. Trump said so.", "Donald Trump said it.")
    assert ("Donald J. Trump Jr.", "person", None, 1) in entities(*texts)


def test_a_full_name_after_a_lower_case_noun_for_a_person_is_a_persons() -> None:
    named = [(m.name, m.type) for m in find_mentions("It hit comedian Rauno Kestila hard. Kestila wept.")]
    assert named == [("Rauno Kestila", "person"), ("Rauno Kestila", "person")]
    assert find_mentions("Police shot black motorist Philando Castile.")[0].type == "person"
    # not a firm's name after a word for a firm too, nor a museum
    assert find_mentions("It bought the gas producer East Resources.")[0].type != "person"
    assert find_mentions("He met the artist Whitney Museum staff.")[0].type != "person"


def test_the_employer_of_an_analyst_or_reporter_after_for_is_an_organisation() -> None:
    text = "“Prices rose,” said Mark Hamrick, senior economic analyst for Bankrate."
    assert ("Bankrate", "organization") in [(m.name, m.type) for m in find_mentions(text)]
    # a lawyer's is a person's
    text = "“He knew,” said a lawyer for Giuliani."
    assert ("Giuliani", "organization") not in [(m.name, m.type) for m in find_mentions(text)]


def test_a_word_before_a_persons_staff_noun_is_a_person() -> None:
    named = [(m.name, m.type) for m in find_mentions("Gingrich, a top Trump adviser, spoke. Trump left.")]
    assert named[1:] == [("Trump", "person"), ("Trump", "person")]
    assert find_mentions("The bill angered a former Reagan aide.")[0].type == "person"
    # an office's, a party's or an organisation's staff
    for text in ("He was a Treasury adviser.", "He was a Labour aide.", "He is a Kremlin adviser."):
        assert find_mentions(text)[0].type != "person"


def test_an_embassy_a_consulate_and_the_marines_are_organisations() -> None:
    named = [
        (m.name, m.type) for m in find_mentions("He fled to the US Embassy. The British Embassy said so.")
    ]
    assert named == [("US Embassy", "organization"), ("British Embassy", "organization")]
    assert find_mentions("The US Marines landed.")[0].type == "organization"
    assert find_mentions("Protesters gathered at the Saudi Consulate.")[0].type == "organization"


def test_a_plural_noun_opening_a_sentence_before_a_plural_verb_is_no_town() -> None:
    assert find_mentions("The flame flickered. Sparks have flown since.") == []
    # the town takes a singular verb
    assert [(m.name, m.type) for m in find_mentions("Sparks has a new mayor.")] == [("Sparks", "place")]


def test_a_pipeline_is_its_operators_organisation() -> None:
    # (entities19's rule needed the article to write "pipeline" in lower case)
    assert find_mentions("Colonial Pipeline said it restored service.")[0].type == "organization"
    assert find_mentions("Hackers breached the Colonial Pipeline.")[0].type == "organization"


def test_a_firms_first_word_alone_joins_its_name_with_a_legal_form() -> None:
    got = entities("Shell Oil Co. said output fell.", "Shell said it would cut jobs.", "Shell shares rose.")
    assert [e[:2] + e[3:] for e in got if "Shell" in e[0]] == [("Shell Oil Co.", "organization", 3)]
    # not an adjective of titles ("The National newspaper" and Libya's "National Oil Company")
    got = entities("The National newspaper reported it.", "Libya's National Oil Company said so.")
    assert len([e for e in got if e[0].startswith("National")]) == 2
