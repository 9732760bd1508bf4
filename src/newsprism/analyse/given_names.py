"""The census list of given names (data/given_names.txt), one look-up a word.

A module of its own so that analyse.timex (SURNAME_DAY) reads the list without importing
analyse.entities, which costs the `timeline` command half a second; the entities and quotes read
it through analyse.entities.vocabulary, which takes it from here.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

GIVEN_NAMES_FILE = "data/given_names.txt"


@cache
def census_given_names() -> frozenset[str]:
    """The census list's given names, lower case."""
    text = resources.files("newsprism.analyse").joinpath(GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
