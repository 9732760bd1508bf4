"""Entities on modern web pages (the htmldate set, 2019-2023): a page's labels and a paper's
reference list name no one. The texts are from the htmldate pages and the heap's dev articles."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.records import Entity


def names(text: str) -> set[str]:
    return {m.name for m in find_mentions(text)}


def types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


def merged(texts: dict[str, str]) -> dict[str, Entity]:
    return {e.name: e for e in merge_entities({k: find_mentions(t) for k, t in texts.items()})}


def test_a_reference_lists_authors_are_no_entities() -> None:
    # acpjournals: "Surname Initials" of a medical paper's references were 70 entities
    text = (
        "The vaccine lowered mortality among the elderly.\n\n"
        "31. Fleming DM , Watson JM , Nicholas S , et al. Study of the effectiveness of influenza "
        "vaccination in the elderly. Epidemiol Infect. 1995;115:581-9.\n\n"
        "32. Baio G , Thijs CT . Influenza and mortality. Lancet. 2018;391:1-9.\n\n"
        "Michael L. Anderson, an economist at Berkeley, wrote the paper."
    )
    found = names(text)
    assert not found & {"Fleming DM", "Watson JM", "Nicholas S", "Baio G", "Thijs CT"}
    assert "Michael L. Anderson" in found


def test_a_name_with_one_initial_in_capitals_stays_outside_a_reference_list() -> None:
    # fewer than three such names: "Malcolm X" and a king's numeral are names
    found = names("Malcolm X, the civil rights leader, met Ali. Henry VIII , the king, did not.")
    assert "Malcolm X" in found
    assert "Henry VIII" in found


def test_a_pages_labels_are_no_entities() -> None:
    # acpjournals, thepointsguy, JSTOR; heap: CNN's and NYT's page furniture
    text = (
        "The code archive provides details.\n\nCorresponding Author: Michael L. Anderson, PhD, 714 "
        "University Hall.\n\nEditorial Note: Opinions expressed here are the author's alone.\n\n"
        "Learn More\n\nThe court ruled on Monday.\n\nStory Highlights\n\nThe judge said so."
    )
    found = names(text)
    assert not found & {"Corresponding Author", "Editorial Note", "Learn More", "Story Highlights"}
    assert "Michael L. Anderson" in found


def test_a_link_on_a_line_of_its_own_inside_a_sentence_stays_a_name() -> None:
    # heap (l3s): a page's links stand on lines of their own in the middle of a sentence
    text = (
        "Hodgson has signed Norwegian defender\n\nBrede Hangeland\n\n, and is also chasing a striker. "
        "Other security vendors including\n\nTrend Micro\n\nhave flagged it."
    )
    found = names(text)
    assert {"Brede Hangeland", "Trend Micro"} <= found


def test_a_role_noun_after_a_title_is_no_person() -> None:
    # acpjournals: the editors' disclosures; heap: a bank's economist
    found = {
        m.name: m.type
        for m in find_mentions("Jaya K. Rao, MD, MHS, Deputy Editor, reports that she has no stock.")
    }
    assert "Editor" not in found
    assert found["Jaya K. Rao"] == "person"
    found = {
        m.name: m.type
        for m in find_mentions('"It was subdued," said Martin Ellis, Chief Economist at the Halifax.')
    }
    assert "Economist" not in found
    assert found["Martin Ellis"] == "person"


def test_a_professor_or_a_councillor_before_a_name_is_no_part_of_it() -> None:
    # htmldate (Iloilo, Napa, AP): the name was "City Councilor Ely Estante", typed other; heap: the
    # professor's role from the apposition stays
    found = {
        m.name: m for m in find_mentions("City Councilor Ely Estante and Supervisor Alfredo Pedroza met.")
    }
    assert found["Ely Estante"].type == "person"
    assert found["Alfredo Pedroza"].type == "person"
    text = (
        "Professor David Salisbury, head of immunisation at the Department of Health, said the vaccine "
        "was safe. Professor Salisbury added that it was tested."
    )
    people = {m.name: m.role for m in find_mentions(text) if m.type == "person"}
    assert people == {"David Salisbury": "head of immunisation at the Department of Health"}


def test_an_ellipsis_ends_a_sentence() -> None:
    # nymag, the Sun (htmldate); heap: a capital after "…" opens a sentence, not a name
    text = (
        "There is much awry in American politics … But I’ve come to believe the story. I thought of "
        "basketball… Rolling it over in my mind, I left, Barack Obama said."
    )
    found = names(text)
    assert not found & {"But I’ve", "Rolling"}
    assert "Barack Obama" in found


def test_the_words_of_a_quoted_title_are_no_names() -> None:
    # AP (htmldate), heap: a work's title in quotes split into lone common words at its "of" / "in"
    text = (
        "Limon called it “The End of Poetry.” Okrent wrote “Two Days in March,” and "
        'Markey told NBC\'s "Meet the Press" that BP lied. A booklet titled “The Wit and Wisdom of '
        "Michael Bloomberg” came out. The “Paycheck Protection Program” ran out."
    )
    found = names(text)
    assert not found & {"End", "Poetry", "Two Days", "Press", "Wit", "Wisdom"}
    assert {"Michael Bloomberg", "NBC", "Paycheck Protection Program", "Markey"} <= found
    # a closing straight quote opens nothing: the name after it stays
    assert "Tip" in names('like Ted " 1965 Immigration Act " Kennedy and Tip " Anti-Irish " O\'Neill did.')


def test_a_parish_an_isle_a_panhandle_and_a_refuge_are_places() -> None:
    # heap (the 2010 Gulf oil spill): Louisiana's parishes, Grand Isle, the Florida Panhandle and the
    # wildlife refuges were typed other; a military operation so named stays no place
    text = (
        "Billy Nungesser, president of Plaquemines Parish, flew over Grand Isle and the Florida "
        "Panhandle to the Breton National Wildlife Refuge. Operation Allies Refuge ended."
    )
    found = types(text)
    places = ("Plaquemines Parish", "Grand Isle", "Florida Panhandle", "Breton National Wildlife Refuge")
    assert [found[p] for p in places] == ["place"] * 4
    assert found.get("Operation Allies Refuge") != "place"


def test_a_division_is_an_organisation_but_a_league_division_is_not() -> None:
    # htmldate (Florida, hurricanes): "Florida Division" + "Emergency Management", typed other
    text = (
        "Bryan Koon, a former director of the Florida Division of Emergency Management, spoke. The "
        "Justice Department's Criminal Division agreed. The Sixers are last in the Atlantic Division."
    )
    assert types(text).get("Atlantic Division") != "organization"
    assert {"Florida Division of Emergency Management", "Criminal Division"} <= {
        name for name, kind in types(text).items() if kind == "organization"
    }


def test_a_full_name_joins_the_fuller_one_and_glued_words_leave_a_name() -> None:
    # heap: "Tayyip Erdogan" stayed apart from "Recep Tayyip Erdogan"; "Briton Tony Hayward" (a
    # word glued before the name) from "Tony Hayward"
    people = merged(
        {
            "a": "Turkish President Recep Tayyip Erdogan spoke. Briton Tony Hayward said it was shut.",
            "b": "President Tayyip Erdogan said no. BP chief executive Tony Hayward said the well was shut.",
        }
    )
    assert people["Recep Tayyip Erdogan"].article_ids == ("a", "b")
    assert people["Tony Hayward"].article_ids == ("a", "b")
    assert people["Tony Hayward"].role == "BP chief executive"
    assert "Briton Tony Hayward" in people["Tony Hayward"].aliases


def test_a_department_joins_its_bare_name_and_its_do_acronym() -> None:
    # allsides, heap: "Health and Human Services" and "DOJ" stayed apart from their departments
    orgs = merged(
        {
            "a": "The Department of Health and Human Services sued. The Department of Justice agreed.",
            "b": "Health and Human Services said the DOJ would appeal.",
        }
    )
    assert orgs["Department of Health and Human Services"].article_ids == ("a", "b")
    assert "DOJ" in orgs["Department of Justice"].aliases
    assert "DOJ" not in orgs and "Health and Human Services" not in orgs


def test_mp_is_a_title() -> None:
    # the Daily Mail, the Standard (htmldate), the Guardian (heap): "MP" was an organisation by its
    # capitals, and "Tory MP Neil Parish" one name (a place: "Parish")
    found = {m.name: m for m in find_mentions("Tory MP Neil Parish spoke. The local MP was furious.")}
    assert found["Neil Parish"].type == "person"
    assert found["Neil Parish"].role == "Tory MP"
    assert "MP" not in found


def test_and_the_opens_a_second_organisation() -> None:
    # heap: "Department of Justice and the FBI", "Corps of Engineers and the Coast Guard" were one
    # organisation each; a complement's own "and" still joins
    found = names(
        "The Department of Justice and the FBI sued. The Department of Health and Human Services and "
        "Department of Defense agreed. The Bureau of Alcohol, Tobacco, Firearms and Explosives said."
    )
    assert {"Department of Justice", "FBI", "Department of Health and Human Services"} <= found
    assert {"Department of Defense", "Bureau of Alcohol, Tobacco, Firearms and Explosives"} <= found


def test_world_leaders_given_names_are_listed() -> None:
    # heap: "going after those closest to Vladimir Putin" (no title, no speech verb) was untyped
    found = types("The sanctions go after those closest to Vladimir Putin and to Jair Bolsonaro.")
    assert found["Vladimir Putin"] == "person"
    assert found["Jair Bolsonaro"] == "person"


def test_plural_company_heads_make_organisations() -> None:
    # heap: "Leth Agencies" (the Suez Canal's shipping agent) was a person, "Ocean Therapy
    # Solutions" and "Summit Entertainment" untyped
    found = types(
        "Leth Agencies said the ship moved. Ocean Therapy Solutions and Summit Entertainment agreed."
    )
    assert [found[n] for n in ("Leth Agencies", "Ocean Therapy Solutions", "Summit Entertainment")] == [
        "organization"
    ] * 3


def test_a_quarter_of_a_year_is_no_organisation() -> None:
    # allsides, heap, htmldate: "Q1" and "H1" were organisations by their capital and digit; "G7" stays
    found = names("Moderna revealed its Q1 2021 results. It happened in H1 2008. The G7 met.")
    assert not found & {"Q1", "H1"}
    assert "G7" in found
