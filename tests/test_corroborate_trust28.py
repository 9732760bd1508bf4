"""corroborate (claims28): a wire story's end notes are no statement, so no claim and no conflict.

Reuters' pages in heap-10000 end in their credits, exchange-rate notes, story codes and link notes,
and on a page saved as one line the site's footer runs on in the same sentence: 34 such lines were
shown as claims (one a name "conflict" between two stories' credit lines). Sentences from
heap-10000's BP oil spill and swine flu stories; each rule with a control kept as prose.
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.statements import _furniture, _statements
from newsprism.records import Article

FOOTER = (
    "An ultra-low latency infrastructure for electronic trading and data distribution A connected "
    "approach to governance , risk and compliance Our next generation legal research platform ."
)
LEDE = "BP said on Tuesday that chief executive Tony Hayward will step down in October and be replaced by Bob Dudley ."


def article(aid: str, text: str, outlet: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, outlet=outlet)


def test_credits_and_notes_are_furniture() -> None:
    assert _furniture("( Reporting by Tom Bergin ; Editing by Hans Peters ) " + FOOTER)
    assert _furniture("( Writing and reporting by Chris Michaud , editing by Philip Barbara ) " + FOOTER)
    # a credit's tail, its opening bracket cut off with the sentence before it
    assert _furniture("Editing by Jon Loades-Carter , John Stonestreet ; Editing by Gary Hill ) " + FOOTER)
    assert _furniture("( $ 1 = 5.6406 Egyptian pounds ) " + FOOTER)
    assert _furniture("( ID : nHKG372361 ) ( Editing by Neil Fullick ) " + FOOTER)
    assert _furniture(
        "( For a WHO map of the spread of cases , go to : here ) ( For WHO information , go to : here )"
    )
    assert _furniture(
        "( If you have a query or comment on this story , send an email to news.feedback@example.com )"
    )


def test_prose_that_opens_alike_is_kept() -> None:
    assert not _furniture("Reporting by the Post found that the agency had failed to act on three warnings .")
    assert not _furniture(
        "Writing in the Proceedings of the National Academy , the authors said the virus spread fast ."
    )
    # a story code before prose: the sentence is the story's
    assert not _furniture(
        "( ID : nN29104665 ) The suit was filed on behalf of two commercial shrimp fishermen named in the suit ."
    )
    assert not _furniture(
        "( AP ) Despite BP 's efforts the oil spread to the marshes of Louisiana on Friday ."
    )


def test_a_credit_line_is_no_statement_and_no_conflict() -> None:
    # (the footer after the credit is the sentence splitter's to cut or not; the credit line goes)
    reuters = article(
        "reuters/1984", f"{LEDE} ( Reporting by Tom Bergin ; Editing by Hans Peters )", "reuters"
    )
    copy = article(
        "copy-1", f"{LEDE} ( Reporting by Tom Ibrahim ; Editing by Hans Peters )", "Harbor Chronicle"
    )
    texts = [s.text for s in _statements(reuters, "reuters")]
    assert texts == [LEDE]
    claims = corroborate([reuters, copy], {"copy-1": "reuters/1984"})
    assert [c.status for c in claims if "Reporting by" in c.text] == []
    assert [c for c in claims if c.status == "conflict"] == []
    # the control: a name changed in the story itself is still a conflict between the two pages
    changed = article("copy-2", LEDE.replace("Bob Dudley", "Bob Ibrahim"), "Harbor Chronicle")
    (conflict,) = [
        c for c in corroborate([reuters, changed], {"copy-2": "reuters/1984"}) if c.status == "conflict"
    ]
    assert set(conflict.values.values()) == {"Bob Dudley", "Bob Ibrahim"}
