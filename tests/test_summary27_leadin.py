"""summary27: what pages put before a sentence that analyse.leadin.cut_lead_in did not cut: a credit
in brackets with spaces inside (a tokenised page's "( AP ) "), a photo's or video's credit ("( AP
Photo/Eric Gay ) ", "( YouTube ) "), a Reuters story's id ("( ID : nL7284492 ) "), a wire's copyright
glued as one word ("AP2010 "), a Reuters service's web dateline ("( Reuters Life ! ) -"); and a photo
caption that places a person in the picture ("Tony Hayward , left , listens to ..."). heap-10000
summaries printed them: bpoil_bbc/322, bpoil_foxnews/1123, H1N1_reuters/951."""

from __future__ import annotations

import pytest

from newsprism.analyse.leadin import cut_lead_in
from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _is_junk


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        (
            "AP2010 President Obama will address the nation Tuesday night to talk about the Gulf of Mexico oil spill .",
            "President Obama will address the nation Tuesday night to talk about the Gulf of Mexico oil spill .",
        ),
        (
            "AP2010 ON THE GULF OF MEXICO -- Political patience was whittling away for BP executives .",
            "Political patience was whittling away for BP executives .",
        ),
        (
            "( YouTube ) Lawmakers are fuming at BP , but Rep. Joseph Cao took that anger to a new level .",
            "Lawmakers are fuming at BP , but Rep. Joseph Cao took that anger to a new level .",
        ),
        (
            "( AP ) U.S. officials confirmed Thursday the first oil sheen to reach land from the massive spill .",
            "U.S. officials confirmed Thursday the first oil sheen to reach land from the massive spill .",
        ),
        (
            "( AP Photo/BP PLC ) NO SALES NEW ORLEANS -- BP robots attached a new , tighter-fitting cap on top of the leak .",
            "BP robots attached a new , tighter-fitting cap on top of the leak .",
        ),
        (
            "( Dave Martin/Associated Press ) In the oil business , geologists tell stories .",
            "In the oil business , geologists tell stories .",
        ),
        (
            "( ID : nL7284492 ) Sanofi has 12 manufacturing sites under construction or undergoing renovation .",
            "Sanofi has 12 manufacturing sites under construction or undergoing renovation .",
        ),
        (
            "( AP ) AP2010 Executives from the three companies involved with the rig explosion told lawmakers .",
            "Executives from the three companies involved with the rig explosion told lawmakers .",
        ),
        (
            "DADHKAI , India | Tue Jun 30 , 2009 9:33 am EDT DADHKAI , India ( Reuters Life ! ) - Silence reigns in "
            "the sleepy village of Dadhkai .",
            "Silence reigns in the sleepy village of Dadhkai .",
        ),
    ],
)
def test_a_credit_before_the_sentence_is_cut(sentence, cut):
    assert cut_lead_in(sentence) == cut


@pytest.mark.parametrize(
    "sentence",
    [
        "( 1 ) It is therefore expected that in some patients receiving antiviral medication , resistant virus will emerge .",
        "( Ezekiel 22:31 ) Ecological disaster is interwoven with other injustices .",
        "Louisiana Gov. Bobby Jindal ( R ) said that the administration has not provided enough equipment .",
        "APEC leaders met in Singapore on Sunday to discuss trade .",
    ],
)
def test_a_list_number_an_aside_or_a_party_mark_stays(sentence):
    assert cut_lead_in(sentence) == sentence


@pytest.mark.parametrize(
    "caption",
    [
        "BP chief executive Tony Hayward , left , listens to chairman Carl-Henric Svanberg speak outside the "
        "White House .",
        "The Canucks' Sami Salo, left, gets squeezed out by Coyotes defenceman Fredrik Sjostrom during the second "
        "period of Friday's game in Vancouver.",
        "Gov. Bobby Jindal talks about efforts to stop leaking oil from reaching the coast as Sen. David Vitter "
        "( R-La . ) , center , listens .",
        "Veterinarian Heather Nevill ( L ) and rescue worker Deanene Birtell hydrate a Laughing Gull , rescued "
        "from oil contamination .",
    ],
)
def test_a_caption_that_places_a_person_in_the_picture_is_junk(caption):
    assert _is_junk(caption)


def test_news_with_left_or_right_is_no_caption():
    assert not _is_junk("He said Paul swerved left, right, then left again at between 60 and 70mph.")
    assert not _is_junk(
        "Sen. Thom Tillis (R) and Democratic challenger Cal Cunningham bumped elbows at their debate."
    )


def test_the_summary_no_longer_opens_on_the_copyright():
    # heap-10000 bpoil_bbc/322 (bpoil_foxnews/290's text)
    article = Article(
        id="bpoil_foxnews/290",
        source="test",
        title="Obama to address nation on oil spill",
        text="AP2010 President Obama will address the nation Tuesday night to talk about the Gulf of Mexico oil "
        "spill as the White House prepares a plan to require oil giant BP to set up an escrow account . The "
        "president is expected to address efforts to contain the spill.",
    )
    texts = [s.text for s in summarise([article], words=60)]
    assert texts
    assert not any("AP2010" in t for t in texts), texts
