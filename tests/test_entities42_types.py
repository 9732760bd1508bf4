"""entities42: firms named for a trade of finance or advice ("Fitch Ratings", "Gordon Advisors"), a
title that goes on to its office's head ("Assistant Chief Fire Officer": no person "Fire Officer"),
a hyphenated name before "state" ("North Rhine-Westphalia state"), and "the former Soviet state"
(no place "Soviet"); the web's sites named alone ("Amazon", "Flickr"); an acronym spelt by
lower-case words, a word giving more than its initial ("blowout preventer ( BOP )"), names no one."""

from newsprism.analyse.entities import find_mentions


def _named(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.name, m.type) for m in find_mentions(text)]


def test_a_firms_trade_of_finance_makes_an_organisation() -> None:
    # heap bpoil_reuters (Fitch Ratings x10: other, and a person by "said"); 18_2ecbplus (Gordon
    # Advisors x10: a person by its given name); bpoil_reuters/1256 (Evolution Securities)
    text = (
        "On Tuesday , Fitch Ratings slashed the company 's credit rating to BBB . Fitch Ratings said "
        "the outlook was negative . LaCalamita was still listed on the Web site of Gordon Advisors . "
        "City analysts Evolution Securities noted the investigation could shift culpability ."
    )
    named = _named(text)
    assert ("Fitch Ratings", "Fitch Ratings", "organization") in named
    assert ("Gordon Advisors", "Gordon Advisors", "organization") in named
    assert ("Evolution Securities", "Evolution Securities", "organization") in named
    assert not [row for row in named if row[2] == "person"]


def test_a_title_that_goes_on_to_its_offices_head_names_no_one() -> None:
    # heap l3s_gn1 (Surrey fire), H1N1_bbc/406, train-2333-0
    text = (
        "Peter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue Service says the building "
        'is "a total loss". The figures came from the Chief Medical Officer for England , Sir Liam '
        "Donaldson . Saudi Deputy Public Prosecutor and spokesman Shalaan al-Shalaan read the verdict."
    )
    named = _named(text)
    persons = {name for _, name, kind in named if kind == "person"}
    assert "Peter Guest" in persons
    assert not {"Fire Officer", "Medical Officer", "Public Prosecutor"} & persons


def test_a_surname_that_is_a_title_after_a_title_stays_a_name() -> None:
    # guard (passes on the old code too): "Hun Sen", "Steve King" after their titles
    text = "Cambodian Prime Minister Hun Sen said on Monday . Rep. Steve King said he would vote no ."
    named = _named(text)
    assert ("Hun Sen", "Hun Sen", "person") in named
    assert ("Steve King", "Steve King", "person") in named


def test_a_hyphenated_name_before_state_is_a_place() -> None:
    # heap (the German floods of 2021); allsides 5856_right ("Rhineland-Palatinate state")
    text = (
        "Another 43 people were confirmed dead in neighboring North Rhine-Westphalia state, Germany's "
        "most populous. Officials in Rhineland-Palatinate state said roads were closed."
    )
    named = _named(text)
    assert ("North Rhine-Westphalia", "North Rhine-Westphalia", "place") in named
    assert ("Rhineland-Palatinate", "Rhineland-Palatinate", "place") in named


def test_the_former_soviet_state_names_no_place() -> None:
    # heap 11_8ecb (entities41's one wrong: "Soviet" a place by "state" after it)
    text = "The run-up to the election in the former Soviet state has seen little campaigning ."
    assert not [row for row in _named(text) if row[2] == "place"]


def test_the_webs_sites_named_alone_are_organisations() -> None:
    # heap H1N1_reuters/232 and bpoil_guardian/2169 (seed 44's sample: "Amazon", "Flickr" other),
    # train-1475-1, H1N1_bbc/221
    text = (
        "That 's how much I paid Amazon last night when I ordered a Kindle . Add your photos to our "
        "Flickr group . Microsoft, Facebook and Alphabet each lost more than 6% and Amazon fell 5.3%. "
        "Wikipedia is just one site ."
    )
    named = _named(text)
    assert ("Amazon", "Amazon", "organization") in named
    assert ("Flickr", "Flickr", "organization") in named
    assert ("Wikipedia", "Wikipedia", "organization") in named


def test_an_acronym_spelt_by_lower_case_words_names_a_thing() -> None:
    # heap bpoil_guardian/866 (seed 45's sample: "BOP" an organisation, 150 heap mentions), bpoil
    # texts' "remotely operated vehicles ( ROVs )", "polycyclic aromatic hydrocarbons"
    text = (
        "Tyrone Benton says that he spotted a leak on the rig 's blowout preventer ( BOP ) , the "
        "device . The BOP failed . Robots called remotely operated vehicles ( ROVs ) worked . The ROV "
        "cut the pipe . Levels of polycyclic aromatic hydrocarbons (PAHs) rose . The Centers for "
        "Disease Control and Prevention ( CDC ) said ."
    )
    names = {name for _, name, _ in _named(text)}
    assert not {"BOP", "ROVs", "ROV", "PAHs"} & names
    assert "CDC" in names  # (its words are capitalised: the agency's own name)
