"""entities31b: part 2 of entities31's leftover entity classes, each from real heap-10000 text (the
article named in each test's comment)."""

from newsprism.analyse.entities import find_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_mentions(text)]


def _roles(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.type, m.role) for m in find_mentions(text)]


def test_a_photo_agency_alone_after_a_credits_slash_is_the_agency() -> None:
    # heap bpoil_guardian/382: the Guardian's credit writes "Getty" for Getty Images; it was "other"
    found = _found(
        "A beach is closed on Grand Isle , Louisiana , due to the oil spill . Photograph : Win McNamee/Getty "
        "BP 's out-of-control geyser in the Gulf is now the biggest oil spill in US history ."
    )
    assert ("Getty", "organization") in found
    # heap H1N1_guardian/526: after two credits' slashes
    found = _found(
        "A near-empty church in Mexico City . Photograph : Eitan Abramovich/AFP/Getty For Mexico 's "
        "Catholic church it is a tricky dilemma ."
    )
    assert ("Getty", "organization") in found


def test_the_word_alone_elsewhere_keeps_its_type() -> None:
    # t17 bpoil_washingtonpost/2151: the Getty family, no credit's slash before it
    found = _found("The event is scheduled to be held at a mansion owned by the Getty family .")
    assert ("Getty", "organization") not in found


def test_a_seat_on_a_body_is_no_person() -> None:
    # heap H1N1_reuters/594 (Manmohan Singh's CV): "Member" took the apposition's role, a person
    found = _found(
        "Aug 1998-2001 : Member , committee of privileges 2000 onwards : Member , executive committee , "
        "Indian parliamentary group June 2001 : Re-elected to Rajya Sabha Aug 2001 onwards : Member , "
        "general purposes committee 2004 : Prime Minister of India ."
    )
    assert all(text != "Member" for text, _ in found)
    assert ("India", "place") in found


def test_the_brand_ranking_firm_is_an_organisation() -> None:
    # heap bpoil_guardian/883: "Interbrand concluded" made it a person
    found = _found(
        'Interbrand concluded that the " majority of the company \'s brand value has been destroyed " . '
        "Since 1999 Interbrand has produced an annual report giving a dollar value to the world 's 100 "
        "most valuable brands ."
    )
    assert ("Interbrand", "organization") in found
    assert all(kind != "person" for _, kind in found)


def test_a_quoted_title_keeps_its_last_pronoun() -> None:
    # heap l3s_gn1-6f9799e1: the film's title was cut to "Away From" (its "Her" read as a lost opener)
    found = _found(
        'Julie Christie won best actress for "Away From Her," but she was n\'t on hand to accept her prize .'
    )
    assert ("Away From Her", "other") in found
    # heap l3s_gn1-4ed92403: the song's title was cut to "U Can't Touch"
    found = _found(
        "M.C. Hammer is best known for the multimillion selling hit 'U Can't Touch This', but lost it ."
    )
    assert all(text != "U Can't Touch" for text, _ in found)
    # unquoted, the pronoun still opens the sentence the page's extraction glued on
    found = _found("It was reported from Hong Kong The disappearance of my money was reported .")
    assert ("Hong Kong", "place") in found


def test_a_bylines_outlet_is_no_part_of_the_next_sentences_role() -> None:
    # heap copy-000261-515350: the byline glued to the first sentence gave Boris Johnson the role
    # "BBC News London Mayor"
    found = _roles(
        "By Anthony Reuben Business reporter , BBC News London Mayor Boris Johnson has expressed concern "
        'about the " anti-British rhetoric " . Mr Johnson said so .'
    )
    assert ("BBC News", "organization", None) in found
    assert ("Boris Johnson", "person", "London Mayor") in found
    # heap bpoil_bbc/377: the outlet is named, and no part of the next name ("David Cameron" took
    # "BBC News" as his role in the whole article)
    found = _roles(
        "By Reeta Chakrabarti Political correspondent , BBC News David Cameron is facing calls from some "
        "newspapers to take action ."
    )
    assert ("David Cameron", "person", None) in found
    assert ("BBC News", "organization", None) in found
