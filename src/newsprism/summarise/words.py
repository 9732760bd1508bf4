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
from newsprism.memo import looked_up

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
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


# word -> _stem(word) (memo.looked_up)
_STEMS: dict[str, str] = {}
_MAX_STEMS = 1 << 17


def _stems(tokens: list[str]) -> list[str]:
    """list(map(_stem, tokens)), each word stemmed once (_STEMS)."""
    return looked_up(_STEMS, _stem, _MAX_STEMS, tokens)


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
    return words.term_set(content), words.concepts(content), tuple(words.stems)


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
        tokens = _TOKEN.findall(text.lower())
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
        return frozenset(
            {x for x, w in zip(content, self.tokens, strict=True) if x is not None and not w.isdigit()}
        )

    def concepts(self, content: Sequence[str | None] | None = None) -> frozenset[str]:
        """Content words (numbers too) and bigrams of content words, given self.content() when it
        is at hand."""
        content = self.content() if content is None else content
        concepts = {x for x in content if x is not None}
        concepts.update(
            f"{a} {b}" for a, b in zip(content, content[1:], strict=False) if a is not None and b is not None
        )
        return frozenset(concepts)
