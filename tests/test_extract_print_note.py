"""A newspaper's print note ("A version of this article appears in print on ...") is the page's
furniture, not the story's (extract19)."""

from newsprism.extract import extract
from newsprism.records import Document

_BODY = (
    "A Brooklyn woman who claims she had a bird's-eye view of the fatal police shooting says the youth "
    "did not have a gun in his hand.\n"
    "Tishana King is the only civilian eyewitness to come forward so far, and she told the paper what "
    "she saw from the window of her apartment.\n"
    "Police said the teenager had pointed a revolver at the two officers before they opened fire on him."
)
_PRINT_NOTE = (
    "A version of this article appears in print on October 12, 2012, on page A16 of the New York "
    "edition with the headline: Night of Withering Ripostes, Mostly Delivered by Biden."
)


def test_a_print_note_is_furniture_in_a_record() -> None:
    a = extract(
        Document(id="r", source="r", kind="text", content=_BODY + "\n" + _PRINT_NOTE, from_record=True)
    )
    assert "appears in print" not in a.text
    assert a.text.endswith("opened fire on him.")
