"""corroborate (claims31): names of one thing that differ in a word are no conflict when the word is an
initial, a place and a place inside it, or a country and the thing's number (corroborate/compare.py);
a curly possessive keys as a straight one (values._name_key).

Read on heap-10000's conflicts (bench/make_corpus.py over the dev sets): of 15 conflicts that are not
planted, these three were false ("R. MacDonald" / "Ian MacDonald", "British Parliament" / "London’s
Parliament", "U.S. Circuit Court" / "Ninth Circuit Court"); the planted ones stay.
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.compare import _other_name
from newsprism.corroborate.values import _name_key
from newsprism.records import Article


def other(a: str, b: str) -> bool:
    return _other_name(_name_key(a), _name_key(b))


def test_a_curly_possessive_keys_as_a_straight_one() -> None:
    assert _name_key("London’s Parliament") == _name_key("London's Parliament") == ("london", "parliament")


def test_one_thing_named_with_an_initial_two_places_or_its_number_is_no_conflict() -> None:
    assert not other("R. MacDonald", "Ian MacDonald")  # "Ian R. MacDonald": a middle initial
    assert not other("British Parliament", "London’s Parliament")  # London lies in Britain
    # "U.S." / "Ninth Circuit Court" is one court only where the country is written after its number
    # ("the 9th U.S. Circuit Court"): claims32's compare._numbered_country, tests/test_claims32_conflicts.py
    # the controls (made up): two people, a place against a name, two countries, a town's name
    # that is a common word
    assert other("Rick Perry", "Oscar Perry")
    assert other("Gulf of Aden", "Gulf of Jensen")
    assert other("British Airways", "American Airways")
    assert other("Federal Circuit Court", "Ninth Circuit Court")


def test_the_parliament_attacked_named_at_two_scales_is_no_conflict() -> None:
    says = (
        "The Islamic State group says the attack outside the British Parliament in London was carried out by "
        'one of its "soldiers."'
    )
    claimed = (
        "The Islamic State has claimed responsibility for the terror attack that left four people dead, "
        "including the assailant and a police officer, outside of London’s Parliament building on "
        "Wednesday, according to the Amaq media agency."
    )
    claims = corroborate(
        [
            Article(id="a", source="a.txt", text=says, outlet="North Star News"),
            Article(id="b", source="b.txt", text=claimed, outlet="Global Digest"),
        ]
    )
    assert [c for c in claims if c.status == "conflict"] == []
    # the control: another name of the parliament's place (made up) still conflicts
    planted = claimed.replace("London’s", "Jensen’s")
    claims = corroborate(
        [
            Article(id="a", source="a.txt", text=says, outlet="North Star News"),
            Article(id="b", source="b.txt", text=planted, outlet="Global Digest"),
        ]
    )
    assert [c.status for c in claims].count("conflict") == 1


# made up: two sentences of each article's own, so that the event's weights are not those of two
# statements alone (two statements share all their weight: their cosine is too low to compare them)
OWN = (
    "BP 's shares rose 2 percent in London . Hurricane season is under way in the Gulf .",
    "Fishermen in Louisiana returned to the water . The company has set aside $ 20 billion for claims .",
)


def claims_of(a: str, b: str) -> list[str]:
    articles = [
        Article(id="a", source="a.txt", text=f"{a} {OWN[0]}", outlet="bbc"),
        Article(id="b", source="b.txt", text=f"{b} {OWN[1]}", outlet="washingtonpost"),
    ]
    return [c.status for c in corroborate(articles)]


def test_the_days_of_two_tellings_are_no_conflict() -> None:
    sunday = (
        "The top US federal official overseeing the disaster , Coast Guard Adm Thad Allen , said on Sunday "
        'that the well was now " effectively dead " .'
    )
    friday = (
        'Retired Coast Guard Adm. Thad W. Allen said Friday that this discovery was made after a " relief '
        'well " finally broke through into the Macondo well more than 17,000 feet below the Gulf of Mexico floor .'
    )
    assert "conflict" not in claims_of(sunday, friday)
    # the control: the days of the fact told still conflict
    tuesday = (
        "Democratic Congressman Elijah Cummings of Maryland died early Tuesday due to complications stemming "
        "from longtime health issues, the Democratic leader’s office announced."
    )
    thursday = (
        "Maryland Rep. Elijah E. Cummings died early Thursday at Johns Hopkins Hospital due to complications "
        "from longstanding health challenges, his congressional office said."
    )
    assert "conflict" in claims_of(tuesday, thursday)
