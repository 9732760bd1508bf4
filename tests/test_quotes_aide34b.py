"""quotes34b: an aide, an adviser or a lawyer "to"/"for" someone says the words, not the one he works
for (cues._aide_of; bench/README "quotes34b"). train-930-0 in its words; the rest made up."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes

SMITH = "Senator John Smith voted against the bill on Tuesday . "


def _speaker(text: str) -> str | None:
    (quote,) = find_quotes(text, "x", None)
    return quote.speaker


# train-930-0 (and its neus copy): the adviser's words, not Sanders'
SANDERS = (
    "Mr Sanders was treated in hospital for an arterial blockage after experiencing chest pain at an "
    'event in Nevada on Tuesday. An adviser for the Vermont senator said he was in "good spirits" and '
    "will be resting over the next few days. Mr Sanders had earlier announced his campaign has raised "
    "over $25m (£20m)."
)


def test_an_adviser_for_the_senator_is_not_the_senator() -> None:
    assert _speaker(SANDERS) is None


@pytest.mark.parametrize(
    "cue",
    [
        "An aide to the senator said",
        "A senior aide to the senator said",
        "An adviser for the senator said",
        "A lawyer for the senator said",
        "One of his aides said",  # (no "to": _KIN-like, unchanged)
        "An aide to Smith said",
    ],
)
def test_an_aide_before_the_quote_is_unnamed(cue: str) -> None:
    assert _speaker(SMITH + cue + ' : " He will not change his mind . "') is None


def test_an_aide_after_the_quote_is_unnamed() -> None:
    assert _speaker(SMITH + '" He will not change his mind , " an aide to the senator said .') is None


def test_an_aide_named_in_apposition_speaks() -> None:
    text = SMITH + 'An aide to the senator , Tom Brown , said : " He will not change his mind . "'
    assert _speaker(text) == "Tom Brown"


def test_the_senator_himself_and_his_spokesman_stay_his() -> None:
    # controls: the principal's own words, and a spokesperson, who speaks for him (the convention)
    assert _speaker(SMITH + 'The senator said : " I will not change my mind . "') == "John Smith"
    assert _speaker(SMITH + 'A spokesman for Smith said : " He will not change his mind . "') == "John Smith"
