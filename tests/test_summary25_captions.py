"""summary25: a photo's caption or credit left among a page's sentences is no summary sentence
("A sea turtle covered in oil ... in this June 8 , 2010 file photo .", "May 4 : Workers put the
finishing touches on ...", "( AP Photo ) Louisiana officials plan ..."). Sentences from heap-10000
(bench/out, made from the dev sets' pages)."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _caption, _clean, _is_junk


@pytest.mark.parametrize(
    "sentence",
    [
        # the photo named
        "A sea turtle covered in oil from the Deepwater Horizon oil spill swims off Grand Terre Island , "
        "Louisiana in this June 8 , 2010 file photo .",
        "In this photo released by the White House , President Obama talks with U.S. Coast Guard Commandant "
        "Adm. Thad Allen aboard Marine One as they fly along the coastline from Venice , La. , to New Orleans "
        "on May 2 .",
        "Picture of Chinese player walking past the thermographic imaging machine in Yokohama by Kim Kyung-Hoon .",
        # the day first, then what is seen
        "May 4 : Workers put the finishing touches on the Pollution Control Dome in Port Fourchon .",
        "( AP ) May 28 : BP CEO Tony Hayward speaks during recovery operations at the Deepwater Horizon oil "
        "spill site in the Gulf .",
        # what is seen in the present tense, then the day
        "A ship deploys boom to absorb oil in the vacinity of the Deep Sea Horizon oil spill in the Gulf of "
        "Mexico May 8 .",
        "Lois Lerner of the IRS appears before a House Oversight and Government Reform Committee hearing on "
        "the targeting of political groups seeking tax-exempt status, May 22, 2013.",
        "A BP logo is seen on a petrol station in London November 2 , 2010 .",
    ],
)
def test_a_caption_is_junk(sentence):
    assert _caption(sentence)
    assert _is_junk(_clean(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The spill happened April 20 .",
        "He will be sentenced May 3.",
        "Holder made the remark June 1 , not June 2 .",
        "Such remarks signal , potentially , an early lifting of the moratorium , which is set to expire Nov. 30 .",
        "The federal subpoenas are due Feb. 5.",
        "The Labor Department reported Thursday that another 6.6 million people submitted applications for "
        "unemployment benefits in the week ended April 4.",
        "The agreement came during talks aimed at working out details of a deal announced Oct. 12.",
        "BP executives plan to meet with President Obama on Wednesday .",
    ],
)
def test_news_of_a_day_is_no_caption(sentence):
    assert not _caption(sentence)


def test_a_photo_credit_before_the_sentence_is_cut():
    assert _clean(
        "( AP Photo ) Louisiana officials plan to ask BP to pay to dredge up miles of new barrier islands "
        "as a defense against the oil slick headed to the state 's coastline , Gov. Bobby Jindal said Saturday ."
    ).startswith("Louisiana officials plan to ask BP")


def test_no_caption_in_the_summary_of_a_page_that_holds_one():
    # heap-10000 bpoil_reuters/437 (one Reuters page): the caption was the summary's second sentence
    text = (
        "A week after one of his wells in the Gulf of Mexico began spewing crude into the sea , BP Chief "
        "Executive Tony Hayward visited the Reuters office in London . "
        "A sea turtle covered in oil from the Deepwater Horizon oil spill swims off Grand Terre Island , "
        "Louisiana in this June 8 , 2010 file photo . "
        "On June 25 , Hayward 's boss , the BP Chairman , Carl-Henric Svanberg said Hayward was returning to "
        'the UK , admitting the CEO \'s remarks had " upset people . " '
        "The firm had almost unlimited resources ."
    )
    summary = summarise([Article(id="a", source="test", title=None, text=text)], words=60)
    assert summary and not any("file photo" in s.text for s in summary), [s.text for s in summary]
