"""corroborate (claims32): two told statements that share only who tells them and a topic word back no
claim (predicates._teller, _Untold). Real excerpts of heap-10000 (bench/make_corpus.py over the dev
sets); the controls, each marked, are made up.
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.predicates import _teller
from newsprism.records import Article


def corroborated(a: str, b: str) -> list[str]:
    """The corroborated claims of two outlets' statements."""
    articles = [
        Article(id="a", source="a.txt", text=a, outlet="foxnews"),
        Article(id="b", source="b.txt", text=b, outlet="reuters"),
    ]
    return [c.text for c in corroborate(articles) if c.status == "corroborated"]


# heap-10000 event 499 (claims_precision31.tsv: W, topic): Fox News' sentence, and Reuters' with the three
# sentences of its article that give the event's words their weights (the rest of both pages left out)
NEEDS = (
    "Interior Secretary Ken Salazar told a Senate subcommittee Wednesday that the moratorium needs to stay "
    "in place until it 's known whether the deepwater drilling can be done safely ."
)
AWARE = (
    "Interior Secretary Ken Salazar told lawmakers in Washington the government was aware of the "
    "moratorium 's impact on the Gulf Coast economy , but he said the ban was necessary \" until we get to a "
    "level where we can provide a sense of safety to the American people that drilling can in fact "
    'continue . "'
)
WEATHER = (
    " The U.S. National Hurricane Center said a tropical wave over the western Caribbean Sea could develop "
    "into a tropical depression over the next couple of days as it moves toward the Gulf of Mexico . Most "
    "weather models forecast it would move toward the southern Texas and Mexico coasts . Earlier , some "
    "models had projected the wave would move toward the BP clean-up operation in the central U.S. Gulf Coast ."
)


def test_one_teller_telling_two_things_backs_no_claim() -> None:
    assert corroborated(NEEDS, AWARE + WEATHER) == []
    # the control (made up): the same teller telling the same thing in other words
    again = "Interior Secretary Ken Salazar told lawmakers Wednesday the moratorium must stay in place ."
    assert corroborated(NEEDS, again + WEATHER) != []


def test_the_teller_is_who_tells_not_what_is_told() -> None:
    assert _teller(NEEDS) == "Interior Secretary Ken Salazar "
    assert _teller("Two men were arrested Thursday, a spokesman for the U.S. attorney’s office said.") == (
        ", a spokesman for the U.S. attorney’s office said."
    )
    assert _teller("The well is dead , Allen told reporters in Houston on Monday .") == (
        ", Allen told reporters in Houston on Monday ."
    )
    # a statement that tells an act before its verb of telling, or after it (heap-10000 event 536), has none
    assert _teller("Police arrested five men and said they would be charged .") == ""
    assert (
        _teller("Mexico will receive 2.5 million doses of the vaccine, the official said.")
        == ", the official said."
    )
    seepage = (
        "Also , seepage from the sea floor was detected over the weekend less than two miles away , but Allen "
        "said it probably has nothing to do with the well ."
    )
    assert _teller(seepage) == ""
