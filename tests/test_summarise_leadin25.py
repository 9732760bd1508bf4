"""cut_lead_in asks parse_dateline only about a sentence that holds a mark every dateline with a body
after it holds (leadin._may_hold_dateline): what it cuts is unchanged."""

from __future__ import annotations

from newsprism.analyse import leadin
from newsprism.analyse.leadin import cut_lead_in


def test_datelines_of_every_form_are_still_cut() -> None:
    assert cut_lead_in("WASHINGTON — The Senate voted on Tuesday.") == "The Senate voted on Tuesday."
    assert cut_lead_in("HONOLULU _ South Korean golfer Kim won.") == "South Korean golfer Kim won."
    assert cut_lead_in("BEIJING, June 18 (Reuters) - China said it would act.") == "China said it would act."
    assert cut_lead_in(
        "Beijing: US Secretary of State Hillary Clinton arrived in the city on a visit today."
    ) == ("US Secretary of State Hillary Clinton arrived in the city on a visit today.")
    assert cut_lead_in("Washington (CNN) - Dr. Anthony Fauci said so.") == "Dr. Anthony Fauci said so."


def test_a_sentence_without_a_dash_bracket_colon_or_slash_is_not_asked() -> None:
    assert not leadin._may_hold_dateline("The Senate voted on a long-term budget on Tuesday.")
    assert not leadin._may_hold_dateline("the minister said")  # no capital: parse_dateline's own test
    assert leadin._may_hold_dateline("WASHINGTON - The Senate voted.")  # a spaced hyphen
    assert leadin._may_hold_dateline("WASHINGTON -- The Senate voted.")
    assert leadin._may_hold_dateline("WASHINGTON (AP) Congress is asking.")  # no dash, a bracket
    assert cut_lead_in("The Senate voted on a long-term budget on Tuesday.") == (
        "The Senate voted on a long-term budget on Tuesday."
    )
