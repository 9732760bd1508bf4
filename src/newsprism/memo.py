"""Word tables for the report stage's hot loops: each word's reading computed once per process.

A news vocabulary repeats: every sentence reads the same words again. A hit is one C-level dict
lookup through `map` (half the time of an lru_cache call a word); the table starts again when it
has grown past its limit (a long run's rare words).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["looked_up"]

T = TypeVar("T")


def looked_up(table: dict[str, T], of: Callable[[str], T], limit: int, keys: Sequence[str]) -> list[T]:
    """`[of(k) for k in keys]`, each value read from `table` or computed once and kept there;
    `table` is emptied first when a key is missing and it holds more than `limit` keys."""
    try:
        return list(map(table.__getitem__, keys))
    except KeyError:
        if len(table) > limit:
            table.clear()
        for key in keys:
            if key not in table:
                table[key] = of(key)
        return list(map(table.__getitem__, keys))
