"""summary30: an event's fallback summary (the first article's first lines, summarise._first_lines_only)
does not print the page's label before a bar ("Article | What do you call ...", heap-10000
bpoil_washingtonpost/759: a question and its answer, no candidate)."""

from newsprism.records import Article
from newsprism.summarise import _first_lines, summarise

# heap-10000 bpoil_washingtonpost/759, in its words
QUESTION = (
    "Article | What do you call a gigantic man-made disaster that is threatening to despoil the ecosystems "
    "and wreck the economies of the Gulf Coast ? The answer is important , if you happen to be one of the "
    "companies responsible for it ."
)


def test_a_page_label_before_a_bar_is_not_printed() -> None:
    article = Article(id="bpoil_washingtonpost/759", source="test", title=None, text=QUESTION)
    summary = summarise([article], 60)
    assert summary
    assert summary[0].text.startswith("What do you call a gigantic man-made disaster")


def test_a_dateline_before_a_bar_is_no_label() -> None:
    # capitals: a wire's dateline, left to analyse.leadin.cut_lead_in, never cut here as a label
    line = "HOUSTON | Phone lines at the command center were ringing all day , officials said ."
    assert _first_lines([line], 60) == [line]
