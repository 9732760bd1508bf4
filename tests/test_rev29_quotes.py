"""review29: quotes34's look-ahead (find._named_next) gives a group's or a label's quote to the person
named bare at the next quote. Made-up inputs a user would plausibly have (a family's statement, then
a neighbour's; a term critics used, then a named defender's words). Fixed in find._named_next
(the unnamed subject must be one person brought in by 'a/an/one <noun>')."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> dict[str, str | None]:
    return {q.quote: q.speaker for q in find_quotes(text, "x", None)}


FAMILY = 'Her family said : " We are heartbroken . " " She was a lovely girl , " said John Smith .'
CRITICS = 'The plan is what critics called " a disaster " . " It is a good plan , " said Ron Kendall .'
SCIENTISTS = (
    'The spill is what some scientists called " an experiment " . " It is safe , " said Ron Kendall .'
)


def test_a_familys_statement_is_not_the_next_named_person() -> None:
    assert _quotes(FAMILY)["We are heartbroken ."] is None


def test_a_term_critics_called_is_not_the_next_named_person() -> None:
    assert _quotes(CRITICS)["a disaster"] is None


def test_a_term_scientists_called_is_not_the_next_named_person() -> None:
    assert _quotes(SCIENTISTS)["an experiment"] is None


def test_the_next_named_person_still_speaks_their_own_quote() -> None:
    assert _quotes(FAMILY)["She was a lovely girl"] == "John Smith"
    assert _quotes(CRITICS)["It is a good plan"] == "Ron Kendall"


# quotes34 3930371 (find._THE_APPOSITION): the noun of ', the mayor ,' is in this quote's sentence, but
# as the one its speaker speaks for, not as the speaker ("A lawyer for the mayor said")
LAWYER = 'A lawyer for the mayor said : " He did nothing wrong . " " I am innocent , " said John Smith , the mayor .'
AIDE = (
    'An aide to the senator said : " The bill is dead . " " I will keep fighting , " said John Smith , '
    "the senator ."
)


def test_a_lawyer_for_the_mayor_is_not_the_mayor_named_next() -> None:
    assert _quotes(LAWYER)["He did nothing wrong ."] is None
    assert _quotes(LAWYER)["I am innocent"] == "John Smith"


def test_an_aide_to_the_senator_is_not_the_senator_named_next() -> None:
    assert _quotes(AIDE)["The bill is dead ."] is None
