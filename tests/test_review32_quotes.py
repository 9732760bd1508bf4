"""review32 (session 28): findings on this session's speaker rules (analyse.quotes), each shown on
the text the rule misreads. Each test is xfail(strict) until its patch under /tmp/h28/review32/ is
applied."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_he_after_an_unnamed_persons_question_is_the_one_asked() -> None:
    text = (
        '"We will clean up every drop," Tony Hayward said on Monday. A journalist asked whether he would '
        'resign. "I have no plans to step down," he said.'
    )
    assert _speakers(text) == ["Tony Hayward", "Tony Hayward"]


def test_he_after_an_unnamed_speaker_is_no_one_named() -> None:
    # 2abb560's own case (heap bpoil): the unnamed lawyer, not the person named before
    text = (
        '"We will pay every legitimate claim," Tony Hayward said. A US oil lawyer said most indemnity '
        'agreements would protect BP. "Such a finding would be a surprise," he said.'
    )
    assert _speakers(text)[1] is None


def test_the_speaker_is_the_voice_of_the_last_recording_named() -> None:
    text = (
        "Last month a videotape from Ayman al-Zawahiri urged attacks on Western targets. On Sunday an audio "
        'recording attributed to Osama bin Laden called on Muslims to fight. "We will never stop," the '
        "speaker says on the tape."
    )
    assert _speakers(text) == ["Osama bin Laden"]


def test_the_speaker_is_the_voice_of_the_one_recording() -> None:
    # 0884d44's own case (l3s_gn1 a8b63fd5)
    text = (
        "An audio recording attributed to Osama bin Laden called on Muslims to fight. "
        '"We will never stop," the speaker says on the tape.'
    )
    assert _speakers(text) == ["Osama bin Laden"]


@pytest.mark.parametrize("title", ["Rep.", "Sen."])
def test_a_titled_person_after_a_role_of_an_organisation_is_no_holder(title: str) -> None:
    text = (
        '"The spill is tiny compared to the ocean," the chief executive of BP told a British newspaper. '
        f"{title} Ed Markey said the remark was outrageous."
    )
    assert _speakers(text) == [None]


def test_the_holder_named_next_speaks_for_the_role() -> None:
    # 69bde14's own case (heap bpoil, tokenized)
    text = (
        '"The spill is tiny compared to the ocean," the chief executive of BP told a British newspaper . '
        'Tony Hayward , in an interview with the Guardian newspaper , said : " We will pay . "'
    )
    assert _speakers(text) == ["Tony Hayward", "Tony Hayward"]
