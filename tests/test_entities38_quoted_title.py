"""entities38: the test for a work's title in quotes reads a long paragraph in time linear in its length."""

from __future__ import annotations

from newsprism.analyse.entities.tokens import _in_quoted_title, _tokens

# one sentence of a long one-paragraph article: a title in straight quotes, a quoted word, names
SENTENCE = 'He read "The End of Poetry" and said "Yes" to Mary Smith in "Two Days in March" today. '


class _CountingList(list):  # type: ignore[type-arg]
    """A token list that counts the tokens read from it (one an index, a slice's length, a pass)."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        got = super().__getitem__(key)
        _CountingList.reads += len(got) if isinstance(key, slice) else 1
        return got

    def __iter__(self):  # type: ignore[no-untyped-def]
        _CountingList.reads += len(self)
        return super().__iter__()


class _CountingBytes(bytearray):
    """The line breaks, counting the bytes a search or a pass reads."""

    def rfind(self, sub, start=0, end=None):  # type: ignore[no-untyped-def]
        _CountingList.reads += (len(self) if end is None else end) - start
        return super().rfind(sub, start, end)

    def __iter__(self):  # type: ignore[no-untyped-def]
        _CountingList.reads += len(self)
        return super().__iter__()


def _reads_and_titles(sentences: int) -> tuple[int, int]:
    """Asks _in_quoted_title of every capitalised token of one paragraph of `sentences` sentences;
    returns the tokens read and how many tokens were a title's words."""
    tokens = _tokens(SENTENCE * sentences)
    tokens.text = _CountingList(tokens.text)
    tokens.newline = _CountingBytes(tokens.newline)
    _CountingList.reads = 0
    titles = sum(_in_quoted_title(tokens, i) for i in range(len(tokens)) if tokens.cap[i])
    return _CountingList.reads, titles


def test_a_long_paragraphs_quoted_titles_cost_grows_linearly_with_its_length() -> None:
    short_reads, short_titles = _reads_and_titles(100)
    long_reads, long_titles = _reads_and_titles(800)
    # the titles' capitalised words (The, End, Poetry; Two, Days, March) in every sentence, not "Yes"
    # nor "Mary Smith"
    assert short_titles == 6 * 100 and long_titles == 6 * 800
    # eight times the text: about eight times the reads (the old count of the line's quotes from
    # its start read ~64 times as many)
    assert long_reads < 8 * 1.5 * short_reads
