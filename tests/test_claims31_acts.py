"""corroborate (claims31): the acts test reads what a verb taking an infinitive means, what an aspect
verb begins, a deal struck on both sides, and present acts after a lower-case subject
(corroborate/predicates.py).

Excerpts from heap-10000's events (bench/make_corpus.py over the dev sets) unless marked made up;
each pair was kept apart by the acts test as two acts before, though the two outlets tell one fact.
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.predicates import _acts, _other_acts
from newsprism.records import Article

COHEN_ACCUSES = (
    "In his testimony before the House Oversight and Reform Committee on Wednesday, Michael Cohen will "
    "accuse his former client, President Trump, of knowing that his adviser Roger Stone was reaching out "
    "to WikiLeaks."
)
COHEN_TESTIFIES = (
    "Donald Trump's former attorney and fixer Michael Cohen plans to testify Wednesday that Trump was "
    "aware of his longtime confidante Roger Stone's efforts to reach out to WikiLeaks."
)


def test_a_verb_taking_an_infinitive_reports_the_infinitives_act() -> None:
    # what one plans to say is speech: no act of the table
    assert _acts(COHEN_TESTIFIES) == ()
    assert not _other_acts(COHEN_ACCUSES, COHEN_TESTIFIES)
    purge = "House Republicans voted to purge GOP Conference Chair Liz Cheney from her leadership post ."
    assert _acts(purge) == (frozenset({"oust"}),)
    assert not _other_acts(
        purge, "House Republicans on Wednesday ousted Rep. Liz Cheney as GOP conference chair ."
    )
    # "not" between: "voted not to indict" / "declined to indict" (made up after heap event 1505)
    assert _acts("A grand jury has voted not to indict any police officer .") == (frozenset({"justice"}),)
    # made up: the brief's pair, a ban told as making a thing illegal
    assert not _other_acts(
        "The administration will ban bump stocks .", "Trump vowed to make bump stocks illegal ."
    )
    # an infinitive the table does not know leaves the verb's own act: an agreement is no rise in shares
    divest = "China's ByteDance has agreed to divest the U.S. operations of TikTok completely ."
    assert _acts(divest) == (frozenset({"approve"}),)
    assert _other_acts(
        divest, "Microsoft shares rose slightly Friday after reports it is in talks to buy TikTok ."
    )
    # a passive keeps the verb's own reading ("is planned to intercept")
    assert _acts("The relief well is planned to intercept the existing well .") == (frozenset({"offer"}),)


def test_an_aspect_verb_begins_its_gerunds_act() -> None:
    assert _acts("BP has also started drilling a relief well .") == (frozenset({"drill"}),)
    assert _acts("Social Security will start paying out more in benefits than it absorbs .")[0] >= {"pay"}
    assert _acts("BP started work on a second relief well .") == (frozenset(),)  # made up


def test_one_act_in_two_words_of_a_sense() -> None:
    # a dividend suspended / cancelled; a request denied / the move blocked; a removal ordered / removed
    assert not _other_acts(
        "The company was due to make a $ 2.6 bn dividend payment on Monday , which has now been canceled .",
        "BP 's chairman , Carl-Henric Svanberg , said the firm will suspend its dividend for three quarters .",
    )
    assert not _other_acts(
        "The Supreme Court on Wednesday denied a request from House Democrats for immediate access to "
        "redacted grand jury materials .",
        "The Supreme Court on Wednesday temporarily blocked the release of grand jury material .",
    )
    assert not _other_acts(
        "Attorney General William Barr has ordered the removal of a top U.S. prisons official .",
        "Attorney General William Barr removed the acting head of the Bureau of Prisons .",
    )


def test_asides_levels_and_findings_are_read_as_such() -> None:
    # a bracket's commas close no subordinate clause: "proposed" stays inside "After ..."
    schumer = (
        "After Senate minority leader Chuck Schumer (D., N.Y.) proposed an amendment Tuesday to the rules , "
        "it failed in a party-line vote ."
    )
    assert _acts(schumer)[0] == frozenset()
    # a share price hitting a low reaches a level: no strike
    assert _acts("On Friday they hit a 14-year low of 298p amid speculation .")[0] == frozenset()
    assert not _other_acts(
        "BP 's London-listed shares hit their lowest level since February 1997 on Tuesday .",
        "The British energy giant 's London share price tumbled to its lowest level in 13 years on Tuesday .",
    )
    # "found that" tells a finding, as "said that" does
    assert _acts("The paper found that the Coast Guard had granted every request .")[0] == frozenset()


def test_present_acts_after_a_lower_case_subject() -> None:
    assert _acts("The company denies the charge .") == (frozenset({"deny", "outvoted"}),)
    assert _acts("The lawsuit accuses BP and other firms of violating federal regulations .")[0] >= {
        "justice"
    }
    # a plural noun stays a noun: opening a statement, or before no object (made up)
    assert _acts("Budget cuts the city made last year hurt schools .")[:1] != (frozenset({"down"}),)
    assert _acts("The air strikes the day before hit nothing .")[:1] != (frozenset({"attack"}),)
    assert _acts("The budget cuts in the plan hurt schools .") == ()


def test_a_deal_struck_on_both_sides_backs_a_claim() -> None:
    lower = (
        "Senate Democrats have struck a deal to lower the income cut off for receiving a stimulus payment "
        "as part of the coronavirus bill, a Democratic aide confirmed to The Hill."
    )
    limit = (
        "President Biden and moderate Senate Democrats have struck a deal to limit eligibility for direct "
        "stimulus checks to Americans, lowering the income level for those who would qualify for payments."
    )
    assert not _other_acts(lower, limit)
    claims = corroborate(
        [
            Article(id="a", source="a.txt", text=lower, outlet="Coastal Times"),
            Article(id="b", source="b.txt", text=limit, outlet="Prairie Sentinel"),
        ]
    )
    assert [c.status for c in claims] == ["corroborated"]


def test_a_fighter_stopped_in_a_round_is_a_win() -> None:
    stopped = "In 2008, Klitschko stopped Thompson in the 11th round."
    beaten = (
        "Klitschko had beaten Thompson back in 2008, mostly dominating that fight and knocking "
        '"The Tiger" out in the 11th rounds.'
    )
    assert _acts(stopped) == (frozenset({"win"}),)
    assert not _other_acts(stopped, beaten)
    # the control (made up): a halt is a halt
    assert _acts("Police stopped the car on Route 9 .") == (frozenset({"stop"}),)
