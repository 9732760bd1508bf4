"""corroborate (claims33): acts going on and two more senses. A form of "be" before a table verb's -ing
form is that act ("is investigating": a probe; "is backing down": a phrasal verb, an act the table does
not know), "dissolve" is a stop ("agreed to dissolve" / "will shut down") and "withdraw" holds the
withdrawal ("agreed to withdraw" / "will begin a phased withdrawal"). Real excerpts of heap-10000
(events 1354, 1365, 2108, 685, 836); the control is marked.
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.predicates import _acts, _other_acts
from newsprism.records import Article

DISSOLVE = (
    "The Donald J. Trump foundation, the charity organization of President Trump, has agreed to dissolve "
    "under judicial supervision amidst a lawsuit from New York Attorney General Barbara Underwood."
)
SHUT = (
    "President Donald Trump's charity will shut down and its remaining assets distributed to other "
    "nonprofit organizations as part of an agreement filed Tuesday by New York Attorney General Barbara Underwood."
)


def test_an_act_going_on_is_an_act() -> None:
    probe = _acts(
        "Manhattan District Attorney Cyrus Vance is investigating alleged insurance and bank fraud by "
        "Trump’s real estate company."
    )
    assert probe[0] == frozenset({"probe"})


def test_an_act_going_on_before_a_particle_is_another() -> None:
    assert _acts(
        "President Trump said late Wednesday that he is backing down in his fight with Nancy Pelosi."
    ) == (frozenset(),)


def test_an_act_going_on_tells_another_act_apart() -> None:
    assert _other_acts(
        "The Washington NFL franchise announced Monday it is dropping the “Redskins” name and Indian head logo.",
        "The organization, which had its name since 1932, launched a review of its name after partners and "
        "sponsors began to criticize the team.",
    )


def test_dissolving_is_shutting_down() -> None:
    assert not _other_acts(DISSOLVE, SHUT)
    articles = [
        Article(id="a", source="a.txt", text=DISSOLVE, outlet="Daily Ledger"),
        Article(id="b", source="b.txt", text=SHUT, outlet="Citizen Journal"),
    ]
    assert [c.status for c in corroborate(articles) if c.status == "corroborated"] == ["corroborated"]


def test_agreeing_to_withdraw_is_the_withdrawal() -> None:
    assert not _other_acts(
        "Oregon Gov. Kate Brown said Wednesday that the federal government had agreed to withdraw its law "
        "enforcement officers from Portland.",
        "The federal agents who have clashed with protesters in Portland will begin a “phased withdrawal” "
        "from the city's downtown area starting Thursday.",
    )


def test_one_act_going_on_and_done_is_one() -> None:  # control, made up
    assert not _other_acts(
        "The agency is investigating the crash of the plane near the airport.",
        "The agency investigated the crash of the plane near the airport last year.",
    )
