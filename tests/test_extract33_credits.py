"""extract33: a wire story's credit line ("Reporting by ...; editing by ...") opening a text goes:
it closes a story, and there it stays (l3s_gn1's gold keeps it there on 7 of its 10 pages that
print one); a sentence of the story that opens on the same words stays."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.records import Article, Document

_STORY = (
    "U.S. Customs and Border Protection issued a ban on imports of cotton and tomatoes from the region, "
    "citing the use of forced labor.\n\n"
    "Around 20 percent of the world's cotton is picked in the region, officials said on Wednesday."
)


def _record(text: str, title: str | None = "U.S. bans cotton imports") -> Article:
    return extract(
        Document(id="t", source="t.jsonl", kind="text", content=text, title=title, from_record=True)
    )


@pytest.mark.parametrize(
    "credit",
    [
        # heap-10000's outlets' boilerplate (copy-001033-486225)
        "Reporting by staff; editing by the news desk.",
        # l3s_gn1 bdd8277f's, and a71f1646's with a writer
        "(Reporting by Susan Cornwell; Editing by Tim Dobbyn)",
        "(Additional reporting by Hugh Bronstein in Bogota; Writing by Frank Jack Daniel; editing by Bill Trott)",
    ],
)
def test_a_wire_credit_opening_a_text_goes(credit: str) -> None:
    assert _record(f"{credit}\n\n{_STORY}").text == _STORY
    # a record without a title: the credit is no headline either
    untitled = _record(f"{credit}\n\n{_STORY}", title=None)
    assert untitled.title is None
    assert untitled.text == _STORY


def test_a_wire_credit_closing_a_text_stays() -> None:
    credit = "(Reporting by Susan Cornwell; Editing by Tim Dobbyn)"
    assert _record(f"{_STORY}\n\n{credit}").text == f"{_STORY}\n\n{credit}"


def test_a_sentence_opening_on_the_credits_words_stays() -> None:
    text = (
        f"Reporting by phone was hard; editing by hand was harder, the editor said of the flood.\n\n{_STORY}"
    )
    assert _record(text).text == text
