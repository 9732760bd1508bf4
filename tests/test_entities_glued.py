"""Entities, session 14 (entities16): a person glued to the words before, numbered names, merged
spellings."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions, merge_entities


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


def test_a_person_glued_to_the_words_before_is_the_person() -> None:
    # an office, a sentence's first word and an acronym before a given name and a surname
    assert _types("Coast Guard Commandant Thad Allen said the well was capped.")["Thad Allen"] == "person"
    assert _types("When Tony Hayward spoke, shares fell.")["Tony Hayward"] == "person"
    assert _types("Yesterday UK PM David Cameron met the board.")["David Cameron"] == "person"
    # not a given name we do not list, a place's words, or a known organisation's
    assert "Zulfikar Ali Bhutto" in _types("The party of Zulfikar Ali Bhutto won the vote.")
    assert "Santa Barbara Channel" in _types("Oil reached the Santa Barbara Channel in May.")
    assert "JP Morgan Chase" in _types("Analysts at JP Morgan Chase cut their forecast.")
    # an organisation's name before the person ("Deputy Secretary of the Department of the Interior
    # David Hayes"), not a firm's two names after a place ("Bank of America Merrill Lynch")
    hayes = _types("Deputy Secretary of the Department of the Interior David Hayes said so.")
    assert hayes["David Hayes"] == "person"
    assert "Bank of America Merrill Lynch" in _types("Analysts at Bank of America Merrill Lynch cut it.")
    # nor a title's words after a determiner
    assert "Song Together" not in _types("A Neil Sedaka song, Our Last Song Together. And I know.")


def test_a_word_and_its_number_are_one_name() -> None:
    # after the word, inside a sentence ("Chapter 11", "Apollo 13"), not a time, a year or a date
    named = _types("The firm sought Chapter 11 protection, like the Apollo 13 crew in 1970.")
    assert named["Chapter 11"] == "other" and named["Apollo 13"] == "other"
    assert "Chapter" not in named and "Apollo" not in named
    assert "Jan 4" not in _types("The experts, who arrived Jan 4, are specialists.")
    assert "Raich 2005" not in _types("See the ruling in Raich 2005 for the details.")
    # before it, in quotes or after a possessive, or a plan's year
    assert "60 Minutes" in _types("She said in an interview with “60 Minutes” on Sunday.")
    assert "60 Minutes" in _types("She spoke to CBS’ 60 Minutes on Sunday.")
    assert "1619 Project" in _types("The paper began the 1619 Project that year.")
    assert _types("Members of President Trump’s 1776 Commission met.")["1776 Commission"] == "organization"
    assert "Ixtoc" in _types("Consider the 1979 Ixtoc spill in the Gulf.")


def _event(*texts: str) -> dict[str, tuple[str, ...]]:
    """An event's entities: name -> article ids."""
    entities = merge_entities({str(i): find_mentions(t) for i, t in enumerate(texts)})
    return {e.name: e.article_ids for e in entities}


def test_g_7_is_the_g7() -> None:
    event = _event("Leaders of the G7 met in Cornwall.", "The G-7 summit ended on Sunday.")
    assert event["G7"] == ("0", "1") and "G-7" not in event


def test_a_short_name_in_the_other_number_joins_the_fuller_one_and_its_acronym() -> None:
    # allsides 5665: one article misspells the name in full, the other writes it short
    event = _event(
        "The Center for Diseases Control and Prevention (CDC) said so.",
        "The Centers for Disease Control said the CDC would decide.",
    )
    assert event["Center for Diseases Control and Prevention"] == ("0", "1")
    assert "CDC" not in event and "Centers for Disease Control" not in event


def test_two_places_joined_by_a_hyphen_name_nothing_when_one_has_two_words() -> None:
    # allsides 5975: "United States-Mexico border" left "United States-Mexico" as an entity
    found = _types("Harris spoke about the United States-Mexico border with Giammattei.")
    assert "United States-Mexico" not in found
    assert "Giammattei" in found


def test_a_committee_on_or_for_its_field_is_one() -> None:
    # allsides 6105: "Advisory Committee for Immunization Practices" beside "... on ..."
    event = _event(
        "The Advisory Committee on Immunization Practices met on Friday.",
        "The Advisory Committee for Immunization Practices voted to resume the shots.",
    )
    assert event["Advisory Committee on Immunization Practices"] == ("0", "1")
    # a complement of one word stays apart ("Center for Science", "Center on Science" aside)
    assert len(_event("The Center for Science said so.", "The Center on Science said no.")) == 2


def test_a_quoted_title_may_open_with_a_number() -> None:
    # allsides 5695: the title's words were three entities
    found = _types(
        "It was set to commemorate the “240th Anniversary of the Battle of the Capes” in Baltimore."
    )
    assert "Anniversary" not in found and "Battle" not in found and "Capes" not in found
    assert found["Baltimore"] == "place"


def test_a_town_that_is_the_surname_of_the_events_one_person_joins_him() -> None:
    # heap digest: "Hayward" (a Californian city) alone in one article, "Tony Hayward" in others
    event = _event(
        "BP chief executive Tony Hayward said the company would pay. Tony Hayward also apologised.",
        "Hayward has been criticised for his remarks about the spill.",
    )
    assert event["Tony Hayward"] == ("0", "1") and "Hayward" not in event
    # not a country or a state, nor a town more often mentioned than the person
    kept = _event("John Georgia spoke.", "Georgia voted. Georgia counted again.")
    assert "Georgia" in kept


def test_a_departments_acronym_may_leave_out_the_department() -> None:
    # allsides 5852: "HHS" beside the "Department of Health and Human Services"
    event = _event(
        "The Department of Health and Human Services issued guidance.",
        "HHS said the rule would take effect in May.",
    )
    assert event["Department of Health and Human Services"] == ("0", "1") and "HHS" not in event


