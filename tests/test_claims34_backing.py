"""corroborate (claims34): a claim is backed whole, not in part. A statement whose main clause another
outlet's statement does not tell, only the clauses hung on it ("Hutchinson called up Mark Mattioli,
whose 6-year-old son, James Mattioli, was killed" / "Mark Mattioli, whose 6-year-old son, James, was
killed"), is no claim that outlet backs: the claim is shown in the words of the statement backed
whole, or not made. Real excerpts of heap-10000 (events 1006, 1816, 1185, 1067, 649, 2081, 373); the
controls are marked.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate import corroborate
from newsprism.records import Article, Claim

HUTCHINSON = (
    "When he had finished introducing the report, Hutchinson called up Mark Mattioli, whose 6-year-old "
    "son, James Mattioli, was killed in December along with 19 other children at Sandy Hook Elementary School."
)
MATTIOLI = (
    "But the report did get support from at least one Newtown parent: Mark Mattioli, whose 6-year-old son, "
    "James, was killed."
)
BIDEN = (
    "Biden said Thursday there’s no question the debates will take place, after House Speaker Nancy Pelosi "
    "told reporters earlier in the day that she didn’t think Biden should debate the president at all."
)
PELOSI = "House Speaker Nancy Pelosi on Thursday said there should not be any 2020 presidential debates."


def corroborated(a: str, b: str) -> list[Claim]:
    articles = [
        Article(id="a", source="a.txt", text=a, outlet="HuffPost"),
        Article(id="b", source="b.txt", text=b, outlet="The New York Times"),
    ]
    return [c for c in corroborate(articles) if c.status == "corroborated"]


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # a clause opening the statement, and a relative clause past its name's apposition
        (HUTCHINSON, "Hutchinson called up Mark Mattioli"),
        # a subordinate clause after a comma, to the end
        (BIDEN, "Biden said Thursday there’s no question the debates will take place"),
        # a relative clause inside the main one ends at its comma
        (
            "Soon, Capt. Ron Johnson of the Missouri State Highway Patrol, who has earned some praise since he "
            "took over policing of Ferguson's nightly protests, stopped by to greet the attorney general.",
            "Soon , Capt Ron Johnson of the Missouri State Highway Patrol , stopped by to greet the attorney general",
        ),
    ],
)
def test_the_main_clause_is_the_statement_less_its_hung_clauses(text: str, main: str) -> None:
    from newsprism.corroborate.predicates import _main_clause

    assert _main_clause(text) == (main, True)


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's dash opens no aside (control)
        "WASHINGTON – Legally married same-sex couples will now be allowed to file federal joint tax returns, "
        "the IRS and Treasury Department announced Thursday.",
        # a condition is part of the claim (control)
        "If BP were found to have committed gross negligence or willful misconduct , the fine could be up to "
        "$ 4,300 per barrel .",
        # "the WHO" is a name, no relative word (control)
        "Trump announced the move on Tuesday, accusing the WHO of failing “in its basic duty” to initially warn "
        "the world.",
    ],
)
def test_a_statement_without_hung_clauses_is_its_main_clause(text: str) -> None:
    from newsprism.corroborate.predicates import _main_clause

    assert not _main_clause(text)[1]


def test_a_statement_backed_in_its_hung_clause_only_is_no_claim() -> None:
    # the other outlet tells the son's death, not the call: no claim in either wording holds both
    claims = corroborated(HUTCHINSON, MATTIOLI)
    assert all("called up" not in c.text for c in claims)


def test_the_statement_backed_whole_words_the_claim() -> None:
    # Pelosi's words are the Biden statement's hung clause: backed, and shown in Pelosi's statement's words
    (claim,) = corroborated(BIDEN, PELOSI)
    assert claim.text == PELOSI


def test_a_conditional_statement_told_twice_is_still_one_claim() -> None:
    # control: the condition is no hung clause, so the fine is backed as before
    claims = corroborated(
        "If BP were found to have committed gross negligence or willful misconduct , the fine could be up to "
        "$ 4,300 per barrel .",
        "If BP is found to be grossly negligent , the U.S. Clean Water Act allows for a fine of up to $ 4,300 "
        "per barrel , nearly four times the $ 1,100 maximum BP otherwise faces .",
    )
    assert len(claims) == 1


def test_a_long_statement_told_twice_is_still_one_claim() -> None:
    # control: the other outlet holds the main clause too ("which cast a pall ..." is hung)
    (claim,) = corroborated(
        "There is growing criticism that the government and BP should have done more to stave off the "
        "disaster , which cast a pall over the fragile environment and the region 's economy , still "
        "recovering from the devastation of 2005 's Hurricane Katrina .",
        "There is growing criticism that the government and oil company BP PLC should have done more to "
        "stave off the disaster , which cast a pall over the region 's economy and fragile environment .",
    )
    assert claim.status == "corroborated"
