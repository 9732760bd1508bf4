"""summary24: a summary sentence the page cut off before its stop ("... has won the country's
election for") is printed last, so that no other sentence runs on from it."""

from __future__ import annotations

from newsprism.analyse.sentences import split_sentences
from newsprism.records import Article
from newsprism.summarise import selection, summarise
from newsprism.summarise.candidates import _article_candidates

# three outlets' excerpts of one event, as NeuS gives them: the first two end mid-sentence
EXCERPTS = [
    (
        "Flood waters rose across the river valley on Sunday and forced thousands of residents to leave "
        "their homes as the regional government declared a state of emergency for the whole"
    ),
    (
        "Rescue teams used boats on Sunday to reach families trapped on the roofs of their houses in "
        "three villages of the flooded river valley. The army sent two helicopters and four hundred "
        "soldiers to the valley to help the rescue teams and to carry food and water to the"
    ),
    (
        "Thousands of residents of the river valley spent Sunday night in schools and sports halls "
        "after the floods destroyed roads and bridges. Forecasters expect more heavy rain in the "
        "valley on Monday and Tuesday, the weather service said."
    ),
]


def _articles() -> list[Article]:
    return [
        Article(id=f"a{k}", source="test", title="Floods force thousands from river valley", text=text)
        for k, text in enumerate(EXCERPTS)
    ]


def _ends_on_a_stop(text: str) -> bool:
    return text.rstrip("\"'”’ )")[-1:] in ".!?"


def test_unfinished_reads_the_last_stop():
    _unfinished = selection._unfinished
    assert _unfinished("the regional government declared a state of emergency for the whole")
    assert _unfinished("Rescue teams used boats to reach families, and")
    assert not _unfinished("The weather service said so.")
    assert not _unfinished('"We will rebuild," the mayor said.”')
    assert not _unfinished("Is the dam safe?")
    assert not _unfinished("The court ruled on the law (the ACA).")
    assert not _unfinished("洪水で数千人が避難した。")  # a CJK stop is a stop


def test_no_summary_sentence_runs_on_from_a_cut_off_one():
    for words in (60, 80):
        sentences = summarise(_articles(), words=words)
        assert len(sentences) > 1 and any(not _ends_on_a_stop(s.text) for s in sentences)
        assert all(_ends_on_a_stop(s.text) for s in sentences[:-1]), [s.text for s in sentences]


def test_cut_off_sentences_go_last_and_a_whole_lead_opens_instead():
    _reading_order = selection._reading_order
    candidates = [c for k, text in enumerate(EXCERPTS) for c in _article_candidates(k, _split(text))]
    whole_texts = [c.text for c in candidates]
    cut_lead = whole_texts.index(_split(EXCERPTS[0])[0])  # article 0's lead, cut off
    whole_lead = whole_texts.index(_split(EXCERPTS[2])[0])  # article 2's lead, whole
    cut_detail = whole_texts.index(_split(EXCERPTS[1])[1])  # article 1's second sentence, cut off
    detail = whole_texts.index(_split(EXCERPTS[2])[1])  # article 2's second sentence, whole
    # the cut-off opening gives way to another article's whole lead; the cut-off ones close
    assert _reading_order(candidates, [cut_lead, cut_detail, whole_lead, detail]) == [
        whole_lead,
        detail,
        cut_lead,
        cut_detail,
    ]
    # with no whole lead to open on, the cut-off opening keeps its place: a cut lead reads better
    # as an opening than a detail
    assert _reading_order(candidates, [cut_lead, detail, cut_detail]) == [cut_lead, detail, cut_detail]


def _split(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]
