"""summary28: an article's first sentence that is no lead, which summary27's reading order
(3f0b45d: a summary that holds an article's lead opens on it) put first: a Guardian photo's caption,
known by the credit line after it ("Photograph : Facundo Arrizabalaga/EPA"), the page's headline
often glued before it (heap-10000 bpoil_guardian/93, bpoil_guardian/883); a Guardian header with its
time stamp inside; and a head cut before the predicate that is a name alone ("The National
Association of Pension Funds ( NAPF ).", bpoil_bbc/1905)."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _first_told, _is_junk, _shortened

CAPTION = "A BP petrol station closed due to a Greenpeace protest , in Camden , London , 27 July 2010 ."
GUARDIAN = [
    CAPTION,
    "Photograph : Facundo Arrizabalaga/EPA",
    "The report , to be released in full on Tuesday , is utterly damning .",
    "The safety failures of BP and its contractors Haliburton and Transocean were systemic , the "
    "commission found .",
]


def test_the_sentence_before_a_photographs_credit_line_is_no_lead() -> None:
    assert _first_told(GUARDIAN) == 2


def test_a_sentence_with_no_credit_line_after_it_stays_the_lead() -> None:
    assert _first_told([GUARDIAN[0], *GUARDIAN[2:]]) == 0
    # "Photo :" opens a caption (Reuters), it credits nothing before it
    assert _first_told([GUARDIAN[2], "Photo : A passenger walks past a temperature detection point ."]) == 0


def test_a_summary_never_prints_a_guardian_caption() -> None:
    article = Article(id="bpoil_guardian/93", source="test", title="BP report", text=" ".join(GUARDIAN))
    texts = [s.text for s in summarise([article], words=60)]
    assert texts and CAPTION not in texts
    assert texts[0].startswith("The report")


def test_a_headline_glued_to_the_caption_before_the_credit_goes_too() -> None:
    glued = (
        "BP falls out of index of top 100 brands after Deepwater Horizon oil spill Oil company 's brand "
        "value has been destroyed while Apple is biggest riser , according to leading marketing "
        "consultancy Up in smoke : the Deepwater Horizon disaster caused the damage ."
    )
    lead = (
        "The disastrous financial , political and PR fallout from the Deepwater Horizon spill has "
        "stripped billions of dollars from the value of the BP brand ."
    )
    sentences = [
        glued,
        "Photograph : AP",
        lead,
        "Google moved from seventh to fourth , one place behind Microsoft .",
    ]
    assert _first_told(sentences) == 2
    article = Article(id="bpoil_guardian/883", source="test", title="BP brand", text=" ".join(sentences))
    texts = [s.text for s in summarise([article], words=60)]
    assert texts[0] == lead
    assert not any(t.startswith("BP falls out") for t in texts)


def test_a_head_that_is_a_name_alone_is_not_offered() -> None:
    sentence = (
        "The National Association of Pension Funds ( NAPF ) , which represents a large part of the UK "
        "pension industry , estimates that 1.5 % of members ' money is invested in BP ."
    )
    assert _shortened(sentence) == []
    # a head with its predicate still is
    assert _shortened(
        "The National Association of Pension Funds estimates that exposure to BP is small , which "
        "reassured members ."
    ) == ["The National Association of Pension Funds estimates that exposure to BP is small."]


def test_a_guardian_header_with_its_time_stamp_inside_is_junk() -> None:
    assert _is_junk(
        "BP contingency plan for dealing with oil spill was riddled with errors Document approved by US "
        "government listed dead scientist as expert Wednesday 9 June 2010 19.00 BST Contract workers from "
        "BP use skimmers to clean oil from a marsh in Louisiana ."
    )
    # a date with no clock time is told in news
    assert not _is_junk("The spill began on Tuesday 20 April 2010 when the rig exploded off Louisiana .")


def test_a_head_that_is_an_opening_and_a_name_alone_is_not_offered() -> None:
    # bpoil_guardian/1301 opened its summary on "In a video posted on YouTube , Mike Ellis."
    sentence = (
        "In a video posted on YouTube , Mike Ellis , a skipper from Venice , Louisiana , accuses BP of "
        "chasing away a boat of conservationists trying to rescue turtles ."
    )
    assert _shortened(sentence) == []
    # an opening that holds the main clause keeps its head, the name after the comma an apposition
    assert _shortened(
        "In the Gulf : BP named its first American CEO , Robert Dudley , who grew up in Mississippi ."
    ) == ["In the Gulf : BP named its first American CEO , Robert Dudley."]
