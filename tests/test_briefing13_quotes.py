"""Quotes lists one speaker's words once: a statement whose words another statement's shown wording
holds in a row, by the same speaker or with none, is cited with that one (briefing13, session 32;
phrases from AllSides dev e-3cee1b569c90 and e-6011df9a3a41)."""

from __future__ import annotations

from pathlib import Path

from test_briefing11_once import _one_event, _quote

GRANHOLM = "This has got to be done soon"
GRANHOLM_FULL = f"{GRANHOLM}. And without putting a specific date on it, it's just a bit perplexing"


def _quotes(tmp_path: Path, first: tuple[str, str | None], second: tuple[str, str | None]) -> str:
    """briefing.md of one event quoting `first` (words, speaker) in a0 and `second` in a1, two statements."""
    quotes = (_quote("a0", *first, statement="st-1"), _quote("a1", *second, statement="st-2"))
    return _one_event(tmp_path, quotes=quotes)[0]


def test_a_speakers_fragment_held_by_their_fuller_statement_is_listed_once(tmp_path: Path) -> None:
    md = _quotes(tmp_path, (GRANHOLM_FULL, "Jennifer Granholm"), (GRANHOLM, "Jennifer Granholm"))
    assert md.count("This has got to be done soon") == 1
    assert f"> “{GRANHOLM_FULL}” — Jennifer Granholm, Outlet a0, Outlet a1 [1][2]" in md


def test_an_unattributed_fragment_goes_with_the_speakers_wording_not_the_other_way(tmp_path: Path) -> None:
    biden = "We can achieve that objective, however, without barring the entry of noncitizens"
    md = _quotes(tmp_path, (f"{biden} who seek to immigrate lawfully", "Joe Biden"), (biden, None))
    assert md.count("We can achieve") == 1 and "unattributed" not in md
    # another speaker's words stay apart, as does a speaker's wording inside an unattributed one
    md = _quotes(tmp_path, (GRANHOLM_FULL, "Jennifer Granholm"), (GRANHOLM, "Joe Manchin"))
    assert md.count("This has got to be done soon") == 2
    md = _quotes(tmp_path, (GRANHOLM_FULL, None), (GRANHOLM, "Jennifer Granholm"))
    assert md.count("This has got to be done soon") == 2
