"""review21: entities28's rules over the dev + heap-10000 texts (bench/entity_diff.py, 64c2c26 ->
HEAD: 178 mentions in 92 of 3,993 texts, 7 of 277 events). All right but two classes, here; no patch
yet (the fix's direction is in review21's report).

- 5fb7672 counts the AP's "Fla.", "Conn.", "Calif." after a town as the state: a dateline in
  capitals with a photo credit or an outlet run into it becomes a place with that word in it (heap
  bpoil_foxnews/1182 "BP PENSACOLA BEACH , Fla. --"; "Reuters GULF SHORES , Ala." did so before, with
  "Ala."). A dateline's town is the capitals after the credit, which the page writes before it.
- 5fb7672 makes "Mo" a given name: the MSNBC show "Afternoon Mo' Joe" (heap
  cleanportaleval-tv_msnbc_com_news_27, written "Mo Joe" once) became a person "Mo Joe", its "Joe"
  mentions with it. "Mo" is also "more" ("Mo' Money") and Missouri's "Mo.": as a given name it
  wants a word after it that is no given name itself (a surname: "Mo Cheeks", "Mo Brooks", "Mo Farah").
"""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions


def test_a_credit_before_a_dateline_is_no_part_of_the_town() -> None:
    text = "BP PENSACOLA BEACH , Fla. -- PENSACOLA BEACH , Fla. ( AP ) -- The smell of oil hangs heavy in the air ."
    assert [m.text for m in find_mentions(text) if m.type == "place" and "PENSACOLA" in m.text] == [
        "PENSACOLA BEACH",
        "PENSACOLA BEACH",
    ]


def test_mo_before_a_given_name_is_no_person() -> None:
    text = "Are you making things happen? Join the Afternoon Mo Joe conversation and tweet us your ideas."
    assert [m.text for m in find_mentions(text) if m.type == "person"] == []


def test_mo_before_a_surname_is_a_person() -> None:
    # entities28's case, to keep: "Mo Cheeks" is the coach Maurice Cheeks (ECB+)
    text = "Maurice Cheeks was fired on Saturday. Mo Cheeks had coached the team since 2005."
    assert [(m.text, m.type) for m in find_mentions(text) if m.text.endswith("Cheeks")] == [
        ("Maurice Cheeks", "person"),
        ("Mo Cheeks", "person"),
    ]
