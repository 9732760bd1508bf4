"""timeline30: the pasts the tense reader had no cue for (analyse.timex): irregular pasts ("made",
"saw", "rose", "slid"), pasts whose form is the present's or a noun's between a subject and an object
(PAST_BEFORE_OBJECT: "cut its", "hit southern Iran", "set aside"), and "won't", which read as the past
"won"."""

import pytest

from newsprism.analyse.timex import find_time_expressions, tense


def _found(text: str, published: str, phrase: str) -> tuple[str, str | None]:
    """The value of the one expression `phrase` of `text` and the tense of its sentence."""
    found = [t for t in find_time_expressions(text, published) if t.text == phrase]
    assert len(found) == 1, found
    return found[0].value, tense(text, found[0].start, found[0].end)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap train-2120-1 (a Monday page): no cue, the weekday only guessed
        (
            "The Federal Reserve cut its benchmark lending rate by one-quarter of a point on Wednesday, the "
            "second time this year it has reduced rates in the face of a weakening global economy.",
            "2010-09-27",
            "Wednesday",
            "2010-09-22",
        ),
        # heap 7_7ecb: "set aside" before a participle clause
        (
            "Wladimir Klitschko easily set aside the challenge of substitute Hasim Rahman, stopping the former "
            "heavyweight champion in seven rounds on Saturday in Mannheim, Germany.",
            "2019-03-01",
            "Saturday",
            "2019-02-23",
        ),
        # heap 2018-01-17 page: "hit" before a place's name
        (
            "A powerful earthquake hit southern Iran on Sunday, causing major destruction in seven villages.",
            "2018-01-17",
            "Sunday",
            "2018-01-14",
        ),
        # T17 bpoil_reuters/1912 (a Friday page): "might face" before it read the Thursday ahead
        (
            "While Houston-based Halliburton might face less overall liability than BP and rig owner "
            "Transocean Ltd , its shares slid 8 percent on Thursday following the report 's release .",
            "2010-10-29",
            "Thursday",
            "2010-10-28",
        ),
        # heap train-1118-0 (a Sunday page): "pushes President Biden's plan" after it read the Monday ahead
        (
            "Treasury Secretary Janet Yellen on Monday made the case for a global minimum tax rate as she "
            "pushes President Biden's plan to increase levies on U.S. corporations.",
            "2013-07-21",
            "Monday",
            "2013-07-15",
        ),
        # heap copy-001041-578863: "put off a decision"
        (
            "BP , which says the spill has cost it about $ 1 billion so far , put off a decision on Friday on "
            "whether to suspend paying its next quarterly dividend .",
            "2010-06-08",
            "Friday",
            "2010-06-04",
        ),
        # TITLE_DOT: heap train-2011-2 (a Monday page): the sentence was cut at "Gov." and lost its "moved"
        (
            "On Friday, Gov. Roy Cooper moved the state into a second reopening phase by loosening "
            "restrictions on hair salons, barbers and restaurants.",
            "2019-06-03",
            "Friday",
            "2019-05-31",
        ),
        # BASIL 8dc7ccfe_1 (a Thursday page): "laid", after a title's dot
        (
            "On Wednesday, in anticipation of Mr. Obama's announcement, Mr. Romney laid out his belief that "
            "marriage should be restricted to heterosexual couples.",
            "2012-05-10",
            "Wednesday",
            "2012-05-09",
        ),
    ],
)
def test_past_forms_are_cues(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase) == (value, "past")


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value", "said"),
    [
        # heap l3s_gn1-eba86c40 (a Friday page): "won't" read as the past "won", the Thursday before
        (
            '"We won\'t be better Thursday night against Dallas because we scored six goals tonight."',
            "2021-12-03",
            "Thursday night",
            "2021-12-09",
            "future",
        ),
        # BASIL 97b1305c_2: the October of the year before
        (
            "The final wording won't be released until the NAACP's national board of directors approves the "
            "resolution during its meeting in October.",
            "2010-07-14",
            "October",
            "2010-10",
            "future",
        ),
        # guards: "set" schedules (BASIL f506aafc_1), an infinitive with an adverb between (T17
        # bpoil_foxnews/1595), a second verb after "and" (bpoil_reuters/1263, bpoil_foxnews/184), a
        # verb before the bare form (bpoil_reuters/890), a noun ("a tax cut"): no past
        ("The judge set the sentencing for June 28 at 2 p.m.", "2013-02-20", "June 28", "2013-06-28", None),
        (
            "The evacuation could delay the relief well for as long as two weeks , pushing back the attempt "
            "to definitively shut down the leak by intercepting the well to late August , BP officials said .",
            "2010-07-24",
            "late August",
            "2010-08",
            "future",
        ),
        (
            "forecasters were watching a weather system that could develop into a tropical depression and "
            "hit the coast near the Texas-Mexico border on Thursday .",
            "2010-07-07",
            "Thursday",
            "2010-07-08",
            "future",
        ),
        (
            "Pools of oil far offshore would be trapped in special containment booms and set aflame as soon "
            "as Wednesday .",
            "2010-04-27",
            "Wednesday",
            "2010-04-28",
            "future",
        ),
        (
            '* BP CEO says waivers will not be enforced * Alabama AG says put terms " in writing " MIAMI , '
            "May 3 ( Reuters ) - BP Plc ( BP .",
            "2010-05-03",
            "May 3",
            "2010-05-03",
            "future",
        ),
        ("Lawmakers debated a tax cut on Friday.", "2020-06-04", "Friday", "2020-05-29", "past"),
    ],
)
def test_no_past_where_none_is(text: str, published: str, phrase: str, value: str, said: str | None) -> None:
    assert _found(text, published, phrase) == (value, said)


def test_a_tax_cut_alone_gives_no_cue() -> None:
    text = "A tax cut on Friday would help."
    found = [t for t in find_time_expressions(text, "2020-06-04") if t.text == "Friday"]
    assert tense(text, found[0].start, found[0].end) == "future"  # "would", after it
