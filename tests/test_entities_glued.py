"""Entities, session 14 (entities16): a person glued to the words before, numbered names, merged
spellings."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


def test_a_person_glued_to_the_words_before_is_the_person() -> None:
    # an office, a sentence's first word and an acronym before a given name and a surname
    assert _types("Coast Guard Commandant Thad Allen said the well was capped.")["Thad Allen"] == "person"
    assert _types("When Tony Hayward spoke, shares fell.")["Tony Hayward"] == "person"
    assert _types("Yesterday UK PM David Cameron met the board.")["David Cameron"] == "person"
    # not a given name we do not list, a place's words, or a known organisation's
    assert "Zulfikar Ali Bhutto" in _types("The party of Zulfikar Ali Bhutto won the vote.")
    assert "Santa Barbara Channel" in _types("Oil reached the Santa Barbara Channel in May.")
    assert "JP Morgan Chase" in _types("Analysts at JP Morgan Chase cut their forecast.")
    # an organisation's name before the person ("Deputy Secretary of the Department of the Interior
    # David Hayes"), not a firm's two names after a place ("Bank of America Merrill Lynch")
    hayes = _types("Deputy Secretary of the Department of the Interior David Hayes said so.")
    assert hayes["David Hayes"] == "person"
    assert "Bank of America Merrill Lynch" in _types("Analysts at Bank of America Merrill Lynch cut it.")
    # nor a title's words after a determiner
    assert "Song Together" not in _types("A Neil Sedaka song, Our Last Song Together. And I know.")
