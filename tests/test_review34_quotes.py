"""review34 (session 30): findings on session 29's quote rules, each shown on a made-up text the rule
misreads. Each test is xfail(strict) until the patch its reason names is applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tony Hayward said the leak was "relatively tiny" -- a remark that angered residents.',
            "Tony Hayward",
        ),
        ('Obama said the response was "not good enough" - the strongest words of his term.', "Obama"),
    ],
)
def test_a_remark_explained_after_a_dash_is_still_its_speakers(text: str, speaker: str) -> None:
    # 3d0c8cd's _explained_term reads any short lower-case quote before "-- a ... that" as a term;
    # a noun for what was said ("a remark that", "the strongest words of") tells of the words' speaker
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'he had grown up on "tuppenny bloods" - the children\'s comics that extolled war, Fraser said.',
        'BP ran a " negative pressure test " -- a procedure that reduces the fluid pressure, Smith said.',
    ],
)
def test_a_term_explained_after_a_dash_stays_no_ones(text: str) -> None:
    # 3d0c8cd's own cases keep their reading with the patch
    assert _speakers(text) == [None]


def test_the_company_is_not_an_organisation_first_named_after_it() -> None:
    # 5a7a362's organisation_after gives "the company said" to the next organisation that speaks,
    # whoever it is: a campaign group the text never named before answering the company is not it
    text = (
        '"We regret the decision," the company said on Monday. '
        "Greenpeace said the plant should never have opened."
    )
    assert _speakers(text) == [None]


def test_the_company_is_the_firm_its_statement_named() -> None:
    # 5a7a362's own case (22_2ecbplus): Kraft, named in the quote before the cue, keeps it
    text = (
        '"This is a sad day for the Kraft Foods family," the company said in a statement. '
        '"We will help our workers," Kraft said.'
    )
    assert _speakers(text)[0] == "Kraft"


@pytest.mark.parametrize(
    "text",
    [
        "Tony Hayward flew to Houston on Monday . Halliburton said it had followed BP 's orders . "
        'Halliburton said it would cooperate . " We will pay every claim , " he said .',
        "Tony Hayward flew to Houston on Monday . Anadarko said its share of the costs would be paid . "
        'Anadarko owns a quarter of the well . " We will pay every claim , " he said .',
    ],
)
def test_a_firm_that_speaks_of_itself_as_it_is_not_he(text: str) -> None:
    # b2d895d / 731c912's _surname_alone_between gives "he" to a capitalised word alone that spoke
    # between the person named before and the pronoun: a firm that the text names alone, saying "it"
    # or "its" of itself, is no "he" (was 'Halliburton', 'Anadarko')
    assert _speakers(text) == ["Tony Hayward"]


def test_a_surname_alone_that_speaks_is_whom_he_means() -> None:
    # b2d895d's own case (heap Koenigs) keeps its reading with the patch
    text = (
        "Paddy Ashdown , a former leader , is a leading candidate to replace Koenigs . After two years "
        'as special representative , Koenigs said he leaves the country with hope . " It has been hard , " '
        "he said ."
    )
    assert _speakers(text) == ["Koenigs"]
