"""entities33: a leader's surname opening the text, saints' and founders' possessives, a school by its
first word, a misspelt firm, a BBC quote box's role line, an outlet's own credit (bench/README.md,
"entities33"). Each text is cut from the heap-10000 article named in its comment."""

from newsprism.analyse.entities import find_mentions


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


def test_a_leaders_surname_opening_the_text_is_the_leader() -> None:
    # heap train-59-0: the article's first word, with its possessive
    text = (
        "Trump’s attorney general just took a pair of pliers and a blowtorch to the president’s ongoing "
        "and bizarre election conspiracy theories."
    )
    assert _types(text).get("Trump") == "person"
    # a word the article writes in lower case stays no name ("Bush league")
    assert "Bush" not in _types("Bush league tactics were seen . The bush was green .")


def test_a_saints_possessive_goes_on_with_the_name() -> None:
    # heap bpoil_foxnews/1376; the Guardian's "St James 's Square" (no stop after "St")
    text = "a boat tour of an inlet at St. Mary 's Point , about an hour south of New Orleans ."
    assert "St. Mary's Point" in _types(text)
    text = "Protesters gathered in St James 's Square on Monday ."
    assert _types(text) == {"St James's Square": "place"}
    text = "Father Gerry Stapleton , a priest at St. John 's University , said so ."
    assert _types(text).get("St. John's University") == "organization"
    # the possessive's mark alone after the saint's "s" (heap l3s, Newcastle's ground)
    text = "the vacant managerial position at St James' Park. The vacancy at St James' has been described ."
    assert "St James' Park" in _types(text)
    # the gazetteer's "St. Louis" is the British "St Louis" too (heap H1N1_bbc/265)
    assert _types("The authorities say he traveled from St Louis to Tokyo .").get("St Louis") == "place"


def test_a_founders_possessive_names_the_school() -> None:
    # heap H1N1 (the Guardian): "Alleyn 's School" was "Alleyn" and "School"
    text = (
        "four schoolchildren and an adult linked to Alleyn 's School in Dulwich , south London , which "
        "has been closed all week . Alleyn 's School reopens on Monday ."
    )
    found = _types(text)
    assert found.get("Alleyn's School") == "organization"
    assert "School" not in found and "Alleyn" not in found
    # a person's possessive is no school's name: the article writes the name alone too
    assert "Obama's Church" not in _types("Obama 's Church is here . Obama said so .")


def test_a_school_by_its_first_word() -> None:
    # heap H1N1_guardian/510: "Eton" alone was a person (by "said") and dropped where it opens a sentence
    text = (
        "Swine flu shuts Eton as UK cases pass 200 . Eton College , near Windsor , is closed . A spokesman "
        'for Eton said : " The boy has a mild illness . " Eton has closed temporarily .'
    )
    etons = [m for m in find_mentions(text) if m.text == "Eton"]
    assert len(etons) == 3
    assert all(m.name == "Eton College" and m.type == "organization" for m in etons)
    # a town's name after "in" stays the town's (H1N1_guardian/411: "Alleyn 's school in Dulwich")
    text = "pupils at a school in Dulwich , south-east London , tested positive . Dulwich College said so ."
    assert "Dulwich" in _types(text)


def test_a_known_firm_misspelt_by_one_letter() -> None:
    # heap bpoil_bbc/2041 (a reader's comment): "Haliburton" was other
    text = "Where is Haliburton who supplied oil rig equipment - we all know who headed Haliburton ."
    names = [(m.name, m.type, m.text) for m in find_mentions(text)]
    assert names == [("Halliburton", "organization", "Haliburton")] * 2
    # a person of that surname stays a person
    assert _types("John Haliburton said so .") == {"John Haliburton": "person"}


def test_a_quote_boxs_role_line_is_no_name() -> None:
    # heap bpoil_bbc/1025: "NOAA chief" made the next sentence's "Surface" a person with the box as role
    text = (
        'an environmental disaster " End Quote Jane Lubchenco NOAA chief Surface samples confirmed the '
        "presence of oil ."
    )
    found = _types(text)
    assert found.get("Jane Lubchenco") == "person" and found.get("NOAA") == "organization"
    assert "Surface" not in found
    # heap bpoil_bbc/210 and /1200: the role line's words were names ("Shadow", "BBC North America")
    text = (
        'should be subject to investigation " End Quote Ed Miliband Shadow energy secretary But with deep '
        "water drilling planned west of Shetland , Britain is exposed ."
    )
    found = _types(text)
    assert found.get("Ed Miliband") == "person" and "Shadow" not in found
    text = (
        'irritating to his US audience " End Quote Mark Mardell BBC North America editor The meeting will '
        "be held amid concerns ."
    )
    found = _types(text)
    assert found.get("BBC") == "organization" and "BBC North America" not in found


