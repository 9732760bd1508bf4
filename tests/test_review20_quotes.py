"""review20: second look at quotes26's rules of this session (80e1043, 4c77711). The first two
cases are classes the new rules got wrong (right at 767c41a), fixed by review20's patch to
analyse/quotes/cues.py (a representative speaks for the name; a demonym is the last word only); the
firm named like a person was an open xfail (fixed by quotes28). The controls pin the rules' own cases, which the fix keeps."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


FIX = "the review20 patch to analyse/quotes/cues.py is not applied yet"


@pytest.mark.parametrize(
    "text",
    [
        # a representative's job is to speak for the person, as a spokesperson's is: the new
        # "source" cue (_unnamed_source -> _person_owned) reads "a Hayward representative" as an
        # aide, someone unnamed (767c41a: Tony Hayward)
        "Tony Hayward was in London on Monday. “We will pay every claim,” a Hayward representative said.",
        "Tony Hayward was in London on Monday. “We will pay every claim,” said a Hayward representative.",
        "Tom Cruise was seen in Paris. “He is fine and resting,” a Cruise representative said.",
    ],
)
def test_a_persons_representative_speaks_for_the_person(text: str) -> None:
    assert _speakers(text) == [text.split(" was ")[0]]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # an unnamed source before its verb now goes through _unnamed_source (_unnamed_before), whose
        # demonym test (a word ending in -an, -i, -ic, ...) reads the first word of a firm's name
        # as a nation's: "Goldman", "European" (767c41a: Goldman Sachs, by the clause's subject; the
        # European Union was None there too, after its verb as before it)
        ("A Goldman Sachs executive said the deal was “done and dusted.”", "Goldman Sachs"),
        ("A European Union official said the talks had “broken down.”", "European Union"),
    ],
)
def test_a_firm_whose_first_word_ends_like_a_demonym(text: str, org: str) -> None:
    assert _speakers(text) == [org]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rules' own cases, kept by the fix
        ("Barack Obama met Jones. An Obama adviser said the plan was “on track.”", None),
        ("Barack Obama met Jones. “The plan is on track,” an Obama spokesman said.", "Barack Obama"),
        ("A South African official said the deal was “done.”", None),
        ("A Pakistani official said the strike was “illegal.”", None),
        ("A Twitter representative told reporters the outage was “fixed.”", "Twitter"),
    ],
)
def test_controls(text: str, expected: str | None) -> None:
    assert _speakers(text) == [expected]


def test_a_firm_named_like_a_person_is_no_persons_staff() -> None:
    """'A Morgan Stanley official said' (767c41a: Morgan Stanley, by the clause's subject): the new
    _unnamed_before routes it through the "source" cue, and _person_owned read "Morgan Stanley" as a
    person's full name (a given name first, registered as the article's person), so the official was
    someone's staff, unnamed. quotes28: the owner is a person only if the article writes the full
    name elsewhere than in the source's own words (an article brings a person in before citing the
    person's aides), so a firm named like a person, named only there, speaks."""
    assert _speakers("A Morgan Stanley official said the deal was “done.”") == ["Morgan Stanley"]
