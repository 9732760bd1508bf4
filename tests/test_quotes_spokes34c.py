"""quotes34c: a spokesperson for a role speaks for the one he represents on both sides of a quote
(cues._spokesperson_for_role; bench/README "quotes34c"): `," a spokesman for the senator said` is
read as "A spokesman for the senator said : " …"" is, the senator's; a named spokesperson in
apposition still wins. Made up."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes

SMITH = "Senator John Smith voted against the bill on Tuesday . He left early . "
WORDS = "We will not comment on the matter today"


def _speaker(text: str) -> str | None:
    (quote,) = find_quotes(text, "x", None)
    return quote.speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f'A spokesman for the senator said : " {WORDS} . "', "John Smith"),
        (f'" {WORDS} , " a spokesman for the senator said .', "John Smith"),
        (f'" {WORDS} , " a spokeswoman for the senator said on Wednesday .', "John Smith"),
        (f'" {WORDS} , " said a spokesman for the senator .', "John Smith"),
        (f'" {WORDS} , " said a spokesperson for the senator , who declined to elaborate .', "John Smith"),
        (f'" {WORDS} , " a spokesman for the Texas senator said .', "John Smith"),
        # a named spokesperson in apposition still wins
        (f'" {WORDS} , " a spokesman for the senator , Tom Brown , said .', "Tom Brown"),
        (f'A spokesman for the senator , Tom Brown , said : " {WORDS} . "', "Tom Brown"),
    ],
)
def test_a_spokesperson_for_the_senator_speaks_for_him_on_both_sides(sentence: str, speaker: str) -> None:
    assert _speaker(SMITH + sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # controls: an aide is someone else (quotes34b), an organisation's spokesperson is unchanged
        f'" {WORDS} , " an aide to the senator said .',
        f'" {WORDS} , " a spokesman for the company said .',
    ],
)
def test_controls_no_principal(sentence: str) -> None:
    assert _speaker(SMITH + sentence) is None


def test_a_spokesperson_for_a_named_organisation_is_unchanged() -> None:
    text = SMITH + f'" {WORDS} , " a spokeswoman for the Obama campaign said .'
    assert _speaker(text) == "Obama campaign"
