"""entities42: a common South Asian surname (SOUTH_ASIAN_SURNAMES) that is a title written in short
before its stop set apart ("Sen . Dick Durbin"), or a word the article writes in lower case (German
"das"), names no person; "Hun Sen", "Amartya Sen", "Akshay Kumar" stay persons. A photographer's name
before a picture credit's slash and agency ("Chip Somodevilla/Getty Images") is a person's."""

from newsprism.analyse.entities import find_mentions


def _named(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.name, m.type) for m in find_mentions(text)]


def test_a_title_before_its_tokenised_stop_is_no_surname() -> None:
    # made up in the tokenised style of the heap's bpoil_* texts ("Sen . Dick Durbin"; the session 29
    # lead's sample)
    text = "Top Democrat Sen . Dick Durbin said the bill would pass . Illinois Sen . Dick Durbin agreed ."
    named = _named(text)
    assert not [row for row in named if row[1].endswith("Sen")]
    assert ("Dick Durbin", "Dick Durbin", "person") in named
    assert ("Illinois", "Illinois", "place") in named


def test_sen_stays_a_surname_before_a_sentences_stop() -> None:
    # guard (passes on the old code too): "Sen" ends a sentence before a word that is no given name
    text = (
        "The opposition boycotted talks with Hun Sen . The economist Amartya Sen said the famine was "
        "man-made . Cambodian Prime Minister Hun Sen said on Monday that the vote was fair ."
    )
    named = _named(text)
    assert ("Hun Sen", "Hun Sen", "person") in named
    assert ("Amartya Sen", "Amartya Sen", "person") in named


def test_a_surname_the_article_writes_in_lower_case_is_a_word() -> None:
    # dates/htmldate nachtkritik_de-Dragqueens (a German page's sentence, cut so that "Das" ends the run)
    text = (
        "Und die Sängerin Cora Frost tritt als Peter Frost auf und war bei der Berliner "
        "Puppensplattertruppe Das\nHelmi der Fassbinder, und das war gut."
    )
    assert not [row for row in _named(text) if row[1].endswith("Das") and row[2] == "person"]


def test_a_south_asian_surname_still_makes_a_person() -> None:
    # guard (passes on the old code too): entities40's cases, no "das" in lower case
    text = "Bollywood star Akshay Kumar arrived . Tarun Das said the talks went well ."
    named = _named(text)
    assert ("Akshay Kumar", "Akshay Kumar", "person") in named
    assert ("Tarun Das", "Tarun Das", "person") in named


def test_a_pictures_credit_names_its_photographer() -> None:
    # heap bpoil_guardian/1425 (seed 45's sample: "Chip Somodevilla" other), bpoil_guardian (Haraz
    # Ghanbari/AP), "Win McNamee/Getty Images" (heap bpoil_guardian x8)
    text = (
        "Photograph : Chip Somodevilla/Getty Images White House claims were undermined yesterday . "
        "Photograph : Haraz Ghanbari/AP BP 's well will go on spewing oil . Photograph : Win "
        "McNamee/Getty Images"
    )
    named = _named(text)
    assert ("Chip Somodevilla", "Chip Somodevilla", "person") in named
    assert ("Haraz Ghanbari", "Haraz Ghanbari", "person") in named
    assert ("Win McNamee", "Win McNamee", "person") in named
