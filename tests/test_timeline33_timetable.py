"""timeline33: a sentence with no tense cue whose verb is a timetable's present ("which reports its results
on Wednesday", "hits bookshelves on Tuesday", "On Tuesday , lawmakers hold a hearing") tells a weekday still
to come (TIMETABLE_CLAUSE in analyse.timex), and what such a sentence is "ahead of" is ahead of now
(AHEAD_OF_NOW); an "-s" word after a determiner or a preposition is a noun and tells nothing, and a present
that tells what is over ("comes following") keeps the day before."""

import pytest

from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_reuters/1853 (a Tuesday page; Shell reported on Wednesday 2010-04-28)
        (
            "One dealer said the better-than-expected results augured well for other oil majors such as Royal "
            "Dutch Shell Plc ( RDSa . L ) , which reports its results on Wednesday .",
            "2010-04-27",
            "Wednesday",
            "2010-04-28",
        ),
        # heap copy-000225-187844 (the page date is the heap's)
        (
            "Hillary Clinton’s book on her 2016 election loss, “What Happened,” hits bookshelves on Tuesday. "
            "Here are five of the most memorable anecdotes shared by Clinton in her book.",
            "2011-07-18",
            "Tuesday",
            "2011-07-19",
        ),
        # T17 bpoil_foxnews/290 (a Sunday page; Obama was back on the Gulf Coast on Monday 2010-06-14)
        ("He returns to the region on Monday .", "2010-06-13", "Monday", "2010-06-14"),
        # T17 bpoil_bbc/1015 (a Tuesday page; the House hearing was on Thursday 2010-06-17)
        (
            "BP 's chief executive , Tony Hayward , who himself faces a House hearing on Thursday , has "
            "received a letter from the heads of two House committees",
            "2010-06-15",
            "Thursday",
            "2010-06-17",
        ),
        # T17 bpoil_reuters/163 (a Sunday page): the weekday opens the sentence, a plural's base form
        (
            "On Tuesday , lawmakers hold a hearing in Washington with all the big oil companies including "
            "the head of BP 's U.S. operation .",
            "2010-06-13",
            "Tuesday",
            "2010-06-15",
        ),
        # heap train-2093-1
        (
            "The mandate goes into effect at 5 p.m. on Monday. The news probably won't thrill President Trump.",
            "2020-12-24",
            "Monday",
            "2020-12-28",
        ),
        # heap train-2055-0: AHEAD_OF_NOW, a present progressive's sentence
        (
            "Thirteen of the nation’s leading electricity companies are pledging to work with President Biden "
            "to slash carbon emissions ahead of Thursday’s international White House summit on climate change.",
            "2016-05-20",
            "Thursday",
            "2016-05-26",
        ),
    ],
)
def test_a_timetable_present_reads_ahead(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase)[0] == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_bbc/1524: "reports" after "follow" is a noun
        (
            "His comments follow reports on Monday that BP is seeking investment from Middle Eastern sovereign "
            "wealth funds .",
            "2010-07-06",
            "Monday",
            "2010-07-05",
        ),
        # heap train-1004-2: after a quantifier
        (
            "A computer malware that has spread across 150 countries appears to be slowing down, with few "
            "reports of fresh attacks in Asia and Europe on Monday.",
            "2017-02-02",
            "Monday",
            "2017-01-30",
        ),
        # heap copy-000711-667403: "comes" tells what is over
        (
            "The decision comes following a poor showing in South Carolina’s primary Saturday.",
            "2021-07-26",
            "Saturday",
            "2021-07-24",
        ),
        # T17 bpoil_reuters/2141 (a Tuesday page): after a past cue "ahead of" keeps the nearer day
        (
            "McKay , who appeared drawn but showed little emotion , did not offer much new ahead of Thursday 's "
            "testimony by BP 's chief executive , Tony Hayward , on Capitol Hill .",
            "2010-06-15",
            "Thursday",
            "2010-06-17",
        ),
    ],
)
def test_a_noun_or_a_told_present_keeps_its_day(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase)[0] == value
