"""corroborate (claims29): who did what. Two aligned statements that report two acts back no claim
together (corroborate/predicates.py); one act told in two verbs of a sense group does.

claims28 read 120 of heap-10000's corroborated claims: 24 wrong, 21 of them two statements sharing
the event's topic words only. claims28b's first-verb test lost two right claims per wrong one:
outlets tell one act in two verbs, and one attributes what another states.
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.predicates import _acts, _other_acts
from newsprism.records import Article


def article(aid: str, text: str, outlet: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, outlet=outlet)


def test_acts_are_past_verbs_outside_speech_names_nouns_and_other_clauses() -> None:
    # (claims31: "deny" is also a request or motion refused, as "blocked" is)
    assert [sorted(g) for g in _acts("The senator denied the report on Tuesday .")] == [["deny", "outvoted"]]
    # speech is no act; a capitalised word is a name; after a determiner a noun
    assert _acts("Rose Hunt said the figures were wrong , the spokesman added .") == ()
    assert _acts("The cut was announced on Tuesday .") == ()
    # a relative clause's act, a subordinate clause's (to its comma), the source after "according to"
    assert _acts("The officer , who was charged last week , said nothing .") == ()
    assert _acts("After the court ruled , Hiller was suspended from her job .")[0] >= {"oust"}
    assert _acts("Lohan spoke to reporters , according to officials who arrested her .") != ()
    # (claims30: "will lift" is a future act, one the table does not know; "agreed" is no act)
    assert _acts("Trump will lift the sanctions after Ankara agreed to a ceasefire .") == (frozenset(),)
    # another verb, or a table verb before a particle, is an act the table does not know
    assert _acts("Americans applied for benefits as restaurants closed .")[0] == frozenset()
    assert _acts("The court struck down the moratorium on Thursday .")[0] == frozenset()
    # British doubling
    assert _acts("Trump has cancelled the summit with Kim .")[0] >= {"delay"}


def test_one_act_in_two_verbs_is_one_and_two_acts_are_two() -> None:
    # one act, two verbs of a sense group, or a noun of it
    assert not _other_acts(
        "The U.S. lost 33,000 jobs in September .", "U.S. employment fell in September for the first time ."
    )
    assert not _other_acts(
        "The Federal Reserve raised interest rates on Wednesday .",
        "The Federal Reserve approved an increase in interest rates on Wednesday .",
    )
    assert not _other_acts("The minister denied the report .", "The minister refuted the report .")
    assert not _other_acts("Two soldiers were killed in the attack .", "Two soldiers died in the attack .")
    assert not _other_acts(
        "Police arrested a woman in the 1967 killings .",
        "A woman charged with the 1967 killings was released .",
    )
    # two acts of the same people
    assert _other_acts(
        "Mr. Suthers had opposed Amendment 64 in Colorado .",
        "Colorado voters approved Amendment 64 in 2012 .",
    )
    assert _other_acts(
        "The aide resigned on Monday over the post .", "The aide apologized on Friday for the post ."
    )
    # a motion defeated, rejected or blocked is one act; "admitted" (said, to a hospital, guilt) none
    assert not _other_acts(
        "Senate Republicans defeated an amendment from Schumer on Tuesday .",
        "Senate Republicans rejected an effort by Democrats on Tuesday .",
    )
    assert _acts("Ron had been admitted to Baylor Hospital in Dallas .")[0] == frozenset()
    # an act the table does not know, or none but speech: no judgement
    assert not _other_acts(
        "Americans applied for benefits in March .", "Claims soared to 3.28 million in March ."
    )
    assert not _other_acts("The species is new , Hazen said .", "Researchers found that the species is new .")


def test_a_pair_reporting_two_acts_backs_no_claim() -> None:
    opposed = "Attorney General John Suthers had opposed Amendment 64 , the marijuana measure in Colorado ."
    approved = "Colorado voters approved Amendment 64 , the marijuana measure , in November ."
    claims = corroborate([article("a", opposed, "Times"), article("b", approved, "Post")])
    assert not [c for c in claims if c.status == "corroborated"]
    # the control: one act in two verbs of a group, the same words around them
    raised = "The Federal Reserve raised interest rates , the benchmark measure , on Wednesday ."
    increase = (
        "The Federal Reserve announced an increase in interest rates , the benchmark measure , on Wednesday ."
    )
    claims = corroborate([article("a", raised, "Times"), article("b", increase, "Post")])
    assert [c.status for c in claims] == ["corroborated"]