def test_a_lawmakers_state_in_brackets_is_the_state() -> None:
    # allsides 5824: "Todd Young (Ind.)" left "Ind" an untyped name, as "GRAND ISLE, La." was
    found = _types("GOP Sens. Roy Blunt (Mo.), Todd Young (Ind.) and Pat Toomey (Pa.) voted no.")
    assert found["Missouri"] == found["Indiana"] == found["Pennsylvania"] == "place"
    assert "Mo" not in found and "Ind" not in found


def test_a_court_case_is_one_name() -> None:
    # allsides: "Roe" and "Planned Parenthood" were entities, "Wade" and "Casey" dropped as openers
    found = _types("The court could overrule Roe v. Wade and Planned Parenthood v. Casey, said Lynn Fitch.")
    assert found["Roe v. Wade"] == found["Planned Parenthood v. Casey"] == "other"
    assert "Roe" not in found and "Planned Parenthood" not in found
    assert found["Lynn Fitch"] == "person"
    # not a game's "vs." ("Lakers vs. Celtics")
    assert "Lakers vs. Celtics" not in _types("The Lakers vs. Celtics game ended late.")


def test_fox_business_is_an_outlet() -> None:
    # allsides 6085: "Fox" is a given name, so the channel was a person
    found = _types("Trump told Fox Business's Maria Bartiromo that they are pouring in.")
    assert found["Fox Business"] == "organization"


def test_an_acronym_of_lower_case_words_is_no_organisation() -> None:
    # allsides 6105: "emergency use authorization (EUA)" made "EUA" an organisation, in every use
    found = _types(
        "The FDA granted an emergency use authorization (EUA) for the shot. The EUA covers adults."
    )
    assert "EUA" not in found and found["FDA"] == "organization"
    assert "LMRP" not in _types("BP lowered the lower marine riser package (LMRP) cap.")
    # an organisation written out stays, and so does a known one in brackets
    assert _types("The World Health Organization (WHO) said so.")["WHO"] == "organization"
    assert _types("The agency (WHO) said so.")["WHO"] == "organization"


def test_a_role_before_a_ruling_verb_is_no_apposition() -> None:
    # heap digest (seed-331 sample): "the First Amendment, a federal judge ruled" made it a person
    found = _types(
        "Blocking followers is a violation of the First Amendment, a federal judge ruled Wednesday."
    )
    assert found["First Amendment"] == "other"
    # an apposition is still one ("Wang Yi, China's foreign minister, said")
    people = {m.name: m.role for m in find_mentions("Wang Yi, China's foreign minister, said so.")}
    assert people["Wang Yi"] == "China's foreign minister"


def test_an_office_and_its_title_without_a_name_name_nothing() -> None:
    assert _types("The Houston Bureau Chief wrote the piece.") == {}
    assert _types("The Los Angeles County Sheriff declined to comment.") == {}
    # a given name and a surname that is a title stay a person
    assert _types("Steve King said no.")["Steve King"] == "person"
    assert _types("Gov. Jim Justice said so.")["Jim Justice"] == "person"


def test_a_former_country_is_a_place() -> None:
    # allsides 5875 (seed-347 sample): "union" made the Soviet Union an organisation
    found = _types("Cuba lost its patron when the Soviet Union fell, as East Germany did.")
    assert found["Soviet Union"] == found["East Germany"] == "place"


def test_a_name_before_an_age_is_a_person() -> None:
    # a given name we do not list: only the age says who it is
    found = _types("Officers arrested Larynzo Johnson, 26, on Friday.")
    assert found["Larynzo Johnson"] == "person"
    assert _types("In Mexico, 2,000 people have been diagnosed.")["Mexico"] == "place"


def test_newspaper_heads() -> None:
    found = _types(
        "He told the Des Moines Register and the Orlando Sentinel, as the Alaska Dispatch reported."
    )
    assert (
        found["Des Moines Register"]
        == found["Orlando Sentinel"]
        == found["Alaska Dispatch"]
        == "organization"
    )


def test_a_pronouns_contraction_names_nothing() -> None:
    # (a speech verb after it made "They've" a person; "We're" after a comma an untyped name)
    assert _types("They've said it before.") == {}
    assert _types("Well, We're here, she told Brett Kavanaugh.") == {"Brett Kavanaugh": "person"}


def test_a_country_before_a_known_organisation() -> None:
    # allsides 5789 (seed-373 sample): "U.S. House" was untyped beside the event's "House"
    assert _types("The U.S. House passed the bill.")["U.S. House"] == "organization"
    event = _event("The U.S. House passed the bill.", "The House voted 220-212.")
    assert event["U.S. House"] == ("0", "1")


def test_names_pointing_at_each_other_still_merge_and_end() -> None:
    # heap-200000's scrambled copy of ECB+ 18_12ecb: the two-word name joins the longer one that
    # shares its ends, and the longer one (a word glued before a name) joins the two-word one
    import threading

    from newsprism.records import Mention

    def person(name: str) -> Mention:
        return Mention(text=name, start=0, end=len(name), type="person", name=name)

    mentions = {
        "a": [person("Fischer Linebacker")],
        "b": [person("Fischer Fischer Linebacker")],
        "c": [person("Fischer Linebacker")],
    }
    found: list[object] = []
    worker = threading.Thread(target=lambda: found.append(merge_entities(mentions)), daemon=True)
    worker.start()
    worker.join(timeout=20)  # merge_entities followed the cycle for ever before _break_cycles
    assert found, "merge_entities did not return"
    (entity,) = found[0]  # type: ignore[misc]
    assert entity.article_ids == ("a", "b", "c")