def test_an_outlets_own_credit_is_no_organisation_of_the_story() -> None:
    # heap train-2088-0: the dateline's "(CNN)", glued to the body's first word
    text = "Washington (CNN)President Donald Trump signed the order . A source told CNN so ."
    cnn = [m for m in find_mentions(text) if m.name == "CNN"]
    assert len(cnn) == 1 and text[cnn[0].start - 5 : cnn[0].start] == "told "
    # heap l3s (Sports Network, Xinhuanet): a dash after the bracket, a date before it
    assert "Sports Network" not in _types(
        "Charlotte, NC (Sports Network) - Jason Richardson scored 25 points ."
    )
    assert "Xinhuanet" not in _types("BEIJING, Jan. 8 (Xinhuanet) -- Starbucks Corp on Monday said so .")
    # a list's lines of names and their schools keep the schools (heap l3s: a draft list)
    text = "Yomby William (Old Dominion University)\nAndrew Kartunen (Stanford University)"
    assert _types(text).get("Old Dominion University") == "organization"


def test_a_wires_sign_off_after_the_last_sentence_is_no_organisation() -> None:
    # the seeds' Tribune News Service article: the wire's name after the story's last stop
    text = "He spoke at the symposium being organised by the Chinese navy at Qingdao. PTI"
    assert "PTI" not in _types(text)
    assert _types("The PTI reported that NATO met .").get("NATO") == "organization"


def test_a_quote_boxs_role_line_is_the_speakers_role() -> None:
    # heap bpoil_bbc/1200, /210, /1567: the line under the speaker's name in a BBC quote box
    text = (
        'irritating to his US audience " End Quote Mark Mardell BBC North America editor The meeting will '
        "be held amid concerns ."
    )
    (mardell,) = [m for m in find_mentions(text) if m.name == "Mark Mardell"]
    assert mardell.role == "BBC North America editor"
    text = (
        'should be subject to investigation " End Quote Ed Miliband Shadow energy secretary But with deep '
        "water drilling planned west of Shetland , Britain is exposed ."
    )
    (miliband,) = [m for m in find_mentions(text) if m.name == "Ed Miliband"]
    assert miliband.role == "Shadow energy secretary"
    # the next sentence a quote: its mark is no part of the role
    text = 'profit " End Quote Robert Peston BBC business editor " We reviewed the pages , " he said .'
    (peston,) = [m for m in find_mentions(text) if m.name == "Robert Peston"]
    assert peston.role == "BBC business editor"
    # a box of no person's keeps its organisation ("End Quote Department of Energy and Climate Change")
    text = (
        'the very highest standards " End Quote Department of Energy and Climate Change spokeswoman Its '
        "energy spokesman Joss Garman said : the rules are weak ."
    )
    assert _types(text).get("Department of Energy and Climate Change") == "organization"


def test_a_countrys_name_alone_is_no_junk_persons_surname() -> None:
    # heap H1N1_bbc/896: "BBC Scotland" typed a person made every "Scotland" that person
    text = "The BBC Scotland said so . The Scottish Government said Scotland had no new cases ."
    assert _types(text).get("Scotland") == "place"
    # a person of that surname keeps it (heap bpoil_washingtonpost/1315: the FDA's Jeanne Ireland)
    text = "Jeanne Ireland said so . The fish are safe , according to Ireland ."
    assert [m.name for m in find_mentions(text)] == ["Jeanne Ireland", "Jeanne Ireland"]


def test_a_laws_acronym_is_the_law() -> None:
    # heap train-63-0: the acronym defined in brackets after the act, then alone
    text = "The Affordable Care Act ( ACA ) passed in 2010 . The ACA helps millions ."
    assert [m.type for m in find_mentions(text)] == ["other", "other", "other"]
    # an organisation's acronym stays one ("the Environmental Protection Agency (EPA)")
    assert _types("The Environmental Protection Agency (EPA) said so .").get("EPA") == "organization"


def test_a_persons_name_glued_to_an_acronym_the_article_writes_alone() -> None:
    # heap bpoil_guardian/798 (a heading run into the next sentence) and a video's title
    text = "BP oil spill is nearing its end , says Barack Obama BP claims it has reached a milestone ."
    assert _types(text) == {"BP": "organization", "Barack Obama": "person"}
    text = "Glenn Beck CPAC 2010 Speech VIDEO . Beck spoke at CPAC on Saturday ."
    found = _types(text)
    assert found.get("Glenn Beck") == "person" and found.get("CPAC") == "organization"
    # a roman numeral, a post-nominal or a legal form stays the name's
    assert "Robert S. Mueller III" in _types("special counsel Robert S. Mueller III said . III")
    assert "Michael Mansfield QC" in _types("barrister Michael Mansfield QC asked . QC")
    assert "Royal Dutch Shell PLC" in _types("the Royal Dutch Shell PLC shares rose . PLC")
