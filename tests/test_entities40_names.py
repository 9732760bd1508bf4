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
