"""summary27: a summary holds at most one sentence without a stop. Where every article of an event
is an excerpt cut inside its first sentence (NeuS dev train-932, train-1925, train-336), a summary of
two such sentences ran the first on into the second ("... consequences for 13 A federal judge on
Sunday ..."); the pool keeps the summaries with one at most, which the reading order puts last."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.selection import _unfinished


def _excerpt(n: int, title: str, text: str) -> Article:
    return Article(id=f"train-932-{n}", source="test", title=title, text=text)


# NeuS dev train-932's three documents: two excerpts the data cut inside their only sentence, and a
# subhead
BIRTH_CONTROL = [
    _excerpt(
        0,
        "Judge blocks Trump birth control coverage rules in 13 states",
        "Trump administration rules that allow more employers to opt out of providing women with no-cost "
        "birth control pose “potentially dire” financial and public health consequences for 13",
    ),
    _excerpt(
        1,
        "Birth Control Coverage Is No Longer Guaranteed in 37 States",
        "Reproductive freedom takes another hit under the Trump administration",
    ),
    _excerpt(
        2,
        "Judge blocks Trump rules letting more employers opt out of birth control coverage",
        "A federal judge on Sunday partially blocked President Trump’s push to let a wide range of employers "
        "ignore an Obamacare-related rule requiring them to insure birth control in their",
    ),
]


def test_a_summary_of_cut_excerpts_holds_one_sentence_without_a_stop():
    texts = [s.text for s in summarise(BIRTH_CONTROL, words=60)]
    assert texts
    assert sum(_unfinished(t) for t in texts) <= 1, texts


def test_no_sentence_without_a_stop_runs_on_into_another():
    texts = [s.text for s in summarise(BIRTH_CONTROL, words=60)]
    assert not any(_unfinished(t) for t in texts[:-1]), texts


def test_a_whole_sentence_of_an_event_still_joins_a_cut_one():
    # control: one cut excerpt beside whole sentences keeps them all (one stopless, last)
    whole = Article(
        id="w",
        source="test",
        title="Judge blocks Trump birth control rules",
        text="A federal judge on Sunday blocked Trump administration rules on birth control coverage in 13 "
        "states. The rules let more employers opt out of providing women with no-cost birth control. The "
        "states had sued to stop the rules before they took effect on Monday.",
    )
    texts = [s.text for s in summarise([whole, BIRTH_CONTROL[0]], words=60)]
    assert len(texts) >= 2
    assert not any(_unfinished(t) for t in texts[:-1]), texts
