"""review36 (session 31): findings on session 30's entity rules (analyse.entities), each shown on
made-up sentences the rule misreads. Each test is xfail(strict) until the patch its reason names is
applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The agency acted quickly . On June 5 FEMA said it would send trailers to the coast .", "FEMA"),
        ("By May 3 NOAA had closed the fishing grounds . NOAA scientists said so .", "NOAA"),
        ("The storm grew . At 10 NOAA said the storm had strengthened . NOAA forecasters warned .", "NOAA"),
    ],
)
def test_an_acronym_after_a_day_of_the_month_is_counted_by_no_one(text: str, name: str) -> None:
    # 37e8985's _counted_acronyms: a number before an acronym counts it ("28 TD"), so the acronym is a
    # thing's everywhere in the article; a year was already no count, a month's day is none either,
    # nor a clock's hour before what the acronym said
    assert (name, "organization") in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He threw 28 TD , 12 INT last season for the team .", "TD"),
        ("She had to undergo an MRI this morning at the clinic .", "MRI"),
    ],
)
def test_a_counted_acronym_stays_a_thing(text: str, name: str) -> None:
    # (controls: 37e8985's own counted acronyms)
    assert not any(n == name for n, _ in _names(text))


@pytest.mark.parametrize("credit", ["Pool Photo/AP", "Times Picayune/AP", "Staff Photo/Getty Images"])
def test_a_pool_or_paper_credit_names_no_photographer(credit: str) -> None:
    # 1c63c4a's picture credit: two or three words nothing typed before a slash and a photo agency are
    # the photographer's name; a pool's or a paper's words give the picture, no person took it
    text = f"Oil washes ashore . Photograph : {credit} . The spill grew on Monday ."
    name = credit.split("/")[0]
    assert (name, "person") not in _names(text)


@pytest.mark.parametrize(
    ("credit", "name"),
    [("Sean Gardner/Reuters", "Sean Gardner"), ("Win McNamee/Getty Images", "Win McNamee")],
)
def test_a_photographer_in_a_credit_stays_a_person(credit: str, name: str) -> None:
    # (control: 1c63c4a's own credits)
    assert (name, "person") in _names(f"Birds covered in oil . Photograph : {credit} . The spill grew .")


@pytest.mark.xfail(strict=True, reason="needs /tmp/h31/review36/entities_roles_organisation_head.diff")
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The report was written by Exponent , an expert witness firm , for the company .", "Exponent"),
        ("The case went to Marlborough , a coroner 's court in Wiltshire , on Monday .", "Marlborough"),
    ],
)
def test_a_role_noun_modifying_an_organisation_noun_makes_no_person(text: str, name: str) -> None:
    # 5d3bef3's ROLE_NOUNS ('expert', 'coroner', ...): any role word in an apposition makes the name
    # before it a person; where the apposition's head is an organisation's noun ("firm", "court") the
    # role word only modifies it
    assert (name, "person") not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The show was hosted by Ros Atkins , a BBC radio presenter , on Monday .", "Ros Atkins"),
        ("The hearing heard from Aiden Cotter , a nurse at the hospital , on Monday .", "Aiden Cotter"),
    ],
)
def test_a_role_noun_heading_an_apposition_makes_a_person(text: str, name: str) -> None:
    # (control: 5d3bef3's own cases)
    assert (name, "person") in _names(text)
