"""review37 (session 31): findings on session 31's quote rules (analyse.quotes), each shown on
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
        'Smith , who died in 2001 , is remembered as " the father of the internet " by colleagues .',
        'Jones was remembered as " a giant of the industry " at his funeral on Friday .',
    ],
)
def test_a_label_in_the_passive_of_remembered_is_no_ones_words(text: str) -> None:
    # 9d6516f made "remembered" a speech verb ('" … , " remembers Hosking'); in the passive it puts a
    # label on its subject, as "is described as" does: the subject did not say it
    assert _speaker(text) is None


@pytest.mark.parametrize(
    "text",
    [
        '" When that came in there was a sheet of flames , " remembers Hosking .',
        '" It was chaos , " Hosking remembered .',
    ],
)
def test_remembered_as_a_speech_verb_still_brings_in_its_speaker(text: str) -> None:
    # (control: 9d6516f's own use)
    assert _speaker(text) == "Hosking"


@pytest.mark.parametrize(
    "text",
    [
        # T17 H1N1_bbc/348
        'Will a pandemic be declared by the WHO ? The WHO defines Phase Six : " Phase 6 , the pandemic'
        ' phase , is characterized by community level outbreaks in at least one other country . "',
    ],
)
def test_a_caption_run_with_a_number_word_names_no_speaker(text: str) -> None:
    # 66f87a5's _caption: capitalised words before a colon over a quote are a pull quote's caption,
    # its speaker's name; a number spelt out names a stage or a level, no person
    assert _speaker(text) == "WHO"  # the subject that defines it


def test_a_caption_over_a_pull_quote_still_names_its_speaker() -> None:
    # (control: 66f87a5's case, heap bpoil_bbc/1188)
    text = (
        "BP is trying to contain and clean up the spill . Doug Suttles of BP : \" We 've had periods of"
        ' pumping followed by periods of monitoring . "'
    )
    assert _speaker(text) == "Doug Suttles"
