"""corroborate (claims27): session 21's leftover false conflicts, each with a control that still conflicts.

An aim or a possibility against a measured figure, two distances in one unit that measure two
things, two states' primaries, a flow against a stock, and a market word far from the figure it was
taken to read. Sentences from heap-10000 (the BP oil spill, the 2020 primaries) unless said otherwise.
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.compare import _possible, _rate, _reading, _same_slot
from newsprism.corroborate.values import _Value, _values
from newsprism.corroborate.words import _words
from newsprism.records import Article, Claim


def article(aid: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, outlet=aid, published=published)


def conflicts(*arts: Article) -> list[Claim]:
    return [c for c in corroborate(list(arts)) if c.status == "conflict"]


def figure(text: str) -> _Value:
    return _Value("number", text, ())


# --- 1. an aim, a threshold and a reading (heap-10000 event 537) ----------------------------------

READING = "The pressure within the well is currently 6,700 pounds per square inch ( psi ) and steadily rising , said Mr Wells ."
AIM = "Scientists will be looking for high pressure readings of 8,000 to 9,000 pounds per square inch ."
IDEAL = (
    "Retired Coast Guard Adm. Thad Allen , the national incident commander , has said that a pressure "
    "reading of 8,000 or 9,000 pounds per square inch would be ideal , officials said ."
)
THRESHOLD = "Low pressure , below 6,000 pounds per square inch or so , could mean more leaks farther down in the well ."


def test_an_aim_and_a_threshold_are_no_reading() -> None:
    assert _possible(AIM, figure("8,000 to 9,000")) == "aim"
    assert _possible(IDEAL, figure("8,000 or 9,000")) == "aim"
    assert _possible(THRESHOLD, figure("6,000")) == "possible"
    assert _possible(READING, figure("6,700")) == ""
    assert conflicts(article("bbc", READING), article("fox", AIM)) == []
    assert conflicts(article("bbc", READING), article("fox", THRESHOLD)) == []
    assert conflicts(article("wp", IDEAL), article("fox", THRESHOLD)) == []


def test_two_readings_still_conflict() -> None:
    other = "The pressure within the well is currently 5,200 pounds per square inch ( psi ) and steadily rising , said Mr Wells ."
    (claim,) = conflicts(article("bbc", READING), article("fox", other))
    assert set(claim.values.values()) == {"6,700", "5,200"}


def test_would_is_a_plan_and_a_clause_ends_the_cue() -> None:
    # "would" is the future of reported speech: BP's siphon figure is stated, the USGS's a possibility
    siphon = "He said once a hard cap containment system was in place , BP would be able to siphon off 50,000 barrels a day ."
    escape = "The US Geological Survey has calculated that as many as 40,000 barrels a day could have been escaping ."
    assert _possible(siphon, figure("50,000")) == ""
    assert _possible(escape, figure("40,000")) == "possible"
    assert conflicts(article("bbc", siphon), article("guardian", escape)) == []
    # a modal of another clause leaves the figure stated
    assert _possible("The gunman killed 50 people and officials said more could die .", figure("50")) == ""
    assert _possible("Officials expect the toll to rise in May , after 50 people died .", figure("50")) == ""


# --- 2. two distances in feet (heap-10000 event 537) ---------------------------------------------


def test_two_distances_of_one_unit_need_their_own_words() -> None:
    bbc = "The first of two relief wells has another 30ft ( 9m ) to drill before intercepting the leaking well , Mr Wells said ."
    guardian = (
        "Yesterday the first of two relief wells , begun on 2 May , was about 190ft ( 58m ) from intersecting "
        "the blown-out well 13,000 ft beneath the seabed , Suttles said ."
    )
    assert conflicts(article("bbc", bbc), article("guardian", guardian)) == []
    # "well" before both and "ft" after both: the measure word is the unit's, not the slot's
    (thirty,) = [v for v in _values(bbc, False, _words(bbc)) if v.text == "30"]
    (deep,) = [v for v in _values(guardian, False, _words(guardian)) if v.text == "13,000"]
    assert thirty.after[0] == deep.after[0] == "ft" and thirty.before[0] == deep.before[-1]
    assert not _same_slot(thirty, deep)
    # the same measure said of the same thing still conflicts
    other = "The first of two relief wells has another 90ft ( 27m ) to drill before intercepting the leaking well , Mr Wells said ."
    (ninety,) = [v for v in _values(other, False, _words(other)) if v.text == "90"]
    assert _same_slot(thirty, ninety)
    found = conflicts(article("bbc", bbc), article("reuters", other))
    assert {"30", "90"} in [set(c.values.values()) for c in found]


# --- 3. two states' primaries (heap-10000 event 1178) ---------------------------------------------

LOUISIANA = (
    "From WAFB: Louisiana Secretary of State Kyle Ardoin announced Friday, March, 13 next month’s "
    "Presidential Preference Primary has been postponed due to COVID-19 concerns. The primary was "
    "originally scheduled for April 4. Ardoin said the election will be postponed at least two months."
)
GEORGIA = (
    "On Saturday, Georgia became the second state to postpone its primary elections amid growing concern "
    "over the spread of the virus. Louisiana announced earlier this week that it would be moving back its "
    "primary. Georgia's primary, originally scheduled for March 24, will now be held on May 19."
)


def test_two_states_primaries_are_two_contests() -> None:
    assert conflicts(article("a", LOUISIANA), article("b", GEORGIA)) == []


def test_one_states_primary_told_two_ways_still_conflicts() -> None:
    other = GEORGIA.replace("March 24", "March 31")
    (claim,) = conflicts(article("a", GEORGIA), article("b", other))
    assert set(claim.values.values()) == {"March 24", "March 31"}
    # the place named in both articles: one contest
    both = LOUISIANA.replace("April 4", "April 11") + " Georgia has not moved its vote."
    assert conflicts(article("a", LOUISIANA + " Georgia has not moved its vote."), article("b", both))


# --- 4. a flow and a stock (heap-10000 event 560) ------------------------------------------------

PUMPED = (
    "BP pumped 4.0 million barrels of oil equivalent of oil and gas in 2009 -- more than any other "
    "non-government controlled oil company in the world ."
)
RESERVES = "Reserves are 1 billion barrels of oil equivalent ."


def test_a_stock_is_no_flow() -> None:
    assert _rate(RESERVES, figure("1 billion")) == "stock"
    assert _rate(PUMPED, figure("4.0 million")) == ""
    assert _rate("The Federal Reserve cut its rate by 0.5 percent .", figure("0.5")) == ""
    assert conflicts(article("reuters", PUMPED), article("post", RESERVES)) == []
    (claim,) = conflicts(
        article("reuters", RESERVES), article("post", "Reserves are 2 billion barrels of oil equivalent .")
    )
    assert set(claim.values.values()) == {"1 billion", "2 billion"}


# --- 5. a market word reads the figure it is the subject of --------------------------------------


def test_a_market_word_reads_its_own_figure_only() -> None:
    share = "BP 's shares traded down 6.8 percent at 582 pence on the London market ."
    assert _reading(share, figure("6.8"))
    assert _reading("On Friday the shares crashed to a 14-year low of 304p , down over 6 % .", figure("304"))
    far = (
        "BP shares fell again on Monday as the company said the well had leaked some 60,000 barrels "
        "of oil into the Gulf of Mexico since the rig exploded ."
    )
    assert not _reading(far, figure("60,000"))
    # so two reports of the leak written days apart still dispute its size
    later = far.replace("60,000", "35,000").replace("BP shares fell again on Monday as the", "The")
    (claim,) = conflicts(article("a", far, "2010-06-01"), article("b", later, "2010-06-05"))
    assert set(claim.values.values()) == {"60,000", "35,000"}
    # and two days' share moves are two readings
    moved = "BP 's shares traded down 1.3 percent at 580 pence on the London market ."
    assert conflicts(article("a", share, "2010-06-01"), article("b", moved, "2010-06-05")) == []


# --- 6. two pages of one outlet (heap-10000 events 223, 581, 520) ---------------------------------


def test_a_copy_repeating_its_original_speaks_for_its_outlet() -> None:
    fergus = "You can stay up to date with Fergus 's Medical Files via these feeds , the BBC said ."
    china = "You can stay up to date with James Reynolds ' China via these feeds , the BBC said ."
    pages = [
        Article(id="bbc1", source="1", text=fergus, outlet="bbc"),
        Article(id="bbc2", source="2", text=china, outlet="bbc"),
        Article(id="copy", source="3", text=china, outlet="Morning Courier"),
    ]
    # the copy repeats the second BBC page: the BBC against itself, no dispute
    assert [c for c in corroborate(pages, {"copy": "bbc2"}) if c.status == "conflict"] == []
    # a copy that changed its original's value speaks for itself
    storm = (
        "Alex had sustained winds of about 60 mph and was moving north-northwest at 7 mph , Reuters said ."
    )
    pages = [
        Article(id="reuters", source="1", text=storm, outlet="reuters"),
        Article(id="copy", source="2", text=storm.replace("7 mph", "9 mph"), outlet="Observer"),
    ]
    found = [c for c in corroborate(pages, {"copy": "reuters"}) if c.status == "conflict"]
    assert [sorted(c.values.values()) for c in found] == [["7", "9"]]


# --- 7. a question in the writer's voice states nothing -------------------------------------------


def test_a_question_backs_no_claim() -> None:
    asked = "Which is safer a deep water oil drilling or a nuclear reactor ?"
    stated = (
        "And there 's a lot of oil in the deep water , which is safer for drilling than a nuclear reactor ."
    )
    claims = corroborate([article("reuters", asked), article("post", stated)])
    assert [c for c in claims if c.status == "corroborated"] == []
    assert asked not in [c.text for c in claims]
    # a quoted question is reported speech: outlets quoting it agree on what was asked
    quoted = "The student asked the congressman : “ Do you fully support the Obama agenda ? ”"
    again = "The young man asked him : “ Do you fully support the Obama agenda ? ”"
    claims = corroborate([article("a", quoted), article("b", again)])
    assert [c.status for c in claims if "Obama agenda" in c.text] == ["corroborated"]
