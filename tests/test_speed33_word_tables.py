"""memo.WordTable: a word's reading computed at its first lookup only, the table emptied at its
limit; the clustering features' token tables are ones (speed33, session 30)."""

from __future__ import annotations

from newsprism.cluster import features
from newsprism.memo import WordTable


def test_a_word_is_read_once_and_every_lookup_answers_it() -> None:
    asked: list[str] = []

    def upper(word: str) -> str:
        asked.append(word)
        return word.upper()

    table = WordTable(upper, 100)
    words = ["the", "talks", "the", "talks", "resumed"]
    assert list(map(table.__getitem__, words)) == ["THE", "TALKS", "THE", "TALKS", "RESUMED"]
    assert list(map(table.__getitem__, words)) == ["THE", "TALKS", "THE", "TALKS", "RESUMED"]
    assert asked == ["the", "talks", "resumed"]


def test_the_table_starts_again_at_its_limit() -> None:
    asked: list[str] = []
    table = WordTable(lambda w: asked.append(w) or len(w), 2)
    assert [table[w] for w in ("a", "bb", "a", "ccc")] == [1, 2, 1, 3]
    assert dict(table) == {"ccc": 3}  # emptied when "ccc" came with 2 words held
    assert table["a"] == 1
    assert asked == ["a", "bb", "ccc", "a"]


def test_clustering_token_tables_are_word_tables() -> None:
    assert isinstance(features._WORD_TERMS, WordTable)
    assert isinstance(features._NAME_TERMS, WordTable)
    assert features._WORD_TERMS["Talks"] == features._word_term("Talks") == "talk"
    assert features._NAME_TERMS["The White House"] == ("@white house", "@house")


def test_summary_and_claim_word_tables_are_word_tables() -> None:
    from newsprism.corroborate import words as claim_words
    from newsprism.summarise import words as summary_words

    assert isinstance(summary_words._STEMS, WordTable)
    assert isinstance(claim_words._TOKENS, WordTable)
    assert summary_words._stems(["talks", "resumed"]) == [
        summary_words._stem("talks"),
        summary_words._stem("resumed"),
    ]
    assert claim_words._words("Talks resumed")[2] == [
        claim_words._token("Talks"),
        claim_words._token("resumed"),
    ]
