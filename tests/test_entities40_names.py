"""entities40: an Asian exchange's numbered ticker after a firm; a Spaniard before a name; a surname
after a lower-case "al" and a firm's name that a person bears, each resolved to the full name."""

from newsprism.analyse.entities import find_mentions


def _named(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.name, m.type) for m in find_mentions(text)]


def test_a_numbered_ticker_makes_a_firm() -> None:
    # heap H1N1_reuters/365 ("Cathay" is no given name we list, "Pacific" a word news write)
    text = (
        "Asian airline shares continued a sell-off on Tuesday on concerns about the outbreak that began in "
        "Mexico , with Cathay Pacific ( 0293 . HK ) falling 1.7 percent in Hong Kong ."
    )
    assert ("Cathay Pacific", "Cathay Pacific", "organization") in _named(text)


def test_a_spaniard_is_no_part_of_the_name() -> None:
    # heap l3s_gn1-98e7d2dc-2287-4e77-b2a3-810bc270c14d
    text = "The two Brits are well in contention, the same score as Spaniard Pablo Larrazabal."
    assert ("Pablo Larrazabal", "Pablo Larrazabal", "person") in _named(text)


def test_a_surname_after_al_alone_is_the_full_names() -> None:
    # made up (no heap or dev text writes it; the session 28 review's case)
    text = (
        "Al Qaeda's deputy leader Ayman al-Zawahiri released a video on Monday. In the tape, "
        "al Zawahiri said the group would fight on."
    )
    assert ("al Zawahiri", "Ayman al-Zawahiri", "person") in _named(text)


def test_a_firms_name_a_person_bears_that_said_he() -> None:
    # made up (the session 28 review's case); the firm's own mention stays the firm's
    text = (
        "Michael Dell returned as chief executive of the company in 2007. Dell said he would cut costs. "
        "Dell shares fell 3 percent."
    )
    assert _named(text) == [
        ("Michael Dell", "Michael Dell", "person"),
        ("Dell", "Michael Dell", "person"),
        ("Dell", "Dell", "organization"),
    ]


def test_a_citys_side_is_a_place() -> None:
    # BASIL f506aafc-8b43-427a-936e-bbd1ef33e076_2, 33521e65-12da-4521-b132-7b606243b0e4_2
    text = (
        "Elected to Congress in 1995 at the age of 30 from a district that includes part of the South Side "
        "of Chicago, Mr. Jackson was once a rising star. He owned a restaurant on the Upper East Side of "
        "Manhattan."
    )
    named = _named(text)
    assert ("South Side", "South Side", "place") in named
    assert ("Upper East Side", "Upper East Side", "place") in named


def test_a_name_before_two_tennis_sets_is_a_players() -> None:
    # heap l3s_gn1-b2fddc2c-a2b5-40c8-b527-c5abca7ec3a3 and l3s_gn1-c8a6ace8-c4e8-4d05-8e85-5e58284151bb
    text = (
        "Dmitry Tursunov of Russia defeated Sebastien Grosjean of France 6-4, 6-2 and France's Fabrice "
        "Santoro beat Russia's Evgeny Korolev 6-3, 6-3. France's Nathalie Dechy easily defeated China's "
        "Zi Yan, 6-2, 6-2, in the first round."
    )
    named = _named(text)
    assert ("Evgeny Korolev", "Evgeny Korolev", "person") in named
    assert ("Zi Yan", "Zi Yan", "person") in named
    assert ("Russia", "Russia", "place") in named  # (a country before the sets stays a place)


def test_a_common_south_asian_surname_ends_a_persons_name() -> None:
    # heap l3s_gn1-be1b13c9-558b-4fe7-ac59-397e02635602, copy-000171-825042
    text = (
        "The film stars the super hit pair of Akshay Kumar and Kareena Kapoor. Nobel economics laureate "
        "Amartya Sen has compared Kautilya's view of human nature."
    )
    named = _named(text)
    for name in ("Akshay Kumar", "Kareena Kapoor", "Amartya Sen"):
        assert (name, name, "person") in named


def test_a_nationality_before_such_a_surname_stays_off_the_name() -> None:
    # heap l3s_gn1-3df0f8d9-5dff-4315-b21f-90cf9a1ff768 (a guard: so before the surname rule too)
    text = "Swede Daniel Chopra beat American Steve Stricker in a playoff."
    assert ("Daniel Chopra", "Daniel Chopra", "person") in _named(text)


def test_a_persons_name_before_a_shows_last_word_names_the_show() -> None:
    # heap train-2320-2, bpoil_bbc/2120, l3s_gn1-32221fe9-b32f-4895-b64a-bf946a7c085b
    text = (
        '"This was a very significant effort," Pompeo told the The Mark Levin Show, "and I think it\'s '
        'the case." He told the Andrew Marr Show : " The US are not seeking to destroy BP . " The chairman '
        "pointed to the portion of the Mitchell Report on human growth hormone."
    )
    types = {name: kind for _, name, kind in _named(text)}
    assert types["Mark Levin Show"] == types["Andrew Marr Show"] == types["Mitchell Report"] == "other"
    assert types["Pompeo"] == "person"


def test_a_name_after_at_or_in_before_a_speech_verb_is_no_speaker() -> None:
    # heap bpoil_reuters/31 and 20_1ecbplus (the analysts and the woman speak)
    text = (
        '" We may have turned the corner on shoreline oil spill volumes , " analysts at Credit Suisse said '
        "in a research note . The quake struck Qeshm island. One woman in Qeshm told AFP."
    )
    named = _named(text)
    assert ("Credit Suisse", "Credit Suisse", "organization") in named
    assert [kind for _, name, kind in named if name == "Qeshm"] == ["place", "place"]


def test_an_acronyms_body_after_from_still_speaks() -> None:
    # heap H1N1_guardian/1215 (a guard: an acronym opens the name, an organisation by the verb)
    text = "A statement from NHS Greater Glasgow said : the family asked for privacy."
    assert ("NHS Greater Glasgow", "NHS Greater Glasgow", "organization") in _named(text)


def test_a_nationality_noun_before_a_name_we_do_not_list() -> None:
    # heap l3s_gn1-a62ff1b5-9397-4889-803a-901c77f03d2a
    text = (
        "The British number one, who was seeded ninth, was defeated by un-seeded Frenchman Jo-Wilfried "
        "Tsonga 7-5 6-4 0-6 7-6 (7-5). Tsonga won the first two sets."
    )
    assert [name for _, name, kind in _named(text) if kind == "person"] == ["Jo-Wilfried Tsonga"] * 2


def test_a_datelines_state_in_capitals_is_the_state() -> None:
    # heap bpoil_washingtonpost/1059, bpoil_washingtonpost/24, bpoil_reuters/807
    text = (
        "KENNER , LA. -- On April 16 , four days before the Deepwater Horizon exploded . PASCAGOULA , "
        "MISS. -- Expert sniffer Steve Wilson lifted the cover . VENICE , La/HOUSTON | Sun May 23 , 2010 ."
    )
    named = _named(text)
    assert ("LA", "Louisiana", "place") in named
    assert ("MISS", "Mississippi", "place") in named
    assert ("La", "Louisiana", "place") in named
