"""The words of a text, as every step reads them: text in; tokens (lower-cased), light stems,
content words (stemmed, numbers left out: terms), concepts (content words and their bigrams) out.

_Words.of(text) reads a text once for each use made of its words; _reading(text) and _words(text)
cache a sentence's reading (an event's sentences are read as candidates, as supporters and as parts
of their article); _terms(text) gives the stemmed content words in order. _QUOTES are the quote
marks the steps look for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from newsprism.analyse.stopwords import ENGLISH_STOPWORDS, word_set
from newsprism.memo import WordTable

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# _TOKEN in a lower-cased ASCII text: the same words (a letter or digit there is one of these, and ’
# is not ASCII), a third faster than the Unicode class test
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
# the quote marks a sentence is looked at for (quotations, quotes cut in two, a quote alone)
_QUOTES = '"“”'
_STOPWORDS = ENGLISH_STOPWORDS | word_set(
    """yourselves say new one two year years time monday tuesday wednesday thursday friday saturday
    sunday week last first like get got make made"""
)


def _stem(word: str) -> str:
    """A light suffix stripper: enough to match "declares"/"declared"/"declaring"."""
    for suffix, keep in (
        ("'s", ""),
        ("’s", ""),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)] + keep
    return word


# word -> _stem(word) (memo.WordTable)
_MAX_STEMS = 1 << 17
_STEMS = WordTable(_stem, _MAX_STEMS)


def _stems(tokens: list[str]) -> list[str]:
    """list(map(_stem, tokens)), each word stemmed once (_STEMS)."""
    return list(map(_STEMS.__getitem__, tokens))


def _terms(text: str) -> list[str]:
    """Stemmed content words of a text, in order."""
    return _Words.of(text).terms()


@functools.lru_cache(maxsize=4096)  # an event's sentences are read as candidates, then as supporters
def _reading(text: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """frozenset(_terms(text)), the text's concepts and its stems, from one reading of its words:
    content words (numbers left out of the terms, kept among the concepts), bigrams of content
    words, and every word stemmed, function words too."""
    words = _words(text)
    content = words.content()
    # the sets are built as the comprehensions of term_set() and concepts() build theirs (the same
    # words added in the same order, so each iterates in the same order: quality.features sums
    # floats over the terms); filter(None, ...) leaves out the function words (a stem is never "")
    single = set(filter(None, content))
    # no number among the words (most sentences): the terms are the content words
    terms = words.term_set(content) if any(map(str.isdigit, words.tokens)) else frozenset(single)
    single.update(_pairs(content))
    return terms, frozenset(single), tuple(words.stems)


@functools.lru_cache(maxsize=4096)  # a sentence's words are its article's words too (_article_words)
def _words(text: str) -> _Words:
    return _Words.of(text)


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of a text, read once for each use that is made of them."""

    tokens: list[str]  # lower-cased
    stems: list[str]  # every word stemmed, function words too (_References, _clipped_sums count them)

    @classmethod
    def of(cls, text: str) -> _Words:
        lowered = text.lower()
        tokens = (_ASCII_TOKEN if lowered.isascii() else _TOKEN).findall(lowered)
        return cls(tokens, _stems(tokens))

    @classmethod
    def joined(cls, parts: Sequence[_Words]) -> _Words:
        """The words of texts read one after the other."""
        return cls(
            list(chain.from_iterable(w.tokens for w in parts)),
            list(chain.from_iterable(w.stems for w in parts)),
        )

    def content(self) -> list[str | None]:
        """The stems, None for a function word."""
        return [None if w in _STOPWORDS else x for w, x in zip(self.tokens, self.stems, strict=True)]

    def terms(self) -> list[str]:
        """Stemmed content words, in order, numbers left out."""
        return [
            x for w, x in zip(self.tokens, self.stems, strict=True) if w not in _STOPWORDS and not w.isdigit()
        ]

    def term_set(self, content: Sequence[str | None] | None = None) -> frozenset[str]:
        """frozenset(self.terms()), given self.content() when it is at hand."""
        content = self.content() if content is None else content
        if not any(map(str.isdigit, self.tokens)):
            # no number among the words (most sentences): the content words, the set made in C (in
            # the same order as below: filter(None, ...) leaves out the function words, no stem is "")
            return frozenset(set(filter(None, content)))
        return frozenset(
            {x for x, w in zip(content, self.tokens, strict=True) if x is not None and not w.isdigit()}
        )

    def concepts(self, content: Sequence[str | None] | None = None) -> frozenset[str]:
        """Content words (numbers too) and bigrams of content words, given self.content() when it
        is at hand."""
        content = self.content() if content is None else content
        concepts = set(filter(None, content))  # as {x for x in content if x is not None}: no stem is ""
        concepts.update(_pairs(content))
        return frozenset(concepts)


def _pairs(content: Sequence[str | None]) -> list[str]:
    """The pairs of content words side by side ("a b"), in order: the same as a generator over
    zip(content, content[1:]), a fifth faster as a loop."""
    pairs = []
    before = None
    for word in content:
        if before is not None and word is not None:
            pairs.append(f"{before} {word}")
        before = word
    return pairs
