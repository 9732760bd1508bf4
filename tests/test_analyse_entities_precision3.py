"""Entities, session 10: places the gazetteers lack, and the names session 9 left ("Left" lists of
ents9 and ents9b, seed 137's sample). The sentences are from the heap's articles, allsides dev and
the tenth of T17 that ents9's dump reads."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.records import Mention
from test_analyse_entities import typed


def test_a_name_before_a_comma_and_its_state_or_country_is_a_place() -> None:
    # heap: "Monsey" (a hamlet of 18,000, under the gazetteer's 50,000) was "other" in both sentences
    text = (
        "Multiple Orthodox Jews were stabbed at Rabbi Chaim Rottenberg's Shul in Monsey, New York, on "
        "Saturday evening. Police made an arrest within hours of the attack Saturday night in Monsey."
    )
    assert [m.type for m in find_mentions(text) if m.name == "Monsey"] == ["place", "place"]
    # allsides: the G7's host county
    found = typed("At the G7, hosted this year in Cornwall, England, Biden will work to advance key goals.")
    assert found["Cornwall"] == "place"
    found = typed("Blackwell, speaking from the Joint Incident Command Center in Robert, La., said so.")
    assert found["Robert"] == "place"
    # T17: a reader's town and state before a question
    assert (
        typed("Fairfax, Va.: What changes do you envision for the Minerals Management Service?")["Fairfax"]
        == "place"
    )


def test_a_word_opening_a_sentence_before_a_state_is_no_place() -> None:
    # allsides and heap: an adverb, or a word followed by the state and then the sentence's verb
    found = typed("Additionally, Colorado, Florida, Montana, North Carolina and Oregon gained a seat.")
    assert "Additionally" not in found
    assert "Elsewhere" not in typed("Elsewhere, Chile has become one of the most affected countries.")
    assert "Remember" not in typed("Remember, America is a democracy, there is no King or Queen.")


def test_counties_and_provinces_that_nothing_else_types_are_places() -> None:
    # heap: a Somerset town's fire; a Scottish case of H1N1 (ISO 3166-2 subdivisions)
    found = typed(
        "A large fire has destroyed much of a supermarket in Somerset. It involves a woman from Fife who "
        "traveled from Las Vegas, and a man in Queensland."
    )
    assert found["Somerset"] == "place"
    assert found["Fife"] == "place"
    assert found["Queensland"] == "place"
    # a given name stays what it was: "Kerry" alone is as often John Kerry as the Irish county
    found = typed("Funny how this came two days after Kerry and Lieberman introduced the bill.")
    assert found.get("Kerry") != "place"


def test_the_delta_coronavirus_variant_is_no_place() -> None:
    # allsides 5955: "Delta" before a disease and "variant" was the place Delta (British Columbia)
    found = typed("The Delta coronavirus variant doubles the risk of hospitalisation.")
    assert found["Delta"] == "other"


def test_one_articles_place_types_the_others_untyped_name() -> None:
    # heap (BP oil spill): one article places "Robert" by its state, another names it alone; the
    # entity is the place, named by every spelling (not the dateline's capitals alone)
    placed = find_mentions("A command center in Robert, La., is where Suttles spoke on Friday.")
    alone = [Mention(text="Robert", start=10, end=16, type="other", name="Robert", role=None)]
    (entity,) = [e for e in merge_entities({"a": placed, "b": alone}) if e.name == "Robert"]
    assert entity.type == "place"
    assert entity.article_ids == ("a", "b")
    port = [Mention(text="Port Fourchon", start=0, end=13, type="other", name="Port Fourchon", role=None)]
    caps = [Mention(text="PORT FOURCHON", start=0, end=13, type="place", name="PORT FOURCHON", role=None)]
    (entity,) = merge_entities({"a": port, "b": caps, "c": port})
    assert (entity.name, entity.type) == ("Port Fourchon", "place")


def test_an_agencys_complement_holds_its_list_of_words() -> None:
    # allsides 5924: the ATF was "Bureau of Alcohol", "Tobacco" and "Firearms" (and "Explosives" a
    # person); heap: HUD was "Housing" and "Urban Development"
    found = typed("The Bureau of Alcohol, Tobacco, Firearms and Explosives said it had traced the gun.")
    assert found == {"Bureau of Alcohol, Tobacco, Firearms and Explosives": "organization"}
    found = typed("He was mayor of San Antonio and secretary of Housing and Urban Development under Obama.")
    assert "Housing" not in found and "Urban Development" not in found
    # (the field after "secretary of" is a title's words, no name alone: entities26)
    assert "Housing and Urban Development" not in found


def test_a_list_after_a_place_or_of_acronyms_stays_apart() -> None:
    found = typed("Sponsors include First National Bank of Omaha, Symantec, and Simplisafe.")
    assert "Symantec" in found
    found = typed("He briefed the Department of Justice, FBI and CIA.")
    assert {"Department of Justice", "FBI", "CIA"} <= set(found)
    assert {"France", "Germany"} <= set(typed("He met the president of France and Germany's chancellor."))


def test_a_compass_word_alone_is_the_articles_organisation_named_by_it() -> None:
    # allsides 5628: "Southwest" (the airline) was a place
    text = (
        "Dallas-based Southwest Airlines canceled more than 1,000 flights over the weekend. "
        "Southwest's pilots' union said the cancellations were not part of a protest. "
        "Storms hit the Southwest."
    )
    found = [(m.name, m.type) for m in find_mentions(text)]
    assert found[-3:] == [
        ("Southwest Airlines", "organization"),
        ("Southwest Airlines", "organization"),
        ("Southwest", "place"),
    ]


def test_a_numeral_suffix_joins_the_bare_name_and_jr_stays_apart() -> None:
    # heap (seed 113): "Robert S. Mueller III" and "Robert Mueller" were two lines; allsides 6011:
    # "Cy Vance Jr." and "Cyrus Vance Jr." ("Cy" was in no nickname list)
    found = {
        "a": find_mentions("Special counsel Robert S. Mueller III said on Monday. Mueller spoke."),
        "b": find_mentions("Robert Mueller testified. Mueller said no."),
        "c": find_mentions("Manhattan District Attorney Cy Vance Jr. said."),
        "d": find_mentions(
            "District Attorney Cyrus Vance Jr. said. Donald Trump Jr. and Donald Trump spoke."
        ),
    }
    entities = {e.name: e.article_ids for e in merge_entities(found)}
    assert entities["Robert S. Mueller III"] == ("a", "b")
    assert entities["Cyrus Vance Jr."] == ("c", "d")
    assert entities["Donald Trump"] == ("d",)
    assert entities["Donald Trump Jr."] == ("d",)


def test_words_that_name_nothing_are_no_entities() -> None:
    # heap and allsides (seed 137): a relation of two places, common acronyms, a heading's capitals
    found = typed("Migrants are stuck at the US-Mexico border, and US-China talks resumed.")
    assert "US-Mexico" not in found and "US-China" not in found
    found = typed("Elder left in an SUV. The CPI rose, and the COLA for retirees with it.")
    assert not {"SUV", "CPI", "COLA"} & set(found)
    text = "A FIRE has badly damaged the Waitrose supermarket. The fire broke out at 6am. NATO said so."
    found = typed(text)
    assert "FIRE" not in found
    assert found["NATO"] == "organization"


def test_a_circuit_is_a_court_and_justices_a_plural_title() -> None:
    # allsides 5615: "Fifth Circuit" was a person (by "said"); heap: "Justices Brett Kavanaugh" other
    found = typed("The U.S. Court of Appeals for the Fifth Circuit said Thursday it will allow the law.")
    assert found["Fifth Circuit"] == "organization"
    found = typed("Justices Brett Kavanaugh and Ruth Bader Ginsburg dissented.")
    assert found["Brett Kavanaugh"] == "person"
    assert "Justices Brett Kavanaugh" not in found


def test_a_plurals_possessive_before_an_organisations_head_is_one_name() -> None:
    # heap (seed 137): "Taunton Deane Magistrates' Court" was "Taunton Deane Magistrates" + "Court"
    found = typed("Robert Pitman is due to appear before Taunton Deane Magistrates' Court on Tuesday.")
    assert found == {"Robert Pitman": "person", "Taunton Deane Magistrates' Court": "organization"}
    assert typed("The British Bankers' Association said so.") == {
        "British Bankers' Association": "organization"
    }
    # an acronym's possessive owns the organisation after it; a club's before a common noun stays
    found = typed("HHS' Office for Civil Rights opened a case against the Patriots' defense.")
    assert found["HHS"] == "organization"
    assert found["Office for Civil Rights"] == "organization"


def test_months_and_weekdays_cut_short_without_a_point_are_no_names() -> None:
    # heap: Reuters datelines ("Tue Jun 1, 2010" made "Tue Jun" other, "Thu Jun" a person) and
    # "22 Jul 2013"; an acronym in capitals stays ("DEC", the Department of Environment and
    # Conservation)
    found = typed("GRAND ISLE , Louisiana | Tue Jun 1 , 2010 9:36 am EDT. Reported 22 Jul 2013 in Somerset.")
    assert not {"Tue", "Jun", "Tue Jun", "Jul"} & set(found)
    found = typed(
        "They were escorted by the Department of Environment and Conservation (DEC). A DEC spokeswoman said."
    )
    assert found["DEC"] == "organization"
    # a name's word is no date: "Dong Jun", China's defence minister
    assert typed("Chinese Defense Minister Dong Jun met him on Friday.")["Dong Jun"] == "person"


def test_a_dotted_acronym_of_a_thing_is_no_organisation() -> None:
    # allsides 5701 (seed 149): "I.C.U." was the organisation "ICU"; "St." and "Mr." keep their names
    found = typed("One in four hospitals reports more than 95 percent of I.C.U. beds occupied in St. Louis.")
    assert "ICU" not in found and "I.C.U." not in found
    assert found["St. Louis"] == "place"


def test_a_name_before_a_store_or_a_plant_is_an_organisation() -> None:
    # heap (seed 137): "Waitrose" was other (and a person by "said" in one article)
    found = typed(
        "A fire broke out at the Waitrose supermarket in Wellington. Waitrose said no one was hurt."
    )
    assert found["Waitrose"] == "organization"
    assert typed("A woman opened fire at a Kraft factory in Philadelphia.")["Kraft"] == "organization"


def test_a_county_that_is_a_given_name_is_a_place_after_in_or_from() -> None:
    # heap: "Devon" was other in every article ("Fire crews from Devon and Somerset ...", "in Devon")
    text = "Crews came from Devon and Somerset. Three fires hit Devon this year, all in Devon."
    assert [m.type for m in find_mentions(text) if m.name == "Devon"] == ["place", "place", "place"]
    found = typed("Funny how this came two days after Kerry and Lieberman introduced the bill.")
    assert found.get("Kerry") != "place"


def test_an_air_force_base_is_a_place() -> None:
    # allsides 5745 (seed 137): "Dover Air Force Base" was other
    found = typed("As President Biden attended Dover Air Force Base Sunday for the dignified transfer.")
    assert found["Dover Air Force Base"] == "place"
