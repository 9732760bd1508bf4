"""review26: quotes31's cebe8bb (rule 9 inside a paragraph) gives a quoted phrase that the writer's own
sentence goes on from ("“...” is a phrase ...") to the speaker of the reported words before it. Made-up
(no such case in the dev sets or heap-10000: the patch changes none of their 634 texts with a quote
followed by "is/was/has ..."). The fix: /tmp/h23/review26/quotes.patch."""

from __future__ import annotations

from newsprism.analyse.quotes.find import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


def test_rev26_mentioned_phrase_is_nobodys() -> None:
    text = (
        "Mayor John Smith said the city would recover quickly. “The city will recover” is a phrase "
        "residents have heard before."
    )
    assert _quotes(text) == [("The city will recover", None)]


def test_rev26_rule_9_still_gives_the_paraphrased_speaker() -> None:
    text = (
        "Mayor John Smith said the city would recover quickly. “We have seen worse storms than this one "
        "and we always came back.”"
    )
    assert _quotes(text)[0][1] == "John Smith"
