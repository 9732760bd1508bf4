"""quotes36: a newspaper's name is no person's ("Politics Daily", "the Boston Herald": lexicon's
_NOT_PERSON words "daily", "herald" and the like), so it reports as an outlet does; a hyphenated
role whose last part is in capitals ("co-CEO") is no word of the name after it. Excerpts of the dev
texts in their words, where named; the rest made up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_newspaper_named_daily_reports_a_block_quote() -> None:
    # BASIL a28a0329_2 (was None: "Politics Daily" read as a given name and a surname)
    text = (
        "Tea party activists have something new to applaud.\n\n"
        "Politics Daily recently reported:\n\n"
        "“Beyond its symbolic power, however, it is unclear what impact the new rule will have.”"
    )
    assert _speakers(text) == ["Politics Daily"]


def test_a_herald_that_reported_is_the_newspaper_it_stands_for() -> None:
    # ECB+ 10_1ecbplus (was None)
    text = (
        "The Boston Herald reported in its Tuesday editions that the Red Sox have extended an offer "
        "for Teixeira.\n"
        "Though the newspaper doesn't cite its source, it stated that the offer is \"believed to be "
        'for at least eight years."'
    )
    assert _speakers(text) == ["Boston Herald"]


def test_a_columnist_named_with_the_daily_s_name() -> None:
    # bpoil_washingtonpost/2065 (was 'Daily Mail')
    text = (
        'Daily Mail columnist Philip Norman agreed : " One might have thought that a Dame would try '
        'to counteract the rhetoric . "'
    )
    assert _speakers(text) == ["Philip Norman"]


def test_a_hyphenated_role_in_capitals_before_the_name() -> None:
    # neus/train-2200-0 (was None)
    text = (
        "The Daily Wire will be sending tumblers to Politico. "
        '"I know that a single conservative opinion was enough to make 225 journalists at Politico '
        'very sad," Daily Wire co-CEO Jeremy Boreing told Townhall.'
    )
    assert _speakers(text) == ["Jeremy Boreing"]


def test_a_person_surnamed_like_a_paper_after_a_given_name_stays_a_person() -> None:
    # made up: a given name before "Herald" makes the run a person's (the surname alone is read as
    # the paper's word, as "Hall" would be but for lexicon._SURNAME_WORDS; no dev text has one)
    text = 'John Herald met the board. "We are done," John Herald said.'
    assert _speakers(text) == ["John Herald"]


def test_a_country_s_short_name_as_the_subject() -> None:
    # neus train-1184-1 (was 'Chinese officials'), bpoil_bbc/797 (was None)
    text = (
        'Chinese officials accused the US of inciting countries "to attack China", while the US said China had '
        '"arrived intent on grandstanding".'
    )
    assert _speakers(text)[-1] == "US"


def test_a_country_s_short_name_after_a_preposition_is_no_subject() -> None:
    # bpoil_bbc/1237, control (as before): Jane Lubchenco, not the US
    text = (
        "Jane Lubchenco , head of the National Oceanographic and Atmospheric Administration ( NOAA ) , and one "
        'of the most senior scientists in the US , commented : " We are all served best by proceeding in a '
        'scientific manner . "'
    )
    assert _speakers(text) == ["Jane Lubchenco"]
