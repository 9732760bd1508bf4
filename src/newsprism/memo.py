"""Word tables for the report stage's hot loops: each word's reading computed once per process.

A news vocabulary repeats: every sentence reads the same words again. A WordTable is a dict whose
missing word is read (`of(word)`) and kept by `__missing__`: `list(map(table.__getitem__, words))`
is then one C-level dict lookup a word, and only the words not yet held cost a Python call (about
two in five of a sentence's lookups hold such a word on the heap's first 3,000 articles). A table
starts again when it has grown to its limit (a long run's rare words).

"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["WordTable"]

T = TypeVar("T")


class WordTable(dict[str, T]):
    """`table[word]` is `of(word)`, computed at its first lookup and kept; the table is emptied
    first when it holds `limit` words."""

    def __init__(self, of: Callable[[str], T], limit: int) -> None:
        super().__init__()
        self.of = of
        self.limit = limit

    def __missing__(self, word: str) -> T:
        if len(self) >= self.limit:
            self.clear()
        self[word] = value = self.of(word)
        return value
