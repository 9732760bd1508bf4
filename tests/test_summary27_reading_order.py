"""summary27: a summary never prints a detail of an article before that article's own lead when it
holds both: the sentence chosen first opened, and the lead followed it ("The decision Thursday could
push the law closer to ..." before "Texas can continue banning most abortions after ...",
heap-10000 5615_center: 7 of 60 heap summaries read opened so). A sentence split at a ticker's stop
("... Transocean ( RIG ." / "N ) oil spill ...") is no candidate."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _Candidate, _is_junk
from newsprism.summarise.selection import _reading_order

TEXAS = Article(
    id="5615_center",
    source="test",
    title="Court again lets Texas continue banning most abortions",
    text="Texas can continue banning most abortions after a federal appeals court rejected the Biden "
    "administration’s latest attempt to stop a novel law that has become the nation’s biggest curb to "
    "abortion in nearly 50 years.\n\nThe decision Thursday could push the law closer to returning to the "
    "U.S. Supreme Court, which has already once allowed the restrictions to take effect without ruling on "
    "its constitutionality. The Texas law bans abortions once cardiac activity is detected, usually around "
    "six weeks and before some women know they are pregnant.\n\nSince the law took effect in...",
)


def test_the_article_lead_opens_the_summary_that_holds_it():
    texts = [s.text for s in summarise([TEXAS], words=60)]
    assert texts[0].startswith("Texas can continue banning most abortions"), texts


def _candidate(article: int, position: int, text: str) -> _Candidate:
    return _Candidate(
        article=article,
        position=position,
        text=text,
        n_words=len(text.split()),
        terms=frozenset(),
        concepts=frozenset(),
        stems=(),
    )


def test_the_lead_opens_only_where_it_is_whole_and_no_quote():
    detail = _candidate(0, 3, "The decision could push the law closer to the Supreme Court.")
    lead = _candidate(0, 0, "Texas can continue banning most abortions after a court ruling.")
    other = _candidate(1, 0, "A federal appeals court let the Texas abortion law stand on Thursday.")
    candidates = [detail, lead, other]
    leads = {0: 0, 1: 0}
    assert _reading_order(candidates, [0, 1, 2], leads) == [1, 2, 0]
    assert _reading_order(candidates, [0, 1, 2]) == [0, 1, 2]  # no leads given: the first chosen opens
    cut = [detail, _candidate(0, 0, "Texas can continue banning most abortions after a court"), other]
    assert _reading_order(cut, [0, 1, 2], leads)[0] == 0  # a lead without its stop does not open


@pytest.mark.parametrize(
    "fragment",
    [
        "An oil drilling rig on lease to London-based BP ( BP .",
        "N ) oil spill in the Gulf of Mexico killed 11 workers and unleashed the worst offshore oil spill in U.S. "
        "history .",
        "L ) has long linked staff bonuses to safety , while Exxon Mobil ( XOM .",
    ],
)
def test_a_sentence_split_at_a_tickers_stop_is_junk(fragment):
    assert _is_junk(fragment)


def test_a_whole_bracket_stays():
    assert not _is_junk(
        "Louisiana Gov. Bobby Jindal ( R ) said the administration has not provided enough equipment ."
    )
