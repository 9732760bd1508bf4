"""corroborate (claims33): a tally written with "to" ("The final vote was 69 to 30") is a pair, as "50-49"
is, and two statements that each give a tally are compared tally to tally: two votes' tallies back no
claim though a count of one ("all 50 Democrats") equals the other's first figure. Real excerpts of
heap-10000 event 742 (allsides' event 86: CNBC, CBS News); the controls, each marked, are made up or
from ecbplus (the 76ers' "40-42").
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.compare import _figures, _other_figures
from newsprism.corroborate.statements import _statements
from newsprism.records import Article

BUDGET = (
    "The chamber in a 50-49 party line vote then proceeded to a budget resolution that would allow "
    "Democrats to approve what they see as a complementary $3.5 trillion spending plan without Republican votes."
)
PASSAGE = "The final vote was 69 to 30, with 19 Republicans joining all 50 Democrats in voting for passage."


def figures(text: str) -> dict[str, list[str]]:
    """A one-statement text's figures by unit, as written."""
    article = Article(id="a", source="a.txt", text=text, outlet="cnbc")
    (statement,) = _statements(article, "cnbc")
    return {unit: [v.text for v in values] for unit, values in _figures(statement).items()}


def other(a: str, b: str) -> bool:
    """Whether two one-statement texts' figures report two facts (_other_figures)."""
    sides = []
    for text in (a, b):
        (statement,) = _statements(Article(id="a", source="a.txt", text=text, outlet="cnbc"), "cnbc")
        sides.append(_figures(statement))
    return _other_figures(*sides)


def test_a_tally_with_to_is_a_pair() -> None:
    assert figures(PASSAGE) == {" pair": ["69"], "": ["30", "19", "50"]}


def test_two_votes_tallies_are_two_facts() -> None:
    assert other(BUDGET, PASSAGE)
    articles = [
        Article(id="a", source="a.txt", text=BUDGET, outlet="CNBC"),
        Article(id="b", source="b.txt", text=PASSAGE, outlet="CBS News"),
    ]
    assert not [c.text for c in corroborate(articles) if c.status == "corroborated"]


def test_one_vote_in_two_writings_agrees() -> None:  # control, made up: a dash and a "to"
    assert not other(
        "The House passed the bill in a 364-62 vote on Tuesday afternoon.",
        "The vote was 364 to 62 , with most Republicans in favour of the bill.",
    )


def test_a_record_against_a_count_of_wins_agrees() -> None:  # control, ecbplus 5_2ecb / 5_1ecb
    assert not other(
        "After an 18-30 start, Philadelphia won 18 of its next 23 games and wound up at 40-42, the sixth seed.",
        "The expectations were high for a team that won 40 games and took Detroit to six games last season.",
    )


def test_a_change_from_one_figure_to_a_smaller_is_no_tally() -> None:  # control, made up
    assert figures("Unemployment claims fell from 69 to 30 in the county over the year.") == {
        "": ["69", "30"]
    }
