"""Entities22: a country's armed service named alone ("the Navy said") is an organisation, and the
fuller name the article gives it ("the Indian Navy") still names it; so is a newspaper named by its
last word ("The Post has learned")."""

from newsprism.analyse.entities import find_mentions, merge_entities


def test_an_armed_service_alone_is_an_organisation() -> None:
    text = "The ship sank, the Navy spokesman said. An Army unit and the Marines came."
    assert [(m.name, m.type) for m in find_mentions(text)] == [
        ("Navy", "organization"),
        ("Army", "organization"),
        ("Marines", "organization"),
    ]
    text = "The Indian Navy repulsed the attack. The Navy spokesman said so."
    assert {m.name for m in find_mentions(text)} == {"Indian Navy"}


def test_an_armed_service_alone_joins_its_fuller_name_in_the_event() -> None:
    found = merge_entities(
        {"a": find_mentions("The U.S. Army denied it."), "b": find_mentions("An Army spokesperson said no.")}
    )
    assert [(e.name, e.type, len(e.article_ids)) for e in found] == [("U.S. Army", "organization", 2)]


def test_a_newspapers_last_word_alone_is_an_organisation() -> None:
    # a weekday opens a paper's name before its head
    text = "The Sunday Times reported a sale on Sunday. He left on Sunday."
    assert [(m.name, m.type) for m in find_mentions(text)] == [("Sunday Times", "organization")]
    text = "The British newspaper reported a sale, the Times said. Sources told The Post on Monday."
    assert [(m.name, m.type) for m in find_mentions(text)] == [
        ("Times", "organization"),
        ("Post", "organization"),
    ]
    text = "He spoke to the Observer about the spill."
    assert [(m.name, m.type) for m in find_mentions(text)] == [("Observer", "organization")]


def test_a_governing_body_named_alone_is_an_organisation() -> None:
    text = "The bill passed the state's Republican-controlled Legislature on Thursday."
    assert [(m.name, m.type) for m in find_mentions(text)] == [("Legislature", "organization")]
    text = "Hours later the Board removed the tally from its website."
    assert [(m.name, m.type) for m in find_mentions(text)] == [("Board", "organization")]
