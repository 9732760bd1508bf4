"""summary29 (item 2): an event with text always gets a summary. Where none of its sentences may be
printed and it has no headline (a page of teasers cut off by the feed, a question and its answer,
headlines run together with no stop), the summary is the first article's first readable lines
(heap-10000 bpoil_foxnews/815, bpoil_washingtonpost/759, H1N1_guardian/1132 were empty)."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.summarise import summarise

TEASERS = [
    "Marine experts study 40-year-old disaster for insight into Gulf oil spill",
    "In choppy water under blue sky off Bellingham , Wash. , a Shell Oil crew on Monday lowered a "
    '" capping stack " 200 feet in the water and put it through maneuvers with un ...',
    "BP agreed late Friday to settle lawsuits brought by more than 100,000 fishermen who lost work , "
    "cleanup workers who got sick and others who claimed harm from the oil ...",
]


def test_a_page_of_teasers_is_summarised_by_its_first_line() -> None:
    article = Article(id="bpoil_foxnews/815", source="test", title=None, text="\n\n".join(TEASERS))
    summary = summarise([article], words=60)
    assert [s.text for s in summary] == [TEASERS[0]]
    assert summary[0].article_ids == ("bpoil_foxnews/815",)


def test_a_question_and_its_answer_are_the_summary() -> None:
    text = (
        "What do you call a gigantic man-made disaster that is threatening to despoil the ecosystems "
        "and wreck the economies of the Gulf Coast ? The answer is important , if you happen to be one "
        "of the companies responsible for it ."
    )
    article = Article(id="bpoil_washingtonpost/759", source="test", title=None, text=text)
    texts = [s.text for s in summarise([article], words=60)]
    assert len(texts) == 2 and texts[1].startswith("The answer is important")


def test_headlines_run_together_are_cut_to_the_budget() -> None:
    run = " ".join(
        f"Scheme number {k} will help patients confused by different uniforms in England Initiative"
        for k in range(12)
    )
    article = Article(id="H1N1_guardian/1132", source="test", title=None, text=run)
    texts = [s.text for s in summarise([article], words=60)]
    assert len(texts) == 1 and texts[0].endswith(" …") and len(texts[0].split()) == 61


def test_a_headline_is_still_the_summary_before_the_first_lines() -> None:
    article = Article(
        id="x", source="test", title="Gulf oil spill: experts study an old disaster", text=TEASERS[1]
    )
    assert [s.text for s in summarise([article], words=60)] == [
        "Gulf oil spill: experts study an old disaster"
    ]
