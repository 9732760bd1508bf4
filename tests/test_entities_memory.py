"""Entities on a long article: the tokens share one str per distinct word (memory), and find the
same mentions as the per-token path."""

import tracemalloc

import pytest

from newsprism.analyse.entities import find_mentions, tokens

BASE = (
    "The city council voted on Tuesday to approve the new budget. Mayor Jane Porter said the plan "
    "would fund schools. "
)


def _as_lists(t: tokens._Tokens) -> tuple[list, ...]:
    return t.text, t.lower, t.gaps, t.cap, list(t.opens), list(t.newline), list(t.sentence)


def test_a_long_text_has_the_tokens_and_mentions_of_the_per_token_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "WASHINGTON — Sen. Mitch McConnell, the U.S. leader, said. " + BASE * 1200
    shared = tokens._tokens(text)
    assert len(shared) >= tokens.SHARED_WORDS_FROM
    mentions = find_mentions(text)
    monkeypatch.setattr(tokens, "SHARED_WORDS_FROM", 10**9)
    assert _as_lists(tokens._tokens(text)) == _as_lists(shared)
    assert find_mentions(text) == mentions
    assert [m.name for m in mentions[:3]] == ["Washington", "Mitch McConnell", "U.S."]


def test_a_long_texts_tokens_share_their_words() -> None:
    text = BASE * 10_000  # 220,000 tokens
    t = tokens._tokens(text)
    i = t.text.index("council")
    again = t.text.index("council", i + 1)
    assert t.lower[i] is t.text[i] and t.text[again] is t.text[i]
    tracemalloc.start()
    t = tokens._tokens(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # a str per token and per lower form, and an int object per sentence count, made ~190 bytes a
    # token at the peak; shared words and an array of counts make ~80
    assert peak / len(t) < 120
