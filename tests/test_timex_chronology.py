"""timeline21: a day and month that open a chronology item ("April 30 - An Obama aide says ...") are
read in the past, and an item after another in the year nearest that item's day."""

from __future__ import annotations

from newsprism.analyse.timex import find_time_expressions

# a Reuters factbox of a June 2010 story (T17 bpoil_reuters/1908, shortened)
FACTBOX = (
    "April 29 - U.S. President Barack Obama pledges every available resource to contain the spill . "
    "April 30 - An Obama aide says no drilling will be allowed in new areas . "
    "May 9 - BP says it might try to plug the undersea leak by pumping materials into it ."
)


def _values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_time_expressions(text, published)}


def test_a_factbox_item_with_a_reported_future_is_read_in_the_past() -> None:
    found = _values(FACTBOX, "2010-06-16")
    assert found["April 30"] == "2010-04-30"  # its "will be allowed" read it as 2011 before
    assert found["May 9"] == "2010-05-09"
    assert found["April 29"] == "2010-04-29"


def test_a_january_chronology_of_last_year() -> None:
    # T17 bpoil_reuters/1797, published 2011-01-11: the items run May to December 2010
    text = (
        "April 22 - The rig sinks and a 5-mile oil slick forms . "
        "May 11/12 - Executives from BP , Transocean and Halliburton appear at congressional hearings . "
        "June 16 - Hayward and BP Chairman Carl-Henric Svanberg meet White House officials . "
        "Dec. 15 - The Obama administration launches a legal battle against BP ."
    )
    found = _values(text, "2011-01-11")
    assert [found[p] for p in ("April 22", "May 11", "June 16", "Dec. 15")] == [
        "2010-04-22",
        "2010-05-11",
        "2010-06-16",
        "2010-12-15",
    ]


def test_a_living_page_keeps_its_later_items_in_their_summer() -> None:
    # T17 bpoil_bbc/1440, dated 2010-06-15 but updated through August
    text = (
        "29 May : BP announces that the top kill system has failed . "
        "10 July : The LMRP cap is removed to be replaced with a capping stack , designed to seal the well . "
        "5 August : Engineers follow up the mud with cement ."
    )
    found = _values(text, "2010-06-15")
    assert [found[p] for p in ("29 May", "10 July", "5 August")] == ["2010-05-29", "2010-07-10", "2010-08-05"]


def test_a_chronology_running_back_in_time() -> None:
    text = "June 16 - BP agrees to set up a fund . May 9 - BP says it might try to plug the leak ."
    found = _values(text, "2010-06-28")
    assert (found["June 16"], found["May 9"]) == ("2010-06-16", "2010-05-09")


def test_a_date_inside_prose_before_a_dash_is_no_item() -> None:
    # BASIL: "will face the winner of the GOP primary on August 10 - either ..." stays a plan
    text = "Blumenthal will face the winner of the GOP primary on August 10 - either Simmons or McMahon ."
    assert _values(text, "2010-05-18")["August 10"] == "2010-08-10"
    # a caption's date after the agency's name is read as before (its sentence's tense)
    text = "Officials watch the boom . AP May 4 : Workers put the finishing touches on the barge ."
    assert _values(text, "2010-05-06")["May 4"] == "2010-05-04"


def test_an_item_after_a_line_break_and_many_blanks_opens_a_chronology() -> None:
    # review19t: a window of blanks alone used to count only at the text's start
    text = (
        "BP said the cap held , and the company will report on Friday on the chronology of the spill .\n"
        + " " * 19
        + "May 1 - Coast Guard says leak will affect the Gulf shore ."
    )
    (item,) = [t for t in find_time_expressions(text, "2010-06-16") if t.text == "May 1"]
    assert item.value == "2010-05-01"
