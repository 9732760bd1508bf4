"""review36 (session 31): findings on session 30's quote rules (analyse.quotes), each shown on
made-up texts the rule misreads. Each test is xfail(strict) until the patch its reason names is
applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speaker(text: str) -> str | None:
    quotes = find_quotes(text, "x", None)
    assert quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    "text",
    [
        "BP said on Monday it would pay . Sen. Mary Landrieu criticised the moratorium in a letter to"
        ' Obama . "This is unacceptable for Louisiana," a spokeswoman said .',
        "Greenpeace staged a protest at BP's headquarters . Prince Charles later spoke at a dinner ."
        ' "The prince is concerned about the oceans," a spokesman said .',
    ],
)
def test_a_bare_spokesperson_after_a_person_acted_is_no_organisations(text: str) -> None:
    # 53e182e's _bare_spokesperson: `," a spokeswoman said` is the organisation that spoke or acted
    # last, however far back; a person who acted after it has spokespeople too
    assert _speaker(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'BP denied that Hayward was close to resigning . " Tony Hayward remains the chief executive'
            ' of BP , " a spokeswoman said .',
            "BP",
        ),
        (
            "BP says the leak slowed . The head of BP 's Gulf Coast restoration unit , Bob Dudley , told"
            ' the Wall Street Journal it could stop by July 27 . " He gave that as the very best scenario'
            ' , " a spokeswoman said .',
            "BP",
        ),
    ],
)
def test_a_bare_spokesperson_after_the_organisation_stays_its(text: str, speaker: str) -> None:
    # (control: heap-10000's bpoil_guardian/270 and bpoil_reuters/206, the organisation's own person)
    assert _speaker(text) == speaker


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_list_of_short_quotes_its_sentence_gives_a_speaker_is_theirs() -> None:
    # cb5295c's _in_quoted_list: a list of three or more short quotes reached by a statement going on
    # is words quoted, no one's; this list's sentence says who said it (", he added"), and the other
    # two quotes of it keep him
    text = (
        'Gov. Bobby Jindal spoke on Monday . " We are frustrated , " he said . The federal response has'
        ' been " slow " , " inept " and " disgraceful " , he added .'
    )
    assert _speakers(text) == ["Bobby Jindal"] * 4


def test_a_list_of_short_quotes_no_one_says_stays_no_ones() -> None:
    # (control: cb5295c's own kind, a list of labels in a sentence of narration)
    text = (
        'Gov. Bobby Jindal spoke on Monday . " We are frustrated , " he said . The menu had " beach'
        ' sunrises " , " seafood gumbo " and " oyster po-boys " on it .'
    )
    assert _speakers(text)[1:] == [None, None, None]
