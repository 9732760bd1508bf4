"""corroborate (claims30): idioms and phrasal verbs are read as one sense in the acts test
(corroborate/predicates.py), so that one act told in an idiom and in a plain verb backs a claim.

claims29's acts test lost right claims to verbs read in a sense they did not have on heap-10000:
"stopped by to greet the attorney general" / "met with" him (a visit, no halt), "BP's well spent about
three months repelling all attempts" (time passed, no payment), "Egypt has been harder hit by the
virus" (an adjective's idiom, no strike), "a Russian government-backed hacking group" (a compound
adjective, no act of its own).
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.predicates import _acts, _held, _other_acts
from newsprism.records import Article


def article(aid: str, text: str, outlet: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, outlet=outlet)


def test_a_phrasal_verb_is_its_senses_act_and_a_passive_is_the_verbs_own() -> None:
    assert _acts("The governor stopped by to greet the attorney general .") == (frozenset({"meet"}),)
    assert _acts("The car was stopped by police on Tuesday .") == (frozenset({"stop"}),)
    assert _acts("The chairman stepped down on Monday .") == (frozenset({"leave"}),)
    # "called" is speech; "called off" is an act
    assert _acts("The union called off the strike .") == (frozenset({"delay"}),)
    # held in any form: "to step down" holds a resignation
    assert "leave" in _held("Republicans signed a letter calling for Schiff to step down .")
    # a table verb before another particle is still an act the table does not know
    assert _acts("The court struck down the moratorium on Thursday .") == (frozenset(),)


def test_idioms_and_compounds_are_no_act_of_the_table() -> None:
    # time spent is no payment; money spent is
    assert _acts("The well spent about three months repelling all attempts to kill it .")[0] == frozenset()
    assert _acts("The agency spent $ 3 million on the cleanup .")[0] >= {"pay"}
    # "hard hit": affected, no strike
    assert _acts("Egypt has been harder hit by the virus than any other country .") == (frozenset(),)
    assert _acts("The storm hit the coast on Friday .")[0] >= {"attack"}
    # a compound is an adjective; after a prefix its verb is an act
    assert _acts("A government-backed group attempted to steal research .") == (frozenset(),)
    assert _acts("The mayor was re-elected in May .")[0] >= {"choose"}


def test_one_visit_told_as_a_stop_by_and_a_meeting_backs_a_claim() -> None:
    stopped = (
        "Capt. Ron Johnson of the Missouri State Highway Patrol , in charge of security in Ferguson , "
        "stopped by to greet Attorney General Eric Holder ."
    )
    met = "Attorney General Eric Holder met with Missouri Highway Patrol Capt. Ron Johnson in Ferguson ."
    assert not _other_acts(stopped, met)
    # the control: a halt and a meeting are two acts
    assert _other_acts(stopped.replace("stopped by to greet", "was stopped by"), met)
    claims = corroborate([article("a", stopped, "HuffPost"), article("b", met, "Fox News")])
    assert [c.status for c in claims] == ["corroborated"]


def test_a_future_act_is_a_modal_and_its_bare_verb() -> None:
    assert _acts("BP will pay for the construction of six sand barriers .") == (frozenset({"pay"}),)
    assert _acts("The company would not cut its dividend .")[0] >= {"down"}
    # "be" leaves the act to the participle; speech is no act; "the will of the people" is a noun
    assert _acts("The cap will be tested on Tuesday .") == (frozenset({"check"}),)
    assert _acts("The minister will say more on Monday .") == ()
    assert _acts("It was the will of the people .") == ()
    # a phrasal verb and another verb after a modal
    assert _acts("The chief executive will step down in October .") == (frozenset({"leave"}),)
    assert _acts("The firm will lift the ban next week .")[0] == frozenset()
    # a deal struck is an agreement; "accepted that" tells what one concedes
    assert _acts("Israel struck an agreement with the UAE on Thursday .") == (frozenset({"approve"}),)
    assert _acts("The storm struck the coast on Friday .")[0] >= {"attack"}
    assert _acts("Hayward accepted that the firm could not move on with him .") == ()


def test_two_acts_one_of_them_to_come_back_no_claim_together() -> None:
    criticized = (
        "Sources said the draft report by Inspector General Michael Horowitz criticized Loretta Lynch "
        "for her handling of the Clinton email probe ."
    )
    will_cap = (
        "The report by Inspector General Michael Horowitz will cap the inquiry into the handling of "
        "the Clinton email probe ."
    )
    assert _other_acts(criticized, will_cap)
    # the control: one act told as to come and as done
    assert not _other_acts(
        "Israel would suspend its plans to annex parts of the West Bank .",
        "Israel has suspended its plans to annex parts of the West Bank .",
    )


def test_a_present_act_is_a_table_verbs_s_form_after_its_subject() -> None:
    # (claims31: a denial is also a request refused; a plan to visit is the visit, its infinitive's act)
    assert _acts("BP denies the report on Tuesday .") == (frozenset({"deny", "outvoted"}),)
    assert _acts("The Senate Committee begins its hearing .") == (frozenset({"begin"}),)
    assert _acts("He plans to visit the site .") == (frozenset({"meet"}),)
    # after a lower-case word or a determiner the -s form is a plural noun; "says" is speech
    assert _acts("The budget cuts hurt the agency .") == ()
    assert _acts("WHO estimates flu kills thousands a year .") == ()
    assert _acts("BP says the leak is slowing .") == ()
    # a denial and a seizure are two acts; a denial told in two tenses is one
    assert _other_acts("Iran denies the tanker report .", "Iran seized the tanker on Friday .")
    assert not _other_acts("Iran denies the tanker report .", "Iran denied the tanker report on Friday .")
