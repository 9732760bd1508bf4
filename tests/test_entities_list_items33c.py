"""A title after a comma that runs straight into a capitalised full name is that name's own title, so
the comma starts a list's next item: no apposition (role) of the name before the comma (entities33c)."""

from newsprism.analyse.entities import find_mentions


def _roles(text: str) -> dict[str, str | None]:
    return {m.name: m.role for m in find_mentions(text)}


def test_the_next_list_item_is_no_role_of_the_name_before_it() -> None:
    text = "The summit drew Joe Biden, Emmanuel Macron, German Chancellor Olaf Scholz and others to Rome."
    roles = _roles(text)
    assert roles["Emmanuel Macron"] is None
    assert roles["Olaf Scholz"] == "German Chancellor"


def test_a_full_name_after_a_link_word_stays_an_apposition() -> None:
    # the title follows "for" / "to", so the apposition is the first name's role
    text = "Jen Psaki, a spokeswoman for President Joe Biden, said the talks would resume."
    roles = _roles(text)
    assert roles["Jen Psaki"] == "spokeswoman for President Joe Biden"
    assert roles["Joe Biden"] == "President"
    text = "Jake Sullivan, the national security adviser to President Joe Biden, said the ships had left."
    assert _roles(text)["Jake Sullivan"] == "national security adviser to President Joe Biden"


def test_an_apposition_without_a_name_keeps_its_role() -> None:
    text = "Vivian Balakrishnan, Singapore's foreign minister, said on Friday that talks would resume."
    assert _roles(text)["Vivian Balakrishnan"] == "Singapore's foreign minister"


def test_a_titled_possessor_stays_inside_the_apposition() -> None:
    # heap:bpoil_foxnews/636, heap:copy-000435-051797: the titled name owns the role noun after it
    text = "Robert Reich , President Bill Clinton 's labor secretary , wrote on his website Monday ."
    assert _roles(text)["Robert Reich"] == "President Bill Clinton's labor secretary"
    text = "Peter Navarro, President Donald Trump’s trade adviser, warned the administration in late January."
    assert _roles(text)["Peter Navarro"] == "President Donald Trump’s trade adviser"


def test_a_name_before_a_titled_list_item_is_a_person_but_a_place_after_of_is_not() -> None:
    # heap:train-1913-1, heap:H1N1_bbc/937
    text = (
        "Prominent Democrats are defending the nominees. Neera Tanden, Rep. Deb Haaland, D-N.M. and "
        "California Attorney General Xavier Becerra have all faced intense scrutiny."
    )
    types = {m.name: m.type for m in find_mentions(text)}
    assert types["Neera Tanden"] == "person"
    text = (
        "The statement is signed by Cardinal Sean Brady , Catholic Archbishop of Armagh , Archbishop "
        "Alan Harper , Anglican Archbishop of Armagh , and others ."
    )
    assert all(m.type != "person" for m in find_mentions(text) if m.name == "Armagh")


def test_an_opener_before_a_titled_subject_is_no_list_item() -> None:
    # heap:train-2308-2, heap:bpoil_foxnews/1332
    text = "The plane was idling outside. Inside, Speaker Nancy Pelosi was in her office making final preparations."
    assert "Inside" not in {m.name for m in find_mentions(text) if m.type == "person"}
    text = "Murkowski added a warning . Separately , Interior Secretary Ken Salazar is proposing a split ."
    assert "Separately" not in {m.name for m in find_mentions(text) if m.type == "person"}


def test_a_former_official_in_a_list_of_titled_people_stays_a_person() -> None:
    # basil:74708dbf-5dfc-4c66-8419-d7dbc00e4a06_2
    text = (
        "The criticism has resulted in challenges for Steele's job from Wisconsin Republican Party Chairman "
        "Reince Priebus, former RNC Co-Chairwoman Ann Wagner, longtime Republican official Maria Cino, "
        "former Michigan Republican Party Chairman Saul Anuzis and others."
    )
    people = {m.name for m in find_mentions(text) if m.type == "person"}
    assert any(name.endswith("Ann Wagner") for name in people)
    assert "Maria Cino" in people
