"""entities41: places the gazetteer missed (AP's "Katmandu", England's metropolitan counties and
Midlands) or a country's part named by "state"/"region" after it; words in capitals that are common
words of the news; a referee and a reverend before a name; a paper after "an article in"."""

from newsprism.analyse.entities import find_mentions


def _named(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.name, m.type) for m in find_mentions(text)]


def test_aps_katmandu_is_a_place() -> None:
    # heap l3s_gn1-25cabb6c-7ad8-4022-ba43-7c7f89739678
    text = "Another memorial service was to be held in the Nepalese capital, Katmandu, later Monday."
    assert ("Katmandu", "Katmandu", "place") in _named(text)


def test_englands_metropolitan_counties_are_places() -> None:
    # heap bpoil_guardian/1826, H1N1_guardian/81
    text = (
        "One of the councils that had invested most in the company was West Yorkshire , which had "
        "ploughed in 3.35 % , or # 197m , of its pension fund . Apart from one adult in the West "
        "Midlands , the other sufferers are all from London ."
    )
    named = _named(text)
    assert ("West Yorkshire", "West Yorkshire", "place") in named
    assert ("West Midlands", "West Midlands", "place") in named


def test_a_name_before_state_is_a_countrys_part() -> None:
    # heap bpoil_guardian/121; 12_4ecb ("Puntland region")
    text = (
        "A few days after that , a large oil slick was found floating on Lake Adibawa in Bayelsa state "
        "and another in Ogoniland . An estimated 1,500 pirates are based in Somalia's semiautonomous "
        "Puntland region, raking in millions of dollars."
    )
    named = _named(text)
    assert ("Bayelsa", "Bayelsa", "place") in named
    assert ("Puntland", "Puntland", "place") in named


def test_state_as_a_verb_and_a_languages_region_make_no_place() -> None:
    # guards (pass on the old code too): made up; heap train-1154-1; heap bpoil_washingtonpost/2065
    text = "to a mandatory cursive writing curriculum. One state will even begin paying people to relocate"
    assert all(name != "One" for _, name, _ in _named(text))
    # heap bpoil_guardian/817
    text = "as well as Norwegian firm Statoil and Azerbaijani state owned oil company Socar ."
    assert ("Azerbaijani", "Azerbaijani", "place") not in _named(text)
    assert ("Republicans", "Republicans", "place") not in _named(
        "The Republicans state that the law is void."
    )
    text = "that was a LIE based only on OIL and a foothold in the Arabic region . but then again"
    assert ("Arabic", "Arabic", "place") not in _named(text)


def test_common_words_in_capitals_are_no_organisation() -> None:
    # heap l3s_gn1-d17320fd-2675-41f0-b5c7-9152998d8053 (an AP editors' note), bpoil_bbc/412 (a
    # slideshow's buttons)
    named = _named("Eds: AMs. UPDATES with at least 10 suspects in custody.")
    assert all(name != "UPDATES" for _, name, _ in named)
    text = "Officials plan to put a cap on the pipe , sealing it . BACK { current } of { total } NEXT Two"
    assert all(name != "BACK" for _, name, _ in _named(text))


def test_acronyms_and_a_known_agency_in_capitals_stay() -> None:
    # guards (pass on the old code too): made up; BASIL 005a2961-0c2e-4575-8eec-770ba52a08e0_3; heap
    # l3s_gn1-4ef56518-0288-4176-b711-570eaae21dd6
    named = _named("Reporting by REUTERS staff in Houston. NOAA said the slick had grown.")
    assert ("REUTERS", "REUTERS", "organization") in named
    assert ("NOAA", "NOAA", "organization") in named
    text = 'said Trump in an interview on NBC\'s "Today" show, according to TIME. "How come his own family'
    assert ("TIME", "TIME", "organization") in _named(text)
    text = "according to SITE, a US institute that monitors extremist web forums."
    assert ("SITE", "SITE", "organization") in _named(text)


def test_a_referee_and_a_reverend_are_no_part_of_the_name() -> None:
    # heap 7_7ecb; H1N1_bbc/937
    text = (
        "Rahman, 36, soon grew more intent on survival than winning and fell from three consecutive left "
        "hooks in the sixth.\n\nReferee Tony Weeks elected to stop the bout early in the seventh."
    )
    assert ("Tony Weeks", "Tony Weeks", "person") in [(m.name, m.name, m.type) for m in find_mentions(text)]
    text = (
        "the decision , on Saturday evening , to sustain a call from a parish in Aberdeen to a gay "
        "minister , the Reverend Scott Rennie , left open two possible legal challenges"
    )
    assert ("Scott Rennie", "person") in [(m.name, m.type) for m in find_mentions(text)]


def test_the_paper_of_an_article_is_an_organisation() -> None:
    # heap H1N1_reuters/594
    text = (
        "says Ijaz Shafi Gilani , a specialist in public opinion research , in an article in The News . "
        '" An increasingly empowered and more cohesive society finds itself at odds with the authority'
    )
    assert ("The News", "The News", "organization") in _named(text)
    # heap copy-000024-837573; guard (passes on the old code too): heap val-182-2 keeps its "The"
    assert ("USA Today", "USA Today", "organization") in _named(
        'attacked Democrats over their embrace of "Medicare for all," writing in an op-ed for USA Today that'
    )
    text = "a brand-new study published in The Lancet. The study, authored by a group of Yale researchers"
    assert ("The Lancet", "The Lancet", "organization") in _named(text)


def test_a_disease_in_capitals_is_no_organisation() -> None:
    # heap H1N1_reuters/593, copy-000140-462790
    text = (
        "Methicillin-resistant Staphylococcus aureus ( MRSA ) infections can range from boils to more severe "
        'infections . However , " Mother dies of TB in Zambia and infects her three kids "'
    )
    typed = {m.name: m.type for m in find_mentions(text)}
    assert typed.get("MRSA") != "organization"
    assert typed.get("TB") != "organization"
