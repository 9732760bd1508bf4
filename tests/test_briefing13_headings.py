"""An event's heading is not cut right after a verb of saying, which names a speaker and leaves out
all they said (briefing13, session 32; heap-10000 e-a86fd68c6f8f, e-83d505609298)."""

from __future__ import annotations

from newsprism.output.briefs import summary_heading
from newsprism.records import SummarySentence


def _heading(text: str) -> str | None:
    return summary_heading((SummarySentence(text=text, article_ids=("a0",)),))


def test_a_heading_runs_on_past_a_speakers_said_to_what_was_said() -> None:
    dudley = (
        "BP group chief executive Bob Dudley said : \" Today 's agreement further demonstrates both the high "
        "quality and attractiveness of the assets throughout BP 's portfolio . \""
    )
    heading = _heading(dudley)
    assert heading is not None and heading != "BP group chief executive Bob Dudley said …"
    assert heading.startswith("BP group chief executive Bob Dudley said: \" Today 's agreement")


def test_a_first_clause_ending_on_a_noun_like_states_is_still_the_heading() -> None:
    text = "From Friday the US leader will work his way down the Gulf states , starting in Louisiana and ending in Florida ."
    assert _heading(text) == "From Friday the US leader will work his way down the Gulf states …"
