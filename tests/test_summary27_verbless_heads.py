"""summary27: a sentence is not cut before a relative clause or apposition that its predicate comes
after. _INSERTED knew a predicate only by an auxiliary or "said"; one in the past ("..., who were
temporarily laid off, worried about ...", "..., a medic in the platoon, told investigators") was
missed, and the "main clause" cut from the sentence was its subject alone: "Mr. Lyon, 23, and his
co-workers in Fort Collins, Colo." (NeuS dev train-1299), "The judge, Haywood Gilliam of the United
States District Court for the Northern District of California." (train-2097)."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _shortened


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Lyon, 23, and his co-workers in Fort Collins, Colo., who were temporarily laid off, worried about "
        "contracting the virus, so they asked the shop’s owners to delay reopening and meet with them to "
        "discuss safety measures.",
        "The judge, Haywood Gilliam of the United States District Court for the Northern District of California, "
        "who is overseeing a pair of lawsuits over border wall funding, ruled that the administration could not "
        "redirect the money.",
        '"You could tell he was perfectly OK with killing anybody that was moving," Special Operator First Class '
        "Corey Scott, a medic in the platoon, told investigators.",
        "After wrestling with the decision for more than a month, Pratt, who was contesting her 18th Open, "
        "finally pulled the pin on her career.",
    ],
)
def test_no_head_is_the_subject_alone(sentence):
    assert _shortened(sentence) == []


def test_the_head_keeps_the_predicate_after_an_apposition():
    sentence = (
        "Anthony M. Kennedy, one of the Supreme Court’s most consequential modern-day justices and author of "
        "landmark rulings on gay rights, the death penalty and campaign finance, announced his retirement "
        "Wednesday, handing President Donald Trump a historic opportunity."
    )
    assert _shortened(sentence) == [
        "Anthony M. Kennedy, one of the Supreme Court’s most consequential modern-day justices and author of "
        "landmark rulings on gay rights, the death penalty and campaign finance, announced his retirement "
        "Wednesday."
    ]


def test_a_participle_before_by_still_ends_the_head():
    # "made by Roche" opens a phrase; the head before the relative clause is whole
    sentence = (
        "There is also a risk the swine flu could mix with its seasonal H1N1 cousin , which has developed "
        "resistance to the main antiviral flu drug Tamiflu , made by Roche AG and Gilead Sciences Inc ."
    )
    assert _shortened(sentence) == [
        "There is also a risk the swine flu could mix with its seasonal H1N1 cousin."
    ]


def test_the_summary_of_the_unemployment_group_has_no_verbless_sentence():
    # NeuS dev train-1299's first document
    lyon = Article(
        id="train-1299-0",
        source="test",
        title="Some Workers Face Loss of Unemployment Benefits as Businesses Reopen",
        text="DENVER — After scraping by for weeks on unemployment checks and peanut butter sandwiches, Jake "
        "Lyon recently received the call that many who temporarily lost their jobs because of the coronavirus "
        "pandemic have anticipated: The college-town tea shop where he worked was reopening, and it was time "
        "to go back. But Mr. Lyon, 23, and his co-workers in Fort Collins, Colo., who were temporarily laid "
        "off, worried about contracting the virus, so they asked the shop’s owners to delay reopening and meet "
        "with them to discuss safety measures.",
    )
    texts = [s.text for s in summarise([lyon], words=60)]
    assert "Mr. Lyon, 23, and his co-workers in Fort Collins, Colo." not in texts, texts
