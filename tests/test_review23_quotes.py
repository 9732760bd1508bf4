"""review23: quotes30's rules (f963646) that lose quotes or speakers on plain made-up news text.

- A reader-comment thread (find._COMMENT_SIGN, two BBC-style stamps "At <time> on <day> <month>
  <year>, <name> wrote:") drops every quote after the first stamp: a story quoting two dated emails
  lost all its quotes, the ones after the emails too (every dev stamp is the BBC's, month in three
  letters: "09 Jun 2010").
- A name's gender from the first "his" after it (people._told_gender) reads an apposition's
  possessive ("Kendall Marsh, his chief of staff", "Temitope Okafor, his spokeswoman"): the
  possessive is the man she works for, she is read as a man, and "she said" after her lost its
  speaker (before f963646 she was found).
The fix: /tmp/h22/review23/quotes.patch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.analyse.quotes import find_quotes
from newsprism.extract import extract
from newsprism.records import Document


def _speakers(text: str) -> dict[str, str | None]:
    return {q.quote: q.speaker for q in find_quotes(text, "r23")}


EMAILS = (
    "Internal emails released by a congressional committee on Monday show that engineers warned of"
    " problems on the Deepwater Horizon days before the explosion.\n\n"
    'At 8:45 pm on 14 April 2010, Brian Morel wrote: "This has been a nightmare well which has everyone'
    ' all over the place."\n\n'
    'At 9:10 am on 16 April 2010, John Guide wrote: "I do not like this and I am very worried about it."'
    "\n\nSix days later the rig exploded, killing 11 workers.\n\n"
    '"These emails show BP cut corners," said Representative Henry Waxman, who chairs the committee.'
)


def test_a_story_quoting_two_dated_emails_keeps_its_quotes() -> None:
    said = _speakers(EMAILS)
    assert said.get("These emails show BP cut corners") == "Henry Waxman"
    assert said.get("This has been a nightmare well which has everyone all over the place.") == "Brian Morel"


def test_the_bbcs_comment_thread_still_holds_no_quote() -> None:
    """What the rule is for (t17's BBC pages) stays: the fix keeps it."""
    text = (
        '"We will make this right," BP chief executive Tony Hayward said on Monday.\n\n'
        'At 10:14 am on 28 May 2010 , pzero wrote : I think BP is " admirable " , really .\n\n'
        'At 11:02 am on 28 May 2010 , Bob wrote : They said " sorry " and nothing else .'
    )
    assert _speakers(text) == {"We will make this right": "Tony Hayward"}


@pytest.mark.parametrize(
    ("names", "job"),
    [("Temitope Okafor", "his spokeswoman"), ("Kendall Marsh", "his chief of staff")],
)
def test_a_possessive_in_apposition_is_no_gender_of_the_name(names: str, job: str) -> None:
    text = (
        f"Governor Bobby Jindal toured the coast on Monday. {names}, {job}, stood beside him.\n\n"
        "“We will not stop until the oil is gone,” she said."
    )
    assert _speakers(text) == {"We will not stop until the oil is gone": names}


def _t17_text(shared: Path, doc_id: str) -> str:
    """The clean text of one t17 document (the dev timelines set)."""
    for line in (
        (shared / "data" / "timelines" / "t17" / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        row = json.loads(line)
        if row["id"] == doc_id:
            doc = Document(
                id=doc_id, source="t17", content=row["text"], published=row.get("published"), from_record=True
            )
            return extract(doc).text
    raise LookupError(doc_id)


def test_the_answer_after_a_named_question_is_the_answerers(shared: Path) -> None:
    """t17 bpoil_washingtonpost/1435 (real): `Mathews asked John Guide , the BP well team leader ...,
    whether cost-consciousness colored decisions involving safety . " No sir , " Guide answered .`"""
    said = _speakers(_t17_text(shared, "bpoil_washingtonpost/1435"))
    assert said["No sir"] == "John Guide"


@pytest.mark.parametrize(
    "told", ["Allen said BP's Kent Wells told him on Sunday", "He said Kent Wells had told him"]
)
def test_a_speaker_reported_inside_the_narration_is_not_the_quotes(told: str) -> None:
    text = (
        "“The cap is holding,” said Thad Allen, the national incident commander. "
        f"{told} that the pressure was rising. “We are watching it very closely.”"
    )
    assert _speakers(text)["We are watching it very closely."] == "Thad Allen"
